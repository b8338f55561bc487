import {
  ArtifactNotFoundError,
  GHESNotSupportedError,
  NetworkError,
  UsageError,
} from '@actions/artifact';
import type { DownloadedArtifact, UploadedArtifact } from '../../src/core/backup/artifact.js';
import type { BackupResult } from '../../src/core/backup/backup.js';
import { DbDeployError } from '../../src/core/errors.js';
import { renderBackupSummary } from '../../src/core/report/backup.js';
import { renderRestoreSummary } from '../../src/core/report/restore.js';
import { artifactFailure, requireArtifactRuntime } from '../../src/github/artifact-errors.js';
import { setEnv } from '../helpers/env.js';

const backup: BackupResult = {
  path: '/work/repo/backups/shop_20260102_030405.dump',
  name: 'shop_20260102_030405',
  format: 'custom',
  compression: 'gzip:1',
  sizeBytes: 1_572_864,
  sha256: 'a'.repeat(64),
  checksumPath: '/work/repo/backups/shop_20260102_030405.sha256',
  durationMs: 2_340,
  pgDumpVersion: '15.18',
  tables: [{ schema: 'public', name: 'orders', rows: 45 }],
};

const uploaded: UploadedArtifact = {
  name: 'pre-deploy',
  id: 4242,
  sizeBytes: 1_600_000,
  digest: `sha256:${'b'.repeat(64)}`,
  retentionDays: 7,
  url: 'https://github.com/acme/shop/actions/runs/9/artifacts/4242',
};

const artifactRow = (summary: string) =>
  summary.split('\n').find((l) => l.startsWith('| **Artifact**'));

describe('the Artifact row of the backup summary', () => {
  test('links the uploaded artifact and shows its id, size and retention', () => {
    const summary = renderBackupSummary(backup, '1.2.3', {
      status: 'uploaded',
      artifact: uploaded,
    });
    expect(summary).toMatch(/^## ✅ db-deploy backup: /);
    expect(artifactRow(summary)).toBe(
      '| **Artifact** | ✅ [`pre-deploy`](https://github.com/acme/shop/actions/runs/9/artifacts/4242) (id 4242, 1.5 MB, kept 7 days) |',
    );
  });

  test('without a run URL or a retention, names the artifact and the repository default', () => {
    const artifact = { ...uploaded, url: undefined, retentionDays: 1 };
    expect(artifactRow(renderBackupSummary(backup, '1', { status: 'uploaded', artifact }))).toBe(
      '| **Artifact** | ✅ `pre-deploy` (id 4242, 1.5 MB, kept 1 day) |',
    );
    const unset = { ...uploaded, url: undefined, retentionDays: undefined };
    expect(
      artifactRow(renderBackupSummary(backup, '1', { status: 'uploaded', artifact: unset })),
    ).toContain("kept for the repository's default retention");
  });

  test('a failed upload turns the title red and shows the error line', () => {
    const summary = renderBackupSummary(backup, '1', {
      status: 'failed',
      name: 'pre-deploy',
      error: 'it broke | badly — re-run',
    });
    expect(summary).toMatch(/^## ❌ db-deploy backup: /);
    expect(artifactRow(summary)).toBe(
      '| **Artifact** | ❌ `pre-deploy` upload failed: it broke \\| badly — re-run |',
    );
  });

  test('a skipped upload says why', () => {
    const summary = renderBackupSummary(backup, '1', {
      status: 'skipped',
      name: 'x',
      reason: 'the restored copy differs from the source',
    });
    expect(artifactRow(summary)).toBe(
      '| **Artifact** | ⏭️ `x` not uploaded: the restored copy differs from the source |',
    );
  });

  test('no artifact row without an upload request', () => {
    expect(artifactRow(renderBackupSummary(backup, '1'))).toBeUndefined();
  });
});

describe('the restore summary of an artifact', () => {
  const result = {
    restoredTables: 2,
    format: 'custom',
    checksumVerified: true,
    durationMs: 9,
  } as const;
  const downloaded: DownloadedArtifact = {
    name: 'pre-deploy',
    id: 4242,
    sizeBytes: 2048,
    runId: undefined,
    repository: undefined,
    archive: 'shop_20260102_030405.dump',
  };

  test.each([
    [downloaded, '`pre-deploy` (id 4242, 2.0 kB) from this run'],
    [
      { ...downloaded, runId: 77, repository: 'acme/shop' },
      '`pre-deploy` (id 4242, 2.0 kB) from run 77 of acme/shop',
    ],
  ])('names the artifact and where it came from, then the archive inside it', (artifact, row) => {
    const summary = renderRestoreSummary(result, {
      backupPath: artifact.archive,
      artifact,
      version: '1',
    });
    expect(summary).toContain(
      `| **Artifact** | ${row} |\n| **Archive** | \`shop_20260102_030405.dump\` |`,
    );
  });
});

describe('artifact errors as one line', () => {
  const context = {
    what: 'artifact x could not be downloaded',
    where: 'this workflow run',
    notFound: 'upload it first',
    after: 'nothing was restored',
  };
  const lineOf = (error: unknown) => artifactFailure(error, context).toLine();

  test.each([
    [
      'a missing artifact',
      new ArtifactNotFoundError('Artifact not found for name: x\n   Please ensure …'),
      'artifact x could not be downloaded: Artifact not found for name: x (this workflow run) — upload it first; nothing was restored',
    ],
    [
      'a refused token',
      Object.assign(new Error('Bad credentials'), { status: 401 }),
      '— give github-token read access',
    ],
    [
      'a run or repository the REST API does not know',
      Object.assign(new Error('Not Found'), { status: 404 }),
      'Not Found (this workflow run) — upload it first',
    ],
    [
      'a name taken in this run',
      new Error('Received non-retryable error: Failed request: (409) Conflict'),
      '— artifact names are unique within a workflow run',
    ],
    ['a full artifact storage', new UsageError(), "— the account's artifact storage is used up"],
    [
      'GitHub Enterprise Server',
      new GHESNotSupportedError(),
      '— GitHub Enterprise Server does not offer these artifacts',
    ],
    [
      'an unreachable service',
      new NetworkError('ECONNREFUSED'),
      "— the runner cannot reach GitHub's artifact service",
    ],
    [
      'a failing service',
      new Error('Failed to CreateArtifact: (500)'),
      '— this is usually temporary',
    ],
  ])('words %s as one line with what to do', (_case, error, expected) => {
    const text = lineOf(error);
    expect(text).toContain(expected);
    expect(text).not.toContain('\n');
  });

  test('passes a DbDeployError through unchanged', () => {
    const error = new DbDeployError('backup-corrupt', 'digest differs', { hint: 're-run' });
    expect(artifactFailure(error, context)).toBe(error);
  });

  test('outside a GitHub Actions job, says so before the toolkit is called', () => {
    const restore = setEnv({ ACTIONS_RUNTIME_TOKEN: undefined, ACTIONS_RESULTS_URL: 'http://x/' });
    try {
      let error: unknown;
      try {
        requireArtifactRuntime(context, 'use backup-path');
      } catch (e) {
        error = e;
      }
      expect((error as DbDeployError).toLine()).toBe(
        'artifact x could not be downloaded: ACTIONS_RUNTIME_TOKEN is not set, so this is not running in a GitHub Actions job (this workflow run) — artifacts exist only in GitHub Actions: use backup-path; nothing was restored',
      );
    } finally {
      restore();
    }
  });
});
