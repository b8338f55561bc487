import { restore, type RestoreOptions, type RestoreResult } from '../core/backup/restore.js';
import { restoreSource, type RestoreSource } from '../core/backup/restore-source.js';
import { renderRestoreSummary } from '../core/report/restore.js';
import { renderFailure } from '../core/report/failure.js';
import { describeError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { runAction } from '../github/run-action.js';
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

async function report(restored: RestoreArchive<RestoreResult> | undefined, markdown: string) {
  const { result, archive, artifact } = restored ?? {};
  const json = restored && (await writeJsonReport('restore', { ...result, archive, artifact }));
  setOutputs({
    'restored-tables': result?.restoredTables ?? '',
    'duration-ms': result?.durationMs ?? '',
    'artifact-id': artifact?.id ?? '',
    'report-json': json ?? '',
  });
  await writeSummary(markdown);
}

/**
 * The `restore` action: inputs → the archive (a path, or an artifact downloaded for the restore
 * and removed afterwards) → checks → pg_restore → outputs and job summary, success or failure.
 */
export async function run(): Promise<void> {
  await runAction({
    name: 'restore',
    secretInputs: ['database-url', 'github-token'],
    main: async ({ logger }) => {
      let restored: RestoreArchive<RestoreResult>;
      try {
        const { options, source } = readRestoreInputs();
        restored = await withRestoreArchive(source, logger, (backupPath) =>
          restore({ ...options, backupPath }, logger),
        );
      } catch (error) {
        await report(undefined, renderFailure('restore', describeError(error))).catch(
          () => undefined,
        );
        throw error;
      }
      const { archive, artifact } = restored;
      const view = { backupPath: archive, artifact, version: VERSION };
      await report(restored, renderRestoreSummary(restored.result, view));
    },
  });
}
