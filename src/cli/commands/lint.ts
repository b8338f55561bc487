import {
  collectMigrationFiles,
  lintMigrations,
  sortFindings,
  NEWEST_PG_VERSION,
  RULES,
  rulesWith,
  FAIL_ON,
  reachesFailOn,
  DEPLOY_STRATEGIES,
} from '../../core/lint/index.js';
import { formatFindings, LINT_FORMATS } from '../../core/report/index.js';
import { FORMAT_CHOICES } from '../../core/migrations/index.js';
import { choiceOption, integerOption } from '../args.js';
import type { CliIo } from '../output.js';
import { watchLint } from '../lint-watch.js';
import { commandPreamble } from '../preamble.js';

export const LINT_HELP = `Usage: db-deploy lint [files or directories...] [options]

Lints migrations with PostgreSQL's own parser: locks that block traffic, table rewrites,
data loss, changes that break running code. A directory is expanded to its migration files;
a SQL migration is linted by its up section (as its tool splits the file), JS/TS migrations
through the SQL they generate (knex: through a knex whose queries are recorded, not run).
Default: the migrations directory of the detected tool (e.g. "migrations" for node-pg-migrate,
knex and Diesel, "db/migrations" for dbmate, golang-migrate and goose, "prisma/migrations",
"drizzle", Flyway's location).

Options:
  --format F        text (default), json, github (workflow annotations) or sarif
  --migration-format NAME
                    migration tool's format: auto (default), node-pg-migrate, knex,
                    dbmate, golang-migrate, goose, flyway, prisma, drizzle or diesel
  --pg-version N    PostgreSQL major the migrations will run on (default: ${NEWEST_PG_VERSION})
  --strategy S      how they reach production: in-place (default, on the live database) or
                    blue-green (on a copy fed by logical replication: adds the rules that keep
                    migrations replication-compatible; each file is judged on its own)
  --fail-on LEVEL   exit 1 on findings at or above: error (default), warning, never
  --enable-rule ID  also run an opt-in rule (off by default; repeat for several)
  --watch           lint again whenever a file changes, until interrupted (exit 0);
                    the parser stays loaded, only changed files are linted again, and
                    --format json prints one line per run
  --list-rules      print every rule with its severity and exit
  -h, --help        show this help
Silence one statement: put "-- db-deploy-ignore <rule-id>: reason" on the line above it.
Exit code: 0 when nothing reaches --fail-on, 1 otherwise, 2 on a usage error.`;

const OPTIONS = {
  format: { type: 'string' },
  'migration-format': { type: 'string' },
  'pg-version': { type: 'string' },
  strategy: { type: 'string' },
  'fail-on': { type: 'string' },
  'enable-rule': { type: 'string', multiple: true },
  'list-rules': { type: 'boolean' },
  watch: { type: 'boolean' },
} as const;

/** `db-deploy lint`. Returns the exit code. */
export async function lintCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = commandPreamble(argv, io, {
    command: 'lint',
    options: OPTIONS,
    help: LINT_HELP,
    allowPositionals: true,
  });
  if (!parsed) return 0;
  const { values: v, positionals } = parsed;
  if (v['list-rules']) {
    io.out(
      RULES.map((r) => {
        const only = r.strategies
          ? ` (--strategy ${r.strategies.join(', ')})`
          : r.optIn
            ? ` (off by default: --enable-rule ${r.id})`
            : '';
        return `${r.id.padEnd(40)} ${r.severity.padEnd(8)} ${r.description}${only}`;
      }).join('\n'),
    );
    return 0;
  }
  const format = choiceOption(v.format ?? 'text', LINT_FORMATS, 'format', 'lint');
  const failOn = choiceOption(v['fail-on'] ?? 'error', FAIL_ON, 'fail-on', 'lint');
  const pgVersion = integerOption(v['pg-version'], 'pg-version', 9) ?? NEWEST_PG_VERSION;
  const strategy = choiceOption(v.strategy ?? 'in-place', DEPLOY_STRATEGIES, 'strategy', 'lint');
  const optIn = RULES.filter((r) => r.optIn).map((r) => r.id);
  const enabled = (v['enable-rule'] ?? []).map((id) =>
    choiceOption(id, optIn, 'enable-rule', 'lint'),
  );
  // Without paths: the detected tool's own directory (--watch watches "migrations").
  const paths = positionals.length ? positionals : ['migrations'];
  const choice = choiceOption(
    v['migration-format'] ?? 'auto',
    FORMAT_CHOICES,
    'migration-format',
    'lint',
  );
  const options = { pgVersion, strategy, rules: rulesWith(enabled) };
  if (v.watch)
    return watchLint(
      paths,
      options,
      choice,
      (found) => (format === 'json' ? JSON.stringify(found) : formatFindings(found, format, RULES)),
      io,
    );
  const { format: migrationFormat, migrations } = await collectMigrationFiles(
    positionals,
    process.cwd(),
    choice,
  );
  const findings = sortFindings(
    await lintMigrations(migrations, { ...options, format: migrationFormat }),
  );
  const output = formatFindings(findings, format, RULES);
  if (output) io.out(output);
  return reachesFailOn(findings, failOn) ? 1 : 0;
}
