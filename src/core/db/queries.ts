/** SQL shared by every concern that talks to the database. One named statement each, with the lock it takes. */

/** Takes a session-level advisory lock if free; never waits. Lock: advisory (no table lock). */
export const TRY_ADVISORY_LOCK = 'SELECT pg_try_advisory_lock($1::bigint) AS locked';

/** Releases the session-level advisory lock. */
export const ADVISORY_UNLOCK = 'SELECT pg_advisory_unlock($1::bigint) AS unlocked';

/**
 * Who holds an advisory lock on a bigint key (split into classid/objid as PostgreSQL stores it).
 * Reads pg_locks and pg_stat_activity; takes no lock.
 */
export const ADVISORY_LOCK_HOLDER = `
SELECT a.pid, a.application_name, now() - a.xact_start AS xact_age,
       extract(epoch FROM now() - a.backend_start)::int AS connected_seconds
  FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
 WHERE l.locktype = 'advisory' AND l.granted
   AND l.classid = (($1::bigint >> 32) & 4294967295)::oid
   AND l.objid = ($1::bigint & 4294967295)::oid
   AND l.objsubid = 1
 LIMIT 1`;

/** The server's major version number (e.g. 170004 for 17.4). Takes no lock. */
export const SERVER_VERSION_NUM = "SELECT current_setting('server_version_num')::int AS version";

/** Sets session timeouts; `set_config` accepts bind parameters where SET does not. */
export const SET_SESSION_TIMEOUTS = `
SELECT set_config('lock_timeout', $1, false), set_config('statement_timeout', $2, false)`;

/** Whether a relation exists (`schema.table`), without taking a lock on it. */
export const RELATION_EXISTS = 'SELECT to_regclass($1) IS NOT NULL AS exists';

/** The session's search_path, to restore after a change. Takes no lock. */
export const CURRENT_SEARCH_PATH = "SELECT current_setting('search_path') AS search_path";

/** Sets the session's search_path (`$1`); set_config accepts a bind parameter where SET does not. Takes no lock. */
export const SET_SEARCH_PATH = "SELECT set_config('search_path', $1, false) AS search_path";
