/**
 * Catalog reads shared by validate (scratch database) and its stats lookups. Read-only; each
 * takes only AccessShareLock on the catalogs it reads.
 */

/** Schemas that are PostgreSQL's own, never the user's. */
const USER_SCHEMA = `n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;

/**
 * Storage identity of every user table, index and materialized view: a changed relfilenode
 * means PostgreSQL rewrote it. Run inside a migration's transaction it sees the uncommitted
 * change, so a rewrite hidden in a DO block or a function is still caught.
 */
export const RELATION_FILES = `
SELECT c.oid::bigint AS oid, n.nspname AS schema, c.relname AS name, c.relkind AS kind,
       c.relfilenode::bigint AS filenode, i.indrelid::bigint AS table_oid
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_index i ON i.indexrelid = c.oid
 WHERE ${USER_SCHEMA} AND c.relkind IN ('r', 'i', 'm', 'p', 'S', 'v', 'f')`;

/** Relation locks granted to the current backend (the migration's own connection). */
export const OWN_RELATION_LOCKS = `
SELECT l.relation::bigint AS oid, l.mode
  FROM pg_locks l
 WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted
   AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`;

/** Relation locks granted to another backend ($1 = its pid), sampled while it runs. */
export const BACKEND_RELATION_LOCKS = `
SELECT l.relation::bigint AS oid, l.mode
  FROM pg_locks l
 WHERE l.pid = $1 AND l.locktype = 'relation' AND l.granted`;

/** The current backend's process id. */
export const BACKEND_PID = 'SELECT pg_backend_pid() AS pid';

/** Whether a schema exists. */
export const SCHEMA_EXISTS =
  'SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1) AS exists';

/**
 * Size and row estimate of tables by name ($1 schemas, $2 names, pairwise), from catalog
 * statistics only: pg_total_relation_size and reltuples read no rows.
 */
export const TABLE_SIZES = `
SELECT n.nspname AS schema, c.relname AS name,
       pg_total_relation_size(c.oid)::bigint AS total_bytes, c.reltuples::bigint AS row_estimate
  FROM unnest($1::text[], $2::text[]) AS want(schema, name)
  JOIN pg_namespace n ON n.nspname = want.schema
  JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = want.name`;
