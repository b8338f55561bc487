// The committed dist/backup, dist/restore and dist/main bundles on Node 24 with GitHub
// artifacts: the runner's ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL / GITHUB_API_URL point at
// the local artifact service stand-in, which stores what is uploaded and serves the same bytes
// back; PostgreSQL 15 and Debian's pg_dump / pg_restore 15 do the rest.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, startPostgres, dumpableMajor } from '../../scripts/lib/postgres.mjs';
import {
  removeActionRunFiles,
  runAction,
  type ActionRun,
  type RunActionOptions,
} from '../helpers/action-runner.js';
import { startArtifactService, type ArtifactService } from '../helpers/artifact-service.js';
import { requireBinaries } from '../helpers/binaries.js';
import { query } from '../helpers/database.js';
import { databaseFingerprint } from '../helpers/fingerprint.js';
import { expectOneErrorLine, expectStepSuccess, leaks } from '../helpers/step-checks.js';
import { zipEntries } from '../helpers/zip.js';

const available = requireBinaries(['pg_dump', 'pg_restore']);
const describeIf = available ? describe : describe.skip;
const FIXTURE = resolve('__tests__/fixtures/backup/awkward.sql');

let service: ArtifactService;
let server: Awaited<ReturnType<typeof startPostgres>>;
let workspace: string;
let sourceUrl: string;
let counter = 0;
const runs: ActionRun[] = [];

async function database(prefix: string): Promise<string> {
  counter += 1;
  return createDatabase(server.url, `${prefix}_${process.pid}_${counter}`);
}

/** Runs a bundle as a step of workflow run `runId` (default 1001). */
async function step(
  action: 'backup' | 'restore' | '.',
  inputs: NonNullable<RunActionOptions['inputs']>,
  env: Record<string, string> = service.jobEnv(1001),
  timeoutMs?: number,
): Promise<ActionRun> {
  const run = await runAction(action, {
    workspace,
    inputs,
    env,
    ...(timeoutMs ? { timeoutMs } : {}),
  });
  runs.push(run);
  return run;
}

const backupStep = (inputs: Record<string, string>, env?: Record<string, string>) =>
  step('backup', { 'database-url': sourceUrl, ...inputs }, env);
const storedArtifact = (id: string | undefined) =>
  service.artifacts.find((a) => String(a.id) === id);

