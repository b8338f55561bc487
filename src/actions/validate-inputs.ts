// validate's inputs: every input validate/action.yml declares, read and checked into the core's
// options before anything runs.
import type { ValidateOptions } from '../core/verify/index.js';
import { FAIL_ON, DEPLOY_STRATEGIES } from '../core/lint/index.js';
import {
  FORMAT_CHOICES,
  MIGRATE_DEFAULTS as D,
  parsePlaceholders,
} from '../core/migrations/index.js';
import * as inputs from '../github/inputs.js';
import { reportDir } from '../github/summary.js';
import { pullRequestContext } from '../github/pull-request.js';
import { readPlanInputs } from './plans-inputs.js';

const { readBoolean, readChoice, readDuration, readInteger, readList, readOptional } = inputs;
const { readOptionalPath, workspace } = inputs;

/** Reads and validates every input declared in validate/action.yml. */
export function readValidateInputs(): ValidateOptions {
  const pr = pullRequestContext();
  const last = readInteger('new-migrations', 1, 0);
  return {
    databaseUrl: readOptional('database-url'),
    format: readChoice('migration-format', FORMAT_CHOICES, D.format),
    placeholders: parsePlaceholders(readList('placeholders'), 'input placeholders'),
    // Empty: the format's own configuration or default decides.
    migrationsDir: readOptionalPath('migrations-dir'),
    baseDir: workspace(),
    // On a pull request: the files it adds; otherwise the last N.
    newMigrations: pr ? { pullRequestBase: pr.baseSha } : { last },
    lintAll: readBoolean('lint-all', false),
    pgVersion: readInteger('pg-version', undefined, 9, 99),
    strategy: readChoice('deploy-strategy', DEPLOY_STRATEGIES, 'in-place'),
    failOn: readChoice('fail-on', FAIL_ON, 'error'),
    seedCommand: readOptional('seed-command'),
    seedFile: readOptionalPath('seed-file'),
    testCommand: readOptional('test-command'),
    finalTestCommand: readOptional('final-test-command'),
    required: {
      tables: readList('required-tables'),
      indexes: readList('required-indexes'),
      foreignKeys: readList('required-foreign-keys'),
    },
    schemaFile: readOptionalPath('schema-file'),
    snapshotPath: `${reportDir()}/schema-${process.pid}.sql`,
    statsDatabaseUrl: readOptional('stats-database-url'),
    plans: readPlanInputs(),
    migrationsTable: readOptional('migrations-table'),
    schema: readOptional('schema'),
    environment: readOptional('knex-environment'),
    connectTimeoutMs: readDuration('connect-timeout', D.connectTimeoutMs),
  };
}
