import { NODE_PG_MIGRATE_DEFAULTS } from '../core/migrations/index.js';
import {
  CLONE_METHODS,
  SWITCH_COMMANDS,
  SWITCH_DEFAULTS,
  type SwitchOptions,
  pgBouncerRoute,
} from '../core/switch/index.js';
import { parseDatabaseUrl } from '../core/db/index.js';
import { DbDeployError } from '../core/errors.js';
import {
  readBoolean,
  readChoice,
  readDuration,
  readInteger,
  readOptional,
  readOptionalPath,
  readPath,
  readRequired,
  readString,
} from '../github/inputs.js';

/** Reads and validates every input declared in blue-green-switch/action.yml. */
export function readSwitchInputs(root = false): SwitchOptions {
  const d = SWITCH_DEFAULTS;
  const databaseUrl = readRequired('database-url');
  const adminUrl = readOptional('pgbouncer-admin-url');
  const configPath = readOptionalPath('pgbouncer-config');
  const greenUrl = readOptional('green-database-url');
  const rename = readBoolean('rename', d.rename);
  const command = root
    ? readChoice('blue-green-command', SWITCH_COMMANDS, 'status')
    : readChoice('command', SWITCH_COMMANDS, 'status');
  const pgBouncer = pgBouncerRoute(
    { adminUrl, configPath, database: readOptional('pgbouncer-database') },
    parseDatabaseUrl(databaseUrl).database,
  );
  // Checked here for switch; rollback knows from the state whether the names were swapped.
  if (command === 'switch' && adminUrl && !configPath && !rename)
    throw new DbDeployError(
      'bad-input',
      'input pgbouncer-config is required with pgbouncer-admin-url',
      {
        hint: 'give the path of pgbouncer.ini, writable by the runner (or switch with rename: true)',
      },
    );
  // `none` applies no migration; empty is the format's default directory, as for migrate.
  const migrationsDir =
    readString('migrations-dir') === 'none'
      ? undefined
      : readPath('migrations-dir', NODE_PG_MIGRATE_DEFAULTS.migrationsDir);
  return {
    command,
    databaseUrl,
    greenDatabase: readOptional('green-database'),
    ...(greenUrl ? { greenDatabaseUrl: greenUrl } : {}),
    cloneMethod: readChoice('clone-method', CLONE_METHODS, d.cloneMethod),
    terminateConnections: readBoolean('terminate-connections', d.terminateConnections),
    rename,
    acceptLostWrites: readBoolean('accept-lost-writes', d.acceptLostWrites),
    ...(migrationsDir ? { migrationsDir } : {}),
    migrationsTable: readOptional('migrations-table') ?? d.migrationsTable,
    migrationsSchema: d.migrationsSchema,
    ...(pgBouncer ? { pgBouncer } : {}),
    switchCommand: readOptional('switch-command'),
    maxLagBytes: readInteger('max-lag', d.maxLagBytes),
    maxTransactionAgeMs: readDuration('max-transaction-age', d.maxTransactionAgeMs),
    switchTimeoutMs: readDuration('switch-timeout', d.switchTimeoutMs),
    syncTimeoutMs: readDuration('sync-timeout', d.syncTimeoutMs),
    connectTimeoutMs: readDuration('connect-timeout', d.connectTimeoutMs),
    pgBinDir: readOptionalPath('pg-bin'),
  };
}
