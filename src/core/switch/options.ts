/** The options of blue-green-switch and their defaults. Durations are milliseconds. */

export const SWITCH_COMMANDS = [
  'prepare',
  'switch',
  'rollback',
  'status',
  'abort',
  'finish',
] as const;
export type SwitchCommand = (typeof SWITCH_COMMANDS)[number];

/**
 * How prepare makes green. logical: schema copy + logical replication (blue keeps taking writes
 * until the switch). template: CREATE DATABASE … TEMPLATE (fastest; no session may be connected
 * to blue during the copy). dump: pg_dump | pg_restore (reads go on; green may be on another
 * server). template and dump are point-in-time copies: blue is read-only from the copy until
 * the switch or abort, so no write is lost.
 */
export const CLONE_METHODS = ['logical', 'template', 'dump'] as const;
export type CloneMethod = (typeof CLONE_METHODS)[number];

export interface PgBouncerTarget {
  /** Admin console URL (postgres://admin:pw@host:6432/pgbouncer), a secret. */
  adminUrl: string;
  /** The [databases] entry clients connect to. */
  database: string;
  /**
   * The config file whose entry is repointed (the runner must be able to write it); not needed
   * with rename, where the entry keeps its database name.
   */
  configPath?: string;
}

export interface SwitchOptions {
  command: SwitchCommand;
  /** Blue, with the rights to create databases, publications and subscriptions (a secret). */
  databaseUrl: string;
  /** Default `<blue>_green`. */
  greenDatabase?: string;
  /** Green on any server (a secret); green-database is then its database. */
  greenDatabaseUrl?: string;
  cloneMethod: CloneMethod;
  /** template/dump: end the sessions connected to blue instead of refusing to copy. */
  terminateConnections: boolean;
  /** rollback with no return replication (green's writes since the switch are lost). */
  acceptLostWrites: boolean;
  /**
   * Switch by swapping the database names (blue's name then belongs to the new database), for
   * clients that connect by name and nothing else routes them; green must be on blue's server.
   */
  rename: boolean;
  /** Migrations applied to green during prepare (absolute path); none when undefined. */
  migrationsDir?: string;
  migrationsTable: string;
  migrationsSchema: string;
  pgBouncer?: PgBouncerTarget;
  /** A shell command run at the switch point, with DB_DEPLOY_ACTIVE_DATABASE in its environment. */
  switchCommand?: string;
  /** Refuse to switch while green is further behind than this (bytes of WAL). */
  maxLagBytes: number;
  /** Refuse to switch while blue has a transaction older than this. */
  maxTransactionAgeMs: number;
  /** Everything between PAUSE and RESUME must finish within this, or it is reverted. */
  switchTimeoutMs: number;
  /** The initial copy of green must finish within this. */
  syncTimeoutMs: number;
  connectTimeoutMs: number;
  /**
   * How long a command waits for another blue-green command on the same pair to end before it
   * refuses (default 15 s: long enough for a killed command's session to close).
   */
  pairLockWaitMs?: number;
  /** Directory holding pg_dump/pg_restore for the schema copy. */
  pgBinDir?: string;
  /**
   * The job's cancel (SIGINT/SIGTERM): the step in hand is finished or reverted, then the
   * command stops (finished instead when traffic may already have reached the new side).
   */
  signal?: AbortSignal;
}

export const SWITCH_DEFAULTS = {
  cloneMethod: 'logical' as CloneMethod,
  terminateConnections: false,
  acceptLostWrites: false,
  rename: false,
  maxLagBytes: 16 * 1024 * 1024,
  maxTransactionAgeMs: 5 * 60_000,
  switchTimeoutMs: 10_000,
  syncTimeoutMs: 30 * 60_000,
  connectTimeoutMs: 10_000,
  migrationsTable: 'pgmigrations',
  migrationsSchema: 'public',
} as const;
