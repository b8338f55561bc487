import { cancelSignal } from '../../core/monitor/index.js';
import {
  runSwitch,
  pgBouncerRoute,
  CLONE_METHODS,
  SWITCH_COMMANDS,
  SWITCH_DEFAULTS,
  type SwitchCommand,
  type SwitchResult,
} from '../../core/switch/index.js';
import { parseDatabaseUrl, redact, secretsOf } from '../../core/db/index.js';
import {
  choiceOption,
  databaseUrlOption,
  durationOption,
  integerOption,
  pathOption,
  UsageError,
} from '../args.js';
import { cliLogger, type CliIo } from '../output.js';
import { commandPreamble } from '../preamble.js';
import { declaredMs, declaredNumber } from '../help.js';
import { commandOptions } from '../help.js';

const OPTIONS = commandOptions('blue-green-switch', [
  {
    input: 'database-url',
    arg: 'URL',
    text: 'blue, with rights to create databases, publications and subscriptions',
    fallback: '$DATABASE_URL',
  },
  { input: 'green-database', flag: 'green', arg: 'NAME' },
  { input: 'green-database-url', flag: 'green-url', arg: 'URL' },
  { input: 'clone-method', arg: 'M' },
  { input: 'terminate-connections', fallback: false },
  {
    input: 'migrations-dir',
    flag: 'dir',
    arg: 'DIR',
    text: 'prepare: the directory of migrations to apply to green (additive only; none: apply no migration)',
    fallback: 'migrations',
  },
  { input: 'migrations-table', arg: 'NAME' },
  { input: 'pgbouncer-admin-url', arg: 'URL' },
  { input: 'pgbouncer-database', arg: 'NAME', fallback: "blue's name" },
  { input: 'pgbouncer-config', arg: 'FILE' },
  { input: 'rename', fallback: false },
  { input: 'accept-lost-writes', fallback: false },
  { input: 'switch-command', arg: 'CMD' },
  { input: 'max-lag', arg: 'BYTES' },
  { input: 'max-transaction-age', arg: 'D' },
  { input: 'switch-timeout', arg: 'D' },
  { input: 'sync-timeout', arg: 'D' },
  { input: 'connect-timeout', arg: 'D' },
  { input: 'pg-bin', arg: 'DIR' },
  { flag: 'json', text: 'print the result as JSON on stdout' },
  { flag: 'verbose', text: 'print debug output' },
]);

export const SWITCH_HELP = `Usage: db-deploy switch <prepare|switch|rollback|status|abort|finish> [options]

Blue-green deploys: green, a copy of blue kept in step by logical replication, is migrated, then
traffic moves to it through PgBouncer (or a name swap, or a command) in a short write pause; blue
follows green afterwards so a rollback loses nothing.

  prepare    create green (--clone-method), apply --dir to it (additive migrations only)
  switch     PAUSE, green catches up, sequences copied, replication turned around, repoint, RESUME
  rollback   the same back to blue (before a switch: green stops following, green is kept)
  status     which side is live and the replication lag, or where an interrupted command stopped
  abort      drop green and its replication (after a switch it rolls back first)
  finish     after a switch: stop blue following green (blue is kept, read-only)

Every step is journaled in blue first: a command cancelled (Ctrl-C) finishes or undoes the step
in hand before it exits; one that was killed is finished or undone by the next prepare, switch,
rollback or abort (give them the same PgBouncer options and --switch-command).

Options:
${OPTIONS.help}
Exit code: 0 done, 1 refused or failed (everything put back), 2 usage error.`;

export function renderSwitch(result: SwitchResult): string {
  const lines = [
    `${result.command}: ${result.phase}; live ${result.activeDatabase}${result.standbyDatabase ? `, standby ${result.standbyDatabase}` : ''}`,
    ...(result.pauseMs === undefined ? [] : [`  write pause: ${result.pauseMs} ms`]),
    ...(result.replicationLagBytes === undefined
      ? []
      : [`  replication lag: ${result.replicationLagBytes} bytes`]),
    ...result.steps.map(
      (s) => `  ${s.at.slice(11, 23)}  ${s.step}${s.ms === undefined ? '' : ` (${s.ms} ms)`}`,
    ),
  ];
  return lines.join('\n');
}

/** `db-deploy switch <command>`. Returns the exit code. */
export async function switchCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = commandPreamble(argv, io, {
    command: 'switch',
    options: OPTIONS.parser,
    help: SWITCH_HELP,
    allowPositionals: true,
    secretUrls: ['pgbouncer-admin-url', 'green-url'],
  });
  if (!parsed) return 0;
  const { values: v, positionals } = parsed;
  const command = positionals[0];
  if (
    !command ||
    positionals.length > 1 ||
    !(SWITCH_COMMANDS as readonly string[]).includes(command)
  )
    throw new UsageError(`give one of ${SWITCH_COMMANDS.join(', ')}`, 'switch');
  const databaseUrl = databaseUrlOption(v['database-url']);
  io.secrets.push(...secretsOf(databaseUrl));
  const pgBouncer = pgBouncerRoute(
    {
      adminUrl: v['pgbouncer-admin-url'],
      configPath: v['pgbouncer-config'] ? pathOption(v['pgbouncer-config'], '') : undefined,
      database: v['pgbouncer-database'],
    },
    parseDatabaseUrl(databaseUrl).database,
    '--',
  );
  const greenUrl = v['green-url'];
  const d = SWITCH_DEFAULTS;
  // Ctrl-C / SIGTERM: the step in hand is finished or undone before the process ends.
  const cancel = cancelSignal();
  const result = await runSwitch(
    {
      command: command as SwitchCommand,
      databaseUrl,
      greenDatabase: v.green,
      ...(greenUrl ? { greenDatabaseUrl: greenUrl } : {}),
      cloneMethod: choiceOption(
        v['clone-method'] ?? d.cloneMethod,
        CLONE_METHODS,
        'clone-method',
        'switch',
      ),
      terminateConnections: v['terminate-connections'] ?? false,
      rename: v.rename ?? false,
      acceptLostWrites: v['accept-lost-writes'] ?? false,
      ...(v.dir ? { migrationsDir: pathOption(v.dir, '') } : {}),
      migrationsTable: v['migrations-table'] ?? d.migrationsTable,
      migrationsSchema: d.migrationsSchema,
      ...(pgBouncer ? { pgBouncer } : {}),
      switchCommand: v['switch-command'],
      maxLagBytes:
        integerOption(v['max-lag'], 'max-lag', 0) ?? declaredNumber('blue-green-switch', 'max-lag'),
      maxTransactionAgeMs: durationOption(
        v['max-transaction-age'],
        'max-transaction-age',
        declaredMs('blue-green-switch', 'max-transaction-age'),
      ),
      switchTimeoutMs: durationOption(
        v['switch-timeout'],
        'switch-timeout',
        declaredMs('blue-green-switch', 'switch-timeout'),
      ),
      syncTimeoutMs: durationOption(
        v['sync-timeout'],
        'sync-timeout',
        declaredMs('blue-green-switch', 'sync-timeout'),
      ),
      connectTimeoutMs: durationOption(
        v['connect-timeout'],
        'connect-timeout',
        declaredMs('blue-green-switch', 'connect-timeout'),
      ),
      pgBinDir: v['pg-bin'] === undefined ? undefined : pathOption(v['pg-bin'], ''),
      signal: cancel.signal,
    },
    cliLogger(io, v.verbose ?? false),
  ).finally(() => cancel.dispose());
  io.out(redact(v.json ? JSON.stringify(result, null, 2) : renderSwitch(result), io.secrets));
  return 0;
}
