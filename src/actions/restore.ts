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
import { setOutputs } from '../github/outputs.js';
import { withRestoreArchive, type RestoreArchive } from '../github/restore-artifact.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';
import { actionInputs } from '../github/inputs.js';

/** restore/action.yml's inputs, each defaulting to what it declares. */
const input = actionInputs('restore');

/** Reads and validates every input declared in restore/action.yml. */
export function readRestoreInputs(): {
  options: Omit<RestoreOptions, 'backupPath'>;
  source: RestoreSource;
} {
  const options = {
    databaseUrl: input.required('database-url'),
    clean: input.boolean('clean'),
    jobs: input.integer('jobs', 1),
    confirm: input.optional('confirm'),
    pgBinDir: input.optionalPath('pg-bin'),
  };
  const source = restoreSource({
    // Resolved against GITHUB_WORKSPACE like every path input.
    backupPath: input.optionalPath('backup-path'),
    artifactName: input.optional('artifact-name'),
    runId: input.optionalInteger('artifact-run-id', 1),
    repository: input.optional('artifact-repository'),
    defaultRepository: process.env.GITHUB_REPOSITORY,
    token: input.optional('github-token'),
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
