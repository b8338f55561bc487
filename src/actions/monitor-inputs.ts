import {
  WATCH_DEFAULTS,
  type WatchSettings,
  DATABASE_WATCH_DEFAULTS,
} from '../core/monitor/index.js';
import {
  readBoolean,
  readDuration,
  readInteger,
  readList,
  readOptional,
  readRatio,
  readString,
} from '../github/inputs.js';

/** Reads and validates every watch input declared in monitor/action.yml. */
export function readWatchInputs(): WatchSettings {
  return {
    healthUrls: readList('health-url'),
    expectedStatus: readString('expected-status', '2xx'),
    errorRateUrl: readOptional('error-rate-url'),
    errorRateJsonPath: readOptional('error-rate-json-path'),
    errorRateMetric: readOptional('error-rate-metric'),
    errorRateThreshold: readRatio('error-rate-threshold', WATCH_DEFAULTS.errorRateThreshold),
    databaseUrl: readOptional('database-url'),
    database: {
      maxLockWaitMs: readDuration('max-lock-wait', DATABASE_WATCH_DEFAULTS.maxLockWaitMs),
      maxActiveConnections: readInteger(
        'max-active-connections',
        DATABASE_WATCH_DEFAULTS.maxActiveConnections,
        1,
      ),
      maxDeadlocks: readInteger('max-deadlocks', DATABASE_WATCH_DEFAULTS.maxDeadlocks),
      maxRollbackRatio: readRatio('max-rollback-ratio', DATABASE_WATCH_DEFAULTS.maxRollbackRatio),
      maxReplicationLagMs: readDuration(
        'max-replication-lag',
        DATABASE_WATCH_DEFAULTS.maxReplicationLagMs,
      ),
    },
    durationMs: readDuration('duration', WATCH_DEFAULTS.durationMs),
    intervalMs: readDuration('interval', WATCH_DEFAULTS.intervalMs),
    timeoutMs: readDuration('timeout', WATCH_DEFAULTS.timeoutMs),
    failureThreshold: readInteger('failure-threshold', WATCH_DEFAULTS.failureThreshold, 1),
    rollbackCommand: readOptional('rollback-command'),
    rollbackTimeoutMs: readDuration('rollback-timeout', WATCH_DEFAULTS.rollbackTimeoutMs),
    rollbackOnCancel: readBoolean('rollback-on-cancel', false),
  };
}
