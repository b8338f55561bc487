import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { validate, validationFailed } from '../../core/verify/index.js';
import { FAIL_ON, DEPLOY_STRATEGIES } from '../../core/lint/index.js';
import { renderValidateReport } from '../../core/report/index.js';
import { redact } from '../../core/db/index.js';
import { VERSION } from '../../core/version.js';
import {
  CONNECTION_HELP,
  choiceOption,
  connectionOptions,
  integerOption,
  pathOption,
} from '../args.js';
import { cliLogger, type CliIo } from '../output.js';
import { PLAN_CLI_HELP, planCliOptions } from '../plan-options.js';
import { commandPreamble } from '../preamble.js';
import { commandOptions } from '../help.js';

const OPTIONS = commandOptions('validate', [
  {
    input: 'database-url',
    arg: 'URL',
    text: 'the scratch database: EMPTY and disposable',
    fallback: '$DATABASE_URL',
  },
  ...CONNECTION_HELP.filter((o) => o.input !== 'database-url' && o.input !== 'connect-timeout'),
  {
    input: 'new-migrations',
    flag: 'new',
    arg: 'N',
    text: 'how many of the newest migrations are new',
  },
  { input: 'lint-all', fallback: false },
  { input: 'pg-version', arg: 'N', fallback: "the server's" },
  { input: 'deploy-strategy', flag: 'strategy', arg: 'S' },
  { input: 'fail-on', arg: 'LEVEL' },
  { input: 'seed-file', arg: 'FILE' },
  { input: 'seed-command', arg: 'CMD' },
  { input: 'test-command', arg: 'CMD' },
  { input: 'final-test-command', arg: 'CMD' },
  {
    input: 'required-tables',
    flag: 'required-table',
    arg: 'NAME',
    text: 'a table that must exist after the migrations (schema.table); repeatable',
    repeat: true,
  },
  {
    input: 'required-indexes',
    flag: 'required-index',
    arg: 'NAME',
    text: 'an index that must exist after the migrations (schema.index); repeatable',
    repeat: true,
  },
  {
    input: 'required-foreign-keys',
    flag: 'required-foreign-key',
    arg: 'FK',
    text: 'a foreign key that must exist after the migrations (a constraint name, or table(column)->table(column)); repeatable',
    repeat: true,
  },
  { input: 'schema-file', arg: 'FILE' },
  { flag: 'write-schema', arg: 'FILE', text: 'write the final schema snapshot here' },
  { input: 'stats-database-url', arg: 'URL' },
  ...PLAN_CLI_HELP,
  { input: 'connect-timeout', arg: 'D' },
  { flag: 'json', text: 'print the JSON report on stdout' },
  { flag: 'verbose', text: 'print debug output' },
]);

export const VALIDATE_HELP = `Usage: db-deploy validate [options]

Lints the newest migrations and proves them on an EMPTY, disposable database, as the validate
action does: baseline → (seed) → for each new migration up (locks and rewrites observed) →
test → down → schema compared → up. A database holding tables validate did not create is refused.
With --queries and --plans-database-url, the queries are planned on a production-sized copy
before and after each new migration.

Options:
${OPTIONS.help}
Exit code: 0 when the validation passed, 1 otherwise, 2 on a usage error.`;

/** `db-deploy validate`. Returns the exit code. */
export async function validateCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = commandPreamble(argv, io, {
    command: 'validate',
    options: OPTIONS.parser,
    help: VALIDATE_HELP,
    secretUrls: ['stats-database-url', 'plans-database-url'],
  });
  if (!parsed) return 0;
  const { values: v } = parsed;
  const connection = connectionOptions(v, io.secrets, 'validate');
  const stats = v['stats-database-url'];
  const plans = planCliOptions(v, stats, io.secrets);
  const failOn = choiceOption(v['fail-on'] ?? 'error', FAIL_ON, 'fail-on', 'validate');
  const report = await validate(
    {
      ...connection,
      baseDir: process.cwd(),
      newMigrations: { last: integerOption(v.new, 'new', 0) ?? 1 },
      lintAll: Boolean(v['lint-all']),
      pgVersion: integerOption(v['pg-version'], 'pg-version', 9),
      strategy: choiceOption(v.strategy ?? 'in-place', DEPLOY_STRATEGIES, 'strategy', 'validate'),
      failOn,
      seedFile: v['seed-file'] ? pathOption(v['seed-file'], '') : undefined,
      seedCommand: v['seed-command'],
      testCommand: v['test-command'],
      finalTestCommand: v['final-test-command'],
      required: {
        tables: v['required-table'] ?? [],
        indexes: v['required-index'] ?? [],
        foreignKeys: v['required-foreign-key'] ?? [],
      },
      schemaFile: v['schema-file'] ? pathOption(v['schema-file'], '') : undefined,
      snapshotPath: pathOption(
        v['write-schema'],
        join(tmpdir(), `db-deploy-schema-${process.pid}.sql`),
      ),
      statsDatabaseUrl: stats,
      plans,
    },
    cliLogger(io, Boolean(v.verbose)),
  );
  const text = v.json
    ? JSON.stringify(report, null, 2)
    : renderValidateReport(report, { title: 'db-deploy validate', version: VERSION });
  io.out(redact(text, io.secrets));
  if (report.passed) return 0;
  // The report goes to stdout; the failure line to stderr, where every other command's is.
  throw validationFailed(report, 'see the report above');
}
