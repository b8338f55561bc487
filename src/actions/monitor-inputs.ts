import type { WatchSettings } from '../core/monitor/index.js';
import { actionInputs } from '../github/inputs.js';

/** monitor/action.yml's inputs, each defaulting to what it declares. */
const input = actionInputs('monitor');

/** Reads and validates every watch input declared in monitor/action.yml. */
export function readWatchInputs(): WatchSettings {
  return {
    healthUrls: input.list('health-url'),
    expectedStatus: input.string('expected-status'),
    errorRateUrl: input.optional('error-rate-url'),
    errorRateJsonPath: input.optional('error-rate-json-path'),
    errorRateMetric: input.optional('error-rate-metric'),
    errorRateThreshold: input.ratio('error-rate-threshold'),
    databaseUrl: input.optional('database-url'),
    database: {
      maxLockWaitMs: input.duration('max-lock-wait'),
      maxActiveConnections: input.integer('max-active-connections', 1),
      maxDeadlocks: input.integer('max-deadlocks'),
      maxRollbackRatio: input.ratio('max-rollback-ratio'),
      maxReplicationLagMs: input.duration('max-replication-lag'),
    },
    durationMs: input.duration('duration'),
    intervalMs: input.duration('interval'),
    timeoutMs: input.duration('timeout'),
    failureThreshold: input.integer('failure-threshold', 1),
    rollbackCommand: input.optional('rollback-command'),
    rollbackTimeoutMs: input.duration('rollback-timeout'),
    rollbackOnCancel: input.boolean('rollback-on-cancel'),
  };
}
