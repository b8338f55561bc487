import { connect, disconnect, type DbClient } from '../db/connect.js';
import { parseDatabaseUrl, type DatabaseTarget } from '../db/url.js';
import { pgErrorFields } from '../db/pg-error.js';
import { raceAbort } from './abort.js';
import type { CheckDefinition, CheckOutcome, Probe } from './probe.js';

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

export const DATABASE_WATCH_DEFAULTS: DatabaseWatchLimits = {
  maxLockWaitMs: 5_000,
  maxActiveConnections: 100,
  maxDeadlocks: 0,
  maxRollbackRatio: 0.1,
  minTransactions: 50,
  maxReplicationLagMs: 60_000,
};

interface Figures {
  lockWaitMs: number;
  lockWaiters: number;
  active: number;
  commits: number;
  rollbacks: number;
  deadlocks: number;
  lagMs: number;
  replicas: number;
}

// pg_locks.waitstart exists from PostgreSQL 14; before, the waiting session's state_change
// is the closest start of the wait.
const LOCK_WAIT_14 = `select coalesce(extract(epoch from max(now() - l.waitstart)) * 1000, 0)::float8
  from pg_locks l join pg_stat_activity a on a.pid = l.pid
  where not l.granted and l.waitstart is not null and a.datname = current_database()`;
const LOCK_WAIT_OLD = `select coalesce(extract(epoch from max(now() - state_change)) * 1000, 0)::float8
  from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()`;

