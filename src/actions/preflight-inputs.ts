import type { PreflightOptions } from '../core/monitor/index.js';
import { type ActionInputs } from '../github/inputs.js';

/** The preflight thresholds, as monitor (mode preflight) and migrate (verify-checks) read them. */
export type PreflightThresholds = Omit<
  PreflightOptions,
  'databaseUrl' | 'checks' | 'connectTimeoutMs'
>;

/** Reads the threshold inputs both monitor/action.yml and migrate/action.yml declare. */
export function readPreflightThresholds(
  input: Pick<ActionInputs<'migrate' | 'monitor'>, 'integer' | 'ratio' | 'duration'>,
): PreflightThresholds {
  return {
    maxActiveConnections: input.integer('max-active-connections', 1),
    maxConnectionsUsage: input.ratio('max-connections-usage'),
    maxTransactionAgeMs: input.duration('max-transaction-age'),
    maxLockWaitMs: input.duration('max-lock-wait'),
    maxLockWaiters: input.integer('max-lock-waiters'),
    maxReplicationLagMs: input.duration('max-replication-lag'),
    maxInvalidIndexes: input.integer('max-invalid-indexes'),
  };
}
