import {
  databaseCheckDefinitions,
  judgeDatabaseRound,
  type DatabaseFigures,
} from '../../../src/core/monitor/db-checks.js';
import {
  DATABASE_WATCH_DEFAULTS,
  type DatabaseWatchLimits,
} from '../../../src/core/monitor/options.js';
import type { CheckOutcome } from '../../../src/core/monitor/probe.js';

const LIMITS: DatabaseWatchLimits = {
  maxLockWaitMs: 5_000,
  maxActiveConnections: 10,
  maxDeadlocks: 0,
  maxRollbackRatio: 0.1,
  minTransactions: 50,
  maxReplicationLagMs: 60_000,
};

/** A database at rest: nobody waits, nothing runs, no replicas. */
const QUIET: DatabaseFigures = {
  lockWaitMs: 0,
  lockWaiters: 0,
  active: 0,
  commits: 1_000,
  rollbacks: 10,
  deadlocks: 2,
  lagMs: 0,
  replicas: 0,
};

const CONTEXT = { latencyMs: 12.4, seesAll: true };

function outcome(outcomes: CheckOutcome[], check: string): CheckOutcome {
  const found = outcomes.find((o) => o.check === check);
  if (!found) throw new Error(`no outcome for ${check}`);
  return found;
}

describe('the database checks', () => {
  test('are `database` then the five figure checks, each limit in words', () => {
    expect(databaseCheckDefinitions('db.example.com:5432/app', LIMITS, 5_000)).toEqual([
      {
        id: 'database',
        label: 'database db.example.com:5432/app',
        limit: 'answers within 5000ms',
        unit: 'ms',
      },
      { id: 'db-lock-wait', label: 'longest lock wait', limit: '≤ 5000ms', unit: 'ms' },
      { id: 'db-connections', label: 'active connections', limit: '≤ 10', unit: 'count' },
      {
        id: 'db-deadlocks',
        label: 'deadlocks since the watch began',
        limit: '≤ 0',
        unit: 'count',
      },
      {
        id: 'db-rollback-ratio',
        label: 'rollback ratio since the watch began',
        limit: '≤ 0.1 (from 50 transactions)',
        unit: 'ratio',
      },
      {
        id: 'db-replication-lag',
        label: 'replica replay lag',
        limit: '≤ 60000ms',
        unit: 'ms',
      },
    ]);
  });

  test('the defaults are the documented ones', () => {
    expect(DATABASE_WATCH_DEFAULTS).toEqual({
      maxLockWaitMs: 5_000,
      maxActiveConnections: 100,
      maxDeadlocks: 0,
      maxRollbackRatio: 0.1,
      minTransactions: 50,
      maxReplicationLagMs: 60_000,
    });
  });
});

