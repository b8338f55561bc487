import { PREFLIGHT_DEFAULTS, type PreflightOptions } from '../core/monitor/index.js';
import { readDuration, readInteger, readRatio } from '../github/inputs.js';

/** The preflight thresholds, as monitor (mode preflight) and migrate (verify-checks) read them. */
export type PreflightThresholds = Omit<
  PreflightOptions,
  'databaseUrl' | 'checks' | 'connectTimeoutMs'
>;

/** Reads the threshold inputs both monitor/action.yml and migrate/action.yml declare. */
export function readPreflightThresholds(): PreflightThresholds {
  const d = PREFLIGHT_DEFAULTS;
  return {
    maxActiveConnections: readInteger('max-active-connections', d.maxActiveConnections, 1),
    maxConnectionsUsage: readRatio('max-connections-usage', d.maxConnectionsUsage),
    maxTransactionAgeMs: readDuration('max-transaction-age', d.maxTransactionAgeMs),
    maxLockWaitMs: readDuration('max-lock-wait', d.maxLockWaitMs),
    maxLockWaiters: readInteger('max-lock-waiters', d.maxLockWaiters),
    maxReplicationLagMs: readDuration('max-replication-lag', d.maxReplicationLagMs),
    maxInvalidIndexes: readInteger('max-invalid-indexes', d.maxInvalidIndexes),
  };
}
