import { migrate, type MigrateOptions } from '../../core/migrations/index.js';
import { renderMigrateSummary } from '../../core/report/index.js';
import { redact } from '../../core/db/index.js';
import {
  CONNECTION_HELP,
  connectionOptions,
  durationOption,
  integerOption,
  locationOptions,
} from '../args.js';
import { cliLogger, type CliIo } from '../output.js';
import { FLEET_HELP, FLEET_OPTIONS, fleetCommand, refuseFleetOptions } from './fleet.js';
import { commandPreamble } from '../preamble.js';
import { declaredMs, declaredNumber, commandOptions } from '../help.js';

const OPTIONS = commandOptions('migrate', [
  ...CONNECTION_HELP,
  {
    input: 'direction',
    flag: 'down',
    text: 'roll back instead of applying (newest first; not with --targets)',
    fallback: false,
  },
  {
    input: 'count',
    arg: 'N',
    text: 'how many to run (default: all pending; 1 with --down); batch with --down: the last batch (knex migrate:rollback)',
  },
  { input: 'dry-run', fallback: false },
  { input: 'lock-timeout', arg: 'D' },
  { input: 'lock-retries', arg: 'N' },
  { input: 'statement-timeout', arg: 'D' },
  { input: 'lock-wait-timeout', arg: 'D' },
  { input: 'allow-edited', fallback: false },
  { flag: 'json', text: 'print the result as JSON on stdout' },
  { flag: 'verbose', text: 'print debug output' },
]);

export const MIGRATE_HELP = `Usage: db-deploy migrate [options]

Applies pending migrations (or rolls back applied ones) exactly as the migrate action does; with
--targets FILE, rolls them out over many databases as the action does with database-urls.

Options:
${OPTIONS.help}
${FLEET_HELP}
Durations: 250ms, 5s, 10m.`;

/** `db-deploy migrate`: argv → the same options as the action → the same core call. Returns the exit code. */
export async function migrateCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = commandPreamble(argv, io, {
    command: 'migrate',
    options: { ...OPTIONS.parser, ...FLEET_OPTIONS },
    help: MIGRATE_HELP,
  });
  if (!parsed) return 0;
  const { values: v } = parsed;
  const run: Omit<MigrateOptions, 'databaseUrl'> = {
    ...locationOptions(v, 'migrate'),
    direction: v.down ? 'down' : 'up',
    count: v.count === 'batch' ? 'batch' : integerOption(v.count, 'count', 1),
    dryRun: v['dry-run'] ?? false,
    lockTimeoutMs: durationOption(
      v['lock-timeout'],
      'lock-timeout',
      declaredMs('migrate', 'lock-timeout'),
    ),
    lockRetries:
      integerOption(v['lock-retries'], 'lock-retries', 0) ??
      declaredNumber('migrate', 'lock-retries'),
    statementTimeoutMs: durationOption(
      v['statement-timeout'],
      'statement-timeout',
      declaredMs('migrate', 'statement-timeout'),
    ),
    lockWaitTimeoutMs: durationOption(
      v['lock-wait-timeout'],
      'lock-wait-timeout',
      declaredMs('migrate', 'lock-wait-timeout'),
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
