import { validate, validationFailed } from '../core/verify/validate.js';
import type { ValidateOptions } from '../core/verify/options.js';
import type { ValidateReport } from '../core/verify/types.js';
import { FAIL_ON } from '../core/lint/verdict.js';
import { DEPLOY_STRATEGIES } from '../core/lint/types.js';
import {
  FORMAT_CHOICES,
  MIGRATE_DEFAULTS as D,
  parsePlaceholders,
} from '../core/migrations/index.js';
import { commentMarker, renderValidateReport, stickyCommentBody } from '../core/report/validate.js';
import { renderFailure } from '../core/report/failure.js';
import { VERSION } from '../core/version.js';
import { runAction } from '../github/run-action.js';
import * as inputs from '../github/inputs.js';
import { setOutputs } from '../github/outputs.js';
import { reportDir, writeJsonReport, writeReportFile, writeSummary } from '../github/summary.js';
import { annotateFindings } from '../github/annotations.js';
import { publishPullRequestComment } from '../github/pr-comment.js';
import { pullRequestContext } from '../github/pull-request.js';
import { countRegressions } from '../core/plans/findings.js';
import { readPlanInputs } from './plans-inputs.js';

const { readBoolean, readChoice, readDuration, readInteger, readList, readOptional } = inputs;
const { readOptionalPath, readString, workspace } = inputs;

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

async function report(r: ValidateReport | undefined, markdown: string, snapshot: string) {
  await writeSummary(markdown, 'the file named by the `report-markdown` output');
  setOutputs({
    passed: r?.passed ?? false,
    destructive: r?.destructive ?? false,
    'findings-count': r?.findings.length ?? 0,
    'plan-regressions': countRegressions(r?.plans),
    'report-json': r ? await writeJsonReport('validate', r) : '',
    'report-markdown': r ? await writeReportFile('validate', 'md', markdown) : '',
    'schema-file': snapshot,
  });
}

/** The `validate` action: inputs → lint + scratch-database cycle → outputs, summary, annotations, PR comment. */
export async function run(): Promise<void> {
  await runAction({
    name: 'validate',
    secretInputs: ['database-url', 'stats-database-url', 'plans-database-url', 'github-token'],
    main: async ({ logger }) => {
      const options = readValidateInputs();
      return { result: await validate(options, logger), options };
    },
    report: async ({ result: ran, line }, { logger }) => {
      if (!ran) return report(undefined, renderFailure('validate', line), '');
      const { result, options } = ran;
      const key = result.migrationsDir;
      const view = { title: `db-deploy validate — ${key}`, version: VERSION };
      const markdown = renderValidateReport(result, view);
      annotateFindings(result.findings);
      await report(result, markdown, options.databaseUrl ? options.snapshotPath : '');
      if (readBoolean('comment', true)) {
        const body = stickyCommentBody(result, { ...view, marker: key });
        const token = readString('github-token');
        await publishPullRequestComment({ token, marker: commentMarker(key), body }, logger);
      }
      if (!result.passed) throw validationFailed(result);
    },
  });
}
