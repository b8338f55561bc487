import { type DbClient, qualifiedName } from '../../../db/index.js';
import type {
  Direction,
  Ledger,
  LedgerLocation,
  Migration,
  MigrationDb,
} from '../../engine/types.js';
import { foreignLedger, oneTableLedger, tableColumns } from '../sql-files.js';

/**
 * dbmate's ledger (`schema_migrations` by default), read and written as dbmate 2's PostgreSQL
 * driver does (pkg/driver/postgres/postgres.go `CreateMigrationsTable`, `SelectMigrations`,
 * `InsertMigration`, `DeleteMigration`): one row per applied migration, its version, inserted
 * in the migration's own transaction. golang-migrate uses the same table name with a
 * `dirty` column: such a table is refused, never mixed.
 */

/** dbmate's table definition. ACCESS EXCLUSIVE on the new table only. */
const createTable = (table: string) =>
  `CREATE TABLE IF NOT EXISTS ${table} (version varchar(255) PRIMARY KEY)`;

/** Applied versions (dbmate orders by version). ACCESS SHARE lock. */
const selectApplied = (table: string) => `SELECT version FROM ${table} ORDER BY version`;

/** Marks a migration run. ROW EXCLUSIVE lock. */
const insertVersion = (table: string) => `INSERT INTO ${table} (version) VALUES ($1)`;

/** Marks a migration rolled back. ROW EXCLUSIVE lock. */
const deleteVersion = (table: string) => `DELETE FROM ${table} WHERE version = $1`;

/**
 * dbmate's ledger at `location`.
 * @param sessionSetup the URL's search_path, which dbmate's driver passes to the server
 */
export function dbmateLedger(
  location: LedgerLocation,
  migrations: readonly Migration[],
  sessionSetup: readonly string[],
): Ledger {
  const table = qualifiedName(location.schema, location.table);
  const shown = `${location.schema}.${location.table}`;
  // Applied in file order, whatever order the versions sort in.
  const position = new Map(migrations.map((m, i) => [m.id, i]));
  return {
    ...oneTableLedger(location, sessionSetup),
    async ensure(client: DbClient) {
      await client.query(createTable(table));
    },
    async read(client: DbClient) {
      const columns = await tableColumns(client, location.schema, location.table);
      if (!columns.includes('version') || columns.includes('dirty'))
        throw foreignLedger(shown, 'dbmate', columns, 'version');
      const { rows } = await client.query<{ version: string }>(selectApplied(table));
      return rows
        .map((row) => ({ id: row.version }))
        .sort(
          (a, b) =>
            (position.get(a.id) ?? Number.MAX_SAFE_INTEGER) -
            (position.get(b.id) ?? Number.MAX_SAFE_INTEGER),
        );
    },
    async write(db: MigrationDb, migration: Migration, direction: Direction) {
      await db.query(direction === 'up' ? insertVersion(table) : deleteVersion(table), [
        migration.id,
      ]);
    },
  };
}
