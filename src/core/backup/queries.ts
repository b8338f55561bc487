/**
 * SQL of backup and restore. All read-only: each takes AccessShareLock at most (the row
 * counts on the tables they count, like pg_dump itself), and none blocks writers.
 */
import { qualifiedName } from '../db/sql.js';

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

/**
 * What a restore would collide with: relations in user schemas, schemas besides `public`, and
 * user types and functions not owned by an extension (catalog reads only).
 */
export const TARGET_CONTENT = `
SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE ${USER_SCHEMA} AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e'))::int
       AS relations,
       (SELECT count(*) FROM pg_namespace n WHERE ${USER_SCHEMA} AND n.nspname <> 'public'
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = n.oid AND d.deptype = 'e'))::int
       AS schemas,
       (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
         WHERE ${USER_SCHEMA} AND t.typtype IN ('e', 'd', 'r', 'm')
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e'))::int
       AS types,
       (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
         WHERE ${USER_SCHEMA}
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e'))::int
       AS functions`;

/** Count of user tables after a restore (catalog read only). */
export const RESTORED_TABLES = `
SELECT count(*)::int AS tables
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE ${USER_SCHEMA} AND c.relkind IN ('r', 'p')`;
