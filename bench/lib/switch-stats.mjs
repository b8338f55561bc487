// Figures of the switch benchmark: what the writers saw in a window around one command, and the
// same figures over every cycle of a contender.
import { median, percentile } from './stats.mjs';

/**
 * What the writers saw in [start − margin, end + margin] (a write belongs to the window when the
 * writer wanted to send it then).
 * - `longestGapMs`: the longest time one writer went between two acknowledged writes, over every
 *   such interval that overlaps the window (a write pause, a refused write and the retry all show
 *   up here);
 * - latencies: from when the writer wanted to send a write to its acknowledgement, acknowledged
 *   writes only; failed writes are counted apart.
 * @param {Array<{ w: number, wanted: number, done: number, ok: boolean, error?: string }>} records
 *   in the order they finished
 */
export function windowStats(records, { start, end, margin }) {
  const from = start - margin;
  const to = end + margin;
  const inWindow = records.filter((r) => r.wanted >= from && r.wanted <= to);
  const latencies = inWindow
    .filter((r) => r.ok)
    .map((r) => r.done - r.wanted)
    .sort((a, b) => a - b);
  const failed = inWindow.filter((r) => !r.ok);
  const lastAck = new Map();
  let longestGapMs = 0;
  let gapEndsAt;
  for (const r of records) {
    if (!r.ok) continue;
    const last = lastAck.get(r.w);
    if (last !== undefined && r.done >= from && last <= to && r.done - last > longestGapMs) {
      longestGapMs = r.done - last;
      gapEndsAt = r.done;
    }
    lastAck.set(r.w, r.done);
  }
  return {
    windowMs: to - from,
    writes: inWindow.length,
    acked: latencies.length,
    failed: failed.length,
    errors: [...new Set(failed.map((r) => r.error))].slice(0, 5),
    /** Failures PgBouncer gave while it held the pool back after a failed server login. */
    loginRetryFailures: failed.filter((r) => /server_login_retry/.test(r.error)).length,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.at(-1) ?? 0,
    over100Ms: latencies.filter((ms) => ms > 100).length,
    longestGapMs,
    gapEndsAt,
    latencies,
  };
}

const spread = (values) =>
  values.length === 0
    ? undefined
    : { median: median(values), min: Math.min(...values), max: Math.max(...values) };
const sum = (values) => values.reduce((a, b) => a + b, 0);
/** The ms of the action's first step whose text matches `pattern`. */
const stepMs = (run, pattern) => run.steps?.find((s) => pattern.test(s.step))?.ms;

/**
 * One contender's events of one kind (switch, rollback, control, prepare) over every cycle.
 * @param {Array<{ stats: ReturnType<typeof windowStats>, check?: any, run?: any, stuck?: boolean,
 *   pgbouncerLog?: string[] }>} events
 */
export function aggregate(events) {
  const stats = events.map((e) => e.stats);
  const pooled = stats.flatMap((s) => s.latencies).sort((a, b) => a - b);
  const checks = events.map((e) => e.check).filter(Boolean);
  const runs = events.map((e) => e.run).filter(Boolean);
  const defined = (values) => values.filter((v) => v !== undefined && Number.isFinite(v));
  return {
    count: events.length,
    succeeded: runs.filter((r) => r.ok).length,
    longestGapMs: spread(stats.map((s) => s.longestGapMs)),
    slowestWriteMs: spread(stats.map((s) => s.maxMs)),
    p50Ms: percentile(pooled, 50),
    p95Ms: percentile(pooled, 95),
    p99Ms: percentile(pooled, 99),
    worstWindowP95Ms: Math.max(0, ...stats.map((s) => s.p95Ms).filter(Number.isFinite)),
    writes: sum(stats.map((s) => s.writes)),
    windowMs: spread(stats.map((s) => s.windowMs)),
    failed: sum(stats.map((s) => s.failed)),
    errors: [...new Set(stats.flatMap((s) => s.errors))].slice(0, 8),
    checked: sum(checks.map((c) => c.checked)),
    lost: sum(checks.map((c) => c.lost)),
    duplicated: sum(checks.map((c) => c.duplicated)),
    otherId: sum(checks.map((c) => c.otherId)),
    torn: Math.max(0, ...checks.map((c) => c.torn)),
    pauseMs: spread(defined(runs.map((r) => r.pauseMs))),
    pauseWaitMs: spread(defined(runs.map((r) => stepMs(r, /^PgBouncer paused/)))),
    catchUpMs: spread(defined(runs.map((r) => stepMs(r, / caught up$/)))),
    stallOverPauseMs: spread(
      defined(
        events.map((e) =>
          e.run?.pauseMs !== undefined ? e.stats.longestGapMs - e.run.pauseMs : undefined,
        ),
      ),
    ),
    withLoginRetry: stats.filter((s) => s.loginRetryFailures > 0).length,
    stuck: events.filter((e) => e.stuck).length,
    /** PgBouncer's RELOAD closed a server connection still logging in (age 0 s). */
    reloadClosedLogin: events.filter((e) =>
      e.pgbouncerLog?.some((line) =>
        /closing because: connect string changed \(age=0s\)/.test(line),
      ),
    ).length,
    commandMs: spread(runs.map((r) => r.endedAt - r.startedAt)),
    reportedMs: spread(defined(runs.map((r) => r.durationMs))),
    copyMs: spread(defined(runs.map((r) => r.copyMs))),
    refusals: sum(runs.map((r) => r.refusals ?? 0)),
    terminated: sum(runs.map((r) => sum(r.terminated ?? []))),
  };
}
