import type { Logger } from '../../logger.js';
import { formatDuration, sleep } from '../../duration.js';
import { isLockTimeout } from '../../db/index.js';

/** How lock-timeout retries back off. */
export interface BackoffPolicy {
  /** First delay in ms (default 250). */
  baseMs: number;
  /** Longest delay in ms (default 5000). */
  maxMs: number;
  /** Multiplier per attempt (default 2). */
  factor: number;
  /** ± fraction of random jitter so that several runners do not retry in lockstep (default 0.2). */
  jitter: number;
}

export const DEFAULT_BACKOFF: BackoffPolicy = { baseMs: 250, maxMs: 5000, factor: 2, jitter: 0.2 };

/**
 * Delay before retry number `attempt` (1-based): base × factorⁿ⁻¹, capped, with jitter.
 * @param random a number in [0, 1); injectable for tests
 */
export function backoffDelay(
  attempt: number,
  policy: BackoffPolicy = DEFAULT_BACKOFF,
  random = Math.random(),
): number {
  const raw = Math.min(policy.maxMs, policy.baseMs * policy.factor ** Math.max(0, attempt - 1));
  const spread = raw * policy.jitter * (random * 2 - 1);
  return Math.max(0, Math.round(raw + spread));
}

/** Lock-timeout retry settings shared by every way a migration runs. */
export interface RetrySettings {
  /** Retries after the first attempt. */
  lockRetries: number;
  lockTimeoutMs: number;
  backoff: BackoffPolicy;
}

export interface LockRetryHooks {
  /** What is being retried, for the log line; asked after each failure. */
  label: () => string;
  /** Runs after every failed attempt (roll back, note what it left); false forbids a retry. */
  recover?: (error: unknown) => Promise<boolean>;
  onRetry?: () => void;
}

/**
 * Runs `attempt` until it succeeds, retrying with backoff while it fails because a lock was not
 * granted within lock_timeout, at most `lockRetries` times. The last error is rethrown as is.
 */
export async function withLockRetries<T>(
  settings: RetrySettings,
  logger: Logger,
  hooks: LockRetryHooks,
  attempt: () => Promise<T>,
): Promise<T> {
  for (let retry = 1; ; retry += 1) {
    try {
      return await attempt();
    } catch (error) {
      const recovered = hooks.recover ? await hooks.recover(error) : true;
      if (!recovered || !isLockTimeout(error) || retry > settings.lockRetries) throw error;
      hooks.onRetry?.();
      const delay = backoffDelay(retry, settings.backoff);
      logger.info(
        `${hooks.label()}: lock not granted within ${formatDuration(settings.lockTimeoutMs)}; retry ${retry} of ${settings.lockRetries} in ${formatDuration(delay)}`,
      );
      await sleep(delay);
    }
  }
}
