/**
 * The database probe of the watch: one connection, one query per round. What the checks are and
 * how a round is judged is in db-checks.ts (pure); the SQL in db-probe-queries.ts.
 */
import {
  connect,
  disconnect,
  type DbClient,
  parseDatabaseUrl,
  type DatabaseTarget,
  pgErrorFields,
} from '../db/index.js';
import { raceAbort } from './abort.js';
import {
  databaseCheckDefinitions,
  judgeDatabaseRound,
  ms,
  type DatabaseFigures,
} from './db-checks.js';
import type { DatabaseWatchLimits } from './options.js';
import {
  SEES_ALL_SESSIONS,
  SERVER_VERSION_NUM,
  SET_READ_ONLY,
  roundQuery,
  setStatementTimeout,
} from './db-probe-queries.js';
import type { CheckOutcome, Probe } from './probe.js';

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
  let baseline: DatabaseFigures | undefined;

  async function open(signal: AbortSignal): Promise<DbClient> {
    if (client) return client;
    const opened = await raceAbort(
      connect(target, { connectTimeoutMs: timeoutMs, applicationName: 'db-deploy monitor' }),
      signal,
    );
    try {
      await opened.query(setStatementTimeout(timeoutMs));
      await opened.query(SET_READ_ONLY);
      const version = await opened.query<{ n: string }>(SERVER_VERSION_NUM);
      versionNum = Number(version.rows[0]?.n ?? 0);
      const stats = await opened.query<{ can: boolean }>(SEES_ALL_SESSIONS);
      seesAll = stats.rows[0]?.can === true;
    } catch (error) {
      await disconnect(opened);
      throw error;
    }
    client = opened;
    return opened;
  }

  async function read(signal: AbortSignal): Promise<DatabaseFigures> {
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

  return {
    checks: databaseCheckDefinitions(target.display, limits, timeoutMs),
    async run(signal): Promise<CheckOutcome[]> {
      const started = performance.now();
      try {
        const figures = await read(signal);
        const latencyMs = performance.now() - started;
        baseline ??= figures;
        return judgeDatabaseRound(figures, baseline, limits, { latencyMs, seesAll });
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
