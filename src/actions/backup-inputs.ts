import {
  type BackupOptions,
  BACKUP_FORMATS,
  artifactUploadOptions,
  type ArtifactUploadOptions,
  parseCompression,
  parseS3Uris,
} from '../core/backup/index.js';
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
