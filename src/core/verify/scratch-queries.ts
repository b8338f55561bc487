/**
 * SQL of validate's scratch-database guard (scratch.ts). Objects a user created have oids from
 * FirstNormalObjectId (16384) up; what initdb made (pg_catalog, information_schema, public,
 * plpgsql) lies below. Schemas named `pg_…` are PostgreSQL's (temporary and TOAST schemas).
 * Objects an extension owns (pg_depend deptype 'e') are counted as the extension.
 */

const notFromExtension = (catalog: string, oid: string): string =>
  `NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = '${catalog}'::regclass AND d.objid = ${oid} AND d.deptype = 'e')`;

/**
 * Every object a user created in the current database, by kind, with up to three names each
 * ($1 = the marker schema, $2 = the marker table, both left out). Tables, views, sequences,
 * functions, procedures, aggregates, types, domains, schemas, large objects, extensions (but
 * plpgsql), event triggers, publications, subscriptions, foreign servers and wrappers, casts,
 * languages, operators, collations and text search configurations. Indexes, constraints,
 * triggers and policies belong to a table that is counted. Reads the catalogs; takes no lock on
 * user objects.
 */
export const SCRATCH_INVENTORY = `
WITH objects(kind, name) AS (
  -- public counts by what it holds (validate makes it again, empty, after each run).
  SELECT 'schema', quote_ident(n.nspname) FROM pg_namespace n
   WHERE n.oid >= 16384 AND n.nspname !~ '^pg_' AND n.nspname NOT IN ($1, 'public')
  UNION ALL
  SELECT CASE c.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view'
           WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' ELSE 'foreign table' END,
         format('%I.%I', n.nspname, c.relname)
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
   WHERE c.oid >= 16384 AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f') AND n.nspname !~ '^pg_'
     AND NOT (n.nspname = $1 AND c.relname = $2) AND ${notFromExtension('pg_class', 'c.oid')}
  UNION ALL
  SELECT CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'function' END,
         format('%I.%I(%s)', n.nspname, p.proname, pg_get_function_identity_arguments(p.oid))
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
   WHERE p.oid >= 16384 AND n.nspname !~ '^pg_' AND ${notFromExtension('pg_proc', 'p.oid')}
  UNION ALL
  -- Not the row type of a table or the array and multirange types PostgreSQL adds by itself.
  SELECT CASE t.typtype WHEN 'd' THEN 'domain' ELSE 'type' END, format('%I.%I', n.nspname, t.typname)
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
   WHERE t.oid >= 16384 AND n.nspname !~ '^pg_' AND t.typtype <> 'm' AND t.typcategory <> 'A'
     AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
     AND ${notFromExtension('pg_type', 't.oid')}
  UNION ALL
  SELECT 'large object', 'large object ' || l.oid FROM pg_largeobject_metadata l
  UNION ALL
  SELECT 'extension', quote_ident(e.extname) FROM pg_extension e WHERE e.extname <> 'plpgsql'
  UNION ALL
  SELECT 'event trigger', quote_ident(evtname) FROM pg_event_trigger
  UNION ALL
  SELECT 'publication', quote_ident(pubname) FROM pg_publication
  UNION ALL
  SELECT 'subscription', quote_ident(subname) FROM pg_subscription
   WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())
  UNION ALL
  SELECT 'foreign server', quote_ident(srvname) FROM pg_foreign_server s
   WHERE ${notFromExtension('pg_foreign_server', 's.oid')}
  UNION ALL
  SELECT 'foreign-data wrapper', quote_ident(fdwname) FROM pg_foreign_data_wrapper w
   WHERE w.oid >= 16384 AND ${notFromExtension('pg_foreign_data_wrapper', 'w.oid')}
  UNION ALL
  SELECT 'cast', format('%s AS %s', format_type(castsource, NULL), format_type(casttarget, NULL))
    FROM pg_cast c WHERE c.oid >= 16384 AND ${notFromExtension('pg_cast', 'c.oid')}
  UNION ALL
  SELECT 'language', quote_ident(lanname) FROM pg_language l
   WHERE l.oid >= 16384 AND lanname <> 'plpgsql' AND ${notFromExtension('pg_language', 'l.oid')}
  UNION ALL
  SELECT 'operator', format('%I.%s', n.nspname, o.oprname)
    FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
   WHERE o.oid >= 16384 AND n.nspname !~ '^pg_' AND ${notFromExtension('pg_operator', 'o.oid')}
  UNION ALL
  SELECT 'collation', format('%I.%I', n.nspname, c.collname)
    FROM pg_collation c JOIN pg_namespace n ON n.oid = c.collnamespace
   WHERE c.oid >= 16384 AND n.nspname !~ '^pg_' AND ${notFromExtension('pg_collation', 'c.oid')}
  UNION ALL
  SELECT 'text search configuration', format('%I.%I', n.nspname, c.cfgname)
    FROM pg_ts_config c JOIN pg_namespace n ON n.oid = c.cfgnamespace
   WHERE c.oid >= 16384 AND n.nspname !~ '^pg_' AND ${notFromExtension('pg_ts_config', 'c.oid')}
)
SELECT kind, count(*)::int AS count, (array_agg(name ORDER BY name))[1:3] AS sample
  FROM objects GROUP BY kind ORDER BY count(*) DESC, kind`;

/**
 * The database's identity: the cluster's system identifier (pg_control_system(), new with every
 * initdb, so a restore elsewhere differs) and the database's oid and name (a copy made with
 * CREATE DATABASE … TEMPLATE, or a restore, has another oid). Takes no lock.
 */
