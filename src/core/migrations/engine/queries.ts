import { qualifiedName, quoteIdent } from '../../db/sql.js';

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
export const SCHEMA_EXISTS =
  'SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS exists';

/** An index by name (resolved through search_path) and whether it is valid. Reads the catalog; takes no lock. */
export const INDEX_VALIDITY = `
SELECT c.oid::regclass::text AS name, i.indisvalid AS valid
  FROM pg_class c JOIN pg_index i ON i.indexrelid = c.oid
 WHERE c.oid = to_regclass($1)`;

/** Drops an index left INVALID by a failed CREATE INDEX CONCURRENTLY, without blocking writes. */
export const dropInvalidIndex = (regclassText: string): string =>
  `DROP INDEX CONCURRENTLY IF EXISTS ${regclassText}`;
