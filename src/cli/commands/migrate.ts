import { migrate, MIGRATE_DEFAULTS, type MigrateOptions } from '../../core/migrations/index.js';
import { renderMigrateSummary } from '../../core/report/index.js';
import { redact } from '../../core/db/index.js';
import {
  CONNECTION_OPTIONS,
  connectionOptions,
  durationOption,
  integerOption,
  locationOptions,
  type OptionSpec,
} from '../args.js';
import { cliLogger, type CliIo } from '../output.js';
import { FLEET_HELP, FLEET_OPTIONS, fleetCommand, refuseFleetOptions } from './fleet.js';
import { commandPreamble } from '../preamble.js';

export const MIGRATE_HELP = `Usage: db-deploy migrate [options]

Applies pending migrations (or rolls back applied ones) exactly as the migrate action does; with
--targets FILE, rolls them out over many databases as the action does with database-urls.

Options:
  --database-url URL        connection URL (default: $DATABASE_URL)
  --dir DIR                 migrations directory (default: the format's, e.g. migrations)
  --format NAME             migration format: auto (default), node-pg-migrate, knex,
                            dbmate, golang-migrate, goose, flyway, prisma, drizzle or diesel
  --placeholder NAME=VALUE  a value for the tool's placeholders (Flyway's \${NAME}); repeatable
  --down                    roll back instead of applying (newest first; not with --targets)
  --count N                 how many to run (default: all pending; 1 with --down);
                            batch with --down: the last batch (knex migrate:rollback)
  --dry-run                 print the SQL that would run; change nothing
  --lock-timeout D          lock_timeout per statement (default: 100ms)
  --lock-retries N          retries when a lock is not granted (default: 20)
  --statement-timeout D     statement_timeout, 0 for none (default: 0)
  --lock-wait-timeout D     wait for another runner this long (default: 10m)
  --connect-timeout D       connection timeout (default: 10s)
  --migrations-table NAME   the tool's ledger table (default: the format's, e.g. pgmigrations)
  --schema NAME             schema of the ledger and search_path (default: the format's, e.g. public)
  --allow-edited            run even if applied migrations were edited
  --knex-environment ENV    knexfile environment (default: $NODE_ENV, else development)
  --json                    print the result as JSON on stdout
  --verbose                 print debug output
  -h, --help                show this help
${FLEET_HELP}
Durations: 250ms, 5s, 10m.`;

const OPTIONS = {
  ...CONNECTION_OPTIONS,
  down: { type: 'boolean' },
  count: { type: 'string' },
  'dry-run': { type: 'boolean' },
  'lock-timeout': { type: 'string' },
  'lock-retries': { type: 'string' },
  'statement-timeout': { type: 'string' },
  'lock-wait-timeout': { type: 'string' },
  'allow-edited': { type: 'boolean' },
  verbose: { type: 'boolean' },
  ...FLEET_OPTIONS,
} as const satisfies OptionSpec;

/** `db-deploy migrate`: argv → the same options as the action → the same core call. Returns the exit code. */
export async function migrateCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = commandPreamble(argv, io, {
    command: 'migrate',
    options: OPTIONS,
    help: MIGRATE_HELP,
  });
  if (!parsed) return 0;
  const { values: v } = parsed;
  const d = MIGRATE_DEFAULTS;
  const run: Omit<MigrateOptions, 'databaseUrl'> = {
    ...locationOptions(v, 'migrate'),
    direction: v.down ? 'down' : 'up',
    count: v.count === 'batch' ? 'batch' : integerOption(v.count, 'count', 1),
    dryRun: v['dry-run'] ?? false,
    lockTimeoutMs: durationOption(v['lock-timeout'], 'lock-timeout', d.lockTimeoutMs),
    lockRetries: integerOption(v['lock-retries'], 'lock-retries', 0) ?? d.lockRetries,
    statementTimeoutMs: durationOption(
      v['statement-timeout'],
      'statement-timeout',
      d.statementTimeoutMs,
    ),
    lockWaitTimeoutMs: durationOption(
      v['lock-wait-timeout'],
      'lock-wait-timeout',
      d.lockWaitTimeoutMs,
    ),
    allowEdited: v['allow-edited'] ?? false,
  };
  if (v.targets !== undefined) return fleetCommand({ ...v, targets: v.targets }, run, io);
  refuseFleetOptions(v);
  const options: MigrateOptions = { ...run, ...connectionOptions(v, io.secrets, 'migrate') };
  const result = await migrate(options, cliLogger(io, v.verbose ?? false));
  io.out(
    redact(v.json ? JSON.stringify(result, null, 2) : renderMigrateSummary(result), io.secrets),
  );
  return 0;
}
