// The backup and restore actions' run() in-process, with GitHub artifacts: upload after the
// backup, restore by artifact-name, against the local artifact service stand-in, the real
// @actions/artifact client, pg_dump / pg_restore 15 and a PostgreSQL 15 server.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createDatabase, startPostgres, dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { startArtifactService, type ArtifactService } from '../helpers/artifact-service.js';
import { requireBinaries } from '../helpers/binaries.js';
import { query } from '../helpers/database.js';
import { setEnv } from '../helpers/env.js';
import { databaseFingerprint } from '../helpers/fingerprint.js';
import {
  inProcessRunner,
  type InProcessRun,
  type InProcessRunner,
} from '../helpers/in-process-action.js';
import { expectOneErrorLine, expectStepSuccess, leaks } from '../helpers/step-checks.js';
import { zipEntries } from '../helpers/zip.js';

const available = requireBinaries(['pg_dump', 'pg_restore']);
const describeIf = available ? describe : describe.skip;
const FIXTURE = resolve('__tests__/fixtures/backup/awkward.sql');

let service: ArtifactService;
let server: Awaited<ReturnType<typeof startPostgres>>;
let runner: InProcessRunner;
let workspace: string;
let sourceUrl: string;
let restoreEnv: () => void = () => undefined;
let backupAction: () => Promise<void>;
let restoreAction: () => Promise<void>;
let counter = 0;
const runs: InProcessRun[] = [];

async function database(prefix: string): Promise<string> {
  counter += 1;
  return createDatabase(server.url, `${prefix}_${counter}`);
}

/** The backup step of workflow run `runId` (default 1001), source database and defaults. */
async function backupStep(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = service.jobEnv(1001),
) {
  const run = await runner.run('backup', backupAction, {
    inputs: { 'database-url': sourceUrl, ...inputs },
    env,
  });
  runs.push(run);
  return run;
}

async function restoreStep(
  inputs: Record<string, string>,
  env: Record<string, string | undefined> = service.jobEnv(1001),
) {
  const run = await runner.run('restore', restoreAction, { inputs, env });
  runs.push(run);
  return run;
}

const storedArtifact = (id: string | undefined) =>
  service.artifacts.find((a) => String(a.id) === id);
