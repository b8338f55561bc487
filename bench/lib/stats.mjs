// Summaries of recorded writes and timings.

/** The p-th percentile (0–100) of sorted numbers, nearest rank. */
export function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Summarises the application's writes.
 * - `longestStallMs`: the slowest single INSERT, from sending it to its reply (a write that
 *   queues behind a lock request waits exactly that long).
 * - `longestGapMs`: the longest time in which no write of the application completed
 *   successfully (all four connections stuck at once).
 */
export function summariseWrites({ writes, errors, startedAt, stoppedAt }) {
  const latencies = writes.map((w) => w.ms).sort((a, b) => a - b);
  const completions = writes
    .filter((w) => w.ok)
    .map((w) => w.start + w.ms)
    .sort((a, b) => a - b);
  let longestGapMs = 0;
  let previous = startedAt;
  for (const t of [...completions, stoppedAt]) {
    longestGapMs = Math.max(longestGapMs, t - previous);
    previous = t;
  }
  const seconds = (stoppedAt - startedAt) / 1000;
  return {
    writes: writes.length,
    failed: writes.filter((w) => !w.ok).length,
    errors: [...new Set(errors)].slice(0, 5),
    writesPerSecond: writes.length / seconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    longestStallMs: latencies.at(-1) ?? 0,
    longestGapMs,
    over100Ms: latencies.filter((ms) => ms > 100).length,
  };
}
