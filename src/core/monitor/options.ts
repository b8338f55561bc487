/**
 * The options of the health watch and of the pre-flight checks, with their defaults. Durations
 * are milliseconds.
 */
import { DbDeployError } from '../errors.js';
import type { Clock } from '../clock.js';
import type { Probe } from './probe.js';

/** What the watch loop runs: the probes setUpWatch built from the settings, and its schedule. */
export interface WatchOptions {
  probes: readonly Probe[];
  durationMs: number;
  intervalMs: number;
  /** Every probe of a round is abandoned after this long. */
  timeoutMs: number;
  /** Consecutive failures of one check that make the deployment unhealthy. */
  failureThreshold: number;
  rollbackCommand?: string;
  /** The rollback command is killed after this long (0: no limit). */
  rollbackTimeoutMs: number;
  /** Roll back when the watch is cancelled (the runner's SIGTERM/SIGINT). Default false. */
  rollbackOnCancel?: boolean;
  /** Aborted when the job is cancelled: probing stops at once. */
  signal?: AbortSignal;
  /** The schedule's time source; the real clock by default (tests drive their own). */
  clock?: Clock;
}

/** What a user asks the watch for, already typed but not yet cross-checked. */
export interface WatchSettings {
  healthUrls: readonly string[];
  /** Default `2xx`. */
  expectedStatus?: string;
  errorRateUrl?: string;
  /** Dotted path into the JSON document (default `error_rate`), unless `errorRateMetric` is given. */
  errorRateJsonPath?: string;
  /** A Prometheus metric (with optional labels): the document is a text exposition. */
  errorRateMetric?: string;
  errorRateThreshold: number;
  databaseUrl?: string;
  database?: Partial<DatabaseWatchLimits>;
  durationMs: number;
  intervalMs: number;
  timeoutMs: number;
  failureThreshold: number;
  rollbackCommand?: string;
  rollbackTimeoutMs: number;
  rollbackOnCancel: boolean;
}

export const WATCH_DEFAULTS = {
  durationMs: 5 * 60_000,
  intervalMs: 10_000,
  timeoutMs: 5_000,
  failureThreshold: 3,
  errorRateThreshold: 0.05,
  errorRateJsonPath: 'error_rate',
  rollbackTimeoutMs: 15 * 60_000,
} as const;

/** The limits the database checks hold the watched database to. */
export interface DatabaseWatchLimits {
  /** The longest a session may wait for a lock (ms). */
  maxLockWaitMs: number;
  /** Client sessions running a statement. */
  maxActiveConnections: number;
  /** Deadlocks since the watch began. */
  maxDeadlocks: number;
  /** Rolled-back share of the transactions since the watch began (0..1). */
  maxRollbackRatio: number;
  /** The rollback ratio is judged only once this many transactions ended since the watch began. */
  minTransactions: number;
  /** Replay lag of the worst replica (ms). */
  maxReplicationLagMs: number;
}

/** The limits a watch uses unless its settings say otherwise. */
export const DATABASE_WATCH_DEFAULTS: DatabaseWatchLimits = {
  maxLockWaitMs: 5_000,
  maxActiveConnections: 100,
  maxDeadlocks: 0,
  maxRollbackRatio: 0.1,
  minTransactions: 50,
  maxReplicationLagMs: 60_000,
};

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
