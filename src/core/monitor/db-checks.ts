/**
 * The database side of the watch without the database (its limits and their defaults: options.ts):
 * the figures one round reads, the table of checks (what each is called, its limit in words, how
 * a round is judged against it) and the pure judge that turns a round's figures into outcomes.
 * db-probe.ts reads the figures.
 */
import type { DatabaseWatchLimits } from './options.js';
import type { CheckDefinition, CheckOutcome } from './probe.js';

/** What one round reads (counters are cumulative, as pg_stat_database keeps them). */
export interface DatabaseFigures {
  /** The longest current lock wait (ms); 0 when nobody waits. */
  lockWaitMs: number;
  /** Sessions waiting for a lock. */
  lockWaiters: number;
  /** Client sessions of the watched database running a statement (the probe's own left out). */
  active: number;
  commits: number;
  rollbacks: number;
  deadlocks: number;
  /** Replay lag of the worst replica (ms); 0 without replicas. */
  lagMs: number;
  replicas: number;
}

/** A round as the checks see it: the figures, and what happened since the watch began. */
interface Round {
  now: DatabaseFigures;
  deadlocks: number;
  rollbacks: number;
  /** Transactions ended (committed or rolled back) since the watch began. */
  ended: number;
  ratio: number;
  /** Whether enough transactions ended to judge the rollback ratio. */
  judged: boolean;
  /** False without pg_read_all_stats: other roles' sessions were not counted. */
  seesAll: boolean;
}

/** A round judged by one check: `message` says why it failed and is reported only then. */
interface Judged {
  ok: boolean;
  value: number;
  display: string;
  message: string;
}

/** One row of the table: a check's definition and how it judges a round. */
interface DatabaseCheck {
  id: string;
  label: string;
  unit: CheckDefinition['unit'];
  limit: (limits: DatabaseWatchLimits) => string;
  judge: (round: Round, limits: DatabaseWatchLimits) => Judged;
}

/** `1234ms`: a duration as the checks show it. */
export const ms = (value: number) => `${Math.round(value)}ms`;

/** The checks read from the figures, in the order they are reported. */
const DATABASE_CHECKS: readonly DatabaseCheck[] = [
  {
    id: 'db-lock-wait',
    label: 'longest lock wait',
    unit: 'ms',
    limit: (l) => `≤ ${ms(l.maxLockWaitMs)}`,
    judge: ({ now }, l) => ({
      ok: now.lockWaitMs <= l.maxLockWaitMs,
      value: now.lockWaitMs,
      display:
        now.lockWaiters === 0 ? 'no waits' : `${ms(now.lockWaitMs)} (${now.lockWaiters} waiting)`,
      message: `a session has waited ${ms(now.lockWaitMs)} for a lock (${now.lockWaiters} waiting), over ${ms(l.maxLockWaitMs)}`,
    }),
  },
  {
    id: 'db-connections',
    label: 'active connections',
    unit: 'count',
    limit: (l) => `≤ ${l.maxActiveConnections}`,
    judge: ({ now, seesAll }, l) => ({
      ok: now.active <= l.maxActiveConnections,
      value: now.active,
      display: `${now.active} active${seesAll ? '' : ' (own role only: grant pg_monitor)'}`,
      message: `${now.active} active connections, over ${l.maxActiveConnections}`,
    }),
  },
  {
    id: 'db-deadlocks',
    label: 'deadlocks since the watch began',
    unit: 'count',
    limit: (l) => `≤ ${l.maxDeadlocks}`,
    judge: ({ deadlocks }, l) => ({
      ok: deadlocks <= l.maxDeadlocks,
      value: deadlocks,
      display: `${deadlocks}`,
      message: `${deadlocks} deadlocks since the watch began, over ${l.maxDeadlocks}`,
    }),
  },
  {
    id: 'db-rollback-ratio',
    label: 'rollback ratio since the watch began',
    unit: 'ratio',
    limit: (l) => `≤ ${l.maxRollbackRatio} (from ${l.minTransactions} transactions)`,
    judge: ({ ratio, ended, rollbacks, judged }, l) => ({
      ok: !judged || ratio <= l.maxRollbackRatio,
      value: ratio,
      display: judged ? `${ratio.toFixed(3)} of ${ended}` : `not judged (${ended} transactions)`,
      message: `${rollbacks} of ${ended} transactions rolled back (${ratio.toFixed(3)}), over ${l.maxRollbackRatio}`,
    }),
  },
  {
    id: 'db-replication-lag',
    label: 'replica replay lag',
    unit: 'ms',
    limit: (l) => `≤ ${ms(l.maxReplicationLagMs)}`,
    judge: ({ now }, l) => ({
      ok: now.lagMs <= l.maxReplicationLagMs,
      value: now.lagMs,
      display: now.replicas === 0 ? 'no replicas' : `${ms(now.lagMs)} (${now.replicas} replicas)`,
      message: `a replica replays ${ms(now.lagMs)} behind, over ${ms(l.maxReplicationLagMs)}`,
    }),
  },
];

/**
 * The definitions of the database probe's checks: `database` (reaching it within the timeout)
 * and then one per row of the table.
 * @param display the database in its printable form (host:port/database, never the URL)
 * @param timeoutMs how long a round may take
 */
export function databaseCheckDefinitions(
  display: string,
  limits: DatabaseWatchLimits,
  timeoutMs: number,
): CheckDefinition[] {
  return [
    {
      id: 'database',
      label: `database ${display}`,
      limit: `answers within ${ms(timeoutMs)}`,
      unit: 'ms',
    },
    ...DATABASE_CHECKS.map((c) => ({
      id: c.id,
      label: c.label,
      limit: c.limit(limits),
      unit: c.unit,
    })),
  ];
}

/** What the judge needs besides the figures: how long the round took and what the role sees. */
export interface RoundContext {
  /** How long the round's query took (ms). */
  latencyMs: number;
  /** False without pg_read_all_stats (pg_monitor): other roles' sessions show no state. */
  seesAll: boolean;
}

/**
 * Judges one round that reached the database: `database` answered, then each check of the
 * table against `limits`. Deadlocks and the rollback ratio count from `baseline`, the figures of
 * the watch's first round (the same figures in the first round itself). Pure: no database, no
 * clock.
 */
export function judgeDatabaseRound(
  now: DatabaseFigures,
  baseline: DatabaseFigures,
  limits: DatabaseWatchLimits,
  context: RoundContext,
): CheckOutcome[] {
  const commits = now.commits - baseline.commits;
  const rollbacks = now.rollbacks - baseline.rollbacks;
  const ended = commits + rollbacks;
  const ratio = ended > 0 ? rollbacks / ended : 0;
  const round: Round = {
    now,
    deadlocks: now.deadlocks - baseline.deadlocks,
    rollbacks,
    ended,
    ratio,
    judged: ended >= limits.minTransactions,
    seesAll: context.seesAll,
  };
  return [
    {
      check: 'database',
      ok: true,
      latencyMs: context.latencyMs,
      value: context.latencyMs,
      display: `answered in ${ms(context.latencyMs)}`,
    },
    ...DATABASE_CHECKS.map((c): CheckOutcome => {
      const { ok, value, display, message } = c.judge(round, limits);
      return { check: c.id, ok, value, display, ...(ok ? {} : { message }) };
    }),
  ];
}
