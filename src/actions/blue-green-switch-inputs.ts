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
import { actionInputs, workspacePath } from '../github/inputs.js';

/** blue-green-switch/action.yml's inputs, each defaulting to what it declares. */
const input = actionInputs('blue-green-switch');

/** Reads and validates every input declared in blue-green-switch/action.yml. */
export function readSwitchInputs(root = false): SwitchOptions {
  const d = SWITCH_DEFAULTS;
  const databaseUrl = input.required('database-url');
  const adminUrl = input.optional('pgbouncer-admin-url');
  const configPath = input.optionalPath('pgbouncer-config');
  const greenUrl = input.optional('green-database-url');
  const rename = input.boolean('rename');
  const command = root
    ? actionInputs('root').choice('blue-green-command', SWITCH_COMMANDS)
    : input.choice('command', SWITCH_COMMANDS);
  const pgBouncer = pgBouncerRoute(
    { adminUrl, configPath, database: input.optional('pgbouncer-database') },
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
    input.string('migrations-dir') === 'none'
      ? undefined
      : (input.optionalPath('migrations-dir') ??
        workspacePath(NODE_PG_MIGRATE_DEFAULTS.migrationsDir));
  return {
    command,
    databaseUrl,
    greenDatabase: input.optional('green-database'),
    ...(greenUrl ? { greenDatabaseUrl: greenUrl } : {}),
    cloneMethod: input.choice('clone-method', CLONE_METHODS),
    terminateConnections: input.boolean('terminate-connections'),
    rename,
    acceptLostWrites: input.boolean('accept-lost-writes'),
    ...(migrationsDir ? { migrationsDir } : {}),
    migrationsTable: input.optional('migrations-table') ?? d.migrationsTable,
    migrationsSchema: d.migrationsSchema,
    ...(pgBouncer ? { pgBouncer } : {}),
    switchCommand: input.optional('switch-command'),
    maxLagBytes: input.integer('max-lag'),
    maxTransactionAgeMs: input.duration('max-transaction-age'),
    switchTimeoutMs: input.duration('switch-timeout'),
    syncTimeoutMs: input.duration('sync-timeout'),
    connectTimeoutMs: input.duration('connect-timeout'),
    pgBinDir: input.optionalPath('pg-bin'),
  };
}
