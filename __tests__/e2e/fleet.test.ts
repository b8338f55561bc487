// The bundle dist/migrate/index.js (and the root action's dist/main/index.js) on Node 24 as a
// runner runs it, rolling migrations out over a fleet of real databases: database-urls with
// two passwords, canary, lanes, the health gate, halt, resume, outputs, report and summary.
import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  logWithoutMaskCommands,
  removeActionRunFiles,
  runAction,
  type ActionRun,
} from '../helpers/action-runner.js';
import {
  appliedIn,
  drift,
  fixDrift,
  FLEET_MIGRATIONS,
  TENANT_PASSWORDS,
  tenants,
  type Tenant,
} from '../helpers/fleet.js';
import { expectNoSecrets } from '../helpers/step-checks.js';
import { openClient } from '../helpers/database.js';
import { MIGRATION_LOCK_KEY } from '../../src/core/db/advisory-lock.js';

const DIR = '__tests__/fixtures/fleet';

interface ReportEntry {
  name: string;
  target: string;
  status: string;
  canary: boolean;
  migrations: { name: string; durationMs: number; retries: number }[];
  error?: string;
}

async function reportOf(run: ActionRun): Promise<{ targets: ReportEntry[] }> {
  return JSON.parse(await readFile(run.outputs['report-json'] ?? '', 'utf8')) as {
    targets: ReportEntry[];
  };
}

function expectSuccess(run: ActionRun): void {
  expect({ exitCode: run.exitCode, errors: run.errors, stderr: run.stderr }).toEqual({
    exitCode: 0,
    errors: [],
    stderr: '',
  });
}

/** Exit 1 with exactly one `::error::` line, which matches `line`; the summary says it too. */
function expectOneErrorLine(run: ActionRun, line: RegExp): string {
  expect({ exitCode: run.exitCode, errorLines: run.errorLines.length, stderr: run.stderr }).toEqual(
    { exitCode: 1, errorLines: 1, stderr: '' },
  );
  expect(run.errors[0]).toMatch(line);
  return run.errors[0] ?? '';
}

afterAll(() => removeActionRunFiles());

describe('the migrate bundle over database-urls', () => {
  test('rolls out to every tenant, canary first then two lanes, each checked by verify-command and verify-checks, and masks both passwords', async () => {
    const fleet = await tenants(4, { roles: true });
    try {
      const run = await runAction('migrate', {
        inputs: {
          'database-urls': fleet.list,
          'migrations-dir': DIR,
          'max-parallel': 2,
          'verify-command': 'echo "checked $DB_DEPLOY_TARGET"; test -n "$DATABASE_URL"',
          'verify-checks': 'invalid-indexes\nlock-waiters',
        },
      });

      expectSuccess(run);
      expect(run.outputs).toMatchObject({
        applied: JSON.stringify(FLEET_MIGRATIONS),
        'applied-count': '12',
        'pending-count': '0',
        'targets-count': '4',
        'succeeded-count': '4',
        'failed-count': '0',
        'skipped-count': '0',
        'failed-targets': '',
        'last-migration': '',
      });
      const report = await reportOf(run);
      expect(report.targets.map((t) => [t.name, t.status, t.canary])).toEqual([
        ['t1', 'applied', true],
        ['t2', 'applied', false],
        ['t3', 'applied', false],
        ['t4', 'applied', false],
      ]);
      expect(report.targets[2]?.target).toBe(
        `${new URL(fleet.tenants[2]?.url ?? '').host}/${fleet.tenants[2]?.database}`,
      );
      expect(report.targets[2]?.migrations.map((m) => m.name)).toEqual(FLEET_MIGRATIONS);
      for (const t of fleet.tenants) expect(await appliedIn(t.url)).toEqual(FLEET_MIGRATIONS);

      expect(run.summary).toContain('## ✅ db-deploy migrate: 4 targets, 12 migrations applied');
      expect(run.summary).toContain('| 1 | `t1` 🐤 canary |');
      expect(run.summary).toContain('```mermaid\ngantt');
      expect(run.summary).toContain('  section canary\n  t1 :done, ');
      const log = logWithoutMaskCommands(run);
      for (const t of fleet.tenants) {
        expect(log).toContain(`[${t.name}] applying 001_create_customers`);
        expect(log).toContain(`[${t.name}] verify-command: checked ${t.name}`);
      }
      // The runner is told to mask every line, URL and password of the list, before anything else.
      // (A workflow command escapes % as %25.)
      const masks = run.stdout.split('\n').filter((l) => l.startsWith('::add-mask::'));
      const mask = (secret: string) => `::add-mask::${secret.replace(/%/g, '%25')}`;
      expect(run.stdout.indexOf('::add-mask::')).toBe(0);
      for (const t of fleet.tenants) expect(masks).toContain(mask(t.url));
      for (const password of TENANT_PASSWORDS) expect(masks).toContain(mask(password));
      await expectNoSecrets(run, [...fleet.tenants.map((t) => t.url), ...TENANT_PASSWORDS]);
    } finally {
      await fleet.cleanup();
    }
  });

  test('halts at a failing tenant with one error line, leaves the later ones untouched, and the re-run applies only what is missing', async () => {
    const fleet = await tenants(4, { roles: true });
    const [t1, t2, t3, t4] = fleet.tenants as [Tenant, Tenant, Tenant, Tenant];
    try {
      await drift(t2.url);
      const inputs = { 'database-urls': fleet.list, 'migrations-dir': DIR };
      const run = await runAction('migrate', { inputs });

      const line = expectOneErrorLine(
        run,
        /^migrate: 1 of 4 targets failed, 2 not started \(t2 failed \(on-failure halt\)\); first t2: migration 002_create_invoices \(up\) failed: 42P07 relation "invoices" already exists \(__tests__\/fixtures\/fleet\/002_create_invoices\.sql\) — its transaction was rolled back, nothing of it was applied — .* — run the step again once it is fixed: targets already up to date do nothing$/,
      );
      expect(run.outputs).toMatchObject({
        'applied-count': '4',
        'targets-count': '4',
        'succeeded-count': '1',
        'failed-count': '1',
        'skipped-count': '2',
        'failed-targets': 't2',
      });
      expect(run.summary.split('\n')[0]).toBe(
        '## ❌ db-deploy migrate: 1 of 4 targets failed, 2 not started',
      );
      expect(run.summary.split('\n')[2]).toMatch(/^> \*\*First failure: `t2`\*\* /);
      expect(line).not.toContain(t2.url);
      expect(await appliedIn(t2.url)).toEqual(['001_create_customers']);
      expect(await appliedIn(t3.url)).toEqual([]);
      expect(await appliedIn(t4.url)).toEqual([]);
      await expectNoSecrets(run, [...fleet.tenants.map((t) => t.url), ...TENANT_PASSWORDS]);

      await fixDrift(t2.url);
      const again = await runAction('migrate', { inputs });
      expectSuccess(again);
      expect(again.outputs).toMatchObject({ 'applied-count': '8', 'succeeded-count': '4' });
      expect(
        (await reportOf(again)).targets.map((t) => [t.name, t.status, t.migrations.length]),
      ).toEqual([
        ['t1', 'up-to-date', 0],
        ['t2', 'applied', 2],
        ['t3', 'applied', 3],
        ['t4', 'applied', 3],
      ]);
      for (const t of [t1, t2, t3, t4]) expect(await appliedIn(t.url)).toEqual(FLEET_MIGRATIONS);
    } finally {
      await fleet.cleanup();
    }
  });

  test.each([
    [
      'neither database-url nor database-urls',
      {},
      /^migrate: input database-url \(or database-urls\) is required — /,
    ],
    [
      'a line of database-urls that is not a URL',
      { 'database-urls': 'a=postgres://u:s3cret-one@127.0.0.1:1/a\nb=s3cret-two is no URL' },
      /^migrate: database-urls line 2 is not a valid URL — use postgres:\/\//,
    ],
    [
      'a fleet input beside database-url',
      { 'database-url': 'postgres://u:s3cret-one@127.0.0.1:1/a', canary: '1' },
      /^migrate: input canary applies to database-urls only — /,
    ],
  ])('refuses %s in one line, before any connection', async (_, inputs, line) => {
    const run = await runAction('migrate', { inputs: { 'migrations-dir': DIR, ...inputs } });
    expectOneErrorLine(run, line);
    expect(run.summary).toContain('db-deploy migrate failed');
    await expectNoSecrets(run, ['s3cret-one', 's3cret-two']);
  });
});

