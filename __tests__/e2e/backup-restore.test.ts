// The committed dist/backup and dist/restore bundles, run on Node 24 exactly as a GitHub runner
// runs them, against a PostgreSQL 15 server (Debian's pg_dump 15 refuses newer servers) and, for
// the version check, the PostgreSQL 18 server of the test set-up.
import { cp, mkdtemp, open, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, startPostgres, dumpableMajor } from '../../scripts/lib/postgres.mjs';
import {
  logWithoutMaskCommands,
  removeActionRunFiles,
  runAction,
  type ActionRun,
  type RunActionOptions,
} from '../helpers/action-runner.js';
import { adminUrl, createLoginRole, query } from '../helpers/database.js';
import { requireBinaries } from '../helpers/binaries.js';

const available = requireBinaries(['pg_dump', 'pg_restore']);
const describeIf = available ? describe : describe.skip;

/** A role whose password needs every kind of percent-encoding a URL can ask for. */
const ROLE = `dbd_backup_e2e_${process.pid}`;
const PASSWORD = 'p@ss:w/rd%';
const FIXTURE = resolve('__tests__/fixtures/backup/awkward.sql');

let server: Awaited<ReturnType<typeof startPostgres>>;
let workspace: string;
let sourceUrl: string;
let counter = 0;
const runs: ActionRun[] = [];

/** A database owned by the role on `admin`'s server, as a URL that logs in with the password. */
async function database(prefix: string, admin = server.url): Promise<string> {
  counter += 1;
  const name = `${prefix}_${process.pid}_${counter}`;
  await createDatabase(admin, name);
  await query(admin, `ALTER DATABASE "${name}" OWNER TO ${ROLE}`);
  const host = new URL(admin).host;
  return `postgres://${ROLE}:${encodeURIComponent(PASSWORD)}@${host}/${name}`;
}

/** Runs a bundle in the test workspace and keeps the run for the secrets check. */
async function run(
  action: 'backup' | 'restore' | '.',
  options: RunActionOptions,
): Promise<ActionRun> {
  const result = await runAction(action, { workspace, ...options });
  runs.push(result);
  return result;
}

