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
