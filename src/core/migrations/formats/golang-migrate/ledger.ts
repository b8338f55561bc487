import { type DbClient, qualifiedName } from '../../../db/index.js';
import { DbDeployError } from '../../../errors.js';
import type {
  Direction,
  Ledger,
  LedgerLocation,
  Migration,
  MigrationDb,
} from '../../engine/types.js';
import { foreignLedger, oneTableLedger, tableColumns } from '../sql-files.js';

/**
 * golang-migrate's ledger (`schema_migrations` by default), read and written as its PostgreSQL
 * driver does (database/postgres/postgres.go `ensureVersionTable`, `Version`, `SetVersion`):
 * ONE row, the current version and a `dirty` flag. Every migration up to that version counts
 * as applied; after a migration db-deploy sets the row to its version (up) or to the version
 * before it (down; no row when none is left, as golang-migrate's NilVersion), inside the
 * migration's transaction. golang-migrate sets `dirty` while a migration runs and leaves it set
 * when one fails half-way: such a ledger is refused with the command that clears it.
 */

/** golang-migrate's table definition. ACCESS EXCLUSIVE on the new table only. */
const createTable = (table: string) =>
  `CREATE TABLE IF NOT EXISTS ${table} (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)`;

/** The current version (golang-migrate reads the first row). ACCESS SHARE lock. */
const selectVersion = (table: string) =>
  `SELECT version::text AS version, dirty FROM ${table} LIMIT 1`;

/** Clears the row before the new one, as SetVersion's TRUNCATE (DELETE: no ACCESS EXCLUSIVE lock). ROW EXCLUSIVE lock. */
const deleteVersion = (table: string) => `DELETE FROM ${table}`;

/** The new current version. ROW EXCLUSIVE lock. */
const insertVersion = (table: string) =>
  `INSERT INTO ${table} (version, dirty) VALUES ($1::bigint, false)`;

export function golangMigrateLedger(
  location: LedgerLocation,
  migrations: readonly Migration[],
  sessionSetup: readonly string[],
  migrationsDir: string,
): Ledger {
  const table = qualifiedName(location.schema, location.table);
  const shown = `${location.schema}.${location.table}`;
  const versions = migrations.map((m) => BigInt(m.id));
  return {
    ...oneTableLedger(location, sessionSetup),
    async ensure(client: DbClient) {
      await client.query(createTable(table));
    },
    async read(client: DbClient) {
      const columns = await tableColumns(client, location.schema, location.table);
      if (!columns.includes('version') || !columns.includes('dirty'))
        throw foreignLedger(shown, 'golang-migrate', columns, 'version, dirty');
      const row = (await client.query<{ version: string; dirty: boolean }>(selectVersion(table)))
        .rows[0];
      if (!row) return [];
      const current = BigInt(row.version);
      if (row.dirty) throw dirtyLedger(shown, current, versions, migrationsDir);
      if (current >= 0n && !versions.includes(current)) {
        throw new DbDeployError(
          'migration-missing',
          `golang-migrate's ledger ${shown} is at version ${current}, which has no migration file`,
          {
            where: shown,
            hint: 'restore that migration file from version control, or point migrations-dir at the right directory',
          },
        );
      }
      return migrations.filter((m) => BigInt(m.id) <= current).map((m) => ({ id: m.id }));
    },
    async write(db: MigrationDb, migration: Migration, direction: Direction) {
      const index = migrations.indexOf(migration);
      const version = direction === 'up' ? migration.id : migrations[index - 1]?.id;
      await db.query(deleteVersion(table));
      if (version !== undefined) await db.query(insertVersion(table), [version]);
    },
  };
}

/** The refusal of a dirty ledger, with the golang-migrate command that clears it. */
function dirtyLedger(
  shown: string,
  current: bigint,
  versions: readonly bigint[],
  migrationsDir: string,
): DbDeployError {
  const before = versions.filter((v) => v < current).at(-1);
  const force = (v: bigint | undefined) =>
    `migrate -path ${migrationsDir} -database "$DATABASE_URL" force ${v ?? -1}`;
  return new DbDeployError(
    'dirty-ledger',
    `golang-migrate's ledger ${shown} is dirty at version ${current}: that migration failed half-way under golang-migrate`,
    {
      where: shown,
      hint: `repair the database by hand, then clear the flag with \`${force(current)}\` if the migration's changes are all in place, or \`${force(before)}\` if none are, and run again`,
    },
  );
}
