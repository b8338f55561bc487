import { backup, type BackupOptions, type BackupResult } from '../core/backup/backup.js';
import { assertRestoreVerified } from '../core/backup/verify-restore.js';
import { BACKUP_FORMATS } from '../core/backup/archive.js';
import { parseCompression } from '../core/backup/compression.js';
import { renderBackupSummary } from '../core/report/backup.js';
import { renderFailure } from '../core/report/failure.js';
import { describeError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { runAction } from '../github/run-action.js';
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
import { writeJsonReport, writeSummary } from '../github/summary.js';

/** Reads and validates every input declared in backup/action.yml. */
export function readBackupInputs(): BackupOptions {
  const compression = readOptional('compression');
  return {
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
    verifyRestore: readBoolean('verify-restore', false)
      ? { databaseUrl: readRequired('verify-database-url', 'when verify-restore is true') }
      : undefined,
  };
}

async function report(result: BackupResult | undefined, markdown: string): Promise<void> {
  setOutputs({
    'backup-path': result?.path ?? '',
    'backup-name': result?.name ?? '',
    'size-bytes': result?.sizeBytes ?? '',
    sha256: result?.sha256 ?? '',
    'duration-ms': result?.durationMs ?? '',
    'pg-dump-version': result?.pgDumpVersion ?? '',
    'verified-restore': result?.verifyRestore?.verified ?? '',
    'report-json': result ? await writeJsonReport('backup', result) : '',
  });
  await writeSummary(markdown);
}

/** The `backup` action: inputs → core backup → outputs and job summary, success or failure. */
export async function run(): Promise<void> {
  await runAction({
    name: 'backup',
    secretInputs: ['database-url', 'verify-database-url'],
    main: async ({ logger }) => {
      let result: BackupResult;
      try {
        result = await backup(readBackupInputs(), logger);
      } catch (error) {
        await report(undefined, renderFailure('backup', describeError(error))).catch(
          () => undefined,
        );
        throw error;
      }
      await report(result, renderBackupSummary(result, VERSION));
      assertRestoreVerified(result.verifyRestore);
    },
  });
}
