import { migrate } from '../core/migrations/run.js';
import type { MigrateResult } from '../core/migrations/options.js';
import { renderMigrateSummary } from '../core/report/migrate.js';
import { describeError, isDbDeployError } from '../core/errors.js';
import { runAction } from '../github/run-action.js';
import { setOutputs } from '../github/outputs.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';
import { readMigrateInputs, type MigrateInputs } from './migrate-inputs.js';
import { runFleet } from './fleet.js';

async function report(result: MigrateResult | undefined, error?: string): Promise<void> {
  const applied = result?.applied.map((m) => m.name) ?? [];
  setOutputs({
    applied: JSON.stringify(applied),
    'applied-count': applied.length,
    'pending-count': result?.pending.length ?? '',
    'last-migration': result?.lastMigration ?? '',
    'duration-ms': result?.durationMs ?? '',
    'report-json': result ? await writeJsonReport('migrate', { ...result, error }) : '',
  });
  await writeSummary(renderMigrateSummary(result, error));
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