describe('a cancelled job', () => {
  test('starts no new tenant after the runner signal, lets the running one finish, and fails in one line', async () => {
    // The canary waits for its migration lock (held here) until the signal has been handled.
    const fleet = await tenants(3);
    const [t1, t2, t3] = fleet.tenants as [Tenant, Tenant, Tenant];
    const holder = await openClient(t1.url);
    await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    let seen = '';
    const waitFor = (text: string, child: ChildProcess) =>
      new Promise<void>((resolve) => {
        const look = (chunk: Buffer) => {
          seen += chunk.toString('utf8');
          if (seen.includes(text)) resolve();
        };
        child.stdout?.on('data', look);
      });
    try {
      let cancelled: Promise<void> | undefined;
      const run = await runAction('migrate', {
        inputs: { 'database-urls': fleet.list, 'migrations-dir': DIR, 'max-parallel': 2 },
        onSpawn: (child) => {
          cancelled = waitFor('[t1] canary: migrating', child).then(async () => {
            const handled = waitFor('cancelled: no new target starts', child);
            child.kill('SIGINT');
            await handled;
            await holder.query('SELECT pg_advisory_unlock_all()');
          });
        },
      });
      await cancelled;

      expectOneErrorLine(
        run,
        /^migrate: the job was cancelled: 2 of 3 targets not started — run the step again: targets already up to date do nothing$/,
      );
      expect(run.outputs).toMatchObject({ 'succeeded-count': '1', 'skipped-count': '2' });
      expect(run.summary.split('\n')[0]).toBe(
        '## ⏹️ db-deploy migrate: cancelled, 2 of 3 targets not started',
      );
      expect(await appliedIn(t1.url)).toEqual(FLEET_MIGRATIONS);
      expect(await appliedIn(t2.url)).toEqual([]);
      expect(await appliedIn(t3.url)).toEqual([]);
    } finally {
      await holder.end();
      await fleet.cleanup();
    }
  });
});

describe('the root action with command: migrate', () => {
  test('masks every line of database-urls and rolls the fleet out', async () => {
    const fleet = await tenants(2, { roles: true });
    try {
      const run = await runAction('.', {
        inputs: { command: 'migrate', 'database-urls': fleet.list, 'migrations-dir': DIR },
      });
      expectSuccess(run);
      expect(run.outputs['succeeded-count']).toBe('2');
      await expectNoSecrets(run, [...fleet.tenants.map((t) => t.url), ...TENANT_PASSWORDS]);
      expect((run.outputs['report-json'] ?? '').startsWith(join(run.runnerTemp, 'db-deploy'))).toBe(
        true,
      );
    } finally {
      await fleet.cleanup();
    }
  });
});
