import { DbDeployError } from '../errors.js';

/** Options of the preflight checks. Durations are milliseconds. */
export interface PreflightOptions {
  /** Connection URL (a secret). */
  databaseUrl: string;
  /** Give up connecting after this long. Default 10 000 (10 s). */
  connectTimeoutMs?: number;
  /** statement_timeout and lock_timeout of each check's query. Default: `connectTimeoutMs`. */
  statementTimeoutMs?: number;
  /** Client sessions of the database running a statement (ours not counted). Default 100. */
  maxActiveConnections?: number;
  /**
   * Share (0–1) of the server's max_connections that the client sessions of the whole server
   * may use. Default 0.8: the last fifth is the headroom a deployment and its rollback need.
   */
  maxConnectionsUsage?: number;
  /** Age of the oldest open transaction in the database; 0 reports it without a limit. Default 5 min. */
  maxTransactionAgeMs?: number;
  /**
   * A session counts as a lock waiter once it has waited longer than this: short waits are
   * normal on a busy database. Default 5 000 (5 s); 0 counts every waiting session.
   */
  maxLockWaitMs?: number;
  /** Sessions of the database waiting on a lock for longer than `maxLockWaitMs`. Default 0. */
  maxLockWaiters?: number;
  /** Replay lag of the worst streaming replica; 0 reports it without a limit. Default 60 000 (1 min). */
  maxReplicationLagMs?: number;
  /** INVALID indexes in the database (each is named). Default 0. */
  maxInvalidIndexes?: number;
  /**
   * Ids of the checks to run (migrate's verify-checks); the connection check always runs, and
   * server-version too (lock-waiters picks its query by it). Default: every check.
   */
  checks?: readonly string[];
}

/** The options with every default applied: what the checks compare against. */
export type PreflightLimits = Required<Omit<PreflightOptions, 'databaseUrl' | 'checks'>>;

export const PREFLIGHT_DEFAULTS = {
  connectTimeoutMs: 10_000,
  maxActiveConnections: 100,
  maxConnectionsUsage: 0.8,
  maxTransactionAgeMs: 5 * 60_000,
  maxLockWaitMs: 5_000,
  maxLockWaiters: 0,
  maxReplicationLagMs: 60_000,
  maxInvalidIndexes: 0,
} as const;

/** `info` checks report a figure without a limit; `skipped` ones did not run (no connection). */
export type PreflightStatus = 'pass' | 'fail' | 'info' | 'skipped';

export interface PreflightCheck {
  /** Kebab-case, stable: `connection`, `server-version`, `active-connections`, … */
  id: string;
  label: string;
  /** The measured value for people, e.g. `42`, `57 of 200 (28.5%)`, `2m 05s`. */
  value: string;
  /** The limit for people, when the check has one. */
  limit?: string;
  status: PreflightStatus;
  /** Which sessions, waiters or indexes; or why the check could not measure. No query text. */
  detail?: string;
  /** What to do, on a failed check. */
  hint?: string;
}

/** Every figure, named as the action's outputs; null when its check did not measure it. */
export interface PreflightFigures {
  'server-version': string | null;
  'server-version-num': number | null;
  'database-size-bytes': number | null;
  'active-connections': number | null;
  'total-connections': number | null;
  'max-connections': number | null;
  'oldest-transaction-seconds': number | null;
  'lock-waiters': number | null;
  'replication-lag-seconds': number | null;
  'replication-lag-bytes': number | null;
  replicas: number | null;
  'invalid-indexes': number | null;
}

export interface PreflightResult {
  passed: boolean;
  /** `host:port/database`, never the URL. */
  database: string;
  durationMs: number;
  checks: PreflightCheck[];
  figures: PreflightFigures;
}

/** Every figure unmeasured: the start of each run. */
export const NO_FIGURES: PreflightFigures = {
  'server-version': null,
  'server-version-num': null,
  'database-size-bytes': null,
  'active-connections': null,
  'total-connections': null,
  'max-connections': null,
  'oldest-transaction-seconds': null,
  'lock-waiters': null,
  'replication-lag-seconds': null,
  'replication-lag-bytes': null,
  replicas: null,
  'invalid-indexes': null,
};

/** Applies the defaults and refuses a value no check could use (one `bad-input` line). */
export function preflightLimits(options: PreflightOptions): PreflightLimits {
  const d = PREFLIGHT_DEFAULTS;
  const connectTimeoutMs = options.connectTimeoutMs ?? d.connectTimeoutMs;
  const limits: PreflightLimits = {
    connectTimeoutMs,
    statementTimeoutMs: options.statementTimeoutMs ?? connectTimeoutMs,
    maxActiveConnections: options.maxActiveConnections ?? d.maxActiveConnections,
    maxConnectionsUsage: options.maxConnectionsUsage ?? d.maxConnectionsUsage,
    maxTransactionAgeMs: options.maxTransactionAgeMs ?? d.maxTransactionAgeMs,
    maxLockWaitMs: options.maxLockWaitMs ?? d.maxLockWaitMs,
    maxLockWaiters: options.maxLockWaiters ?? d.maxLockWaiters,
    maxReplicationLagMs: options.maxReplicationLagMs ?? d.maxReplicationLagMs,
    maxInvalidIndexes: options.maxInvalidIndexes ?? d.maxInvalidIndexes,
  };
  for (const [field, value] of Object.entries(limits)) {
    const positive = field === 'connectTimeoutMs' || field === 'statementTimeoutMs';
    const ratio = field === 'maxConnectionsUsage';
    const ok = ratio
      ? value >= 0 && value <= 1
      : Number.isSafeInteger(value) && value >= (positive ? 1 : 0);
    if (!ok) {
      const name = field.replace(/Ms$/, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
      throw new DbDeployError('bad-input', `${name}: ${value} is out of range`, {
        hint: ratio
          ? 'use a share from 0 to 1, e.g. 0.8'
          : `use a whole number${positive ? ' above 0' : ' of at least 0'}`,
      });
    }
  }
  return limits;
}
