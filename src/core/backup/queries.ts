/**
 * SQL of backup and restore. All read-only: each takes AccessShareLock at most (the row
 * counts on the tables they count, like pg_dump itself), and none blocks writers.
 */
import { qualifiedName } from '../db/index.js';

/** The server's version as a number, e.g. 150018 (no lock). */
export const SERVER_VERSION_NUM = "SELECT current_setting('server_version_num')::int AS num";

const USER_SCHEMA = `n.nspname NOT IN ('pg_catalog', 'information_schema')
   AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%'`;

/**
 * Ordinary and partitioned tables of the user's schemas, without partitions (their rows are
 * counted through the parent) and without tables that belong to an extension (catalog reads only).
 */
export const BACKUP_TABLES = `
SELECT n.nspname AS schema, c.relname AS name
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE ${USER_SCHEMA} AND c.relkind IN ('r', 'p') AND NOT c.relispartition
   AND NOT EXISTS (SELECT 1 FROM pg_depend d
                    WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
 ORDER BY 1, 2`;

/** Exact row count of one table (AccessShareLock on it; reads every row). */
export function countRowsSql(schema: string, name: string): string {
  return `SELECT count(*)::bigint AS rows FROM ${qualifiedName(schema, name)}`;
}

/** Objects made after initdb: the first OID a user object gets (FirstNormalObjectId, transam.h). */
const USER_OID = 16384;

/** Not a member of an extension (those come and go with their extension, counted once). */
const notInExtension = (catalog: string, alias: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass
                  AND d.objid = ${alias}.oid AND d.deptype = 'e')`;

/**
 * Every kind of object a database can hold besides what initdb made, counted per kind: what a
 * restore would collide with or overwrite. An object counts when its OID is a user OID (made
 * after initdb, in this database or its template) and it is not part of an extension; the
 * extension itself counts. Relations of every kind (tables, views, sequences, composite types,
 * …), schemas (public is initdb's), types (not the array, row and multirange types that come with
 * another object), functions and procedures, large objects, extensions, operators and their classes and
 * families, collations, conversions, casts, text search objects, languages, access methods,
 * event triggers, foreign-data wrappers and servers, publications. Catalog reads only.
 */
export const TARGET_CONTENT = `
SELECT
  (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE ${USER_SCHEMA} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f', 'c')
      AND ${notInExtension('pg_class', 'c')})::int AS relations,
  (SELECT count(*) FROM pg_namespace n WHERE ${USER_SCHEMA} AND n.oid >= ${USER_OID}
      AND ${notInExtension('pg_namespace', 'n')})::int AS schemas,
  (SELECT count(*) FROM pg_type t WHERE t.oid >= ${USER_OID} AND t.typrelid = 0
      AND NOT EXISTS (SELECT 1 FROM pg_type e WHERE e.typarray = t.oid)
      AND t.typtype <> 'm'
      AND ${notInExtension('pg_type', 't')})::int AS types,
  (SELECT count(*) FROM pg_proc p WHERE p.oid >= ${USER_OID}
      AND ${notInExtension('pg_proc', 'p')})::int AS functions,
  (SELECT count(*) FROM pg_largeobject_metadata)::int AS large_objects,
  (SELECT count(*) FROM pg_extension x WHERE x.oid >= ${USER_OID})::int AS extensions,
  (SELECT (SELECT count(*) FROM pg_operator o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_operator', 'o')})
        + (SELECT count(*) FROM pg_opclass o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_opclass', 'o')})
        + (SELECT count(*) FROM pg_opfamily o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_opfamily', 'o')})
        + (SELECT count(*) FROM pg_collation o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_collation', 'o')})
        + (SELECT count(*) FROM pg_conversion o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_conversion', 'o')})
        + (SELECT count(*) FROM pg_cast o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_cast', 'o')})
        + (SELECT count(*) FROM pg_ts_config o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_ts_config', 'o')})
        + (SELECT count(*) FROM pg_ts_dict o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_ts_dict', 'o')})
        + (SELECT count(*) FROM pg_ts_parser o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_ts_parser', 'o')})
        + (SELECT count(*) FROM pg_ts_template o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_ts_template', 'o')})
        + (SELECT count(*) FROM pg_language o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_language', 'o')})
        + (SELECT count(*) FROM pg_am o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_am', 'o')})
        + (SELECT count(*) FROM pg_event_trigger o WHERE o.oid >= ${USER_OID})
        + (SELECT count(*) FROM pg_foreign_data_wrapper o WHERE o.oid >= ${USER_OID} AND ${notInExtension('pg_foreign_data_wrapper', 'o')})
        + (SELECT count(*) FROM pg_foreign_server o WHERE o.oid >= ${USER_OID})
        + (SELECT count(*) FROM pg_publication o WHERE o.oid >= ${USER_OID}))::int AS other_objects`;

/** Count of user tables after a restore (catalog read only). */
export const RESTORED_TABLES = `
SELECT count(*)::int AS tables
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE ${USER_SCHEMA} AND c.relkind IN ('r', 'p')`;

/**
 * Fixes every setting that changes a row's text form (TimeZone for timestamptz, DateStyle,
 * IntervalStyle, float digits, bytea), for this transaction only, so that the source and the
 * restored copy print identical values whatever their database or role defaults (no lock).
 */
export const CHECKSUM_SETTINGS = `
SELECT set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO, YMD', true),
       set_config('IntervalStyle', 'postgres', true), set_config('extra_float_digits', '1', true),
       set_config('bytea_output', 'hex', true)`;

/**
 * Turns idle_in_transaction_session_timeout off for this transaction only (a user-settable
 * setting; no lock): the snapshot's transaction waits idle while pg_dump dumps.
 */
export const NO_IDLE_TIMEOUT =
  "SELECT set_config('idle_in_transaction_session_timeout', '0', true)";

/** Exports the REPEATABLE READ transaction's snapshot for `pg_dump --snapshot` (no lock). */
export const EXPORT_SNAPSHOT = 'SELECT pg_export_snapshot() AS snapshot';

/**
 * Row count and content checksum of one table, in one sequential scan (AccessShareLock on it).
 * Each row's text is hashed with md5 and the two 64-bit halves of the hashes are summed as
 * numeric: an order-independent multiset hash that needs no sort and constant memory. A
 * `md5(string_agg(row::text ORDER BY …))` would sort the whole table and fail past 1 GB of text
 * (the varlena limit, PostgreSQL docs "TOAST"). Accidental differences (a lost, duplicated or
 * changed row) change the sums; it is not meant to resist a crafted collision.
 */
export function tableChecksumSql(schema: string, name: string): string {
  // ROW(t.*), not t: a column named t would win over the table alias. Hashed once per row.
  return `SELECT count(*)::bigint AS rows,
       md5(count(*)::text || ':' ||
           coalesce(sum(('x' || substr(h, 1, 16))::bit(64)::bigint::numeric), 0)::text || ':' ||
           coalesce(sum(('x' || substr(h, 17, 16))::bit(64)::bigint::numeric), 0)::text) AS checksum
  FROM (SELECT md5(ROW(t.*)::text) AS h FROM ${qualifiedName(schema, name)} t) rows`;
}
