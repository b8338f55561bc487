import { cancelSignal } from '../core/monitor/cancel.js';
import { runSwitch } from '../core/switch/run.js';
import { NODE_PG_MIGRATE_DEFAULTS } from '../core/migrations/formats/node-pg-migrate/index.js';
import {
  CLONE_METHODS,
  SWITCH_COMMANDS,
  SWITCH_DEFAULTS,
  type SwitchOptions,
  type SwitchResult,
} from '../core/switch/types.js';
import { parseDatabaseUrl } from '../core/db/url.js';
import { renderSwitchSummary } from '../core/report/switch.js';
import { renderFailure } from '../core/report/failure.js';
import { DbDeployError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import { runAction, type Outcome } from '../github/run-action.js';
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
import { setOutputs } from '../github/outputs.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';

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
  if (!adminUrl && (configPath || readOptional('pgbouncer-database')))
    throw new DbDeployError(
      'bad-input',
      'pgbouncer-config and pgbouncer-database need pgbouncer-admin-url',
      { hint: "give PgBouncer's admin console URL (a secret), or leave them empty" },
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
    ...(adminUrl
      ? {
          pgBouncer: {
            adminUrl,
            ...(configPath ? { configPath } : {}),
            database: readOptional('pgbouncer-database') ?? parseDatabaseUrl(databaseUrl).database,
          },
        }
      : {}),
    switchCommand: readOptional('switch-command'),
    maxLagBytes: readInteger('max-lag', d.maxLagBytes),
    maxTransactionAgeMs: readDuration('max-transaction-age', d.maxTransactionAgeMs),
    switchTimeoutMs: readDuration('switch-timeout', d.switchTimeoutMs),
    syncTimeoutMs: readDuration('sync-timeout', d.syncTimeoutMs),
    connectTimeoutMs: readDuration('connect-timeout', d.connectTimeoutMs),
    pgBinDir: readOptionalPath('pg-bin'),
  };
}

async function report({ result, line }: Outcome<SwitchResult>): Promise<void> {
  setOutputs({
    'active-database': result?.activeDatabase ?? '',
    'standby-database': result?.standbyDatabase ?? '',
    phase: result?.phase ?? '',
    'pause-ms': result?.pauseMs ?? '',
    'replication-lag-bytes': result?.replicationLagBytes ?? '',
    'duration-ms': result?.durationMs ?? '',
    'report-json': result ? await writeJsonReport('blue-green-switch', result) : '',
  });
  await writeSummary(
    result ? renderSwitchSummary(result, VERSION) : renderFailure('blue-green-switch', line),
  );
}

/** The `blue-green-switch` action: one command per step; the state in blue says which side is live. */
export async function run(options: { root?: boolean } = {}): Promise<void> {
  await runAction({
    name: 'blue-green-switch',
    secretInputs: ['database-url', 'green-database-url', 'pgbouncer-admin-url'],
    main: async ({ logger }) => {
      // A cancelled job finishes or undoes the step in hand before the process ends.
      const cancel = cancelSignal();
      try {
        return await runSwitch(
          { ...readSwitchInputs(options.root), signal: cancel.signal },
          logger,
        );
      } finally {
        cancel.dispose();
      }
    },
    report,
  });
}
