// The committed dist/monitor bundle, run on Node 24 exactly as a GitHub runner runs it, against
// a local HTTP application on loopback and the real PostgreSQL of the test set-up.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  logWithoutMaskCommands,
  removeActionRunFiles,
  runAction,
  type ActionRun,
} from '../helpers/action-runner.js';
import {
  adminUrl,
  asSuperuser,
  createLoginRole,
  freshDatabase,
  openClient,
  query,
} from '../helpers/database.js';
import { startTestApp, type TestApp } from '../helpers/http-app.js';

const TOKEN = 'tok-3f9a1c77e2b4';
const ROLE = `dbd_monitor_e2e_${process.pid}`;
const PASSWORD = 'm0n!tor:pw/%';

let app: TestApp;
let dir: string;
const runs: ActionRun[] = [];

async function monitor(
  inputs: Record<string, string>,
  onSpawn?: (child: import('node:child_process').ChildProcess) => void,
) {
  const run = await runAction('monitor', {
    inputs,
    timeoutMs: 30_000,
    ...(onSpawn ? { onSpawn } : {}),
  });
  runs.push(run);
  return run;
}

async function lines(file: string): Promise<string[]> {
  return existsSync(file) ? (await readFile(file, 'utf8')).trim().split('\n') : [];
}

beforeAll(async () => {
  await createLoginRole(adminUrl(), ROLE, PASSWORD);
  // What the README asks of the monitoring role: other roles' sessions are visible to pg_monitor.
  // Only a superuser (or a holder of its ADMIN OPTION) grants a predefined role: set-up.
  await query(asSuperuser(adminUrl()), `GRANT pg_monitor TO ${ROLE}`);
});
beforeEach(async () => {
  app = await startTestApp();
  dir = await mkdtemp(join(tmpdir(), 'db-deploy-monitor-e2e-'));
});
afterEach(async () => {
  await app.close();
  await rm(dir, { recursive: true, force: true });
});
afterAll(async () => {
  // Neither the token of the health URL nor the database password reached any output.
  for (const run of runs) {
    for (const text of [
      logWithoutMaskCommands(run),
      run.stderr,
      run.summary,
      JSON.stringify(run.outputs),
    ]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(PASSWORD);
    }
  }
  await removeActionRunFiles();
  await query(adminUrl(), `DROP ROLE IF EXISTS ${ROLE}`).catch(() => undefined);
});

function userUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `postgres://${ROLE}:${encodeURIComponent(PASSWORD)}@${url.host}${url.pathname}`;
}

