import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watch, type WatchResult } from '../../src/core/monitor/watch.js';
import { setUpWatch } from '../../src/core/monitor/setup.js';
import { WATCH_DEFAULTS, type WatchSettings } from '../../src/core/monitor/options.js';
import { memoryLogger, silentLogger } from '../../src/core/logger.js';
import { freshDatabase, openClient, query } from '../helpers/database.js';
import { waitFor } from '../helpers/expect.js';
import { startTestApp, type TestApp } from '../helpers/http-app.js';
import { VIRTUAL_EPOCH, virtualClock, type VirtualClock } from '../helpers/clock.js';

let app: TestApp;
let dir: string;

beforeEach(async () => {
  app = await startTestApp();
  dir = await mkdtemp(join(tmpdir(), 'db-deploy-watch-'));
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});

/** A rollback command that appends one line per run (with the failing check) to a file. */
function rollbackInto(file: string): string {
  return `echo "$DB_DEPLOY_FAILED_CHECK|$DB_DEPLOY_FAILED_VALUE|$DB_DEPLOY_FIRST_FAILURE_AT" >> '${file}'`;
}

async function rollbackLines(file: string): Promise<string[]> {
  return existsSync(file) ? (await readFile(file, 'utf8')).trim().split('\n') : [];
}

function settings(overrides: Partial<WatchSettings>): WatchSettings {
  return {
    healthUrls: [`${app.url}/health`],
    errorRateThreshold: WATCH_DEFAULTS.errorRateThreshold,
    durationMs: 1500,
    intervalMs: 150,
    timeoutMs: 500,
    failureThreshold: 3,
    rollbackTimeoutMs: 10_000,
    rollbackOnCancel: false,
    ...overrides,
  };
}

/**
 * Runs a watch on a virtual clock (the schedule plays out in full, whatever the machine's load;
 * each probe still waits for its real answer, bounded by its real timeout).
 */
async function run(
  overrides: Partial<WatchSettings>,
  signal?: AbortSignal,
  clock: VirtualClock = virtualClock(),
): Promise<WatchResult> {
  return watch(
    { ...setUpWatch(settings(overrides)), clock, ...(signal ? { signal } : {}) },
    silentLogger,
  );
}

/** When each round started, in ms of the watch's clock. */
const roundStarts = (result: WatchResult) => [...new Set(result.samples.map((s) => s.t))];