const tables = async (url: string) =>
  (
    await query<{ t: string }>(
      url,
      "SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    )
  ).map((r) => r.t);

describeIf('the backup and restore actions with GitHub artifacts (in-process)', () => {
  beforeAll(async () => {
    service = await startArtifactService();
    // @actions/github reads GITHUB_API_URL once, when it is first imported.
    restoreEnv = setEnv({ GITHUB_API_URL: service.url, GITHUB_SERVER_URL: undefined });
    backupAction = (await import('../../src/actions/backup.js')).run;
    restoreAction = (await import('../../src/actions/restore.js')).run;
    server = await startPostgres({ major: dumpableMajor() });
    workspace = await mkdtemp(join(tmpdir(), 'db-deploy-artifact-actions-'));
    runner = await inProcessRunner(workspace);
    sourceUrl = await database('source');
    await query(sourceUrl, await readFile(FIXTURE, 'utf8'));
  }, 120_000);

  afterAll(async () => {
    restoreEnv();
    await service?.close();
    await server?.stop();
    await runner?.cleanup();
    if (workspace) await rm(workspace, { recursive: true, force: true });
  });

  test('uploads a custom-format backup and restores it by artifact-name in the same run, identical to the source', async () => {
    const backup = await backupStep({
      path: 'custom',
      'upload-artifact': 'true',
      'retention-days': '5',
    });
    expectStepSuccess(backup);
    const name = backup.outputs['backup-name'] ?? '';
    const artifact = storedArtifact(backup.outputs['artifact-id']);
    expect(artifact).toMatchObject({
      name,
      finalized: true,
      digest: backup.outputs['artifact-digest'],
    });
    // The default archive is zstd-compressed already: stored in the zip as it is, beside its .sha256.
    expect(zipEntries(artifact?.blob?.data ?? Buffer.alloc(0))).toEqual([
      {
        name: `${name}.dump.zst`,
        method: 0,
        size: (await stat(backup.outputs['backup-path'] ?? '')).size,
      },
      { name: `${name}.sha256`, method: 0, size: 76 + name.length },
    ]);
    expect(
      Math.round(
        (Date.parse(artifact?.expiresAt ?? '') - Date.parse(artifact?.createdAt ?? '')) /
          86_400_000,
      ),
    ).toBe(5);
    expect(backup.summary).toMatch(
      new RegExp(
        `\\| \\*\\*Artifact\\*\\* \\| ✅ \\[\`${name}\`\\]\\(https://github\\.com/acme/shop/actions/runs/1001/artifacts/${artifact?.id}\\) \\(id ${artifact?.id}, [\\d.]+ kB, kept 5 days\\) \\|`,
      ),
    );
    const report = JSON.parse(await readFile(backup.outputs['report-json'] ?? '', 'utf8')) as {
      artifact: unknown;
    };
    expect(report.artifact).toMatchObject({ name, id: artifact?.id, retentionDays: 5 });

    const target = await database('target');
    const restored = await restoreStep({ 'database-url': target, 'artifact-name': name });
    expectStepSuccess(restored);
    expect(restored.outputs).toMatchObject({
      'restored-tables': '2',
      'artifact-id': String(artifact?.id),
    });
    expect(await databaseFingerprint(target)).toEqual(await databaseFingerprint(sourceUrl));
    expect(restored.summary).toContain(`| **Artifact** | \`${name}\` (id ${artifact?.id}, `);
    expect(restored.summary).toContain(`| **Archive** | \`${name}.dump.zst\` |`);
    expect(restored.summary).toContain('✅ sha256 matched');
    // The downloaded copy is gone; only the JSON report stays under RUNNER_TEMP.
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
    const entries = zipEntries(
      storedArtifact(backup.outputs['artifact-id'])?.blob?.data ?? Buffer.alloc(0),
    );
    const dumped = await readdir(backup.outputs['backup-path'] ?? '');
    expect(dumped.length).toBeGreaterThanOrEqual(3);
    expect(entries.map((e) => e.name)).toEqual(
      [...dumped.map((f) => `${name}/${f}`), `${name}.sha256`].sort((a, b) => a.localeCompare(b)),
    );
    const target = await database('target');
    const restored = await restoreStep({
      'database-url': target,
      'artifact-name': 'nightly-dir',
      jobs: '2',
    });
    expectStepSuccess(restored);
    expect(restored.summary).toContain(`| **Archive** | \`${name}\` |`);
    expect(await databaseFingerprint(target)).toEqual(await databaseFingerprint(sourceUrl));
  });

  test("restores another run's artifact through the REST API with artifact-run-id and github-token", async () => {
    const backup = await backupStep({
      path: 'run-1001',
      'upload-artifact': 'true',
      'artifact-name': 'pre-deploy',
    });
    expectStepSuccess(backup);
    const target = await database('target');
    const restored = await restoreStep(
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
    const rest = service.requests.filter((r) => r.path.startsWith('/repos/')).slice(-2);
    expect(rest.map((r) => r.status)).toEqual([200, 302]);
  });

  test('a missing artifact is one error line, and the target is untouched', async () => {
    const target = await database('busy');
    await query(target, 'CREATE TABLE keep_me (id int); INSERT INTO keep_me VALUES (1), (2)');
    const confirm = new URL(target).pathname.slice(1);
    const restored = await restoreStep({
      'database-url': target,
      'artifact-name': 'no-such-backup',
      confirm,
      clean: 'true',
    });
    expectOneErrorLine(
      restored,
      'restore',
      'artifact no-such-backup could not be downloaded: Artifact not found for name: no-such-backup (this workflow run) — upload it earlier in this run',
    );
    expect(restored.outputs).toEqual({
      'restored-tables': '',
      'duration-ms': '',
      'artifact-id': '',
      'report-json': '',
    });
    expect(restored.summary).toContain('db-deploy restore failed');
    expect(await query(target, 'SELECT count(*)::int AS n FROM keep_me')).toEqual([{ n: 2 }]);
    expect(await readdir(restored.runnerTemp)).toEqual([]);
  });

  test('a wrong github-token for another run is one error line naming the permission', async () => {
    const target = await database('target');
    const restored = await restoreStep(
      {
        'database-url': target,
        'artifact-name': 'pre-deploy',
        'artifact-run-id': '1001',
        'github-token': 'ghs_notTheRightOne',
      },
      service.jobEnv(2002),
    );
    expectOneErrorLine(
      restored,
      'restore',
      'artifact pre-deploy could not be downloaded: Bad credentials',
    );
    expect(restored.errors[0]).toContain('(run 1001 of acme/shop) — give github-token read access');
    expect(await tables(target)).toEqual([]);
  });

  test('without ACTIONS_RUNTIME_TOKEN the upload is one error line and the local backup is kept and reported', async () => {
    const env = { ...service.jobEnv(1001), ACTIONS_RUNTIME_TOKEN: undefined };
    const backup = await backupStep({ path: 'no-runtime', 'upload-artifact': 'true' }, env);
    const path = backup.outputs['backup-path'] ?? '';
    expectOneErrorLine(
      backup,
      'backup',
      /^backup: the backup could not be uploaded as artifact source_\d+_\d{8}_\d{6}: ACTIONS_RUNTIME_TOKEN is not set, so this is not running in a GitHub Actions job \(GitHub artifact service\) — artifacts exist only in GitHub Actions: run the backup in a workflow job, or set upload-artifact: false; the backup is kept at \S+\.dump\.zst$/,
    );
    expect(backup.errors[0]).toContain(path);
    expect((await stat(path)).size).toBe(Number(backup.outputs['size-bytes']));
    await stat(path.replace(/\.dump\.zst$/, '.sha256'));
    expect(backup.outputs).toMatchObject({ 'artifact-id': '', 'artifact-digest': '' });
    expect(backup.outputs.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(backup.summary).toMatch(/^## ❌ db-deploy backup: /m);
    expect(backup.summary).toContain('| **Artifact** | ❌ `');
    expect(backup.summary).toContain('| `public.orders` | 45 |');
  });

  test('refuses backup-path with artifact-name, and neither, each with one error line', async () => {
    const target = await database('target');
    const both = await restoreStep({
      'database-url': target,
      'backup-path': 'custom/x.dump',
      'artifact-name': 'x',
    });
    expectOneErrorLine(
      both,
      'restore',
      'inputs backup-path and artifact-name are both set — set exactly one',
    );
    const neither = await restoreStep({ 'database-url': target });
    expectOneErrorLine(neither, 'restore', 'input backup-path or artifact-name is required');
    const stray = await backupStep({ path: 'stray', 'retention-days': '3' });
    expectOneErrorLine(stray, 'backup', 'input retention-days is set but upload-artifact is false');
    await expect(stat(join(workspace, 'stray'))).rejects.toThrow();
  });

  test('an artifact service answering 500 is one error line after the retries, and the backup is kept', async () => {
    const stop = service.failWith(500, /CreateArtifact$/);
    try {
      const backup = await backupStep({ path: 'service-down', 'upload-artifact': 'true' });
      expectOneErrorLine(
        backup,
        'backup',
        /^backup: the backup could not be uploaded as artifact \S+: Failed to CreateArtifact: Failed to make request after 5 attempts: Failed request: \(500\) Internal Server Error: stand-in failure \(GitHub artifact service\) — this is usually temporary .* re-run the job .*; the backup is kept at /,
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
