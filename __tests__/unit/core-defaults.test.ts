// The core's defaults serve callers that leave an option out (the CLI, a test); the actions pass
// what action.yml declares. Each core default an input mirrors must be that input's declared
// default, so leaving an option out means the same thing on either side.
import { ACTION_INPUTS, type ActionName } from '../../src/generated/action-inputs.js';
import { parseDuration } from '../../src/core/duration.js';
import { FLEET_DEFAULTS } from '../../src/core/fleet/index.js';
import { MIGRATE_DEFAULTS } from '../../src/core/migrations/index.js';
import {
  DATABASE_WATCH_DEFAULTS,
  PREFLIGHT_DEFAULTS,
  WATCH_DEFAULTS,
} from '../../src/core/monitor/index.js';
import { PLAN_OPTION_DEFAULTS } from '../../src/core/plans/index.js';
import { SWITCH_DEFAULTS } from '../../src/core/switch/index.js';

type Row = [string, unknown, ActionName, string];

const rows = (
  name: string,
  defaults: object,
  action: ActionName,
  inputs: Record<string, string>,
): Row[] =>
  Object.entries(inputs).map(([key, input]) => [
    `${name}.${key}`,
    (defaults as Record<string, unknown>)[key],
    action,
    input,
  ]);

const ROWS: Row[] = [
  ...rows('MIGRATE_DEFAULTS', MIGRATE_DEFAULTS, 'migrate', {
    format: 'migration-format',
    direction: 'direction',
    dryRun: 'dry-run',
    lockTimeoutMs: 'lock-timeout',
    lockRetries: 'lock-retries',
    statementTimeoutMs: 'statement-timeout',
    lockWaitTimeoutMs: 'lock-wait-timeout',
    connectTimeoutMs: 'connect-timeout',
    allowEdited: 'allow-edited',
  }),
  ...rows('FLEET_DEFAULTS', FLEET_DEFAULTS, 'migrate', {
    maxParallel: 'max-parallel',
    onFailure: 'on-failure',
    verifyTimeoutMs: 'verify-timeout',
  }),
  ...rows('WATCH_DEFAULTS', WATCH_DEFAULTS, 'monitor', {
    durationMs: 'duration',
    intervalMs: 'interval',
    timeoutMs: 'timeout',
    failureThreshold: 'failure-threshold',
    errorRateThreshold: 'error-rate-threshold',
    rollbackTimeoutMs: 'rollback-timeout',
  }),
  ...rows('DATABASE_WATCH_DEFAULTS', DATABASE_WATCH_DEFAULTS, 'monitor', {
    maxLockWaitMs: 'max-lock-wait',
    maxActiveConnections: 'max-active-connections',
    maxDeadlocks: 'max-deadlocks',
    maxRollbackRatio: 'max-rollback-ratio',
    maxReplicationLagMs: 'max-replication-lag',
  }),
  ...rows('PREFLIGHT_DEFAULTS', PREFLIGHT_DEFAULTS, 'monitor', {
    connectTimeoutMs: 'connect-timeout',
    maxActiveConnections: 'max-active-connections',
    maxConnectionsUsage: 'max-connections-usage',
    maxTransactionAgeMs: 'max-transaction-age',
    maxLockWaitMs: 'max-lock-wait',
    maxLockWaiters: 'max-lock-waiters',
    maxReplicationLagMs: 'max-replication-lag',
    maxInvalidIndexes: 'max-invalid-indexes',
  }),
  ...rows('PLAN_OPTION_DEFAULTS', PLAN_OPTION_DEFAULTS, 'validate', {
    queriesFromStats: 'queries-from-stats',
    regressionRatio: 'plan-regression-ratio',
    minRows: 'plan-min-rows',
    statementTimeoutMs: 'plans-statement-timeout',
  }),
  ...rows('SWITCH_DEFAULTS', SWITCH_DEFAULTS, 'blue-green-switch', {
    cloneMethod: 'clone-method',
    terminateConnections: 'terminate-connections',
    acceptLostWrites: 'accept-lost-writes',
    rename: 'rename',
    maxLagBytes: 'max-lag',
    maxTransactionAgeMs: 'max-transaction-age',
    switchTimeoutMs: 'switch-timeout',
    syncTimeoutMs: 'sync-timeout',
    connectTimeoutMs: 'connect-timeout',
  }),
];

/** A declared default as the core holds it: milliseconds, numbers, booleans, or the text. */
function declaredValue(action: ActionName, input: string, like: unknown): unknown {
  const declared = (ACTION_INPUTS[action] as Record<string, { type: string; default: string }>)[
    input
  ];
  if (!declared) throw new Error(`${action}/action.yml declares no input ${input}`);
  if (declared.type === 'Duration') return parseDuration(declared.default, input);
  if (declared.type === 'Boolean') return declared.default === 'true';
  return typeof like === 'number' ? Number(declared.default) : declared.default;
}

test.each(ROWS)('%s is what action.yml declares (%s %s)', (_name, value, action, input) => {
  expect(value).toBeDefined();
  expect(declaredValue(action, input, value)).toEqual(value);
});
