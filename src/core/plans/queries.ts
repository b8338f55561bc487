/**
 * SQL of the plan analysis, one named statement each, with the lock it takes. Catalog reads are
 * read-only; the statements that change anything run only inside the copy's transaction, which
 * is always rolled back (see copy.ts).
 */

/**
 * The guards' facts about a database: its identity (the cluster's system identifier and the
 * database's oid, as the scratch claim compares them), whether it is a standby, its major version,
 * and the other client sessions connected to it. A session whose details this role may not see
 * (backend_type NULL without pg_read_all_stats) counts as a client. Takes no lock.
 */
export const COPY_FACTS = `
SELECT (pg_control_system()).system_identifier::text AS system_identifier,
       d.oid::bigint::text AS database_oid,
       pg_is_in_recovery() AS in_recovery,
       current_setting('server_version_num')::int AS version_num,
       (SELECT count(*)::int FROM pg_stat_activity a
         WHERE a.datid = d.oid AND a.pid <> pg_backend_pid()
           AND (a.backend_type = 'client backend' OR a.backend_type IS NULL)) AS other_sessions,
       (SELECT count(*)::int FROM pg_stat_activity a
         WHERE a.datid = d.oid AND a.pid <> pg_backend_pid() AND a.backend_type IS NULL) AS unseen_sessions
  FROM pg_database d WHERE d.datname = current_database()`;

/** Identity of a database (the one database-url names), to compare with the copy's. No lock. */
export const DATABASE_IDENTITY = `
SELECT (pg_control_system()).system_identifier::text AS system_identifier,
       d.oid::bigint::text AS database_oid
  FROM pg_database d WHERE d.datname = current_database()`;

/**
 * The bounds of every statement on the copy and on the stats database ($1 lock_timeout, $2
 * statement_timeout, $3 idle_in_transaction_session_timeout), for the session. set_config takes
 * bind parameters where SET does not. No lock.
 */
export const SET_BOUNDS = `
SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false),
       set_config('idle_in_transaction_session_timeout', $3, false)`;

/** Makes every transaction of the session read-only (the stats database is production). No lock. */
export const READ_ONLY_SESSION = "SELECT set_config('default_transaction_read_only', 'on', false)";

/** The copy's transaction, and the savepoints that scope each step of it. */
export const BEGIN = 'BEGIN';
export const ROLLBACK = 'ROLLBACK';
export const SAVEPOINT = 'SAVEPOINT db_deploy_plans';
export const RELEASE = 'RELEASE SAVEPOINT db_deploy_plans';
export const ROLLBACK_TO = 'ROLLBACK TO SAVEPOINT db_deploy_plans';

/**
 * Makes the current subtransaction read-only: the EXPLAINs run in it, so even a function the
 * planner evaluates cannot write. PostgreSQL restores the transaction's read-write state when
 * the savepoint is released or rolled back (xact.c keeps XactReadOnly per subtransaction). No lock.
 */
export const READ_ONLY_STEP = 'SET LOCAL transaction_read_only = on';

/** Plans every prepared statement generically (PostgreSQL 12+), for this transaction. No lock. */
export const FORCE_GENERIC_PLAN = 'SET LOCAL plan_cache_mode = force_generic_plan';

/** The prepared statement of the pre-16 way to see a generic plan. */
export const PREPARED_NAME = 'db_deploy_plan';

/** How many parameters the prepared statement takes. No lock. */
export const PREPARED_PARAMETERS = `
SELECT coalesce(array_length(parameter_types, 1), 0) AS count
  FROM pg_prepared_statements WHERE name = $1`;

/** Drops the prepared statement (prepared statements outlive a rolled-back savepoint). No lock. */
export const DEALLOCATE = `DEALLOCATE ${PREPARED_NAME}`;

/**
 * Every index of the user's tables with what duplicate and prefix checks compare: method, key
 * columns one by one (pg_get_indexdef with a column number), operator classes, collations, sort
 * options, INCLUDE columns and predicate. $1: schemas to leave out. Takes no lock on user
 * relations (pg_get_indexdef reads the catalogs).
 */
