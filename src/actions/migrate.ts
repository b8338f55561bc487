import { migrate, type MigrateResult } from '../core/migrations/index.js';
import { renderDryRunSql, renderMigrateSummary } from '../core/report/index.js';
import { isDbDeployError } from '../core/errors.js';
import { runAction } from '../github/run-action.js';
import { setOutputs } from '../github/outputs.js';
import { writeJsonReport, writeReportFile, writeSummary } from '../github/summary.js';
import { readMigrateInputs, type MigrateInputs } from './migrate-inputs.js';
import { reportFleet, rolloutFleet } from './fleet.js';

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

/** A failure's partial result (what ran before it), reported like a result. */
const partialOf = (error: unknown) =>
  isDbDeployError(error) ? (error.partial as MigrateResult | undefined) : undefined;

/**
 * The `migrate` action: inputs → core migrate (one database) or core rollout (database-urls)
 * → outputs and job summary, success or failure.
 */
export async function run(): Promise<void> {
  let fleet = false;
  await runAction({
    name: 'migrate',
    secretInputs: ['database-url', 'database-urls'],
    main: async ({ logger }) => {
      const inputs: MigrateInputs = readMigrateInputs();
      fleet = inputs.kind === 'fleet';
      if (inputs.kind === 'fleet') return { fleet: await rolloutFleet(inputs.fleet, logger) };
      return { one: await migrate(inputs.options, logger) };
    },
    report: ({ result, error, line }) =>
      fleet ? reportFleet(result?.fleet, line) : report(result?.one ?? partialOf(error), line),
  });
}
