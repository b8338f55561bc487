import { relative } from 'node:path';
import { validate, validationFailed } from '../core/verify/validate.js';
import { renderFailure } from '../core/report/failure.js';
import { describeError } from '../core/errors.js';
import { filesAddedSince } from '../core/verify/changed.js';
import { FAIL_ON } from '../core/lint/verdict.js';
import type { ValidateOptions } from '../core/verify/options.js';
import type { ValidateReport } from '../core/verify/types.js';
import { MIGRATE_DEFAULTS } from '../core/migrations/options.js';
import { commentMarker, renderValidateReport, stickyCommentBody } from '../core/report/validate.js';
import { VERSION } from '../core/version.js';
import { runAction } from '../github/run-action.js';
import {
  readBoolean,
  readChoice,
  readDuration,
  readInteger,
  readList,
  readPath,
  readString,
  workspace,
} from '../github/inputs.js';
import { setOutputs } from '../github/outputs.js';
import { reportDir, writeJsonReport, writeReportFile, writeSummary } from '../github/summary.js';
import { annotateFindings } from '../github/annotations.js';
import { upsertStickyComment } from '../github/comment.js';
import { pullRequestContext } from '../github/pull-request.js';

/** Reads and validates every input declared in validate/action.yml. */
export async function readValidateInputs(): Promise<ValidateOptions> {
  const migrationsDir = readPath('migrations-dir', MIGRATE_DEFAULTS.migrationsDir);
  const pr = pullRequestContext();
  const last = readInteger('new-migrations', 1, 0);
  const optional = (name: string) => (readString(name) ? readPath(name, '') : undefined);
  return {
    databaseUrl: readString('database-url') || undefined,
    migrationsDir,
    baseDir: workspace(),
    // On a pull request: the files it adds; otherwise the last N.
    newMigrations: pr
      ? {
          files: await filesAddedSince(
            pr.baseSha,
            relative(workspace(), migrationsDir) || '.',
            workspace(),
          ),
        }
      : { last },
    lintAll: readBoolean('lint-all', false),
    pgVersion: readInteger('pg-version', undefined, 9, 99),
    failOn: readChoice('fail-on', FAIL_ON, 'error'),
    seedCommand: readString('seed-command') || undefined,
    seedFile: optional('seed-file'),
    testCommand: readString('test-command') || undefined,
    required: {
      tables: readList('required-tables'),
      indexes: readList('required-indexes'),
      foreignKeys: readList('required-foreign-keys'),
    },
    schemaFile: optional('schema-file'),
    snapshotPath: `${reportDir()}/schema-${process.pid}.sql`,
    statsDatabaseUrl: readString('stats-database-url') || undefined,
    migrationsTable: readString('migrations-table', MIGRATE_DEFAULTS.migrationsTable),
    schema: readString('schema', MIGRATE_DEFAULTS.schema),
    connectTimeoutMs: readDuration('connect-timeout', MIGRATE_DEFAULTS.connectTimeoutMs),
  };
}

/** The `validate` action: inputs → lint + scratch-database cycle → outputs, summary, annotations, PR comment. */
export async function run(): Promise<void> {
  await runAction({
    name: 'validate',
    secretInputs: ['database-url', 'stats-database-url', 'github-token'],
    main: async ({ logger }) => {
      const options = await readValidateInputs();
      let report: ValidateReport;
      try {
        report = await validate(options, logger);
      } catch (error) {
        setOutputs({
          passed: false,
          destructive: false,
          'findings-count': 0,
          'report-json': '',
          'report-markdown': '',
          'schema-file': '',
        });
        await writeSummary(renderFailure('validate', describeError(error)));
        throw error;
      }
      const title = `db-deploy validate — ${relative(options.baseDir, options.migrationsDir) || '.'}`;
      const markdown = renderValidateReport(report, { title, version: VERSION });
      annotateFindings(report.findings);
      await writeSummary(markdown);
      const pr = pullRequestContext();
      const token = readString('github-token');
      if (pr && token && readBoolean('comment', true)) {
        const key = relative(options.baseDir, options.migrationsDir) || '.';
        const body = stickyCommentBody(report, { title, version: VERSION, marker: key });
        const posted = await upsertStickyComment({
          token,
          owner: pr.owner,
          repo: pr.repo,
          issueNumber: pr.number,
          marker: commentMarker(key),
          body,
        });
        if (posted.action === 'skipped') logger.warn(posted.warning);
        else logger.info(`PR comment ${posted.action}${posted.url ? `: ${posted.url}` : ''}`);
      }
      setOutputs({
        passed: report.passed,
        destructive: report.destructive,
        'findings-count': report.findings.length,
        'report-json': await writeJsonReport('validate', report),
        'report-markdown': await writeReportFile('validate', 'md', markdown),
        'schema-file': options.databaseUrl ? options.snapshotPath : '',
      });
      if (!report.passed) throw validationFailed(report);
    },
  });
}