describe('judging a round', () => {
  test('the first round of a quiet database passes every check, in the order of the definitions', () => {
    const outcomes = judgeDatabaseRound(QUIET, QUIET, LIMITS, CONTEXT);
    expect(outcomes).toEqual([
      { check: 'database', ok: true, latencyMs: 12.4, value: 12.4, display: 'answered in 12ms' },
      { check: 'db-lock-wait', ok: true, value: 0, display: 'no waits' },
      { check: 'db-connections', ok: true, value: 0, display: '0 active' },
      { check: 'db-deadlocks', ok: true, value: 0, display: '0' },
      { check: 'db-rollback-ratio', ok: true, value: 0, display: 'not judged (0 transactions)' },
      { check: 'db-replication-lag', ok: true, value: 0, display: 'no replicas' },
    ]);
    const ids = databaseCheckDefinitions('x', LIMITS, 1).map((c) => c.id);
    expect(outcomes.map((o) => o.check)).toEqual(ids);
  });

  test.each([
    {
      check: 'db-lock-wait',
      figures: { lockWaitMs: 7_250, lockWaiters: 3 },
      value: 7_250,
      display: '7250ms (3 waiting)',
      message: 'a session has waited 7250ms for a lock (3 waiting), over 5000ms',
    },
    {
      check: 'db-connections',
      figures: { active: 11 },
      value: 11,
      display: '11 active',
      message: '11 active connections, over 10',
    },
    {
      check: 'db-deadlocks',
      figures: { deadlocks: QUIET.deadlocks + 1 },
      value: 1,
      display: '1',
      message: '1 deadlocks since the watch began, over 0',
    },
    {
      check: 'db-rollback-ratio',
      figures: { commits: QUIET.commits + 80, rollbacks: QUIET.rollbacks + 20 },
      value: 0.2,
      display: '0.200 of 100',
      message: '20 of 100 transactions rolled back (0.200), over 0.1',
    },
    {
      check: 'db-replication-lag',
      figures: { lagMs: 61_000, replicas: 2 },
      value: 61_000,
      display: '61000ms (2 replicas)',
      message: 'a replica replays 61000ms behind, over 60000ms',
    },
  ])(
    '$check over its limit fails that check alone, saying why',
    ({ check, figures, value, display, message }) => {
      const outcomes = judgeDatabaseRound({ ...QUIET, ...figures }, QUIET, LIMITS, CONTEXT);
      expect(outcome(outcomes, check)).toEqual({ check, ok: false, value, display, message });
      expect(outcomes.filter((o) => !o.ok).map((o) => o.check)).toEqual([check]);
    },
  );

  test.each([
    { check: 'db-lock-wait', figures: { lockWaitMs: 5_000, lockWaiters: 1 } },
    { check: 'db-connections', figures: { active: 10 } },
    { check: 'db-replication-lag', figures: { lagMs: 60_000, replicas: 1 } },
  ])('$check exactly at its limit passes, with no message', ({ check, figures }) => {
    const result = outcome(
      judgeDatabaseRound({ ...QUIET, ...figures }, QUIET, LIMITS, CONTEXT),
      check,
    );
    expect(result.ok).toBe(true);
    expect(result).not.toHaveProperty('message');
  });

  test('deadlocks and rollbacks count from the baseline, not from the server start', () => {
    const baseline = { ...QUIET, deadlocks: 40, commits: 5_000, rollbacks: 4_000 };
    const now = { ...baseline, commits: 5_095, rollbacks: 4_005 };
    const outcomes = judgeDatabaseRound(now, baseline, LIMITS, CONTEXT);
    expect(outcome(outcomes, 'db-deadlocks')).toMatchObject({ ok: true, value: 0 });
    expect(outcome(outcomes, 'db-rollback-ratio')).toEqual({
      check: 'db-rollback-ratio',
      ok: true,
      value: 0.05,
      display: '0.050 of 100',
    });
  });

  test('the rollback ratio is not judged before minTransactions have ended, however bad', () => {
    const now = { ...QUIET, rollbacks: QUIET.rollbacks + 49 };
    expect(outcome(judgeDatabaseRound(now, QUIET, LIMITS, CONTEXT), 'db-rollback-ratio')).toEqual({
      check: 'db-rollback-ratio',
      ok: true,
      value: 1,
      display: 'not judged (49 transactions)',
    });
    const judged = { ...QUIET, rollbacks: QUIET.rollbacks + 50 };
    expect(
      outcome(judgeDatabaseRound(judged, QUIET, LIMITS, CONTEXT), 'db-rollback-ratio'),
    ).toMatchObject({ ok: false, display: '1.000 of 50' });
  });

  test('a role without pg_read_all_stats is told its connection count covers its own role only', () => {
    const outcomes = judgeDatabaseRound({ ...QUIET, active: 3 }, QUIET, LIMITS, {
      ...CONTEXT,
      seesAll: false,
    });
    expect(outcome(outcomes, 'db-connections').display).toBe(
      '3 active (own role only: grant pg_monitor)',
    );
  });

  test('judging leaves its inputs as they were', () => {
    const now = { ...QUIET, deadlocks: 9 };
    const baseline = { ...QUIET };
    judgeDatabaseRound(now, baseline, LIMITS, CONTEXT);
    expect(now).toEqual({ ...QUIET, deadlocks: 9 });
    expect(baseline).toEqual(QUIET);
  });
});
