// validate's inputs: every input validate/action.yml declares, read and checked into the core's
// options before anything runs.
import type { ValidateOptions } from '../core/verify/index.js';
import { FAIL_ON, DEPLOY_STRATEGIES } from '../core/lint/index.js';
import { FORMAT_CHOICES, parsePlaceholders } from '../core/migrations/index.js';
import { reportDir } from '../github/summary.js';
import { pullRequestContext } from '../github/pull-request.js';
import { readPlanInputs } from './plans-inputs.js';
import { actionInputs, workspace } from '../github/inputs.js';

/** validate/action.yml's inputs, each defaulting to what it declares. */
const input = actionInputs('validate');

/** Reads and validates every input declared in validate/action.yml. */
export function readValidateInputs(): ValidateOptions {
  const pr = pullRequestContext();
  const last = input.integer('new-migrations', 0);
  return {
    databaseUrl: input.optional('database-url'),
    format: input.choice('migration-format', FORMAT_CHOICES),
    placeholders: parsePlaceholders(input.list('placeholders'), 'input placeholders'),
    // Empty: the format's own configuration or default decides.
    migrationsDir: input.optionalPath('migrations-dir'),
    baseDir: workspace(),
    // On a pull request: the files it adds; otherwise the last N.
    newMigrations: pr ? { pullRequestBase: pr.baseSha } : { last },
    lintAll: input.boolean('lint-all'),
    pgVersion: input.optionalInteger('pg-version', 9, 99),
    strategy: input.choice('deploy-strategy', DEPLOY_STRATEGIES),
    failOn: input.choice('fail-on', FAIL_ON),
    seedCommand: input.optional('seed-command'),
    seedFile: input.optionalPath('seed-file'),
    testCommand: input.optional('test-command'),
    finalTestCommand: input.optional('final-test-command'),
    required: {
      tables: input.list('required-tables'),
      indexes: input.list('required-indexes'),
      foreignKeys: input.list('required-foreign-keys'),
    },
    schemaFile: input.optionalPath('schema-file'),
    snapshotPath: `${reportDir()}/schema-${process.pid}.sql`,
    statsDatabaseUrl: input.optional('stats-database-url'),
    plans: readPlanInputs(),
    migrationsTable: input.optional('migrations-table'),
    schema: input.optional('schema'),
    environment: input.optional('knex-environment'),
    connectTimeoutMs: input.duration('connect-timeout'),
  };
}
