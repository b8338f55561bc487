import { severityRank, type Finding } from './types.js';

/** The finding level that fails a run: at or above `error` / `warning`, or `never`. */
export type FailOn = 'error' | 'warning' | 'never';

export const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

/** Whether any finding is at or above the threshold. */
export function reachesFailOn(findings: readonly Finding[], failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  return findings.some((f) => severityRank(f.severity) >= severityRank(failOn));
}
