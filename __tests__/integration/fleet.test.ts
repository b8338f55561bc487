// The fleet rollout (core) over real databases on the test server: canary, lanes, halt,
// continue, resume, the health gate, shard slices, and the connections it holds.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { rollout } from '../../src/core/fleet/rollout.js';
import { parseTargets, type FleetTarget } from '../../src/core/fleet/targets.js';
import type { FleetOptions, FleetResult, TargetReport } from '../../src/core/fleet/options.js';
import { fleetFailure, fleetOutputs } from '../../src/core/fleet/verdict.js';
import { MIGRATE_DEFAULTS } from '../../src/core/migrations/index.js';
import { MIGRATION_LOCK_KEY } from '../../src/core/db/advisory-lock.js';
import { DbDeployError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/logger.js';
import { adminUrl, openClient, query } from '../helpers/database.js';
import { fixturePath } from '../helpers/fixtures.js';
import {
  appliedIn,
  drift as driftIn,
  fixDrift,
  FLEET_MIGRATIONS,
  tableExists as tableIn,
  tenants as freshTenants,
} from '../helpers/fleet.js';

const ALL = FLEET_MIGRATIONS;

/** `n` fresh databases listed as `t1=URL` … `tn=URL`. */
const tenants = async (n: number): Promise<FleetTarget[]> =>
  parseTargets((await freshTenants(n)).list, 'database-urls');

function fleet(
  targets: readonly FleetTarget[],
  overrides: Partial<FleetOptions> = {},
): FleetOptions {
  return {
    targets,
    selection: { group: 'all' },
    maxParallel: 1,
    onFailure: 'halt',
    verify: { timeoutMs: 600_000, checks: [], limits: {} },
    migrate: { ...MIGRATE_DEFAULTS, migrationsDir: fixturePath('fleet') },
    ...overrides,
  };
}

/** A logger that keeps every line and calls `onLine` with each. */
function recorder(onLine: (line: string) => void = () => undefined): Logger & { lines: string[] } {
  const lines: string[] = [];
  const push = (m: string) => {
    for (const line of m.split('\n')) {
      lines.push(line);
      onLine(line);
    }
  };
  return { lines, debug: push, info: push, warn: push, error: push };
}

const applied = (target: FleetTarget) => appliedIn(target.url);
const tableExists = (target: FleetTarget, table: string) => tableIn(target.url, table);
const drift = (target: FleetTarget) => driftIn(target.url);

const report = (result: FleetResult, name: string) =>
  result.targets.find((t) => t.name === name) as TargetReport;
const statuses = (result: FleetResult) =>
  Object.fromEntries(result.targets.map((t) => [t.name, t.status]));
const endOf = (t: TargetReport) => (t.startOffsetMs ?? 0) + (t.durationMs ?? 0);

describe('a fleet rollout over real databases', () => {
  test('migrates every target, the canary alone before any other starts, at most max-parallel at once', async () => {
    const targets = await tenants(5);
    const logger = recorder();
    const result = await rollout(fleet(targets, { maxParallel: 2 }), logger);

    expect(statuses(result)).toEqual({
      t1: 'applied',
      t2: 'applied',
      t3: 'applied',
      t4: 'applied',
      t5: 'applied',
    });
    for (const target of targets) expect(await applied(target)).toEqual(ALL);
    expect(result.counts).toEqual({ targets: 5, succeeded: 5, failed: 0, skipped: 0, applied: 15 });
    expect(fleetFailure(result)).toBeUndefined();
    const [canary, ...rest] = result.targets as [TargetReport, ...TargetReport[]];
    expect([canary.name, canary.canary, canary.lane]).toEqual(['t1', true, 0]);
    for (const t of rest) {
      expect(t.canary).toBe(false);
      expect([1, 2]).toContain(t.lane);
      expect(t.startOffsetMs ?? -1).toBeGreaterThanOrEqual(endOf(canary));
    }
    // On each lane, one target after another.
    for (const lane of [1, 2]) {
      const onLane = rest.filter((t) => t.lane === lane);
      for (let i = 1; i < onLane.length; i += 1)
        expect(onLane[i]?.startOffsetMs ?? -1).toBeGreaterThanOrEqual(
          endOf(onLane[i - 1] as TargetReport),
        );
    }
    expect(canary.migrations.map((m) => m.name)).toEqual(ALL);
    // Every line a target logs carries its name.
    expect(logger.lines).toContain('[t3] applying 002_create_invoices');
    expect(logger.lines.filter((l) => l.includes('applying 001_create_customers'))).toHaveLength(5);
    expect(logger.lines.filter((l) => /applying/.test(l) && !/^\[t\d\] /.test(l))).toEqual([]);
  });

  test('halts at a failing target: its failing migration rolled back, later targets untouched; the re-run applies only what is missing', async () => {
    const targets = await tenants(6);
    const [, , t3] = targets as [FleetTarget, FleetTarget, FleetTarget];
    await drift(t3);
    const result = await rollout(fleet(targets), recorder());

    expect(statuses(result)).toEqual({
      t1: 'applied',
      t2: 'applied',
      t3: 'failed',
      t4: 'skipped',
      t5: 'skipped',
      t6: 'skipped',
    });
    expect(report(result, 't3').error).toMatch(
      /^migration 002_create_invoices \(up\) failed: 42P07 relation "invoices" already exists \(__tests__\/fixtures\/fleet\/002_create_invoices\.sql\) — its transaction was rolled back, nothing of it was applied/,
    );
    expect(report(result, 't3').migrations.map((m) => m.name)).toEqual(['001_create_customers']);
    expect(await applied(t3)).toEqual(['001_create_customers']);
    // 002's first statement went with its transaction.
    expect(await tableExists(t3, 'invoice_notes')).toBe(false);
    for (const target of targets.slice(3)) {
      expect(await applied(target)).toEqual([]);
      expect(await tableExists(target, 'customers')).toBe(false);
    }
    expect(report(result, 't5').skipped).toBe('t3 failed (on-failure halt)');
    expect(result.halted).toBe(true);
    expect(result.firstFailure).toBe('t3');
    expect(fleetFailure(result)?.toLine()).toMatch(
      /^1 of 6 targets failed, 3 not started \(t3 failed \(on-failure halt\)\); first t3: migration 002_create_invoices \(up\) failed: 42P07 .* — run the step again once it is fixed: targets already up to date do nothing$/,
    );
    expect(fleetOutputs(result)).toMatchObject({
      'applied-count': 7,
      'targets-count': 6,
      'succeeded-count': 2,
      'failed-count': 1,
      'skipped-count': 3,
      'failed-targets': 't3',
    });

    // The fix (the stray table goes), then the same step again: the resume.
    await fixDrift(t3.url);
    const again = await rollout(fleet(targets), recorder());
    expect(statuses(again)).toEqual({
      t1: 'up-to-date',
      t2: 'up-to-date',
      t3: 'applied',
      t4: 'applied',
      t5: 'applied',
      t6: 'applied',
    });
    expect(report(again, 't3').migrations.map((m) => m.name)).toEqual(ALL.slice(1));
    for (const target of targets) {
      const recorded = await query<{ name: string; times: number }>(
        target.url,
        'SELECT name, count(*)::int AS times FROM pgmigrations GROUP BY name ORDER BY name',
      );
      expect(recorded).toEqual(ALL.map((name) => ({ name, times: 1 })));
    }
  });

  test('a failing canary touches nobody else, even with on-failure continue', async () => {
    const targets = await tenants(4);
    await drift(targets[0] as FleetTarget);
    const result = await rollout(
      fleet(targets, { onFailure: 'continue', maxParallel: 3 }),
      recorder(),
    );

    expect(statuses(result)).toEqual({ t1: 'failed', t2: 'skipped', t3: 'skipped', t4: 'skipped' });
    expect(report(result, 't2').skipped).toBe('the canary t1 failed');
    for (const target of targets.slice(1)) expect(await applied(target)).toEqual([]);
  });

  test('with on-failure continue, the other targets go on and every failure is reported', async () => {
    const targets = await tenants(5);
    await drift(targets[1] as FleetTarget);
    await drift(targets[3] as FleetTarget);
    const result = await rollout(
      fleet(targets, { onFailure: 'continue', maxParallel: 2 }),
      recorder(),
    );

    expect(statuses(result)).toEqual({
      t1: 'applied',
      t2: 'failed',
      t3: 'applied',
      t4: 'failed',
      t5: 'applied',
    });
    expect(result.halted).toBe(false);
    expect(fleetOutputs(result)['failed-targets']).toBe('t2,t4');
    expect(fleetFailure(result)?.toLine()).toMatch(/^2 of 5 targets failed; first t[24]: /);
    expect(await applied(targets[4] as FleetTarget)).toEqual(ALL);
  });

  test('after a failure with halt, the targets already running finish and no new one starts', async () => {
    // t1 canary; t2 and t3 start together on two lanes. t2 waits for its migration lock (held
    // here) until t3 has failed, so t3's failure is certain to come first.
    const targets = await tenants(5);
    const [, t2, t3] = targets as [FleetTarget, FleetTarget, FleetTarget];
    await drift(t3);
    const holder: pg.Client = await openClient(t2.url);
    await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    let released: Promise<unknown> | undefined;
    const logger = recorder((line) => {
      if (line.startsWith('[t3] FAILED'))
        released ??= holder.query('SELECT pg_advisory_unlock_all()');
    });
    try {
      const result = await rollout(fleet(targets, { maxParallel: 2 }), logger);
      expect(statuses(result)).toEqual({
        t1: 'applied',
        t2: 'applied',
        t3: 'failed',
        t4: 'skipped',
        t5: 'skipped',
      });
      expect(released).toBeDefined();
      expect(await applied(t2)).toEqual(ALL);
      for (const target of targets.slice(3)) expect(await applied(target)).toEqual([]);
    } finally {
      await released;
      await holder.end();
    }
  });

  test('a dry run reads every target and writes nothing to any', async () => {
    const targets = await tenants(3);
    await rollout(fleet(targets.slice(0, 1)), recorder());
    const result = await rollout(
      fleet(targets, { migrate: { ...fleet([]).migrate, dryRun: true }, maxParallel: 2 }),
      recorder(),
    );

    expect(statuses(result)).toEqual({ t1: 'up-to-date', t2: 'pending', t3: 'pending' });
    expect(report(result, 't2').planned).toEqual(ALL);
    expect(await applied(targets[1] as FleetTarget)).toEqual([]);
    expect(await tableExists(targets[2] as FleetTarget, 'pgmigrations')).toBe(false);
  });

  test('refuses direction down before touching any target', async () => {
    const targets = await tenants(2);
    await expect(
      rollout(fleet(targets, { migrate: { ...fleet([]).migrate, direction: 'down' } }), recorder()),
    ).rejects.toThrow(
      new DbDeployError(
        'bad-input',
        'a rollout over database-urls only applies migrations: direction down is refused',
      ),
    );
  });
});

describe('the health gate between targets', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'db-deploy-fleet-verify-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('runs verify-command on each target with its DATABASE_URL and DB_DEPLOY_TARGET; a slow one holds back every target after the canary', async () => {
    const targets = await tenants(3);
    const script = join(dir, 'verify.cjs');
    await writeFile(
      script,
      [
        'const pg = require(process.env.PG_MODULE);',
        'const client = new pg.Client({ connectionString: process.env.DATABASE_URL });',
        'client.connect()',
        "  .then(() => client.query('SELECT current_database() AS db, count(*)::int AS n FROM pgmigrations'))",
        '  .then((r) => { console.log(`${process.env.DB_DEPLOY_TARGET} sees ${r.rows[0].db} with ${r.rows[0].n} migrations`); return client.end(); })',
        '  .then(() => setTimeout(() => {}, process.env.DB_DEPLOY_TARGET === "t1" ? 1500 : 0));',
      ].join('\n'),
    );
    const logger = recorder();
    const result = await rollout(
      fleet(targets, {
        maxParallel: 2,
        verify: {
          command: `PG_MODULE=${join(process.cwd(), 'node_modules', 'pg')} node ${script}`,
          timeoutMs: 60_000,
          checks: [],
          limits: {},
        },
      }),
      logger,
    );

    expect(statuses(result)).toEqual({ t1: 'applied', t2: 'applied', t3: 'applied' });
    for (const target of targets) {
      const db = new URL(target.url).pathname.slice(1);
      expect(logger.lines).toContain(
        `[${target.name}] verify-command: ${target.name} sees ${db} with 3 migrations`,
      );
      expect(report(result, target.name).verify?.command?.exitCode).toBe(0);
    }
    // No other target started before the canary's slow verify-command was done.
    const canary = report(result, 't1');
    for (const name of ['t2', 't3'])
      expect(report(result, name).startOffsetMs ?? -1).toBeGreaterThanOrEqual(endOf(canary));
  });

  test('a failing verify-command fails its target and halts; its migrations stay applied', async () => {
    const targets = await tenants(3);
    const result = await rollout(
      fleet(targets, {
        verify: {
          command: 'test "$DB_DEPLOY_TARGET" != t2 || { echo "t2 is not healthy"; exit 3; }',
          timeoutMs: 60_000,
          checks: [],
          limits: {},
        },
      }),
      recorder(),
    );

    expect(statuses(result)).toEqual({ t1: 'applied', t2: 'failed', t3: 'skipped' });
    expect(report(result, 't2').error).toBe(
      `verify-command exited with code 3 (${(targets[1] as FleetTarget).display}) — its output is in the log under [t2]; the migrations stay applied (a rollout never runs a down migration): fix the target, then run the step again`,
    );
    expect(await applied(targets[1] as FleetTarget)).toEqual(ALL);
    expect(await applied(targets[2] as FleetTarget)).toEqual([]);
  });

  test('a verify-command past verify-timeout is killed and fails its target', async () => {
    const targets = await tenants(2);
    const result = await rollout(
      fleet(targets, { verify: { command: 'sleep 30', timeoutMs: 300, checks: [], limits: {} } }),
      recorder(),
    );

    expect(statuses(result)).toEqual({ t1: 'failed', t2: 'skipped' });
    expect(report(result, 't1').error).toMatch(
      /^verify-command did not finish: killed after 300ms \(verify-timeout\) \(/,
    );
  });

  test('verify-checks judges each target with the preflight checks and thresholds of monitor', async () => {
    const targets = await tenants(3);
    const t2 = targets[1] as FleetTarget;
    await query(t2.url, 'CREATE TABLE dup (x int); INSERT INTO dup VALUES (1), (1)');
    await expect(
      query(t2.url, 'CREATE UNIQUE INDEX CONCURRENTLY idx_dup ON dup (x)'),
    ).rejects.toThrow(/could not create unique index/);
    const checks = ['invalid-indexes', 'lock-waiters'];
    const strict = await rollout(
      fleet(targets, { verify: { timeoutMs: 0, checks, limits: {} } }),
      recorder(),
    );
    expect(statuses(strict)).toEqual({ t1: 'applied', t2: 'failed', t3: 'skipped' });
    expect(report(strict, 't1').verify?.checks).toMatchObject({ passed: true, failed: [] });
    expect(report(strict, 't2').verify?.checks).toMatchObject({
      passed: false,
      failed: ['invalid-indexes'],
    });
    expect(report(strict, 't2').error).toBe(
      `verify-checks: preflight failed 1 of 4 checks: invalid-indexes: 1 > 0 (public.idx_dup) (${t2.display}) — drop each invalid index (DROP INDEX CONCURRENTLY) and create it again, or REINDEX INDEX CONCURRENTLY it`,
    );

    // With monitor's threshold raised, the same target passes: the resume goes on.
    const lenient = await rollout(
      fleet(targets, { verify: { timeoutMs: 0, checks, limits: { maxInvalidIndexes: 1 } } }),
      recorder(),
    );
    expect(statuses(lenient)).toEqual({ t1: 'up-to-date', t2: 'up-to-date', t3: 'applied' });
  });
});

