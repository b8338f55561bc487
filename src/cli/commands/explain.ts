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
  CONNECTION_OPTIONS,
  locationOptions,
  parseCommandArgs,
  pathOption,
  UsageError,
  type OptionSpec,
} from '../args.js';
import { cliLogger, type CliIo } from '../output.js';
import { PLAN_CLI_OPTIONS, planThresholdOptions } from '../plan-options.js';

export const EXPLAIN_HELP = `Usage: db-deploy explain (--query SQL | --queries FILE [--name NAME]) [options]

Prints a query's plan on a production-sized copy before and after a migration, as validate
plans it: EXPLAIN only (never ANALYZE: the query never runs), $n parameters planned generically.
The migration is applied in a transaction that is always rolled back (migrations before it that
the copy lacks are applied first), on a copy no other session uses: anything else is refused.

Options:
  --plans-database-url URL  the production-sized copy (default: $PLANS_DATABASE_URL)
  --query SQL               the query (one SELECT, INSERT, UPDATE, DELETE or MERGE)
  --queries FILE            a queries file (-- name: comments); every query, or --name's
  --name NAME               the query of that name in --queries
  --migration FILE|NAME     the migration (default: the newest)
  --dir DIR                 migrations directory (default: the format's)
  --format NAME             migration format: auto (default) or node-pg-migrate
  --migrations-table NAME   the tool's ledger (default: the format's)
  --schema NAME             schema of the ledger (default: the format's)
  --plan-regression-ratio R a cost growing over R times is an error (default: 10)
  --plan-min-rows N         losing an index scan on a table of N+ rows is an error (default: 100000)
  --plans-statement-timeout D
                            statement_timeout on the copy (default: 10m)
  --connect-timeout D       connection timeout (default: 10s)
  --json                    print the plans and findings as JSON
  --verbose                 print debug output
  -h, --help                show this help
Exit code: 0 when no error finding, 1 otherwise, 2 on a usage error.`;

const OPTIONS = {
  dir: CONNECTION_OPTIONS.dir,
  format: CONNECTION_OPTIONS.format,
  'connect-timeout': CONNECTION_OPTIONS['connect-timeout'],
  'migrations-table': CONNECTION_OPTIONS['migrations-table'],
  schema: CONNECTION_OPTIONS.schema,
  json: CONNECTION_OPTIONS.json,
  'plans-database-url': PLAN_CLI_OPTIONS['plans-database-url'],
  'plan-regression-ratio': PLAN_CLI_OPTIONS['plan-regression-ratio'],
  'plan-min-rows': PLAN_CLI_OPTIONS['plan-min-rows'],
  'plans-statement-timeout': PLAN_CLI_OPTIONS['plans-statement-timeout'],
  query: { type: 'string' },
  queries: PLAN_CLI_OPTIONS.queries,
  name: { type: 'string' },
  migration: { type: 'string' },
  verbose: { type: 'boolean' },
} as const satisfies OptionSpec;

/** `db-deploy explain`. Returns the exit code. */
export async function explainCommand(argv: string[], io: CliIo): Promise<number> {
  const { values: v } = parseCommandArgs(argv, OPTIONS, 'explain');
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
