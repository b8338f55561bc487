import {
  type BackupOptions,
  BACKUP_FORMATS,
  artifactUploadOptions,
  type ArtifactUploadOptions,
  parseCompression,
  parseS3Uris,
} from '../core/backup/index.js';
import { actionInputs } from '../github/inputs.js';

/** backup/action.yml's inputs, each defaulting to what it declares. */
const input = actionInputs('backup');

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
  const compression = input.optional('compression');
  const upload = artifactUploadOptions(
    input.boolean('upload-artifact'),
    input.optional('artifact-name'),
    input.optionalInteger('retention-days', 1, 90),
  );
  const options: BackupOptions = {
    databaseUrl: input.required('database-url'),
    dir: input.path('path'),
    name: input.optional('name'),
    format: input.choice('format', BACKUP_FORMATS),
    compression:
      compression === undefined ? undefined : parseCompression(compression, 'input compression'),
    jobs: input.integer('jobs', 1),
    schemaOnly: input.boolean('schema-only'),
    excludeTableData: input.list('exclude-table-data'),
    verify: input.boolean('verify'),
    pgBinDir: input.optionalPath('pg-bin'),
    s3Uris: s3Uris(input.list('s3-uri')),
    verifyRestore: input.boolean('verify-restore')
      ? { databaseUrl: input.required('verify-database-url', 'when verify-restore is true') }
      : undefined,
  };
  return { options, upload };
}
