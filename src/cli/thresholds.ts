import {
  PREFLIGHT_DEFAULTS,
  type PreflightOptions,
  parseCount,
  parseRatio,
} from '../core/monitor/index.js';
import { durationOption, type OptionSpec } from './args.js';

/** The preflight thresholds as options: `preflight` and `migrate --targets --verify-check …` take them. */
export const THRESHOLD_OPTIONS = {
  'max-active-connections': { type: 'string' },
  'max-connections-usage': { type: 'string' },
  'max-transaction-age': { type: 'string' },
  'max-lock-wait': { type: 'string' },
  'max-lock-waiters': { type: 'string' },
  'max-replication-lag': { type: 'string' },
  'max-invalid-indexes': { type: 'string' },
} as const satisfies OptionSpec;

type ThresholdValues = { [K in keyof typeof THRESHOLD_OPTIONS]?: string };

/** `--name value` as a count, or undefined when not given. */
function count(value: string | undefined, name: string): number | undefined {
  return value === undefined ? undefined : parseCount(value, `--${name}`);
}

/** The threshold options parsed once, each refused in one line naming its option. */
export function thresholdOptions(
  v: ThresholdValues,
): Omit<PreflightOptions, 'databaseUrl' | 'checks' | 'connectTimeoutMs' | 'statementTimeoutMs'> {
  const d = PREFLIGHT_DEFAULTS;
  const ratio = v['max-connections-usage'];
  return {
    maxActiveConnections: count(v['max-active-connections'], 'max-active-connections'),
    maxConnectionsUsage:
      ratio === undefined ? undefined : parseRatio(ratio, '--max-connections-usage'),
    maxTransactionAgeMs: durationOption(
      v['max-transaction-age'],
      'max-transaction-age',
      d.maxTransactionAgeMs,
    ),
    maxLockWaitMs: durationOption(v['max-lock-wait'], 'max-lock-wait', d.maxLockWaitMs),
    maxLockWaiters: count(v['max-lock-waiters'], 'max-lock-waiters'),
    maxReplicationLagMs: durationOption(
      v['max-replication-lag'],
      'max-replication-lag',
      d.maxReplicationLagMs,
    ),
    maxInvalidIndexes: count(v['max-invalid-indexes'], 'max-invalid-indexes'),
  };
}
