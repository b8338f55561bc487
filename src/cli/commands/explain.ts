import { redact, secretsOf } from '../../core/db/index.js';
import { DbDeployError } from '../../core/errors.js';
import {
  explainMigration,
  parseQueries,
  readQueriesFile,
  type RepresentativeQuery,
} from '../../core/plans/index.js';
import { loadParser } from '../../core/sql/index.js';
import type { Finding } from '../../core/lint/index.js';
import { renderExplain } from '../../core/report/index.js';
import {
  CONNECTION_HELP,
  locationOptions,
  parseCommandArgs,
  pathOption,
  UsageError,
} from '../args.js';
import { commandOptions, pickInputs } from '../help.js';
import { cliLogger, type CliIo } from '../output.js';
import { PLAN_CLI_HELP, planThresholdOptions } from '../plan-options.js';

const OPTIONS = commandOptions('validate', [
  {
    input: 'plans-database-url',
    arg: 'URL',
    text: 'the production-sized copy',
    fallback: '$PLANS_DATABASE_URL',
  },
  { flag: 'query', arg: 'SQL', text: 'the query (one SELECT, INSERT, UPDATE, DELETE or MERGE)' },
  {
    input: 'queries-file',
    flag: 'queries',
    arg: 'FILE',
    text: "a queries file (-- name: comments); every query, or --name's",
  },
  { flag: 'name', arg: 'NAME', text: 'the query of that name in --queries' },
  { flag: 'migration', arg: 'FILE|NAME', text: 'the migration (default: the newest)' },
  ...pickInputs(
    CONNECTION_HELP,
    'migrations-dir',
    'migration-format',
    'migrations-table',
    'schema',
  ),
  ...pickInputs(PLAN_CLI_HELP, 'plan-regression-ratio', 'plan-min-rows', 'plans-statement-timeout'),
  { input: 'connect-timeout', arg: 'D' },
  { flag: 'json', text: 'print the plans and findings as JSON' },
  { flag: 'verbose', text: 'print debug output' },
]);

export const EXPLAIN_HELP = `Usage: db-deploy explain (--query SQL | --queries FILE [--name NAME]) [options]

Prints a query's plan on a production-sized copy before and after a migration, as validate
plans it: EXPLAIN only (never ANALYZE: the query never runs), $n parameters planned generically.
The migration is applied in a transaction that is always rolled back (migrations before it that
the copy lacks are applied first), on a copy no other session uses: anything else is refused.

Options:
${OPTIONS.help}
Exit code: 0 when no error finding, 1 otherwise, 2 on a usage error.`;

/** `db-deploy explain`. Returns the exit code. */
export async function explainCommand(argv: string[], io: CliIo): Promise<number> {
  const { values: v } = parseCommandArgs(argv, OPTIONS.parser, 'explain');
  if (v.help) {
    io.out(EXPLAIN_HELP);
    return 0;
  }
  const url = v['plans-database-url'] ?? process.env.PLANS_DATABASE_URL;
  if (url) io.secrets.push(...secretsOf(url));
  if (!url)
    throw new DbDeployError('bad-input', 'no production-sized copy given', {
      hint: 'pass --plans-database-url URL or set PLANS_DATABASE_URL',
    });
  const { queries, findings } = await queriesOf(v);
  const thresholds = planThresholdOptions(v);
  const result = await explainMigration(
    {
      ...locationOptions(v, 'explain'),
      plansDatabaseUrl: url,
      queries,
      migration: v.migration,
      thresholds,
      statementTimeoutMs: thresholds.statementTimeoutMs,
    },
    cliLogger(io, Boolean(v.verbose)),
  );
  result.findings.unshift(...findings);
  io.out(redact(v.json ? JSON.stringify(result, null, 2) : renderExplain(result), io.secrets));
  return result.findings.some((f) => f.severity === 'error') ? 1 : 0;
}

/** The queries --query or --queries (and --name) give; a bad file's problems become findings. */
async function queriesOf(v: {
  query?: string;
  queries?: string;
  name?: string;
}): Promise<{ queries: RepresentativeQuery[]; findings: Finding[] }> {
  if (Boolean(v.query) === Boolean(v.queries))
    throw new UsageError('give either --query SQL or --queries FILE', 'explain');
  if (v.query) {
    await loadParser();
    const parsed = parseQueries(v.query, '--query');
    const problem = parsed.findings[0];
    if (problem)
      throw new DbDeployError('bad-input', `--query: ${problem.message}`, { hint: problem.hint });
    if (parsed.queries.length !== 1)
      throw new UsageError('--query takes exactly one statement', 'explain');
    return parsed;
  }
  const file = await readQueriesFile(pathOption(v.queries, ''), process.cwd());
  if (!v.name) return file;
  const query = file.queries.find((q) => q.name === v.name);
  if (!query)
    throw new DbDeployError('bad-input', `no query named "${v.name}" in ${v.queries}`, {
      hint: `name it with a "-- name: ${v.name}" line above it, or pick one of: ${file.queries.map((q) => q.name).join(', ')}`,
    });
  return { queries: [query], findings: file.findings };
}
