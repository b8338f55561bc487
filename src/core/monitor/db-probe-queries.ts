/**
 * SQL of the database probe of the watch. All read-only: statistics views only (no lock on a
 * user table). Sessions are those of `current_database()`; replicas are server-wide.
 */

/** Bounds every statement of the probe's session to a round's timeout (ms, at least 1). */
export function setStatementTimeout(timeoutMs: number): string {
  return `set statement_timeout = ${Math.max(1, Math.round(timeoutMs))}`;
}

/** Makes the probe's session read-only. */
export const SET_READ_ONLY = 'set default_transaction_read_only = on';

/** The server's version as a number (170004 for 17.4). */
export const SERVER_VERSION_NUM = `select current_setting('server_version_num') as n`;

/** Whether the role sees other roles' sessions (pg_read_all_stats, part of pg_monitor). */
export const SEES_ALL_SESSIONS = `select pg_has_role('pg_read_all_stats', 'USAGE') as can`;

// pg_locks.waitstart exists from PostgreSQL 14; before, the waiting session's state_change
// is the closest start of the wait.
const LOCK_WAIT_14 = `select coalesce(extract(epoch from max(now() - l.waitstart)) * 1000, 0)::float8
  from pg_locks l join pg_stat_activity a on a.pid = l.pid
  where not l.granted and l.waitstart is not null and a.datname = current_database()`;
const LOCK_WAIT_OLD = `select coalesce(extract(epoch from max(now() - state_change)) * 1000, 0)::float8
  from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`;

/** One round's figures in one row (see DatabaseFigures), for a server of this version number. */
export function roundQuery(serverVersionNum: number): string {
  return `select
    (${serverVersionNum >= 140000 ? LOCK_WAIT_14 : LOCK_WAIT_OLD}) as lock_wait_ms,
    (select count(distinct l.pid) from pg_locks l join pg_stat_activity a on a.pid = l.pid
       where not l.granted and a.datname = current_database())::int as lock_waiters,
    (select count(*) from pg_stat_activity where state = 'active' and datname = current_database()
       and backend_type = 'client backend' and pid <> pg_backend_pid())::int as active,
    d.xact_commit::float8 as commits, d.xact_rollback::float8 as rollbacks,
    d.deadlocks::float8 as deadlocks,
    (select coalesce(extract(epoch from max(replay_lag)) * 1000, 0) from pg_stat_replication)::float8 as lag_ms,
    (select count(*) from pg_stat_replication)::int as replicas
  from pg_stat_database d where d.datname = current_database()`;
}
