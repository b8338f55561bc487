import {
  backup,
  type BackupResult,
  assertRestoreVerified,
  assertS3Uploaded,
} from '../core/backup/index.js';
import { renderBackupSummary, renderFailure } from '../core/report/index.js';
import { VERSION } from '../core/version.js';
import { runAction, type Outcome } from '../github/run-action.js';
import { setOutputs } from '../github/outputs.js';
import { readBackupInputs } from './backup-inputs.js';
import { artifactOutcome } from '../github/backup-artifact.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';

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
