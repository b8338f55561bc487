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
 * Diesel's ledger (`__diesel_schema_migrations`), read and written as diesel_migrations does
 * on PostgreSQL (diesel_migrations `setup_database` / `MigrationHarness`: `version VARCHAR(50)
 * PRIMARY KEY NOT NULL, run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP`; a row inserted
 * with the migration in its transaction, deleted on revert).
 */

/** Diesel's table definition. ACCESS EXCLUSIVE on the new table only. */
const createTable = (table: string) => `CREATE TABLE IF NOT EXISTS ${table} (
       version VARCHAR(50) PRIMARY KEY NOT NULL,
       run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
)`;

/** Applied versions in the order they ran. ACCESS SHARE lock. */
const selectApplied = (table: string) => `SELECT version FROM ${table} ORDER BY run_on, version`;

/** Marks a migration run. ROW EXCLUSIVE lock. */
const insertVersion = (table: string) => `INSERT INTO ${table} (version) VALUES ($1)`;

/** Marks a migration reverted. ROW EXCLUSIVE lock. */
const deleteVersion = (table: string) => `DELETE FROM ${table} WHERE version = $1`;

export function dieselLedger(location: LedgerLocation): Ledger {
  const table = qualifiedName(location.schema, location.table);
  const shown = `${location.schema}.${location.table}`;
  return {
    ...oneTableLedger(location, []),
    async ensure(client: DbClient) {
      await client.query(createTable(table));
    },
    async read(client: DbClient) {
      const columns = await tableColumns(client, location.schema, location.table);
      if (!['version', 'run_on'].every((c) => columns.includes(c)))
        throw foreignLedger(shown, 'Diesel', columns, 'version, run_on');
      const { rows } = await client.query<{ version: string }>(selectApplied(table));
      return rows.map((row) => ({ id: row.version }));
    },
    async write(db: MigrationDb, migration: Migration, direction: Direction) {
      await db.query(direction === 'up' ? insertVersion(table) : deleteVersion(table), [
        migration.id,
      ]);
    },
  };
}
