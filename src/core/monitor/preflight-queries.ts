/**
 * SQL of the preflight checks. All read-only: they read statistics views and catalogs (at most
 * AccessShareLock on a catalog) and never touch a user table. Sessions of this database are
 * those of `current_database()`; `max_connections` and replication are server-wide.
 */

/**
 * Makes the session read-only and bounds every statement and lock wait ($1 = milliseconds).
 * `set_config` takes bind parameters where SET does not (no lock).
 */
export const PREFLIGHT_SESSION = `
SELECT set_config('default_transaction_read_only', 'on', false),
       set_config('statement_timeout', $1, false),
       set_config('lock_timeout', $1, false)`;

/** The server's version, as shown and as a number (170004 for 17.4) (no lock). */
export const SERVER_VERSION = `
SELECT current_setting('server_version') AS version,
       current_setting('server_version_num')::int AS num`;

/** The database's size on disk: stats its files, reads no rows (no lock). */
export const DATABASE_SIZE = 'SELECT pg_database_size(current_database())::bigint AS bytes';

/**
 * Client sessions of this database running a statement, ours left out. Without
 * pg_read_all_stats (pg_monitor) a role sees only the pid and database of other roles'
 * sessions: its state and backend_type are NULL. Those are counted as `hidden`.
 */
export const ACTIVE_CONNECTIONS = `
SELECT count(*) FILTER (WHERE state = 'active' AND backend_type = 'client backend')::int AS active,
       count(*) FILTER (WHERE backend_type IS NULL)::int AS hidden
  FROM pg_stat_activity
 WHERE datname = current_database() AND pid <> pg_backend_pid()`;

/**
 * Client sessions of the whole server (ours included) against max_connections. A hidden
 * session (see ACTIVE_CONNECTIONS) counts when it is connected to a database, as every
 * client session is (no lock).
 */
export const CONNECTION_USAGE = `
SELECT count(*)::int AS total, current_setting('max_connections')::int AS max
  FROM pg_stat_activity
 WHERE backend_type = 'client backend' OR (backend_type IS NULL AND datname IS NOT NULL)`;

/** The oldest open transactions of this database's client sessions, ours left out (no lock). */
export const OLDEST_TRANSACTIONS = `
SELECT pid, state, application_name AS application, usename AS role,
       extract(epoch FROM now() - xact_start)::float8 AS age_seconds
  FROM pg_stat_activity
 WHERE datname = current_database() AND backend_type = 'client backend'
   AND pid <> pg_backend_pid() AND xact_start IS NOT NULL
 ORDER BY xact_start
 LIMIT 5`;

/**
 * Sessions of this database waiting for a lock, longest wait first, with what they wait for
 * and who blocks them. `waitStart` is the expression for when the wait began.
 */
function lockWaitersSql(waitStart: string): string {
  return `
SELECT l.pid, l.mode, l.locktype,
       (SELECT n.nspname || '.' || c.relname FROM pg_class c
          JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = l.relation) AS relation,
       coalesce(extract(epoch FROM now() - ${waitStart}), 0)::float8 AS wait_seconds,
       pg_blocking_pids(l.pid) AS blockers
  FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
 WHERE NOT l.granted AND a.datname = current_database() AND l.pid <> pg_backend_pid()
 ORDER BY wait_seconds DESC`;
}

/**
 * Lock waiters on PostgreSQL 14+: pg_locks.waitstart is when the wait began (NULL for a
 * moment after it began, read as 0 s). Reads pg_locks and pg_stat_activity (no lock).
 */
export const LOCK_WAITERS = lockWaitersSql('l.waitstart');

/**
 * Lock waiters before PostgreSQL 14, which has no waitstart: the waiting statement's start
 * stands in for it, so a wait can read longer than it is, never shorter (no lock).
 */
export const LOCK_WAITERS_BEFORE_14 = lockWaitersSql('a.query_start');

/**
 * Each standby streaming from this server: replay lag as time (NULL once caught up and idle,
 * PostgreSQL docs "pg_stat_replication") and as WAL bytes behind this server's position (its
 * replay position when it is a standby itself). Without pg_read_all_stats the state and
 * positions are NULL (no lock).
 */
export const REPLICATION = `
SELECT application_name AS name, state,
       extract(epoch FROM replay_lag)::float8 AS lag_seconds,
       pg_wal_lsn_diff(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()
                            ELSE pg_current_wal_lsn() END, replay_lsn)::bigint AS lag_bytes
  FROM pg_stat_replication
 ORDER BY replay_lag DESC NULLS LAST, application_name`;

/**
 * Indexes left INVALID by a failed CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY (TOAST
 * indexes included: a failed REINDEX leaves them there), and whether a build is running on it
 * right now (pg_stat_progress_create_index, PostgreSQL 12+). Other sessions' temporary
 * schemas are left out. Catalog reads only (AccessShareLock on the catalogs).
 */
export const INVALID_INDEXES = `
SELECT n.nspname AS schema, c.relname AS name,
       EXISTS (SELECT 1 FROM pg_stat_progress_create_index p
                WHERE p.index_relid = i.indexrelid) AS building
  FROM pg_index i
  JOIN pg_class c ON c.oid = i.indexrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT i.indisvalid
   AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'
 ORDER BY 1, 2`;