export const SELECT_INDEXES = `
SELECT n.nspname AS schema, t.relname AS table, i.relname AS name, am.amname AS method,
       x.indisunique AS unique, x.indisprimary AS primary, x.indisvalid AS valid,
       ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true)
               FROM generate_series(1, x.indnkeyatts::int) AS k ORDER BY k) AS keys,
       ARRAY(SELECT concat_ws('/', (x.indclass::oid[])[k - 1], (x.indcollation::oid[])[k - 1],
                              (x.indoption::int2[])[k - 1])
               FROM generate_series(1, x.indnkeyatts::int) AS k ORDER BY k) AS key_options,
       ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true)
               FROM generate_series(x.indnkeyatts::int + 1, x.indnatts::int) AS k ORDER BY k) AS include,
       pg_get_expr(x.indpred, x.indrelid, true) AS predicate,
       c.conname AS constraint, pg_get_indexdef(x.indexrelid) AS definition
  FROM pg_index x
  JOIN pg_class i ON i.oid = x.indexrelid
  JOIN pg_class t ON t.oid = x.indrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  JOIN pg_am am ON am.oid = i.relam
  LEFT JOIN pg_constraint c ON c.conindid = x.indexrelid AND c.contype IN ('p', 'u', 'x')
 WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' AND n.nspname <> ALL ($1::text[])
 ORDER BY 1, 2, 3`;

/** Every foreign key of the user's tables, referencing columns in key order. $1: schemas to leave out. No lock on user relations. */
export const SELECT_FOREIGN_KEYS = `
SELECT n.nspname AS schema, t.relname AS table, c.conname AS name,
       ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS columns,
       format('%s.%s', rn.nspname, r.relname) AS references
  FROM pg_constraint c
  JOIN pg_class t ON t.oid = c.conrelid
  JOIN pg_namespace n ON n.oid = t.relnamespace
  JOIN pg_class r ON r.oid = c.confrelid
  JOIN pg_namespace rn ON rn.oid = r.relnamespace
 WHERE c.contype = 'f' AND n.nspname !~ '^pg_' AND n.nspname <> 'information_schema'
   AND n.nspname <> ALL ($1::text[])
 ORDER BY 1, 2, 3`;

/** The schema pg_stat_statements is installed in, if it is. No lock. */
export const STAT_STATEMENTS_SCHEMA = `
SELECT n.nspname AS schema FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE e.extname = 'pg_stat_statements'`;

/**
 * The most time-consuming top-level statements of the current database ($1 how many), from
 * pg_stat_statements (columns of 1.9+, PostgreSQL 14+), leaving out reads of pg_stat_statements
 * itself (this statement, from earlier runs). `view` is the extension's view, quoted. Reads
 * shared memory; no lock on user relations.
 */
export const topStatements = (view: string): string => `
SELECT s.query, s.calls::bigint AS calls,
       (s.total_exec_time + s.total_plan_time)::float8 AS total_ms
  FROM ${view} s
 WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND s.toplevel
   AND s.query NOT ILIKE '%pg_stat_statements%'
 ORDER BY s.total_exec_time + s.total_plan_time DESC
 LIMIT $1`;

/**
 * How often indexes were scanned ($1 schemas, $2 index names, pairwise), from the cumulative
 * statistics of this server, with when they were last reset. to_jsonb keeps the read working
 * on majors without last_idx_scan (before 16). No lock on user relations.
 */
export const INDEX_SCANS = `
SELECT s.schemaname AS schema, s.indexrelname AS name, s.idx_scan::bigint AS scans,
       to_jsonb(s) ->> 'last_idx_scan' AS last_scan,
       (SELECT stats_reset::text FROM pg_stat_database WHERE datname = current_database()) AS since
  FROM unnest($1::text[], $2::text[]) AS want(schema, name)
  JOIN pg_stat_user_indexes s ON s.schemaname = want.schema AND s.indexrelname = want.name`;

/**
 * A query reading a whole table (`table` quoted), whose plan's row estimate is the planner's size
 * of the table: the same estimate the query plans use (reltuples scaled to the pages the table has
 * now). Only EXPLAINed, never run; planning takes ACCESS SHARE on the table.
 */
export const wholeTable = (table: string): string => `SELECT 1 FROM ${table}`;

/**
 * EXPLAIN of one statement's generic plan (PostgreSQL 16+): `$n` parameters stay unknown, nothing
 * is executed. `sql` is one statement the parser has checked. Planning takes ACCESS SHARE on the
 * relations it reads.
 */
export const explainGenericPlan = (sql: string): string =>
  `EXPLAIN (FORMAT JSON, VERBOSE, GENERIC_PLAN) ${sql}`;

/** Prepares one checked statement (before 16, the way to a generic plan). No lock kept. */
export const prepareStatement = (sql: string): string => `PREPARE ${PREPARED_NAME} AS ${sql}`;

/**
 * EXPLAIN of the prepared statement's EXECUTE with `count` NULL arguments: under
 * force_generic_plan the plan is built without looking at them, and nothing is executed.
 */
export const explainPrepared = (count: number): string => {
  const nulls = Array.from({ length: count }, () => 'NULL').join(', ');
  return `EXPLAIN (FORMAT JSON, VERBOSE) EXECUTE ${PREPARED_NAME}${nulls ? `(${nulls})` : ''}`;
};
