import { type PreflightOptions, parseCount, parseRatio } from '../core/monitor/index.js';
import { durationOption } from './args.js';
import { declaredMs, parserOptions } from './help.js';
import type { MirroredOption } from './help.js';

/** The help of THRESHOLD_OPTIONS: the limits monitor (preflight) and migrate (verify-checks) share. */
export const THRESHOLD_HELP = [
  { input: 'max-active-connections', arg: 'N' },
  { input: 'max-connections-usage', arg: 'R' },
  { input: 'max-transaction-age', arg: 'D' },
  { input: 'max-lock-wait', arg: 'D' },
  { input: 'max-lock-waiters', arg: 'N' },
  { input: 'max-replication-lag', arg: 'D' },
  { input: 'max-invalid-indexes', arg: 'N' },
] as const satisfies ReadonlyArray<MirroredOption<'migrate' | 'monitor'>>;

/** The preflight thresholds as options: `preflight` and `migrate --targets --verify-check …` take them. */
export const THRESHOLD_OPTIONS = parserOptions(THRESHOLD_HELP);

type ThresholdValues = { [K in keyof typeof THRESHOLD_OPTIONS]?: string };

/** `--name value` as a count, or undefined when not given. */
function count(value: string | undefined, name: string): number | undefined {
  return value === undefined ? undefined : parseCount(value, `--${name}`);
}

/** The threshold options parsed once, each refused in one line naming its option. */
export function thresholdOptions(
  v: ThresholdValues,
): Omit<PreflightOptions, 'databaseUrl' | 'checks' | 'connectTimeoutMs' | 'statementTimeoutMs'> {
  const ratio = v['max-connections-usage'];
  return {
    maxActiveConnections: count(v['max-active-connections'], 'max-active-connections'),
    maxConnectionsUsage:
      ratio === undefined ? undefined : parseRatio(ratio, '--max-connections-usage'),
    maxTransactionAgeMs: durationOption(
      v['max-transaction-age'],
      'max-transaction-age',
      declaredMs('monitor', 'max-transaction-age'),
    ),
    maxLockWaitMs: durationOption(
      v['max-lock-wait'],
      'max-lock-wait',
      declaredMs('monitor', 'max-lock-wait'),
    ),
    maxLockWaiters: count(v['max-lock-waiters'], 'max-lock-waiters'),
    maxReplicationLagMs: durationOption(
      v['max-replication-lag'],
      'max-replication-lag',
      declaredMs('monitor', 'max-replication-lag'),
    ),
    maxInvalidIndexes: count(v['max-invalid-indexes'], 'max-invalid-indexes'),
  };
}
