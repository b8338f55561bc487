import type { Logger } from '../logger.js';
import { formatDuration } from '../duration.js';
import { systemClock } from '../clock.js';
import type { CheckDefinition, CheckOutcome, Probe } from './probe.js';
import { percentile } from './stats.js';
import { runRollback, type RollbackRun } from './rollback.js';

import type { CheckReport, Sample, TimelineEvent, Verdict, WatchResult } from './watch-types.js';
import type { WatchOptions } from './options.js';

export type { CheckReport, Sample, TimelineEvent, Verdict, WatchResult } from './watch-types.js';

interface Streak {
  count: number;
  since?: { at: Date; t: number };
}

/** One probe round, each probe bounded by the timeout and the cancel signal. */
async function runRound(
  probes: readonly Probe[],
  timeoutMs: number,
  cancel: AbortSignal,
): Promise<CheckOutcome[]> {
  const results = await Promise.all(
    probes.map(async (probe) => {
      const signal = AbortSignal.any([cancel, AbortSignal.timeout(timeoutMs)]);
      try {
        return await probe.run(signal);
      } catch (error) {
        // A probe reports its own failures; anything thrown is a failure of its first check.
        const message = error instanceof Error ? error.message : String(error);
        const check = probe.checks[0]?.id ?? 'probe';
        return [{ check, ok: false, display: message, message }];
      }
    }),
  );
  return results.flat();
}

/**
 * The sample a check's "worst" shows. Any failure is worse than any success, so a check that
 * failed shows a failed probe (a fast 503 over a slow 200); among failures one with no value
 * (a timeout, a refused connection) is worst, else the highest value. A check that never
 * failed shows its highest value.
 */
function worstSample(own: readonly Sample[], failures: readonly Sample[]): Sample | undefined {
  if (failures.length) {
    const unmeasured = failures.filter((s) => s.value === undefined);
    if (unmeasured.length) return unmeasured.at(-1);
    return highestValue(failures);
  }
  return highestValue(own.filter((s) => s.value !== undefined));
}

function highestValue(samples: readonly Sample[]): Sample | undefined {
  return samples.reduce<Sample | undefined>(
    (worst, s) => (worst === undefined || (s.value ?? 0) > (worst.value ?? 0) ? s : worst),
    undefined,
  );
}

function summarise(definition: CheckDefinition, samples: readonly Sample[]): CheckReport {
  const own = samples.filter((s) => s.check === definition.id);
  const latencies = own.flatMap((s) => (s.latencyMs === undefined ? [] : [s.latencyMs]));
  const failures = own.filter((s) => !s.ok);
  let longestStreak = 0;
  let streak = 0;
  for (const s of own) {
    streak = s.ok ? 0 : streak + 1;
    longestStreak = Math.max(longestStreak, streak);
  }
  const worst = worstSample(own, failures);
  const lastFailure = failures.at(-1)?.message;
  const p50 = percentile(latencies, 50);
  const p95 = percentile(latencies, 95);
  return {
    ...definition,
    probes: own.length,
    failures: failures.length,
    longestStreak,
    ...(p50 === undefined ? {} : { p50LatencyMs: Math.round(p50) }),
    ...(p95 === undefined ? {} : { p95LatencyMs: Math.round(p95) }),
    ...(worst ? { worst: worst.display } : {}),
    ...(lastFailure ? { lastFailure } : {}),
  };
}

/**
 * Watches a deployment: every `intervalMs` for `durationMs`, one round of every probe at once.
 * A check that fails `failureThreshold` rounds in a row makes the deployment unhealthy: the
 * watch stops and the rollback command runs, exactly once. A cancel stops probing at once and
 * rolls back only when asked to. Rounds start on a fixed schedule (no drift); the last one
 * starts before `durationMs` and ends within one timeout, so the watch never outlives
 * duration + timeout. Probes are closed in every case.
 */
