import { validate, validationFailed, type ValidateReport } from '../core/verify/index.js';
import {
  commentMarker,
  renderValidateReport,
  stickyCommentBody,
  renderFailure,
} from '../core/report/index.js';
import { VERSION } from '../core/version.js';
import { runAction } from '../github/run-action.js';
import { setOutputs } from '../github/outputs.js';
import { writeJsonReport, writeReportFile, writeSummary } from '../github/summary.js';
import { readValidateInputs } from './validate-inputs.js';
import { annotateFindings } from '../github/annotations.js';
import { publishPullRequestComment } from '../github/pr-comment.js';
import { countRegressions } from '../core/plans/index.js';
import { actionInputs } from '../github/inputs.js';

/** validate/action.yml's inputs, each defaulting to what it declares. */
const input = actionInputs('validate');

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
      if (input.boolean('comment')) {
        const body = stickyCommentBody(result, { ...view, marker: key });
        const token = input.string('github-token');
        await publishPullRequestComment({ token, marker: commentMarker(key), body }, logger);
      }
      if (!result.passed) throw validationFailed(result);
    },
  });
}
