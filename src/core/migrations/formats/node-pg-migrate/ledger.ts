import { type DbClient, qualifiedName, quoteIdent } from '../../../db/index.js';
import { relationExists } from '../../engine/checksums.js';
import type {
  Direction,
  Ledger,
  LedgerLocation,
  Migration,
  MigrationDb,
} from '../../engine/types.js';

/**
 * node-pg-migrate's ledger (`pgmigrations` by default), read and written as node-pg-migrate 9
 * does (src/runner.ts `ensureMigrationsTable` / `getRunMigrations`, src/migration.ts
 * `_getMarkAsRun`) — but with the name as a bind parameter and identifiers quoted, where
 * node-pg-migrate pastes both into the SQL text.
 */

/** node-pg-migrate's own table definition, so that either tool can use it. ACCESS EXCLUSIVE on the new table only. */
const createTable = (table: string): string =>
  `CREATE TABLE IF NOT EXISTS ${table} (id SERIAL PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL)`;

/** Applied migrations in the order node-pg-migrate considers them run. ACCESS SHARE lock. */
const selectApplied = (table: string): string => `SELECT name FROM ${table} ORDER BY run_on, id`;

/** Marks a migration run, as node-pg-migrate does (its run_on is the transaction's NOW()). ROW EXCLUSIVE lock. */
const insertRun = (table: string): string =>
  `INSERT INTO ${table} (name, run_on) VALUES ($1, NOW())`;

/** Marks a migration undone. ROW EXCLUSIVE lock. */
const deleteRun = (table: string): string => `DELETE FROM ${table} WHERE name = $1`;

/** The ledger at `location`; the migrations run with `search_path` set to the schema, as node-pg-migrate's `schema` option does. */
export function nodePgMigrateLedger(location: LedgerLocation): Ledger {
  const table = qualifiedName(location.schema, location.table);
  return {
    location,
    exists: (client: DbClient) => relationExists(client, location.schema, location.table),
    async ensure(client: DbClient) {
      if (!(await relationExists(client, location.schema, location.table)))
        await client.query(createTable(table));
    },
    async read(client: DbClient) {
      const { rows } = await client.query<{ name: string }>(selectApplied(table));
      return rows.map((row) => ({ id: row.name }));
    },
    async write(db: MigrationDb, migration: Migration, direction: Direction) {
      await db.query(direction === 'up' ? insertRun(table) : deleteRun(table), [migration.id]);
    },
    sessionSetup: [`SET search_path TO ${quoteIdent(location.schema)}`],
    relations: {
      tables: [`${location.schema}.${location.table}`],
      // The id column's sequence: its lock is the ledger insert's, not the migration's.
      sequences: [`${location.schema}.${location.table}_id_seq`],
    },
  };
}