describe('dist/monitor (Node 24, as a runner runs it)', () => {
  test('watch: a healthy deployment passes, outputs healthy=true, never rolls back, and the summary has the verdict, timeline, table and chart', async () => {
    const file = join(dir, 'rollback');
    const db = await freshDatabase('monitor');
    const run = await monitor({
      'health-url': `${app.url}/health?token=${TOKEN}`,
      'error-rate-url': `${app.url}/metrics.json`,
      'error-rate-json-path': 'stats.http.error_rate',
      'database-url': userUrl(db),
      duration: '1500ms',
      interval: '250ms',
      timeout: '1s',
      'rollback-command': `echo rolled >> '${file}'`,
    });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      verdict: 'healthy',
      healthy: 'true',
      'rolled-back': 'false',
      'failed-check': '',
    });
    expect(await lines(file)).toEqual([]);
    // At most one round an interval (and the first at once); a loaded machine may fit fewer.
    const rounds = Number(run.outputs.rounds);
    expect(rounds).toBeGreaterThanOrEqual(1);
    expect(rounds).toBeLessThanOrEqual(1500 / 250 + 1);
    expect(run.summary.split('\n')[0]).toMatch(
      new RegExp(`^## ✅ Healthy — 8 checks, ${rounds} rounds`),
    );
    expect(run.summary).toContain('### Timeline');
    expect(run.summary).toContain(`health ${app.url}/health?…`);
    expect(run.summary).toContain('```mermaid\nxychart-beta');
    expect(run.summary).toContain('**Error rate**');
    const report = JSON.parse(await readFile(run.outputs['report-json'] ?? '', 'utf8')) as {
      samples: unknown[];
    };
    expect(report.samples).toHaveLength(rounds * 8);
  });

  test('watch: an app that turns unhealthy is rolled back once and the step fails with one line', async () => {
    const file = join(dir, 'rollback');
    setTimeout(() => (app.health = { status: 500 }), 1200);
    const run = await monitor({
      'health-url': `${app.url}/health?token=${TOKEN}`,
      duration: '20s',
      interval: '200ms',
      timeout: '1s',
      'rollback-command': `echo "$DB_DEPLOY_FAILED_CHECK $DB_DEPLOY_FAILED_MESSAGE" >> '${file}'`,
    });
    expect(run.exitCode).toBe(1);
    expect(await lines(file)).toEqual(['health answered 500, expected 2xx']);
    expect(run.outputs).toMatchObject({
      verdict: 'unhealthy',
      healthy: 'false',
      'rolled-back': 'true',
      'failed-check': 'health',
      'rollback-exit-code': '0',
    });
    expect(run.outputs['first-failure-at']).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect(run.errors).toHaveLength(1);
    expect(run.errors[0]).toMatch(
      /^monitor: deployment unhealthy: health http:\/\/127\.0\.0\.1:\d+\/health\?… failed 3 times in a row \(answered 500, expected 2xx\); rolled back — /,
    );
    expect(run.summary.split('\n')[0]).toMatch(/^## ❌ Unhealthy — /);
    expect(run.summary).toMatch(/rollback started/);
    // It stopped at the failure, long before the 20s duration's 100 rounds.
    expect(Number(run.outputs.rounds)).toBeLessThan(20_000 / 200);
  });

  test('watch: SIGTERM from a cancelled job stops probing at once and rolls nothing back', async () => {
    const file = join(dir, 'rollback');
    let requestsAtCancel = 0;
    const run = await monitor(
      {
        'health-url': `${app.url}/health`,
        duration: '60s',
        interval: '200ms',
        'rollback-command': `echo rolled >> '${file}'`,
      },
      // Cancelled once probing is under way (the first health request has arrived).
      (child) => {
        const probing = setInterval(() => {
          if (app.healthRequests.length === 0) return;
          clearInterval(probing);
          requestsAtCancel = app.healthRequests.length;
          child.kill('SIGTERM');
        }, 20);
      },
    );
    expect(run.signal).toBeNull();
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      verdict: 'cancelled',
      healthy: 'false',
      'rolled-back': 'false',
    });
    expect(run.errors[0]).toMatch(/^monitor: watch cancelled after /);
    expect(await lines(file)).toEqual([]);
    expect(requestsAtCancel).toBeGreaterThan(0);
    expect(app.healthRequests.length).toBeLessThanOrEqual(requestsAtCancel + 1);
  });

  test('watch: bad inputs are refused in one line before anything is probed', async () => {
    const cases: Array<[Record<string, string>, RegExp]> = [
      [
        { 'health-url': `${app.url}/health`, interval: 'soon' },
        /^monitor: input interval: "soon" is not a duration/,
      ],
      [
        { 'health-url': `${app.url}/health`, 'error-rate-threshold': '2' },
        /^monitor: input error-rate-threshold: "2" is not a share from 0 to 1/,
      ],
      [
        { 'health-url': 'ftp://example.com/health' },
        /^monitor: health-url 1: not an http\(s\) URL/,
      ],
      [{}, /^monitor: nothing to watch/],
      [{ mode: 'preflight' }, /^monitor: input database-url is required for mode preflight/],
    ];
    for (const [inputs, expected] of cases) {
      const run = await monitor(inputs);
      expect(run.exitCode).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(expected);
    }
    expect(app.healthRequests).toEqual([]);
  });

  test('preflight: too many active connections (opened by the test) fail the step, listing the check; figures are outputs', async () => {
    const db = await freshDatabase('preflight');
    const busy = await Promise.all([1, 2, 3, 4].map(() => openClient(db)));
    const sleeping = busy.map((c) => c.query('select pg_sleep(5)').catch(() => undefined));
    try {
      await new Promise((r) => setTimeout(r, 300));
      const run = await monitor({
        mode: 'preflight',
        'database-url': userUrl(db),
        'max-active-connections': '2',
      });
      expect(run.exitCode).toBe(1);
      expect(run.errors).toHaveLength(1);
      expect(run.errors[0]).toMatch(
        /^monitor: preflight failed 1 of \d+ checks: active-connections: 4 > 2/,
      );
      expect(run.outputs).toMatchObject({
        passed: 'false',
        'failed-checks': 'active-connections',
        'active-connections': '4',
      });
      expect(Number(run.outputs['database-size-bytes'])).toBeGreaterThan(0);
      expect(run.outputs['server-version']).toMatch(/^\d+/);
      expect(run.summary).toContain('active-connections');
    } finally {
      await Promise.all(busy.map((c) => c.end().catch(() => undefined)));
      await Promise.all(sleeping);
    }
  });

  test('preflight: a quiet database passes', async () => {
    const db = await freshDatabase('preflight');
    const run = await monitor({ mode: 'preflight', 'database-url': userUrl(db) });
    expect(run.errors).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      passed: 'true',
      'failed-checks': '',
      'invalid-indexes': '0',
      'lock-waiters': '0',
    });
  });
});
