import { migrate, type MigrateResult } from '../core/migrations/index.js';
import { renderDryRunSql, renderMigrateSummary } from '../core/report/migrate.js';
import { describeError, isDbDeployError } from '../core/errors.js';
import { runAction } from '../github/run-action.js';
import { setOutputs } from '../github/outputs.js';
import { writeJsonReport, writeReportFile, writeSummary } from '../github/summary.js';
import { readMigrateInputs, type MigrateInputs } from './migrate-inputs.js';
import { runFleet } from './fleet.js';

/** A dry run's SQL in the job summary, at most (the whole is in the dry-run-sql file). */
const SUMMARY_SQL_BYTES = 640 * 1024;
const SQL_FILE = 'the file named by the `dry-run-sql` output';

async function report(result: MigrateResult | undefined, error?: string): Promise<void> {
  const applied = result?.applied.map((m) => m.name) ?? [];
  const dryRun = result?.dryRun === true;
  setOutputs({
    applied: JSON.stringify(applied),
    'applied-count': applied.length,
    'pending-count': result?.pending.length ?? '',
    'last-migration': result?.lastMigration ?? '',
    'duration-ms': result?.durationMs ?? '',
    'report-json': result ? await writeJsonReport('migrate', { ...result, error }) : '',
    'dry-run-sql': dryRun ? await writeReportFile('migrate', 'sql', renderDryRunSql(result)) : '',
  });
  const budget = { maxBytes: SUMMARY_SQL_BYTES, rest: SQL_FILE };
  await writeSummary(renderMigrateSummary(result, error, budget), dryRun ? SQL_FILE : undefined);
}

/** Reports a failure's partial result (what ran before it), then lets the wrapper fail the step. */
async function reportFailure(error: unknown): Promise<never> {
  const partial = isDbDeployError(error) ? (error.partial as MigrateResult | undefined) : undefined;
  await report(partial, describeError(error)).catch(() => undefined);
  throw error;
}

/**
 * The `migrate` action: inputs → core migrate (one database) or core rollout (database-urls)
 * → outputs and job summary, success or failure.
 */
export async function run(): Promise<void> {
  await runAction({
    name: 'migrate',
    secretInputs: ['database-url', 'database-urls'],
    main: async ({ logger }) => {
      let inputs: MigrateInputs;
      try {
        inputs = readMigrateInputs();
      } catch (error) {
        return reportFailure(error);
      }
      if (inputs.kind === 'fleet') return runFleet(inputs.fleet, logger);
      let result: MigrateResult;
      try {
        result = await migrate(inputs.options, logger);
      } catch (error) {
        return reportFailure(error);
      }
      await report(result);
    },
  });
}