export async function watch(options: WatchOptions, logger: Logger): Promise<WatchResult> {
  const cancel = options.signal ?? new AbortController().signal;
  const definitions = options.probes.flatMap((p) => p.checks);
  const labels = new Map(definitions.map((d) => [d.id, d.label]));
  const streaks = new Map<string, Streak>(definitions.map((d) => [d.id, { count: 0 }]));
  const samples: Sample[] = [];
  const timeline: TimelineEvent[] = [];
  const clock = options.clock ?? systemClock;
  const startedAt = clock.date();
  const start = clock.now();
  const elapsed = () => Math.round(clock.now() - start);
  const mark = (event: string) => {
    timeline.push({ at: clock.date().toISOString(), t: elapsed(), event });
    logger.info(`monitor: ${event}`);
  };
  mark(
    `watch started: ${definitions.length} ${definitions.length === 1 ? 'check' : 'checks'} every ${formatDuration(options.intervalMs)} for ${formatDuration(options.durationMs)}, unhealthy after ${options.failureThreshold} failures in a row`,
  );

  let verdict: Verdict = 'healthy';
  let failing: { check: string; outcome: CheckOutcome; since: Date } | undefined;
  let anyFailure = false;
  let round = 0;
  let rounds = 0;
  try {
    for (;;) {
      const due = round * options.intervalMs;
      if (due >= options.durationMs) break;
      await clock.sleep(due - (clock.now() - start), cancel);
      if (cancel.aborted) {
        verdict = 'cancelled';
        break;
      }
      const t = elapsed();
      const roundAt = clock.date();
      const outcomes = await runRound(options.probes, options.timeoutMs, cancel);
      if (cancel.aborted) {
        verdict = 'cancelled';
        break;
      }
      round += 1;
      rounds += 1;
      for (const outcome of outcomes) {
        samples.push({ t, round: rounds, ...outcome });
        const streak = streaks.get(outcome.check) ?? { count: 0 };
        streaks.set(outcome.check, streak);
        if (outcome.ok) {
          if (streak.count > 0)
            logger.info(`monitor: ${labels.get(outcome.check)} recovered (${outcome.display})`);
          streak.count = 0;
          streak.since = undefined;
          continue;
        }
        streak.count += 1;
        streak.since ??= { at: roundAt, t };
        if (!anyFailure) {
          anyFailure = true;
          timeline.push({
            at: roundAt.toISOString(),
            t,
            event: `first failed probe: ${labels.get(outcome.check)}: ${outcome.message ?? outcome.display}`,
          });
        }
        logger.warn(
          `monitor: ${labels.get(outcome.check)} failed (${streak.count} of ${options.failureThreshold} in a row): ${outcome.message ?? outcome.display}`,
        );
        if (streak.count >= options.failureThreshold && !failing) {
          failing = { check: outcome.check, outcome, since: streak.since.at };
        }
      }
      if (failing) {
        verdict = 'unhealthy';
        mark(
          `unhealthy: ${labels.get(failing.check)} failed ${options.failureThreshold} times in a row`,
        );
        break;
      }
      // Behind schedule (a slow round): the next round is the next one still in the future.
      const behind = Math.floor((clock.now() - start) / options.intervalMs);
      round = Math.max(round, behind);
    }
  } finally {
    await Promise.all(options.probes.map((p) => p.close().catch(() => undefined)));
  }
  if (verdict === 'cancelled') mark('cancelled: probing stopped');
  if (verdict === 'healthy') mark(`healthy to the end (${rounds} rounds)`);

  let rollback: RollbackRun | undefined;
  const rollBack =
    verdict === 'unhealthy' || (verdict === 'cancelled' && options.rollbackOnCancel === true);
  if (rollBack && options.rollbackCommand) {
    mark('rollback started');
    rollback = await runRollback(
      options.rollbackCommand,
      {
        check: failing?.check ?? 'cancelled',
        label: failing ? (labels.get(failing.check) ?? failing.check) : 'the job was cancelled',
        value: failing?.outcome.display ?? '',
        message: failing?.outcome.message ?? 'the job was cancelled',
        firstFailureAt: failing?.since.toISOString() ?? '',
      },
      options.rollbackTimeoutMs,
      logger,
    );
    mark(
      rollback.exitCode === 0
        ? `rollback finished (exit code 0, ${formatDuration(rollback.durationMs)})`
        : `rollback FAILED (${rollback.error ?? `exit code ${rollback.exitCode}`}, ${formatDuration(rollback.durationMs)})`,
    );
  } else if (rollBack) {
    mark('no rollback-command: nothing rolled back');
  }

  return {
    verdict,
    healthy: verdict === 'healthy',
    rolledBack: rollback?.exitCode === 0,
    startedAt: startedAt.toISOString(),
    endedAt: clock.date().toISOString(),
    durationMs: elapsed(),
    rounds,
    failureThreshold: options.failureThreshold,
    intervalMs: options.intervalMs,
    ...(failing
      ? {
          failedCheck: failing.check,
          failedCheckLabel: labels.get(failing.check) ?? failing.check,
          failedValue: failing.outcome.display,
          failedMessage: failing.outcome.message ?? failing.outcome.display,
          firstFailureAt: failing.since.toISOString(),
        }
      : {}),
    ...(rollback ? { rollback } : {}),
    timeline,
    checks: definitions.map((d) => summarise(d, samples)),
    samples,
  };
}
