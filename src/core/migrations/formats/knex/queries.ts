import { qualifiedName } from '../../../db/index.js';

/**
 * knex's ledger SQL, as knex 3 builds it for PostgreSQL (lib/migrations/migrate/table-creator.js,
 * Migrator.js `_lockMigrations`, `_freeLock`, `_waterfallBatch`, migration-list-resolver.js) —
 * with db-deploy's quoting of the schema and bind parameters for every value.
 */

/** knex's ledger table. ACCESS EXCLUSIVE on the new table only. */
export const createLedger = (schema: string, table: string): string =>
  `create table ${qualifiedName(schema, table)} ("id" serial primary key, "name" varchar(255), "batch" integer, "migration_time" timestamptz)`;

/** knex's lock table. ACCESS EXCLUSIVE on the new table only. */
export const createLockTable = (schema: string, lockTable: string): string =>
  `create table ${qualifiedName(schema, lockTable)} ("index" serial primary key, "is_locked" integer)`;

/** The lock table's rows (knex keeps one). ACCESS SHARE. */
export const selectLockRows = (schema: string, lockTable: string): string =>
  `select "is_locked" from ${qualifiedName(schema, lockTable)}`;

/** The row knex inserts into an empty lock table. ROW EXCLUSIVE. */
export const insertLockRow = (schema: string, lockTable: string): string =>
  `insert into ${qualifiedName(schema, lockTable)} ("is_locked") values (0)`;

/** Takes knex's lock: exactly one row must change, else it is held. ROW EXCLUSIVE, and the row's lock. */
export const takeLock = (schema: string, lockTable: string): string =>
  `update ${qualifiedName(schema, lockTable)} set "is_locked" = 1 where "is_locked" = 0`;

/** Frees knex's lock, as knex does (every row). ROW EXCLUSIVE. */
export const freeLock = (schema: string, lockTable: string): string =>
  `update ${qualifiedName(schema, lockTable)} set "is_locked" = 0`;

/** Applied migrations in the order knex lists them (`order by id`), with their batches. ACCESS SHARE. */
export const selectApplied = (schema: string, table: string): string =>
  `select "name", "batch" from ${qualifiedName(schema, table)} order by "id" asc`;

/** Marks a migration run, as knex does. ROW EXCLUSIVE. */
export const insertRun = (schema: string, table: string): string =>
  `insert into ${qualifiedName(schema, table)} ("batch", "migration_time", "name") values ($1, $2, $3)`;

/** Marks a migration undone, as knex does. ROW EXCLUSIVE. */
export const deleteRun = (schema: string, table: string): string =>
  `delete from ${qualifiedName(schema, table)} where "name" = $1`;

/** A short lock_timeout for one attempt at knex's lock row, inside its own transaction. */
export const LOCK_ROW_TIMEOUT = `SET LOCAL lock_timeout = '200ms'`;