function roundQuery(serverVersionNum: number): string {
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

const ms = (value: number) => `${Math.round(value)}ms`;

/**
 * The database side of the watch (sessions of the watched database only, as in preflight;
 * replicas are server-wide): one connection, one query per round, five checks
 * (lock waits, active connections, deadlocks and rollback ratio since the watch began,
 * replica lag) plus `database` for reaching it at all. Read-only.
 */
export function databaseProbe(
  databaseUrl: string,
  limits: DatabaseWatchLimits,
  timeoutMs: number,
): Probe {
  const target: DatabaseTarget = parseDatabaseUrl(databaseUrl);
  let client: DbClient | undefined;
  let versionNum = 0;
  /** Without pg_read_all_stats (pg_monitor), other roles' sessions show no state: not counted. */
  let seesAll = true;
  let baseline: Figures | undefined;

  const checks: CheckDefinition[] = [
    {
      id: 'database',
      label: `database ${target.display}`,
      limit: `answers within ${ms(timeoutMs)}`,
      unit: 'ms',
    },
    {
      id: 'db-lock-wait',
      label: 'longest lock wait',
      limit: `≤ ${ms(limits.maxLockWaitMs)}`,
      unit: 'ms',
    },
    {
      id: 'db-connections',
      label: 'active connections',
      limit: `≤ ${limits.maxActiveConnections}`,
      unit: 'count',
    },
    {
      id: 'db-deadlocks',
      label: 'deadlocks since the watch began',
      limit: `≤ ${limits.maxDeadlocks}`,
      unit: 'count',
    },
    {
      id: 'db-rollback-ratio',
      label: 'rollback ratio since the watch began',
      limit: `≤ ${limits.maxRollbackRatio} (from ${limits.minTransactions} transactions)`,
      unit: 'ratio',
    },
    {
      id: 'db-replication-lag',
      label: 'replica replay lag',
      limit: `≤ ${ms(limits.maxReplicationLagMs)}`,
      unit: 'ms',
    },
  ];

  async function open(signal: AbortSignal): Promise<DbClient> {
    if (client) return client;
    const opened = await raceAbort(
      connect(target, { connectTimeoutMs: timeoutMs, applicationName: 'db-deploy monitor' }),
      signal,
    );
    try {
      await opened.query(`set statement_timeout = ${Math.max(1, Math.round(timeoutMs))}`);
      await opened.query('set default_transaction_read_only = on');
      const version = await opened.query<{ n: string }>(
        `select current_setting('server_version_num') as n`,
      );
      versionNum = Number(version.rows[0]?.n ?? 0);
      const stats = await opened.query<{ can: boolean }>(
        `select pg_has_role('pg_read_all_stats', 'USAGE') as can`,
      );
      seesAll = stats.rows[0]?.can === true;
    } catch (error) {
      await disconnect(opened);
      throw error;
    }
    client = opened;
    return opened;
  }

  async function read(signal: AbortSignal): Promise<Figures> {
    const connection = await open(signal);
    const result = await raceAbort(
      connection.query<Record<string, number>>(roundQuery(versionNum)),
      signal,
    );
    const row = result.rows[0];
    if (!row) throw new Error('the database has no pg_stat_database row for itself');
    return {
      lockWaitMs: Number(row.lock_wait_ms),
      lockWaiters: Number(row.lock_waiters),
      active: Number(row.active),
      commits: Number(row.commits),
      rollbacks: Number(row.rollbacks),
      deadlocks: Number(row.deadlocks),
      lagMs: Number(row.lag_ms),
      replicas: Number(row.replicas),
    };
  }

  function judge(now: Figures, latencyMs: number): CheckOutcome[] {
    const base = baseline ?? now;
    baseline = base;
    const deadlocks = now.deadlocks - base.deadlocks;
    const commits = now.commits - base.commits;
    const rollbacks = now.rollbacks - base.rollbacks;
    const ended = commits + rollbacks;
    const ratio = ended > 0 ? rollbacks / ended : 0;
    const judged = ended >= limits.minTransactions;
    const lockOk = now.lockWaitMs <= limits.maxLockWaitMs;
    return [
      {
        check: 'database',
        ok: true,
        latencyMs,
        value: latencyMs,
        display: `answered in ${ms(latencyMs)}`,
      },
      {
        check: 'db-lock-wait',
        ok: lockOk,
        value: now.lockWaitMs,
        display:
          now.lockWaiters === 0 ? 'no waits' : `${ms(now.lockWaitMs)} (${now.lockWaiters} waiting)`,
        ...(lockOk
          ? {}
          : {
              message: `a session has waited ${ms(now.lockWaitMs)} for a lock (${now.lockWaiters} waiting), over ${ms(limits.maxLockWaitMs)}`,
            }),
      },
      {
        check: 'db-connections',
        ok: now.active <= limits.maxActiveConnections,
        value: now.active,
        display: `${now.active} active${seesAll ? '' : ' (own role only: grant pg_monitor)'}`,
        ...(now.active <= limits.maxActiveConnections
          ? {}
          : { message: `${now.active} active connections, over ${limits.maxActiveConnections}` }),
      },
      {
        check: 'db-deadlocks',
        ok: deadlocks <= limits.maxDeadlocks,
        value: deadlocks,
        display: `${deadlocks}`,
        ...(deadlocks <= limits.maxDeadlocks
          ? {}
          : {
              message: `${deadlocks} deadlocks since the watch began, over ${limits.maxDeadlocks}`,
            }),
      },
      {
        check: 'db-rollback-ratio',
        ok: !judged || ratio <= limits.maxRollbackRatio,
        value: ratio,
        display: judged ? `${ratio.toFixed(3)} of ${ended}` : `not judged (${ended} transactions)`,
        ...(!judged || ratio <= limits.maxRollbackRatio
          ? {}
          : {
              message: `${rollbacks} of ${ended} transactions rolled back (${ratio.toFixed(3)}), over ${limits.maxRollbackRatio}`,
            }),
      },
      {
        check: 'db-replication-lag',
        ok: now.lagMs <= limits.maxReplicationLagMs,
        value: now.lagMs,
        display: now.replicas === 0 ? 'no replicas' : `${ms(now.lagMs)} (${now.replicas} replicas)`,
        ...(now.lagMs <= limits.maxReplicationLagMs
          ? {}
          : {
              message: `a replica replays ${ms(now.lagMs)} behind, over ${ms(limits.maxReplicationLagMs)}`,
            }),
      },
    ];
  }

  return {
    checks,
    async run(signal): Promise<CheckOutcome[]> {
      const started = performance.now();
      try {
        const figures = await read(signal);
        return judge(figures, performance.now() - started);
      } catch (error) {
        // Whatever failed, start from a fresh connection next round.
        const broken = client;
        client = undefined;
        void disconnect(broken);
        const latencyMs = performance.now() - started;
        const message = signal.aborted
          ? `no answer within ${ms(timeoutMs)}`
          : pgErrorFields(error).message;
        return [{ check: 'database', ok: false, latencyMs, display: message, message }];
      }
    },
    async close() {
      const open = client;
      client = undefined;
      await disconnect(open);
    },
  };
}
