import type { CheckReport, Sample, WatchResult } from '../monitor/index.js';
import { formatDuration } from '../duration.js';
import { cell, code, fenced, footer, table } from './markdown.js';

/** Charts carry at most this many points: longer watches are bucketed (worst value per bucket). */
const MAX_POINTS = 40;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function verdictLine(result: WatchResult): string {
  const checks = `${plural(result.checks.length, 'check')}, ${plural(result.rounds, 'round')} over ${formatDuration(result.durationMs)}`;
  switch (result.verdict) {
    case 'healthy':
      return `## ✅ Healthy — ${checks}, never ${result.failureThreshold} failures in a row`;
    case 'unhealthy': {
      const rollback = !result.rollback
        ? 'nothing rolled back (no rollback-command)'
        : result.rolledBack
          ? 'rolled back'
          : `rollback FAILED (${result.rollback.error ?? `exit code ${result.rollback.exitCode}`})`;
      return `## ❌ Unhealthy — ${result.failedCheckLabel ?? result.failedCheck}: ${result.failedMessage ?? ''} — ${rollback}`;
    }
    case 'cancelled':
      return `## ⏹️ Cancelled — probing stopped after ${checks}${result.rollback ? (result.rolledBack ? ', rolled back (rollback-on-cancel)' : ', rollback FAILED') : ', nothing rolled back'}`;
  }
}

function ms(value: number | undefined): string {
  return value === undefined ? '—' : `${value}ms`;
}

function checkRow(check: CheckReport, failed: string | undefined): string[] {
  const mark = check.id === failed ? '❌' : check.failures > 0 ? '⚠️' : '✅';
  return [
    mark,
    cell(check.label),
    cell(check.limit),
    String(check.probes),
    check.failures === 0 ? '0' : `${check.failures} (longest run ${check.longestStreak})`,
    ms(check.p50LatencyMs),
    ms(check.p95LatencyMs),
    cell(check.worst ?? '—'),
  ];
}

/** Buckets samples by time; each bucket keeps the highest value. */
function series(
  samples: readonly Sample[],
  check: string,
  pick: (s: Sample) => number | undefined,
  buckets: number,
  spanMs: number,
): number[] {
  const out: Array<number | undefined> = new Array<number | undefined>(buckets).fill(undefined);
  for (const s of samples) {
    if (s.check !== check) continue;
    const value = pick(s);
    if (value === undefined) continue;
    const index = Math.min(buckets - 1, Math.floor((s.t / spanMs) * buckets));
    out[index] = Math.max(out[index] ?? -Infinity, value);
  }
  // A bucket with no sample repeats the previous value, so the line has no hole.
  let last = 0;
  return out.map((v) => (v === undefined ? last : (last = v)));
}

const round = (v: number, digits: number) => Number(v.toFixed(digits));

function chart(title: string, yLabel: string, lines: number[][], xLabels: string[]): string {
  const max = Math.max(0, ...lines.flat());
  // Rounded up, never down, so the axis always reaches the highest point.
  const raw = max === 0 ? 1 : max * 1.1;
  const step = 10 ** (Math.floor(Math.log10(raw)) - 1);
  const top = Number((Math.ceil(raw / step) * step).toPrecision(12));
  return fenced(
    'mermaid',
    [
      'xychart-beta',
      `  title "${title}"`,
      `  x-axis "seconds since the watch began" [${xLabels.join(', ')}]`,
      `  y-axis "${yLabel}" 0 --> ${top}`,
      ...lines.map((line) => `  line [${line.join(', ')}]`),
    ].join('\n'),
  );
}

function charts(result: WatchResult): string[] {
  const rounds = Math.max(...result.samples.map((s) => s.round), 0);
  if (rounds < 2) return [];
  const buckets = Math.min(MAX_POINTS, rounds);
  const span = Math.max(1, result.samples.reduce((m, s) => Math.max(m, s.t), 0) + 1);
  const xLabels = Array.from({ length: buckets }, (_, i) =>
    String(Math.round((i * span) / buckets / 1000)),
  );
  const out: string[] = [];
  const health = result.checks.filter((c) => c.id.startsWith('health')).slice(0, 4);
  if (health.length > 0) {
    const lines = health.map((c) =>
      series(
        result.samples,
        c.id,
        (s) => (s.latencyMs === undefined ? undefined : Math.round(s.latencyMs)),
        buckets,
        span,
      ),
    );
    const legend = health.length > 1 ? ` (lines: ${health.map((c) => c.label).join('; ')})` : '';
    out.push(
      `**Health latency**${cell(legend)}`,
      '',
      chart('Health latency (ms)', 'ms', lines, xLabels),
    );
  }
  const rate = result.checks.find((c) => c.id === 'error-rate');
  if (rate) {
    const values = series(result.samples, rate.id, (s) => s.value, buckets, span).map((v) =>
      round(v, 4),
    );
    out.push('', '**Error rate**', '', chart('Error rate', 'rate', [values], xLabels));
  }
  return out;
}

/**
 * The monitor job summary: the verdict first, then the timeline (start, first failure,
 * unhealthy, rollback start and end), one row per check (probes, failures, p50/p95 latency,
 * worst value) and mermaid charts of latency and error rate. URLs appear only in their
 * printable form (no credentials, no query string). Pure: result in, Markdown out.
 */
export function renderWatchSummary(result: WatchResult, version: string): string {
  const timeline = table(
    ['Time (UTC)', '+', 'Event'],
    ['l', 'r', 'l'],
    result.timeline.map((e) => [e.at.slice(11, 23), formatDuration(e.t), cell(e.event)]),
  );
  const checks = table(
    ['', 'Check', 'Limit', 'Probes', 'Failures', 'p50', 'p95', 'Worst'],
    ['l', 'l', 'l', 'r', 'l', 'r', 'r', 'l'],
    result.checks.map((c) => checkRow(c, result.failedCheck)),
  );
  const rollback = result.rollback
    ? [
        '',
        `Rollback: exit code ${code(String(result.rollback.exitCode ?? '—'))}${result.rollback.error ? `, ${cell(result.rollback.error)}` : ''}, ${formatDuration(result.rollback.durationMs)} (${result.rollback.startedAt} → ${result.rollback.endedAt}).`,
      ]
    : [];
  return [
    verdictLine(result),
    ...rollback,
    '',
    '### Timeline',
    '',
    timeline,
    '',
    '### Checks',
    '',
    checks,
    '',
    ...charts(result),
    '',
    footer(version),
    '',
  ].join('\n');
}
