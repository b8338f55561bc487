// The shapes of a health watch's results: each probe's sample, each check's report, and the
// result the summary and outputs are made from (its options: options.ts).
import type { CheckDefinition } from './probe.js';
import type { RollbackRun } from './rollback.js';

export type Verdict = 'healthy' | 'unhealthy' | 'cancelled';

export interface Sample {
  /** Milliseconds since the watch began, when the round started. */
  t: number;
  round: number;
  check: string;
  ok: boolean;
  latencyMs?: number;
  value?: number;
  display: string;
  message?: string;
}

export interface CheckReport extends CheckDefinition {
  probes: number;
  failures: number;
  longestStreak: number;
  p50LatencyMs?: number;
  p95LatencyMs?: number;
  /** The worst probe as displayed: a failed one when the check failed (see worstSample), else the highest value. */
  worst?: string;
  lastFailure?: string;
}

export interface TimelineEvent {
  at: string;
  /** Milliseconds since the watch began. */
  t: number;
  event: string;
}

export interface WatchResult {
  verdict: Verdict;
  healthy: boolean;
  rolledBack: boolean;
  startedAt: string;
  endedAt: string;
  durationMs: number;
  rounds: number;
  failureThreshold: number;
  intervalMs: number;
  failedCheck?: string;
  failedCheckLabel?: string;
  failedValue?: string;
  failedMessage?: string;
  /** When the failing check's run of consecutive failures began. */
  firstFailureAt?: string;
  rollback?: RollbackRun;
  timeline: TimelineEvent[];
  checks: CheckReport[];
  samples: Sample[];
}
