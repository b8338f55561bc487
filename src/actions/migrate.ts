import {
  migrate,
  FORMAT_CHOICES,
  MIGRATE_DEFAULTS,
  type MigrateOptions,
  type MigrateResult,
} from '../core/migrations/index.js';
import { renderDryRunSql, renderMigrateSummary } from '../core/report/migrate.js';
import { describeError, isDbDeployError } from '../core/errors.js';
import { runAction } from '../github/run-action.js';
import {
  readBoolean,
  readChoice,
  readDuration,
  readInteger,
  readOptional,
  readOptionalPath,
  readRequired,
  workspace,
} from '../github/inputs.js';
import { setOutputs } from '../github/outputs.js';
import { writeJsonReport, writeReportFile, writeSummary } from '../github/summary.js';

/** A dry run's SQL in the job summary, at most (the whole is in the dry-run-sql file). */
const SUMMARY_SQL_BYTES = 640 * 1024;
const SQL_FILE = 'the file named by the `dry-run-sql` output';

/** Reads and validates every input declared in migrate/action.yml. */
export function readMigrateInputs(): MigrateOptions {
  const d = MIGRATE_DEFAULTS;
  return {
    databaseUrl: readRequired('database-url'),
    format: readChoice('migration-format', FORMAT_CHOICES, d.format),
    // Empty: the format's own configuration or default decides (shown in the summary).
    migrationsDir: readOptionalPath('migrations-dir'),
    baseDir: workspace(),
    direction: readChoice('direction', ['up', 'down'], d.direction),
    count: readInteger('count', undefined, 1),
    dryRun: readBoolean('dry-run', d.dryRun),
    lockTimeoutMs: readDuration('lock-timeout', d.lockTimeoutMs),
    lockRetries: readInteger('lock-retries', d.lockRetries, 0, 1000),
    statementTimeoutMs: readDuration('statement-timeout', d.statementTimeoutMs),
    lockWaitTimeoutMs: readDuration('lock-wait-timeout', d.lockWaitTimeoutMs),
    connectTimeoutMs: readDuration('connect-timeout', d.connectTimeoutMs),
    migrationsTable: readOptional('migrations-table'),
    schema: readOptional('schema'),
    allowEdited: readBoolean('allow-edited', d.allowEdited),
  };
}

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

/** The `migrate` action: inputs → core migrate → outputs and job summary, success or failure. */
export async function run(): Promise<void> {
  await runAction({
    name: 'migrate',
    secretInputs: ['database-url'],
    main: async ({ logger }) => {
      let result: MigrateResult | undefined;
      try {
        result = await migrate(readMigrateInputs(), logger);
      } catch (error) {
        const partial = isDbDeployError(error)
          ? (error.partial as MigrateResult | undefined)
          : undefined;
        await report(partial, describeError(error)).catch(() => undefined);
        throw error;
      }
      await report(result);
    },
  });
}