export const DATABASE_IDENTITY = `
SELECT (pg_control_system()).system_identifier::text AS system_identifier,
       d.oid::bigint::text AS database_oid, d.datname AS database_name
  FROM pg_database d WHERE d.datname = current_database()`;

/** Whether the marker table exists ($1 = `"schema"."table"`). Takes no lock. */
export const MARKER_EXISTS = 'SELECT to_regclass($1) IS NOT NULL AS exists';

/** The marker row ($1 is the quoted marker table). ACCESS SHARE on the marker. */
export const selectMarker = (table: string): string =>
  `SELECT system_identifier, database_oid::text AS database_oid, database_name, state,
          to_char(claimed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI "UTC"') AS claimed_at
     FROM ${table}`;

/** The marker schema. */
export const createMarkerSchema = (schema: string): string =>
  `CREATE SCHEMA IF NOT EXISTS ${schema}`;

/** The marker table: one row (the singleton key) naming the database and the state of the last run. */
export const createMarkerTable = (table: string): string =>
  `CREATE TABLE IF NOT EXISTS ${table} (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  system_identifier text NOT NULL,
  database_oid bigint NOT NULL,
  database_name text NOT NULL,
  state text NOT NULL CHECK (state IN ('running', 'clean')),
  claimed_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
)`;

/** Says what the schema is to anyone who finds it. */
export const commentMarkerSchema = (schema: string): string =>
  `COMMENT ON SCHEMA ${schema} IS 'db-deploy validate: this database is a disposable scratch database; validate drops what each run creates, migrate refuses it'`;

/** Claims the database for a run: its identity, state running. ROW EXCLUSIVE on the marker. */
export const upsertMarker = (table: string): string =>
  `INSERT INTO ${table} (system_identifier, database_oid, database_name, state)
   VALUES ($1, $2::bigint, $3, 'running')
   ON CONFLICT (singleton) DO UPDATE SET system_identifier = EXCLUDED.system_identifier,
     database_oid = EXCLUDED.database_oid, database_name = EXCLUDED.database_name,
     state = 'running', claimed_at = now(), updated_at = now()`;

/** Records that a run left nothing behind. ROW EXCLUSIVE on the marker. */
export const markClean = (table: string): string =>
  `UPDATE ${table} SET state = 'clean', updated_at = now()`;

/**
 * Schemas a run may have created or filled ($1 = the marker schema): all user schemas and public,
 * each with whether the role may drop it (acts as its owner). Before PostgreSQL 15, and on
 * managed services, public belongs to the bootstrap or the provider's admin role.
 */
export const SCHEMAS_TO_DROP = `
SELECT nspname AS name, pg_has_role(nspowner, 'USAGE') AS owned FROM pg_namespace
 WHERE (oid >= 16384 OR nspname = 'public') AND nspname !~ '^pg_' AND nspname <> $1`;

/**
 * What a run made in a public schema the role may not drop, with how to drop each (`name` is
 * quoted already): relations, routines, types and domains; not what an extension owns (dropped
 * with it), nor a serial's sequence. A partition may go with its table first: dropped IF EXISTS.
 */
export const PUBLIC_OBJECTS_TO_DROP = `
SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
         WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END AS kind,
       format('public.%I', c.relname) AS name
  FROM pg_class c
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
   AND ${notFromExtension('pg_class', 'c.oid')}
   -- A serial's or identity's sequence goes with its column (dropping it alone is refused).
   AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass
                    AND d.objid = c.oid AND d.refclassid = 'pg_class'::regclass
                    AND d.deptype IN ('a', 'i') AND c.relkind = 'S')
UNION ALL
SELECT 'ROUTINE', format('public.%I(%s)', p.proname, pg_get_function_identity_arguments(p.oid))
  FROM pg_proc p
 WHERE p.pronamespace = 'public'::regnamespace AND ${notFromExtension('pg_proc', 'p.oid')}
UNION ALL
SELECT CASE t.typtype WHEN 'd' THEN 'DOMAIN' ELSE 'TYPE' END, format('public.%I', t.typname)
  FROM pg_type t
 WHERE t.typnamespace = 'public'::regnamespace AND t.typtype <> 'm' AND t.typcategory <> 'A'
   AND (t.typrelid = 0 OR (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c')
   AND ${notFromExtension('pg_type', 't.oid')}`;

/** Extensions a run created (plpgsql comes with every database). */
export const EXTENSIONS_TO_DROP =
  "SELECT extname AS name FROM pg_extension WHERE extname <> 'plpgsql'";

/** Removes every large object. */
export const UNLINK_LARGE_OBJECTS = 'SELECT count(lo_unlink(oid)) FROM pg_largeobject_metadata';

/** Event triggers, publications and foreign servers and wrappers a run created, with how to drop each. */
export const DATABASE_OBJECTS_TO_DROP = `
SELECT 'EVENT TRIGGER' AS kind, evtname AS name FROM pg_event_trigger
UNION ALL SELECT 'PUBLICATION', pubname FROM pg_publication
UNION ALL SELECT 'SERVER', srvname FROM pg_foreign_server s
 WHERE ${notFromExtension('pg_foreign_server', 's.oid')}
UNION ALL SELECT 'FOREIGN DATA WRAPPER', fdwname FROM pg_foreign_data_wrapper w
 WHERE w.oid >= 16384 AND ${notFromExtension('pg_foreign_data_wrapper', 'w.oid')}`;

/** Bounds how long the clean-up waits for a lock a test-command's session may still hold. */
export const SET_CLEANUP_LOCK_TIMEOUT = "SELECT set_config('lock_timeout', '10s', false)";