/** Every user table and its row count, in a stable order. */
const rowCounts = async (url: string) => {
  const tables = await query<{ t: string }>(
    url,
    `SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { t } of tables)
    counts[t] = Number((await query<{ n: string }>(url, `SELECT count(*) AS n FROM ${t}`))[0]?.n);
  return counts;
};

/** Exit 0 and no error line, or show what the run printed. */
function expectSuccess(result: ActionRun): void {
  expect({ exitCode: result.exitCode, errors: result.errors, stderr: result.stderr }).toEqual({
    exitCode: 0,
    errors: [],
    stderr: '',
  });
}

/** Exit 1 with exactly one `::error::<action>: …` line that starts with `what`; the summary says it too. */
function expectOneErrorLine(result: ActionRun, action: string, what: string): void {
  expect({
    exitCode: result.exitCode,
    timedOut: result.timedOut,
    errorLines: result.errorLines,
    stderr: result.stderr,
  }).toEqual({
    exitCode: 1,
    timedOut: false,
    errorLines: [expect.stringMatching(new RegExp(`^::error::${action}: `))],
    stderr: '',
  });
  const line = result.errors[0] ?? '';
  expect(line.startsWith(`${action}: ${what}`)).toBe(true);
  expect(line).toContain(' — ');
  expect(result.summary).toContain(`db-deploy ${action} failed`);
  expect(result.summary).toContain(line.replace(`${action}: `, '').slice(0, 60));
}

/**
 * A successful backup of the source: default inputs, or into `path` (names carry the time to the
 * second, so backups taken within one second need directories of their own).
 */
async function backupSource(path?: string): Promise<ActionRun> {
  const inputs = { 'database-url': sourceUrl, ...(path ? { path } : {}) };
  const result = await run('backup', { inputs });
  expectSuccess(result);
  return result;
}

describeIf('the backup and restore bundles on PostgreSQL 15', () => {
  beforeAll(async () => {
    server = await startPostgres({ major: dumpableMajor() });
    workspace = await mkdtemp(join(tmpdir(), 'db-deploy-backup-e2e-'));
    for (const admin of [server.url, adminUrl()]) await createLoginRole(admin, ROLE, PASSWORD);
    sourceUrl = await database('source');
    await query(sourceUrl, await readFile(FIXTURE, 'utf8'));
  }, 120_000);

  afterAll(async () => {
    await removeActionRunFiles();
    await server?.stop();
    if (workspace) await rm(workspace, { recursive: true, force: true });
    const databases = await query<{ datname: string }>(
      adminUrl(),
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`%\\_${process.pid}\\_%`],
    );
    for (const { datname } of databases)
      await query(adminUrl(), `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    await query(adminUrl(), `DROP ROLE IF EXISTS ${ROLE}`);
    // Stopping a server and dropping databases takes long on a loaded machine.
  }, 180_000);

  test('backs up into the workspace and reports the archive in outputs, report and summary', async () => {
    const result = await backupSource();
    const { outputs } = result;
    const path = outputs['backup-path'] ?? '';
    expect(path.startsWith(join(workspace, 'backups', 'source_'))).toBe(true);
    expect(path).toMatch(/_\d{8}_\d{6}\.dump\.zst$/);
    expect(outputs['backup-name']).toBe(
      path
        .split('/')
        .pop()
        ?.replace(/\.dump\.zst$/, ''),
    );
    expect(Number(outputs['size-bytes'])).toBeGreaterThan(0);
    expect(Number(outputs['size-bytes'])).toBe((await stat(path)).size);
    expect(outputs.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(outputs['pg-dump-version']).toMatch(/^15\.\d+/);
    expect(outputs['duration-ms']).toMatch(/^\d+$/);
    const checksum = path.replace(/\.dump\.zst$/, '.sha256');
    expect(await readFile(checksum, 'utf8')).toBe(
      `${outputs.sha256}  ${outputs['backup-name']}.dump.zst\n`,
    );
    const reportPath = outputs['report-json'] ?? '';
    expect(reportPath.startsWith(result.runnerTemp)).toBe(true);
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as Record<string, unknown>;
    expect(report).toMatchObject({
      path,
      format: 'custom',
      compression: 'zstd:3 (whole file)',
      sha256: outputs.sha256,
      tables: [
        { schema: 'public', name: 'customers', rows: 3 },
        { schema: 'public', name: 'orders', rows: 45 },
      ],
    });
    expect(result.summary).toContain(`db-deploy backup: \`${outputs['backup-name']}\``);
    expect(result.summary).toContain('| `public.customers` | 3 |');
    expect(result.summary).toContain('| `public.orders` | 45 |');
    expect(result.summary).toContain(outputs.sha256);
  });

  test('restores every row into an empty database and reports the tables restored', async () => {
    const backup = await backupSource('for-restore');
    const target = await database('target');
    const result = await run('restore', {
      inputs: { 'database-url': target, 'backup-path': backup.outputs['backup-path'] ?? '' },
    });

    expectSuccess(result);
    expect(result.outputs['restored-tables']).toBe('2');
    expect(result.outputs['duration-ms']).toMatch(/^\d+$/);
    expect(await rowCounts(target)).toEqual(await rowCounts(sourceUrl));
    expect(await rowCounts(target)).toEqual({ 'public.customers': 3, 'public.orders': 45 });
    const report = JSON.parse(await readFile(result.outputs['report-json'] ?? '', 'utf8')) as {
      restoredTables: number;
      checksumVerified: boolean;
    };
    expect(report).toMatchObject({ restoredTables: 2, checksumVerified: true, format: 'custom' });
    expect(result.summary).toContain('db-deploy restore: 2 tables restored');
  });

  test('refuses a non-empty database without confirm, with one error line, and leaves it untouched', async () => {
    const backup = await backupSource('for-busy');
    const target = await database('busy');
    await query(target, 'CREATE TABLE keep_me (id int); INSERT INTO keep_me VALUES (1), (2)');
    const result = await run('restore', {
      inputs: { 'database-url': target, 'backup-path': backup.outputs['backup-path'] ?? '' },
    });

    expectOneErrorLine(result, 'restore', 'the target database is not empty');
    expect(result.errors[0]).toContain(`pass confirm ${new URL(target).pathname.slice(1)}`);
    expect(result.outputs).toEqual({
      'restored-tables': '',
      'duration-ms': '',
      'artifact-id': '',
      'report-json': '',
    });
    expect(await rowCounts(target)).toEqual({ 'public.keep_me': 2 });
  });

  test('restores over a non-empty database when confirm names it and clean drops the old objects', async () => {
    const backup = await backupSource('for-confirm');
    const target = await database('confirmed');
    const name = new URL(target).pathname.slice(1);
    const inputs = { 'database-url': target, 'backup-path': backup.outputs['backup-path'] ?? '' };
    expectSuccess(await run('restore', { inputs }));
    await query(target, 'DELETE FROM orders WHERE id > 5');
    const result = await run('restore', { inputs: { ...inputs, confirm: name, clean: true } });

    expectSuccess(result);
    expect(await rowCounts(target)).toEqual(await rowCounts(sourceUrl));
  });

  test('refuses a backup path that does not exist, with one error line', async () => {
    const target = await database('target');
    const result = await run('restore', {
      inputs: { 'database-url': target, 'backup-path': 'backups/nothing-here.dump' },
    });

    expectOneErrorLine(result, 'restore', 'the backup does not exist');
    expect(result.errors[0]).toContain(join(workspace, 'backups/nothing-here.dump'));
  });

  test('refuses a corrupted archive before touching the target', async () => {
    const backup = await backupSource('for-corruption');
    const path = backup.outputs['backup-path'] ?? '';
    const spoiled = join(workspace, 'spoiled');
    await cp(path, join(spoiled, 'copy.dump'));
    await cp(path.replace(/\.dump\.zst$/, '.sha256'), join(spoiled, 'copy.sha256'));
    const file = await open(join(spoiled, 'copy.dump'), 'r+');
    const { size } = await file.stat();
    await file.write(Buffer.from('garbage!garbage!'), 0, 16, Math.floor(size * 0.6));
    await file.close();
    const target = await database('target');
    const result = await run('restore', {
      inputs: { 'database-url': target, 'backup-path': 'spoiled/copy.dump' },
    });

    expectOneErrorLine(result, 'restore', 'the backup does not match its checksum');
    expect(await rowCounts(target)).toEqual({});
  });

  test('refuses a PostgreSQL 18 server with one line saying the pg_dump is too old', async () => {
    const url = await database('newer', adminUrl());
    const result = await run('backup', { inputs: { 'database-url': url, path: 'too-old' } });

    expectOneErrorLine(result, 'backup', 'pg_dump is too old for a PostgreSQL 18 server');
    expect(result.outputs).toMatchObject({ 'backup-path': '', sha256: '', 'report-json': '' });
    await expect(stat(join(workspace, 'too-old'))).rejects.toThrow();
  });

  test('with verify-restore, restores into the empty verify database and reports every table matching', async () => {
    const verify = await database('verify');
    const result = await run('backup', {
      inputs: {
        'database-url': sourceUrl,
        path: 'verified',
        'verify-restore': 'true',
        'verify-database-url': verify,
      },
    });

    expectSuccess(result);
    expect(result.outputs['verified-restore']).toBe('true');
    expect(await rowCounts(verify)).toEqual(await rowCounts(sourceUrl));
    expect(result.summary).toContain('restored and verified');
    expect(result.summary).toMatch(
      /\| ✅ \| `public\.orders` \| 45 \| 45 \| `[0-9a-f]{12}` \| `[0-9a-f]{12}` \|/,
    );
    const report = JSON.parse(await readFile(result.outputs['report-json'] ?? '', 'utf8')) as {
      verifyRestore: { verified: boolean; tables: { match: boolean }[] };
    };
    expect(report.verifyRestore.verified).toBe(true);
    expect(report.verifyRestore.tables.map((t) => t.match)).toEqual([true, true]);
  });

  test('refuses verify-restore without verify-database-url, with one error line', async () => {
    const result = await run('backup', {
      inputs: { 'database-url': sourceUrl, path: 'unverified', 'verify-restore': 'true' },
    });

    expectOneErrorLine(
      result,
      'backup',
      'input verify-database-url is required when verify-restore is true',
    );
    expect(result.outputs['verified-restore']).toBe('');
    await expect(stat(join(workspace, 'unverified'))).rejects.toThrow();
  });

  test('runs backup and restore through the root action with command:', async () => {
    const backup = await run('.', {
      inputs: { command: 'backup', 'database-url': sourceUrl, path: 'via-root' },
    });
    expectSuccess(backup);
    expect(backup.outputs['backup-path']?.startsWith(join(workspace, 'via-root'))).toBe(true);
    const target = await database('target');
    const restored = await run('.', {
      inputs: {
        command: 'restore',
        'database-url': target,
        'backup-path': backup.outputs['backup-path'] ?? '',
      },
    });

    expectSuccess(restored);
    expect(restored.outputs['restored-tables']).toBe('2');
    expect(await rowCounts(target)).toEqual(await rowCounts(sourceUrl));
  });

  test('never shows the password, raw or encoded, in a log, output, summary or report', async () => {
    expect(runs.length).toBeGreaterThanOrEqual(5);
    const forms = [PASSWORD, encodeURIComponent(PASSWORD)];
    const leaks: string[] = [];
    for (const result of runs) {
      const report = result.outputs['report-json']
        ? await readFile(result.outputs['report-json'], 'utf8')
        : '';
      const places: Record<string, string> = {
        stdout: logWithoutMaskCommands(result),
        stderr: result.stderr,
        outputs: JSON.stringify(result.outputs),
        summary: result.summary,
        'report-json': report,
      };
      for (const [place, text] of Object.entries(places))
        for (const secret of forms) if (text.includes(secret)) leaks.push(`${place}: ${secret}`);
    }
    expect(leaks).toEqual([]);
  });
});
