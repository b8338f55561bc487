/**
 * The db concern's public surface: connection URLs (parse, redact), pools and sessions, the
 * advisory lock, shared catalog reads and identifier/literal quoting.
 */
export { acquireAdvisoryLock, MIGRATION_LOCK_KEY, releaseAdvisoryLock } from './advisory-lock.js';
export {
  BACKEND_PID,
  BACKEND_RELATION_LOCKS,
  OWN_RELATION_LOCKS,
  RELATION_FILES,
  SCHEMA_EXISTS,
  TABLE_SIZES,
} from './catalog.js';
export { connect, disconnect } from './connect.js';
export type { DbClient } from './connect.js';
export { databaseStep, isLockTimeout, LOCK_NOT_AVAILABLE, pgErrorFields } from './pg-error.js';
export {
  CURRENT_SEARCH_PATH,
  RELATION_EXISTS,
  SERVER_VERSION_NUM,
  SET_SEARCH_PATH,
  SET_SESSION_TIMEOUTS,
  TRY_ADVISORY_LOCK,
} from './queries.js';
export { refuseScratchDatabase, SCRATCH_MARKER_TABLE, SCRATCH_SCHEMA } from './scratch-marker.js';
export { qualifiedName, quoteIdent, quoteLiteral } from './sql.js';
export { parseDatabaseUrl, redact, secretsOf } from './url.js';
export type { DatabaseTarget } from './url.js';
export { weakPasswordWarning } from './weak-password.js';
