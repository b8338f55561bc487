import {
  restore,
  type RestoreOptions,
  type RestoreResult,
  restoreSource,
  type RestoreSource,
} from '../core/backup/index.js';
import { renderRestoreSummary, renderFailure } from '../core/report/index.js';
import { VERSION } from '../core/version.js';
import { runAction, type Outcome } from '../github/run-action.js';
import {
  readBoolean,
  readInteger,
  readOptional,
  readOptionalPath,
  readRequired,
} from '../github/inputs.js';
import { setOutputs } from '../github/outputs.js';
import { withRestoreArchive, type RestoreArchive } from '../github/restore-artifact.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';

/** Reads and validates every input declared in restore/action.yml. */
export function readRestoreInputs(): {
  options: Omit<RestoreOptions, 'backupPath'>;
  source: RestoreSource;
} {
  const options = {
    databaseUrl: readRequired('database-url'),
    clean: readBoolean('clean', false),
    jobs: readInteger('jobs', 1, 1),
    confirm: readOptional('confirm'),
    pgBinDir: readOptionalPath('pg-bin'),
  };
  const source = restoreSource({
    // Resolved against GITHUB_WORKSPACE like every path input.
    backupPath: readOptionalPath('backup-path'),
    artifactName: readOptional('artifact-name'),
    runId: readInteger('artifact-run-id', undefined, 1),
    repository: readOptional('artifact-repository'),
    defaultRepository: process.env.GITHUB_REPOSITORY,
    token: readOptional('github-token'),
  });
  return { options, source };
}

async function report(outcome: Outcome<RestoreArchive<RestoreResult>>): Promise<void> {
  const restored = outcome.result;
  const { result, archive, artifact } = restored ?? {};
  const json = restored && (await writeJsonReport('restore', { ...result, archive, artifact }));
  setOutputs({
    'restored-tables': result?.restoredTables ?? '',
    'duration-ms': result?.durationMs ?? '',
    'artifact-id': artifact?.id ?? '',
    'report-json': json ?? '',
  });
  await writeSummary(
    restored
      ? renderRestoreSummary(restored.result, {
          backupPath: restored.archive,
          artifact,
          version: VERSION,
        })
      : renderFailure('restore', outcome.line),
  );
}

/**
 * The `restore` action: inputs → the archive (a path, or an artifact downloaded for the restore
 * and removed afterwards) → checks → pg_restore → outputs and job summary, success or failure.
 */
export async function run(): Promise<void> {
  await runAction({
    name: 'restore',
    secretInputs: ['database-url', 'github-token'],
    main: ({ logger }) => {
      const { options, source } = readRestoreInputs();
      return withRestoreArchive(source, logger, (backupPath) =>
        restore({ ...options, backupPath }, logger),
      );
    },
    report,
  });
}
