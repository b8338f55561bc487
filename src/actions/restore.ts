import { restore, type RestoreOptions, type RestoreResult } from '../core/backup/restore.js';
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
  readPath,
  readRequired,
} from '../github/inputs.js';
import { setOutputs } from '../github/outputs.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';

/** Reads and validates every input declared in restore/action.yml. */
export function readRestoreInputs(): RestoreOptions {
  return {
    databaseUrl: readRequired('database-url'),
    // Required, then resolved against GITHUB_WORKSPACE like every path input.
    backupPath: readPath('backup-path', readRequired('backup-path')),
    clean: readBoolean('clean', false),
    jobs: readInteger('jobs', 1, 1),
    confirm: readOptional('confirm'),
    pgBinDir: readOptionalPath('pg-bin'),
  };
}

async function report(result: RestoreResult | undefined, markdown: string): Promise<void> {
  setOutputs({
    'restored-tables': result?.restoredTables ?? '',
    'duration-ms': result?.durationMs ?? '',
    'report-json': result ? await writeJsonReport('restore', result) : '',
  });
  await writeSummary(markdown);
}

/** The `restore` action: inputs → checks → pg_restore → outputs and job summary, success or failure. */
export async function run(): Promise<void> {
  await runAction({
    name: 'restore',
    secretInputs: ['database-url'],
    main: async ({ logger }) => {
      let options: RestoreOptions;
      let result: RestoreResult;
      try {
        options = readRestoreInputs();
        result = await restore(options, logger);
      } catch (error) {
        await report(undefined, renderFailure('restore', describeError(error))).catch(
          () => undefined,
        );
        throw error;
      }
      const view = { backupPath: options.backupPath, version: VERSION };
      await report(result, renderRestoreSummary(result, view));
    },
  });
}