describeIf('the backup and restore bundles with GitHub artifacts', () => {
  beforeAll(async () => {
    service = await startArtifactService();
    server = await startPostgres({ major: dumpableMajor() });
    workspace = await mkdtemp(join(tmpdir(), 'db-deploy-artifact-e2e-'));
    sourceUrl = await database('source');
    await query(sourceUrl, await readFile(FIXTURE, 'utf8'));
  }, 120_000);

  afterAll(async () => {
    await removeActionRunFiles();
    await service?.close();
    await server?.stop();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  test('uploads a custom-format backup and restores it by artifact-name in the same run, identical to the source', async () => {
    const backup = await backupStep({
      path: 'custom',
      'upload-artifact': 'true',
      'retention-days': '7',
    });
    expectStepSuccess(backup);
    const name = backup.outputs['backup-name'] ?? '';
    const artifact = storedArtifact(backup.outputs['artifact-id']);
    expect(artifact).toMatchObject({
      name,
      runId: 1001,
      digest: backup.outputs['artifact-digest'],
    });
    expect(zipEntries(artifact?.blob?.data ?? Buffer.alloc(0))).toEqual([
      { name: `${name}.dump.zst`, method: 0, size: Number(backup.outputs['size-bytes']) },
      { name: `${name}.sha256`, method: 0, size: 76 + name.length },
    ]);
    expect(backup.summary).toContain(`(id ${artifact?.id}, `);
    expect(backup.summary).toContain('kept 7 days)');

    const target = await database('target');
    const restored = await step('restore', { 'database-url': target, 'artifact-name': name });
    expectStepSuccess(restored);
    expect(restored.outputs).toMatchObject({
      'restored-tables': '2',
      'artifact-id': String(artifact?.id),
    });
    expect(await databaseFingerprint(target)).toEqual(await databaseFingerprint(sourceUrl));
    expect(restored.summary).toContain(`| **Archive** | \`${name}.dump.zst\` |`);
    expect(restored.summary).toContain('✅ sha256 matched');
    expect(await readdir(restored.runnerTemp)).toEqual(['db-deploy']);
  });

  test('uploads every file of a directory-format backup and restores it with 2 jobs', async () => {
    const backup = await backupStep({
      path: 'directory',
      format: 'directory',
      jobs: '2',
      'upload-artifact': 'true',
      'artifact-name': 'nightly-dir',
    });
    expectStepSuccess(backup);
    const name = backup.outputs['backup-name'] ?? '';
    const dumped = await readdir(backup.outputs['backup-path'] ?? '');
    expect(dumped.length).toBeGreaterThanOrEqual(3);
    const blob = storedArtifact(backup.outputs['artifact-id'])?.blob?.data ?? Buffer.alloc(0);
    expect(zipEntries(blob).map((e) => e.name)).toEqual(
      [...dumped.map((f) => `${name}/${f}`), `${name}.sha256`].sort((a, b) => a.localeCompare(b)),
    );
    const target = await database('target');
    const restored = await step('restore', {
      'database-url': target,
      'artifact-name': 'nightly-dir',
      jobs: '2',
    });
    expectStepSuccess(restored);
    expect(await databaseFingerprint(target)).toEqual(await databaseFingerprint(sourceUrl));
  });

  test("restores another run's artifact through the REST API with artifact-run-id and github-token", async () => {
    expectStepSuccess(
      await backupStep({
        path: 'run-1001',
        'upload-artifact': 'true',
        'artifact-name': 'pre-deploy',
      }),
    );
    const target = await database('target');
    const restored = await step(
      'restore',
      {
        'database-url': target,
        'artifact-name': 'pre-deploy',
        'artifact-run-id': '1001',
        'github-token': service.restToken,
      },
      service.jobEnv(2002),
    );
    expectStepSuccess(restored);
    expect(await databaseFingerprint(target)).toEqual(await databaseFingerprint(sourceUrl));
    expect(restored.summary).toContain('from run 1001 of acme/shop');
  });

  test('a missing artifact is one error line, and the target is untouched', async () => {
    const target = await database('busy');
    await query(target, 'CREATE TABLE keep_me (id int); INSERT INTO keep_me VALUES (1), (2)');
    const restored = await step('restore', {
      'database-url': target,
      'artifact-name': 'no-such-backup',
      confirm: new URL(target).pathname.slice(1),
      clean: 'true',
    });
    expectOneErrorLine(
      restored,
      'restore',
      'artifact no-such-backup could not be downloaded: Artifact not found for name: no-such-backup (this workflow run)',
    );
    expect(restored.summary).toContain('db-deploy restore failed');
    expect(await query(target, 'SELECT count(*)::int AS n FROM keep_me')).toEqual([{ n: 2 }]);
    expect(await readdir(restored.runnerTemp)).toEqual([]);
  });

  test('without ACTIONS_RUNTIME_TOKEN the upload is one error line and the local backup is kept', async () => {
    const env = service.jobEnv(1001);
    delete env.ACTIONS_RUNTIME_TOKEN;
    const backup = await backupStep({ path: 'no-runtime', 'upload-artifact': 'true' }, env);
    expectOneErrorLine(
      backup,
      'backup',
      /: ACTIONS_RUNTIME_TOKEN is not set, so this is not running in a GitHub Actions job \(GitHub artifact service\) — .*; the backup is kept at \S+\.dump\.zst$/,
    );
    const path = backup.outputs['backup-path'] ?? '';
    expect(backup.errors[0]).toContain(path);
    expect((await stat(path)).size).toBe(Number(backup.outputs['size-bytes']));
    expect(backup.outputs['artifact-id']).toBe('');
    expect(backup.summary).toContain('| **Artifact** | ❌ `');
  });

  test('refuses backup-path together with artifact-name, with one error line', async () => {
    const target = await database('target');
    const restored = await step('restore', {
      'database-url': target,
      'backup-path': 'custom/x.dump',
      'artifact-name': 'x',
    });
    expectOneErrorLine(restored, 'restore', 'inputs backup-path and artifact-name are both set');
  });

  test('backs up and restores through an artifact with the root action and command:', async () => {
    const backup = await step('.', {
      command: 'backup',
      'database-url': sourceUrl,
      path: 'via-root',
      'upload-artifact': 'true',
      'artifact-name': 'via-root',
    });
    expectStepSuccess(backup);
    expect(backup.outputs['artifact-id']).toMatch(/^\d+$/);
    const target = await database('target');
    const restored = await step('.', {
      command: 'restore',
      'database-url': target,
      'artifact-name': 'via-root',
    });
    expectStepSuccess(restored);
    expect(await databaseFingerprint(target)).toEqual(await databaseFingerprint(sourceUrl));
  });

  test('an artifact service answering 500 is one error line after the retries, and the backup is kept', async () => {
    const stop = service.failWith(500, /CreateArtifact$/);
    try {
      const backup = await step(
        'backup',
        { 'database-url': sourceUrl, path: 'service-down', 'upload-artifact': 'true' },
        service.jobEnv(1001),
        90_000,
      );
      expectOneErrorLine(
        backup,
        'backup',
        /Failed to CreateArtifact: .*\(500\).* \(GitHub artifact service\) — .*; the backup is kept at /,
      );
      await stat(backup.outputs['backup-path'] ?? '');
    } finally {
      stop();
    }
  }, 120_000);

  test('never shows a token or a blob signature in outputs, summaries or reports, nor unmasked in the log', async () => {
    expect(runs.length).toBeGreaterThanOrEqual(10);
    expect(await leaks(runs, service.secrets())).toEqual([]);
  });
});
