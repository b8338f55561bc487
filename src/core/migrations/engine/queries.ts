import { qualifiedName, quoteIdent } from '../../db/index.js';

/**
 * SQL of the migration engine. Table names are identifiers chosen by the user or the tool's
 * configuration, so they pass through quoteIdent; every value is a bind parameter.
 */

/** db-deploy's checksum table beside the tool's ledger. CREATE … IF NOT EXISTS; ACCESS EXCLUSIVE only when it creates it. */
export const createChecksumTable = (schema: string, table: string): string =>
  `CREATE TABLE IF NOT EXISTS ${qualifiedName(schema, table)} (
  name varchar(255) PRIMARY KEY,
  checksum char(64) NOT NULL,
  file text NOT NULL,
  recorded_at timestamptz NOT NULL DEFAULT now()
)`;

/** All recorded checksums. ACCESS SHARE lock. */
export const selectChecksums = (schema: string, table: string): string =>
  `SELECT name, checksum FROM ${qualifiedName(schema, table)}`;

/** Records (or re-records, with allow-edited) a migration's checksum. ROW EXCLUSIVE lock. */
export const upsertChecksum = (schema: string, table: string): string =>
  `INSERT INTO ${qualifiedName(schema, table)} (name, checksum, file) VALUES ($1, $2, $3)
   ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, file = EXCLUDED.file, recorded_at = now()`;

/** Forgets a rolled-back migration's checksum. ROW EXCLUSIVE lock. */
export const deleteChecksum = (schema: string, table: string): string =>
  `DELETE FROM ${qualifiedName(schema, table)} WHERE name = $1`;

/** Creates a schema if needed. */
export const createSchemaIfMissing = (schema: string): string =>
  `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`;

/** Whether a schema exists. Reads pg_namespace; takes no lock. */
export { SCHEMA_EXISTS } from '../../db/index.js';

/**
 * An index by name (resolved through the session's search_path), schema-qualified, whether it
 * is valid, and the backend building it right now (pg_stat_progress_create_index, PostgreSQL
 * 12+), if any. Reads the catalog and a statistics view; takes no lock.
 */
export const INDEX_VALIDITY = `
SELECT c.oid::bigint AS oid, format('%I.%I', n.nspname, c.relname) AS name, i.indisvalid AS valid,
       (SELECT p.pid FROM pg_stat_progress_create_index p WHERE p.index_relid = c.oid LIMIT 1) AS building_pid
  FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.oid = to_regclass($1)`;

/**
 * Every INVALID index of the database, schema-qualified, with its table's oid: what a failed (or
 * killed) CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY leaves behind (see "Building Indexes
 * Concurrently" in the CREATE INDEX documentation). Reads the catalog; takes no lock.
 */
export const INVALID_INDEXES = `
SELECT c.oid::bigint AS oid, format('%I.%I', n.nspname, c.relname) AS name, i.indrelid::bigint AS table_oid
  FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT i.indisvalid`;

/** A table's oid by name (resolved through the session's search_path), or NULL. Takes no lock. */
export const TABLE_OID = 'SELECT to_regclass($1)::oid::bigint AS oid';

/**
 * Drops an index left INVALID by a failed CREATE INDEX CONCURRENTLY, without blocking writes.
 * `qualified` comes from INDEX_VALIDITY or INVALID_INDEXES (quoted by format('%I.%I')).
 */
export const dropInvalidIndex = (qualified: string): string =>
  `DROP INDEX CONCURRENTLY IF EXISTS ${qualified}`;

/**
 * Tables with one of the given names in any schema, with their columns in order: the ledgers
 * of migration tools, told apart by their columns. Reads the catalog; takes no lock.
 */
export const LEDGER_TABLES = `
SELECT n.nspname AS schema, c.relname AS table,
       array_agg(a.attname::text ORDER BY a.attnum) AS columns
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
 WHERE c.relkind IN ('r', 'p') AND c.relname = ANY($1::text[])
   AND n.nspname NOT IN ('pg_catalog', 'information_schema')
 GROUP BY n.nspname, c.relname
 ORDER BY n.nspname, c.relname`;
