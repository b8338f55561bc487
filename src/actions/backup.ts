import { backup, type BackupOptions, type BackupResult } from '../core/backup/backup.js';
import { assertRestoreVerified } from '../core/backup/verify-restore.js';
import { BACKUP_FORMATS } from '../core/backup/archive.js';
import { artifactUploadOptions, type ArtifactUploadOptions } from '../core/backup/artifact.js';
import { parseCompression } from '../core/backup/compression.js';
import { assertS3Uploaded } from '../core/backup/s3.js';
import { parseS3Uris } from '../core/backup/s3-uri.js';
import { renderBackupSummary } from '../core/report/backup.js';
import { renderFailure } from '../core/report/failure.js';
import { VERSION } from '../core/version.js';
import { runAction, type Outcome } from '../github/run-action.js';
import {
  readBoolean,
  readChoice,
  readInteger,
  readList,
  readOptional,
  readOptionalPath,
  readPath,
  readRequired,
} from '../github/inputs.js';
import { setOutputs } from '../github/outputs.js';
import { artifactOutcome } from '../github/backup-artifact.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';

/** What to back up, and whether and how to upload it. */
export interface BackupInputs {
  options: BackupOptions;
  upload: ArtifactUploadOptions | undefined;
}

/** The s3-uri list, checked now (before anything is dumped) and passed on as given. */
function s3Uris(uris: string[]): string[] {
  parseS3Uris(uris, 'input s3-uri');
  return uris;
}

/** Reads and validates every input declared in backup/action.yml. */
export function readBackupInputs(): BackupInputs {
  const compression = readOptional('compression');
  const upload = artifactUploadOptions(
    readBoolean('upload-artifact', false),
    readOptional('artifact-name'),
    readInteger('retention-days', undefined, 1, 90),
  );
  const options: BackupOptions = {
    databaseUrl: readRequired('database-url'),
    dir: readPath('path', 'backups'),
    name: readOptional('name'),
    format: readChoice('format', BACKUP_FORMATS, 'custom'),
    compression:
      compression === undefined ? undefined : parseCompression(compression, 'input compression'),
    jobs: readInteger('jobs', 1, 1),
    schemaOnly: readBoolean('schema-only', false),
    excludeTableData: readList('exclude-table-data'),
    verify: readBoolean('verify', true),
    pgBinDir: readOptionalPath('pg-bin'),
    s3Uris: s3Uris(readList('s3-uri')),
    verifyRestore: readBoolean('verify-restore', false)
      ? { databaseUrl: readRequired('verify-database-url', 'when verify-restore is true') }
      : undefined,
  };
  return { options, upload };
}

type Backed = { result: BackupResult; uploaded: Awaited<ReturnType<typeof artifactOutcome>> };

async function report(outcome: Outcome<Backed>): Promise<void> {
  const { result, uploaded } = outcome.result ?? {};
  const artifact = uploaded?.artifact;
  setOutputs({
    'backup-path': result?.path ?? '',
    'backup-name': result?.name ?? '',
    'size-bytes': result?.sizeBytes ?? '',
    sha256: result?.sha256 ?? '',
    'duration-ms': result?.durationMs ?? '',
    'pg-dump-version': result?.pgDumpVersion ?? '',
    'verified-restore': result?.verifyRestore?.verified ?? '',
    'artifact-id': artifact?.id ?? '',
    'artifact-digest': artifact?.digest ?? '',
    'report-json': result ? await writeJsonReport('backup', { ...result, artifact }) : '',
  });
  await writeSummary(
    result
      ? renderBackupSummary(result, VERSION, uploaded?.report)
      : renderFailure('backup', outcome.line),
  );
  if (!result) return;
  // Reported first: a failed upload or check fails the step but keeps (and shows) the backup.
  if (uploaded?.error) throw uploaded.error;
  assertS3Uploaded(result.uploads);
  assertRestoreVerified(result.verifyRestore);
}

/**
 * The `backup` action: inputs → core backup → artifact upload when asked → outputs and job
 * summary, success or failure. A failed upload fails the step but keeps (and reports) the backup.
 */
export async function run(): Promise<void> {
  await runAction({
    name: 'backup',
    secretInputs: ['database-url', 'verify-database-url'],
    main: async ({ logger }) => {
      const inputs = readBackupInputs();
      const result = await backup(inputs.options, logger);
      return { result, uploaded: await artifactOutcome(result, inputs.upload, logger) };
    },
    report,
  });
}