describe('target groups and shard slices', () => {
  test('a canary job, then a matrix of rest slices, migrate every target exactly once', async () => {
    const targets = await tenants(7);
    const canary = await rollout(fleet(targets, { selection: { group: 'canary' } }), recorder());
    expect(canary.targets.map((t) => [t.name, t.status])).toEqual([['t1', 'applied']]);

    const slices: FleetResult[] = [];
    for (let index = 0; index < 3; index += 1)
      slices.push(
        await rollout(
          fleet(targets, {
            selection: { group: 'rest', shardIndex: index, shardTotal: 3 },
            maxParallel: 2,
          }),
          recorder(),
        ),
      );
    const migrated = slices.flatMap((s) => s.targets.map((t) => t.name));
    expect([...migrated].sort()).toEqual(['t2', 't3', 't4', 't5', 't6', 't7']);
    expect(slices.map((s) => s.targets.map((t) => t.name))).toEqual([
      ['t2', 't5'],
      ['t3', 't6'],
      ['t4', 't7'],
    ]);
    for (const s of slices) for (const t of s.targets) expect(t.status).toBe('applied');
    for (const target of targets) expect(await applied(target)).toEqual(ALL);
  });
});

describe('connections', () => {
  test('holds at most one db-deploy connection per target and max-parallel in all, sampled from pg_stat_activity', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'db-deploy-fleet-slow-'));
    try {
      // Slow enough that the sampler sees the lanes at work.
      await writeFile(
        join(dir, '001_slow.sql'),
        '-- Up Migration\nSELECT pg_sleep(0.3);\nCREATE TABLE t (id int);\n',
      );
      const targets = await tenants(8);
      const sampler = await openClient(adminUrl());
      const names = targets.map((t) => new URL(t.url).pathname.slice(1));
      let peakTotal = 0;
      let peakPerDatabase = 0;
      let samples = 0;
      let running = true;
      const sampling = (async () => {
        while (running) {
          const { rows } = await sampler.query<{ datname: string; n: number }>(
            "SELECT datname, count(*)::int AS n FROM pg_stat_activity WHERE application_name LIKE 'db-deploy%' AND datname = ANY ($1) GROUP BY datname",
            [names],
          );
          samples += 1;
          peakTotal = Math.max(
            peakTotal,
            rows.reduce((sum, r) => sum + r.n, 0),
          );
          peakPerDatabase = Math.max(peakPerDatabase, ...rows.map((r) => r.n));
        }
      })();
      const result = await rollout(
        fleet(targets, {
          maxParallel: 3,
          migrate: { ...fleet([]).migrate, migrationsDir: dir },
          verify: { timeoutMs: 0, checks: ['invalid-indexes'], limits: {} },
        }),
        recorder(),
      );
      running = false;
      await sampling;
      await sampler.end();

      expect(result.counts.succeeded).toBe(8);
      expect(samples).toBeGreaterThan(0);
      expect(peakTotal).toBeGreaterThanOrEqual(2);
      expect(peakTotal).toBeLessThanOrEqual(3);
      expect(peakPerDatabase).toBe(1);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