describe('monitor watch (local HTTP app, real PostgreSQL)', () => {
  test('a healthy app stays healthy to the end and is never rolled back', async () => {
    const file = join(dir, 'rollback');
    const result = await run({ rollbackCommand: rollbackInto(file), durationMs: 1000 });
    expect(result.verdict).toBe('healthy');
    expect(result.healthy).toBe(true);
    expect(result.rolledBack).toBe(false);
    expect(result.rollback).toBeUndefined();
    expect(await rollbackLines(file)).toEqual([]);
    // Rounds start every 150ms while before 1000ms: 0, 150, …, 900.
    expect(result.rounds).toBe(7);
    expect(roundStarts(result)).toEqual([0, 150, 300, 450, 600, 750, 900]);
    expect(app.healthRequests).toHaveLength(7);
    const health = result.checks.find((c) => c.id === 'health');
    expect(health).toMatchObject({ probes: result.rounds, failures: 0 });
    expect(health?.p95LatencyMs).toBeGreaterThanOrEqual(0);
    expect(result.timeline.map((e) => e.event).at(-1)).toMatch(/^healthy to the end/);
  });

  test('an app that turns unhealthy is rolled back exactly once, at the round of the third failure in a row', async () => {
    const file = join(dir, 'rollback');
    const intervalMs = 200;
    // Healthy for two rounds (0, 200 ms), failing from the third (400 ms) on.
    app.queue.push({ status: 200 }, { status: 200 });
    app.health = { status: 503 };
    const result = await run({
      rollbackCommand: rollbackInto(file),
      durationMs: 5000,
      intervalMs,
      timeoutMs: 500,
    });
    expect(result.verdict).toBe('unhealthy');
    expect(result.healthy).toBe(false);
    expect(result.rolledBack).toBe(true);
    expect(result.failedCheck).toBe('health');
    expect(result.failedMessage).toBe('answered 503, expected 2xx');
    const lines = await rollbackLines(file);
    expect(lines).toHaveLength(1);
    // The failing run began with the third round (400 ms), which the command is told.
    const firstFailureAt = new Date(VIRTUAL_EPOCH + 2 * intervalMs).toISOString();
    expect(result.firstFailureAt).toBe(firstFailureAt);
    expect(lines[0]).toMatch(new RegExp(`^health\\|503 in \\d+ms\\|${firstFailureAt}$`));
    // Detection: the verdict came with the third failure in a row (the fifth round, 800 ms),
    // and the watch stopped there: no probe after it.
    expect(result.rounds).toBe(5);
    expect(app.healthRequests).toHaveLength(5);
    const rollbackStarted = result.timeline.find((e) => e.event === 'rollback started');
    expect(rollbackStarted?.t).toBe(4 * intervalMs);
    expect(result.timeline.map((e) => e.event)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^first failed probe: health /),
        expect.stringMatching(/^unhealthy: /),
        'rollback started',
        expect.stringMatching(/^rollback finished \(exit code 0/),
      ]),
    );
  });

  test("a failing check's worst value is a failed probe, even when a healthy one was slower", async () => {
    // One slow healthy answer first, then fast failures: the slow 200 is no check's worst.
    app.queue.push({ status: 200, delayMs: 400 });
    app.health = { status: 503 };
    const result = await run({ durationMs: 5000, intervalMs: 150, timeoutMs: 2000 });
    expect(result.verdict).toBe('unhealthy');
    const health = result.checks.find((c) => c.id === 'health');
    expect(health?.worst).toMatch(/^503 in \d+ms$/);
  });

  test('a single failed probe between healthy ones, and two apart, never roll back', async () => {
    const file = join(dir, 'rollback');
    app.queue.push(
      { status: 200 },
      { status: 500 },
      { status: 200 },
      { drop: true },
      { status: 502 },
      { status: 200 },
    );
    const result = await run({ rollbackCommand: rollbackInto(file), durationMs: 1200 });
    expect(result.verdict).toBe('healthy');
    expect(await rollbackLines(file)).toEqual([]);
    const health = result.checks.find((c) => c.id === 'health');
    expect(health?.failures).toBe(3);
    expect(health?.longestStreak).toBe(2);
  });

  test('an error rate over the threshold makes the deployment unhealthy (JSON path)', async () => {
    app.errorRate = 0.2;
    const file = join(dir, 'rollback');
    const result = await run({
      healthUrls: [],
      errorRateUrl: `${app.url}/metrics.json`,
      errorRateJsonPath: 'stats.http.error_rate',
      rollbackCommand: rollbackInto(file),
    });
    expect(result.verdict).toBe('unhealthy');
    expect(result.failedCheck).toBe('error-rate');
    expect(result.failedMessage).toBe('error rate 0.2 is over 0.05');
    expect(await rollbackLines(file)).toEqual([expect.stringMatching(/^error-rate\|0\.2\|/)]);
  });

  test('an error rate within the threshold from a Prometheus exposition stays healthy; over it does not', async () => {
    const base = {
      healthUrls: [],
      errorRateUrl: `${app.url}/metrics`,
      errorRateMetric: 'http_error_ratio{service="api"}',
      durationMs: 600,
    };
    app.errorRate = 0.04;
    const good = await run(base);
    expect(good.verdict).toBe('healthy');
    expect(good.checks.find((c) => c.id === 'error-rate')?.worst).toBe('0.04');
    app.errorRate = 0.5;
    const bad = await run({ ...base, durationMs: 1500 });
    expect(bad.verdict).toBe('unhealthy');
    expect(bad.failedMessage).toBe('error rate 0.5 is over 0.05');
  });

  test('a JSON path that does not exist is a failed probe naming the path', async () => {
    const result = await run({
      healthUrls: [],
      errorRateUrl: `${app.url}/metrics.json`,
      errorRateJsonPath: 'stats.http.error_ratio',
    });
    expect(result.verdict).toBe('unhealthy');
    expect(result.failedMessage).toBe(
      'JSON path stats.http.error_ratio does not exist: no "error_ratio" in stats.http; stats.http has requests, error_rate',
    );
  });

  test('an unreachable port and a host that does not resolve are failed probes, not crashes', async () => {
    const closed = await startTestApp();
    const closedUrl = `${closed.url}/health`;
    await closed.close();
    const result = await run({
      healthUrls: [closedUrl, 'http://db-deploy-test.invalid/health'],
      durationMs: 2000,
    });
    expect(result.verdict).toBe('unhealthy');
    const byId = new Map(result.checks.map((c) => [c.id, c]));
    expect(byId.get('health')?.lastFailure).toBe('connection refused');
    expect(byId.get('health-2')?.lastFailure).toMatch(/does not resolve|no answer within|refused/);
  });

  test('a probe that never answers fails after the timeout, and no round starts at or after the duration', async () => {
    app.health = { hang: true };
    const result = await run({
      durationMs: 1000,
      intervalMs: 400,
      timeoutMs: 300,
      failureThreshold: 10,
    });
    expect(result.verdict).toBe('healthy'); // 3 failures < threshold 10
    expect(roundStarts(result)).toEqual([0, 400, 800]);
    expect(result.checks[0]?.failures).toBe(3);
    // Each round was abandoned after its timeout, so the watch ends within duration + timeout.
    expect(result.checks[0]?.lastFailure).toBe('no answer within 300ms');
  });

  test('a cancel stops probing at once and rolls nothing back; with rollback-on-cancel it rolls back', async () => {
    const file = join(dir, 'rollback');
    const controller = new AbortController();
    const clock = virtualClock();
    clock.at(400, () => controller.abort());
    const result = await run(
      { rollbackCommand: rollbackInto(file), durationMs: 10_000 },
      controller.signal,
      clock,
    );
    // Rounds at 0, 150 and 300 ms; the cancel at 400 ms stops the wait for the next one.
    expect(result.rounds).toBe(3);
    expect(app.healthRequests).toHaveLength(3);
    expect(result.verdict).toBe('cancelled');
    expect(result.healthy).toBe(false);
    expect(result.rolledBack).toBe(false);
    expect(await rollbackLines(file)).toEqual([]);

    const again = new AbortController();
    const later = virtualClock();
    later.at(300, () => again.abort());
    const rolled = await run(
      { rollbackCommand: rollbackInto(file), durationMs: 10_000, rollbackOnCancel: true },
      again.signal,
      later,
    );
    expect(rolled.verdict).toBe('cancelled');
    expect(rolled.rolledBack).toBe(true);
    expect(await rollbackLines(file)).toEqual(['cancelled||']);
  });

  test('a rollback command that fails is reported with its exit code, and rolled-back is false', async () => {
    app.health = { status: 500 };
    const result = await run({ rollbackCommand: 'echo rolling back; exit 7' });
    expect(result.verdict).toBe('unhealthy');
    expect(result.rollback?.exitCode).toBe(7);
    expect(result.rolledBack).toBe(false);
  });

  test('a lock wait longer than max-lock-wait trips the database check', async () => {
    const url = await freshDatabase('watch');
    await query(url, 'create table accounts (id int primary key)');
    const holder = await openClient(url);
    const waiter = await openClient(url);
    const logger = memoryLogger();
    try {
      await holder.query('begin');
      await holder.query('lock table accounts in access exclusive mode');
      const waiting = waiter.query('select count(*) from accounts').catch(() => undefined);
      // By the server's clock the waiter has waited longer than max-lock-wait before the first
      // round: every round sees it, and the third in a row is the verdict.
      await waitFor('the waiter to wait past 300ms', async () => {
        const [row] = await query<{ over: boolean }>(
          url,
          "select coalesce(max(now() - waitstart) > interval '400 ms', false) as over from pg_locks where not granted",
        );
        return row?.over === true;
      });
      const result = await watch(
        {
          ...setUpWatch(
            settings({
              healthUrls: [],
              databaseUrl: url,
              database: { maxLockWaitMs: 300 },
              durationMs: 4000,
              intervalMs: 200,
            }),
          ),
          clock: virtualClock(),
        },
        logger,
      );
      await holder.query('rollback');
      await waiting;
      expect(result.verdict).toBe('unhealthy');
      expect(result.rounds).toBe(3);
      expect(result.failedCheck).toBe('db-lock-wait');
      expect(result.failedMessage).toMatch(
        /^a session has waited \d+ms for a lock \(1 waiting\), over 300ms$/,
      );
      expect(result.checks.find((c) => c.id === 'database')?.failures).toBe(0);
    } finally {
      await holder.end();
      await waiter.end();
    }
  });

  test('a deadlock since the watch began and active connections are judged from the database', async () => {
    const url = await freshDatabase('watch');
    await query(url, 'create table t (id int primary key, v int)');
    await query(url, 'insert into t values (1, 0), (2, 0)');
    const a = await openClient(url);
    const b = await openClient(url);
    const deadlock = async () => {
      await a.query('begin');
      await b.query('begin');
      await a.query('update t set v = 1 where id = 1');
      await b.query('update t set v = 1 where id = 2');
      const first = a.query('update t set v = 2 where id = 2').catch((e: Error) => e);
      const second = b.query('update t set v = 2 where id = 1').catch((e: Error) => e);
      await Promise.all([first, second]);
      await a.query('rollback');
      await b.query('rollback');
    };
    try {
      // Between the second and third rounds: one deadlock, waited for until the server's
      // statistics count it, so the rounds after it see it whatever the machine's load.
      const clock = virtualClock();
      clock.at(300, async () => {
        await deadlock();
        await waitFor('the deadlock in pg_stat_database', async () => {
          const [row] = await query<{ n: number }>(
            url,
            'select deadlocks::int as n from pg_stat_database where datname = current_database()',
          );
          return (row?.n ?? 0) > 0;
        });
      });
      const result = await watch(
        {
          ...setUpWatch(
            settings({ healthUrls: [], databaseUrl: url, durationMs: 6000, intervalMs: 250 }),
          ),
          clock,
        },
        silentLogger,
      );
      expect(result.verdict).toBe('unhealthy');
      expect(result.failedCheck).toBe('db-deadlocks');
      expect(result.failedMessage).toBe('1 deadlocks since the watch began, over 0');
      expect(result.checks.find((c) => c.id === 'db-connections')?.failures).toBe(0);
    } finally {
      await a.end();
      await b.end();
    }
  });

  test('an unreachable database is a failed `database` check, not a crash', async () => {
    const result = await run({
      healthUrls: [],
      databaseUrl: 'postgres://nobody:secret-pw@127.0.0.1:1/none',
      durationMs: 1000,
    });
    expect(result.verdict).toBe('unhealthy');
    expect(result.failedCheck).toBe('database');
    expect(JSON.stringify(result)).not.toContain('secret-pw');
  });
});
