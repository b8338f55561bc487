import { renderWatchSummary } from '../../../src/core/report/monitor.js';
import type { RollbackRun } from '../../../src/core/monitor/rollback.js';
import type { CheckReport, Sample, WatchResult } from '../../../src/core/monitor/watch.js';

const START = Date.parse('2024-05-01T12:00:00.000Z');
const at = (t: number) => new Date(START + t).toISOString();
const HEALTH_LABEL = 'health https://app.example.com/healthz';
const RATE_LABEL = 'error rate error_rate at https://metrics.example.com/stats?…';

const HEALTH: CheckReport = {
  id: 'health',
  label: HEALTH_LABEL,
  limit: 'status 2xx within 5000ms',
  unit: 'ms',
  probes: 3,
  failures: 0,
  longestStreak: 0,
  p50LatencyMs: 14,
  p95LatencyMs: 31,
  worst: '200 in 31ms',
};

const RATE: CheckReport = {
  id: 'error-rate',
  label: RATE_LABEL,
  limit: '≤ 0.05',
  unit: 'ratio',
  probes: 3,
  failures: 0,
  longestStreak: 0,
  p50LatencyMs: 8,
  p95LatencyMs: 9,
  worst: '0.012',
};

/** `rounds` rounds, 10 s apart: health latency and an error rate given per round. */
function samples(
  rounds: number,
  latency: (round: number) => number,
  rate?: (round: number) => number,
): Sample[] {
  return Array.from({ length: rounds }, (_, i) => {
    const round = i + 1;
    const t = i * 10_000;
    const health: Sample = {
      t,
      round,
      check: 'health',
      ok: true,
      latencyMs: latency(round),
      value: latency(round),
      display: `200 in ${latency(round)}ms`,
    };
    if (!rate) return [health];
    const value = rate(round);
    return [
      health,
      { t, round, check: 'error-rate', ok: true, latencyMs: 8, value, display: String(value) },
    ];
  }).flat();
}

function healthy(overrides: Partial<WatchResult> = {}): WatchResult {
  return {
    verdict: 'healthy',
    healthy: true,
    rolledBack: false,
    startedAt: at(0),
    endedAt: at(30_000),
    durationMs: 30_000,
    rounds: 3,
    failureThreshold: 3,
    intervalMs: 10_000,
    timeline: [
      {
        at: at(0),
        t: 0,
        event: 'watch started: 2 checks every 10.0s for 30.0s, unhealthy after 3 failures in a row',
      },
      { at: at(30_000), t: 30_000, event: 'healthy to the end (3 rounds)' },
    ],
    checks: [HEALTH, RATE],
    samples: samples(
      3,
      (r) => [12, 31, 14][r - 1] ?? 0,
      (r) => [0.004, 0.012, 0.0071][r - 1] ?? 0,
    ),
    ...overrides,
  };
}

const ROLLED_BACK: RollbackRun = {
  startedAt: at(40_100),
  endedAt: at(52_300),
  durationMs: 12_200,
  exitCode: 0,
};

function unhealthyRolledBack(): WatchResult {
  return {
    verdict: 'unhealthy',
    healthy: false,
    rolledBack: true,
    startedAt: at(0),
    endedAt: at(52_300),
    durationMs: 52_300,
    rounds: 5,
    failureThreshold: 3,
    intervalMs: 10_000,
    failedCheck: 'health',
    failedCheckLabel: HEALTH_LABEL,
    failedValue: '503 in 40ms',
    failedMessage: 'answered 503, expected 2xx',
    firstFailureAt: at(20_000),
    rollback: ROLLED_BACK,
    timeline: [
      {
        at: at(0),
        t: 0,
        event:
          'watch started: 2 checks every 10.0s for 5m 00s, unhealthy after 3 failures in a row',
      },
      {
        at: at(20_000),
        t: 20_000,
        event: `first failed probe: ${HEALTH_LABEL}: answered 503, expected 2xx`,
      },
      { at: at(40_000), t: 40_000, event: `unhealthy: ${HEALTH_LABEL} failed 3 times in a row` },
      { at: at(40_100), t: 40_100, event: 'rollback started' },
      { at: at(52_300), t: 52_300, event: 'rollback finished (exit code 0, 12.2s)' },
    ],
    checks: [
      {
        ...HEALTH,
        probes: 5,
        failures: 3,
        longestStreak: 3,
        worst: '503 in 40ms',
        lastFailure: 'answered 503, expected 2xx',
      },
      {
        ...RATE,
        probes: 5,
        failures: 1,
        longestStreak: 1,
        worst: '0.09',
        lastFailure: 'error rate 0.09 is over 0.05',
      },
    ],
    samples: samples(
      5,
      (r) => 10 * r,
      (r) => (r === 4 ? 0.09 : 0.01),
    ),
  };
}

function cancelled(overrides: Partial<WatchResult> = {}): WatchResult {
  return {
    verdict: 'cancelled',
    healthy: false,
    rolledBack: false,
    startedAt: at(0),
    endedAt: at(41_000),
    durationMs: 41_000,
    rounds: 4,
    failureThreshold: 3,
    intervalMs: 10_000,
    timeline: [
      {
        at: at(0),
        t: 0,
        event:
          'watch started: 1 checks every 10.0s for 5m 00s, unhealthy after 3 failures in a row',
      },
      { at: at(41_000), t: 41_000, event: 'cancelled: probing stopped' },
    ],
    checks: [
      { ...HEALTH, probes: 4, p50LatencyMs: undefined, p95LatencyMs: undefined, worst: undefined },
    ],
    samples: samples(4, () => 20),
    ...overrides,
  };
}

const lines = (markdown: string) => markdown.split('\n');

/** The mermaid blocks of a summary, each as its lines without the fences. */
function mermaid(markdown: string): string[][] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) =>
    (m[1] ?? '').split('\n'),
  );
}

/** The numbers of the `line [...]` rows of a chart. */
function chartLines(chart: readonly string[]): number[][] {
  return chart
    .filter((l) => l.trim().startsWith('line ['))
    .map((l) => JSON.parse(l.trim().slice('line '.length)) as number[]);
}

function xLabels(chart: readonly string[]): string[] {
  const axis = chart.find((l) => l.trim().startsWith('x-axis')) ?? '';
  return (/\[(.*)\]/.exec(axis)?.[1] ?? '').split(', ');
}

describe('renderWatchSummary', () => {
  describe('for a healthy watch', () => {
    const markdown = renderWatchSummary(healthy(), '1.2.3');

    test('opens with the verdict', () => {
      expect(lines(markdown)[0]).toBe(
        '## ✅ Healthy — 2 checks, 3 rounds over 30.0s, never 3 failures in a row',
      );
    });

    test('has no rollback line', () => {
      expect(markdown).not.toContain('Rollback:');
    });

    test('lists the timeline with the UTC time of day and the offset', () => {
      expect(markdown).toContain(
        '### Timeline\n\n| Time (UTC) | + | Event |\n| --- | ---: | --- |\n',
      );
      expect(markdown).toContain(
        '| 12:00:00.000 | 0ms | watch started: 2 checks every 10.0s for 30.0s, unhealthy after 3 failures in a row |',
      );
      expect(markdown).toContain('| 12:00:30.000 | 30.0s | healthy to the end (3 rounds) |');
    });

    test('has one row per check with probes, failures, p50, p95 and the worst value', () => {
      expect(markdown).toContain(
        '|  | Check | Limit | Probes | Failures | p50 | p95 | Worst |\n| --- | --- | --- | ---: | --- | ---: | ---: | --- |',
      );
      expect(markdown).toContain(
        `| ✅ | ${HEALTH_LABEL} | status 2xx within 5000ms | 3 | 0 | 14ms | 31ms | 200 in 31ms |`,
      );
      expect(markdown).toContain(`| ✅ | ${RATE_LABEL} | ≤ 0.05 | 3 | 0 | 8ms | 9ms | 0.012 |`);
    });

    test('draws a latency chart and an error-rate chart', () => {
      const charts = mermaid(markdown);
      expect(charts).toHaveLength(2);
      const [latency, rate] = charts as [string[], string[]];
      expect(latency[0]).toBe('xychart-beta');
      expect(latency).toContain('  title "Health latency (ms)"');
      expect(chartLines(latency)).toEqual([[12, 31, 14]]);
      expect(xLabels(latency)).toEqual(['0', '7', '13']);
      expect(latency).toContain('  y-axis "ms" 0 --> 35');
      expect(markdown).toContain('**Health latency**\n\n```mermaid');
      expect(rate[0]).toBe('xychart-beta');
      expect(rate).toContain('  title "Error rate"');
      expect(chartLines(rate)).toEqual([[0.004, 0.012, 0.0071]]);
      expect(markdown).toContain('**Error rate**\n\n```mermaid');
    });

    test('ends with the version footer', () => {
      expect(markdown.trimEnd().endsWith('<sub>db-deploy v1.2.3</sub>')).toBe(true);
    });
  });

  describe('for an unhealthy watch that was rolled back', () => {
    const markdown = renderWatchSummary(unhealthyRolledBack(), '1.2.3');

    test('opens with the failed check, why, and the rollback', () => {
      expect(lines(markdown)[0]).toBe(
        `## ❌ Unhealthy — ${HEALTH_LABEL}: answered 503, expected 2xx — rolled back`,
      );
    });

    test('gives the rollback exit code, duration and times', () => {
      expect(lines(markdown)[2]).toBe(
        `Rollback: exit code \`0\`, 12.2s (${at(40_100)} → ${at(52_300)}).`,
      );
    });

    test('shows the first failure, the verdict and the rollback in the timeline', () => {
      expect(markdown).toContain(
        `| 12:00:20.000 | 20.0s | first failed probe: ${HEALTH_LABEL}: answered 503, expected 2xx |`,
      );
      expect(markdown).toContain(
        `| 12:00:40.000 | 40.0s | unhealthy: ${HEALTH_LABEL} failed 3 times in a row |`,
      );
      expect(markdown).toContain(
        '| 12:00:52.300 | 52.3s | rollback finished (exit code 0, 12.2s) |',
      );
    });

    test('marks the failed check ❌ and another check that failed at times ⚠️', () => {
      expect(markdown).toContain(
        `| ❌ | ${HEALTH_LABEL} | status 2xx within 5000ms | 5 | 3 (longest run 3) | 14ms | 31ms | 503 in 40ms |`,
      );
      expect(markdown).toContain(
        `| ⚠️ | ${RATE_LABEL} | ≤ 0.05 | 5 | 1 (longest run 1) | 8ms | 9ms | 0.09 |`,
      );
    });

    test('charts the error-rate spike', () => {
      const rate = mermaid(markdown)[1] ?? [];
      expect(chartLines(rate)).toEqual([[0.01, 0.01, 0.01, 0.09, 0.01]]);
      expect(rate).toContain('  y-axis "rate" 0 --> 0.099');
    });
  });

  describe('for a failed rollback', () => {
    test('says the rollback failed and why, in the verdict and the rollback line', () => {
      const markdown = renderWatchSummary(
        {
          ...unhealthyRolledBack(),
          rolledBack: false,
          rollback: {
            startedAt: at(40_100),
            endedAt: at(40_400),
            durationMs: 300,
            exitCode: null,
            error: 'killed after 300ms (rollback-timeout)',
          },
        },
        '1.2.3',
      );
      expect(lines(markdown)[0]).toMatch(
        / — rollback FAILED \(killed after 300ms \(rollback-timeout\)\)$/,
      );
      expect(lines(markdown)[2]).toBe(
        `Rollback: exit code \`—\`, killed after 300ms (rollback-timeout), 300ms (${at(40_100)} → ${at(40_400)}).`,
      );
    });

    test('gives the exit code when the command ran and failed', () => {
      const markdown = renderWatchSummary(
        {
          ...unhealthyRolledBack(),
          rolledBack: false,
          rollback: { ...ROLLED_BACK, exitCode: 4 },
        },
        '1.2.3',
      );
      expect(lines(markdown)[0]).toMatch(/ — rollback FAILED \(exit code 4\)$/);
    });
  });

  test('says nothing was rolled back for an unhealthy watch without a rollback command', () => {
    const result: WatchResult = { ...unhealthyRolledBack(), rolledBack: false };
    delete result.rollback;
    const markdown = renderWatchSummary(result, '1.2.3');
    expect(lines(markdown)[0]).toBe(
      `## ❌ Unhealthy — ${HEALTH_LABEL}: answered 503, expected 2xx — nothing rolled back (no rollback-command)`,
    );
    expect(markdown).not.toContain('Rollback:');
  });

  describe('for a cancelled watch', () => {
    test('opens with the cancel and says nothing was rolled back', () => {
      const markdown = renderWatchSummary(cancelled(), '1.2.3');
      expect(lines(markdown)[0]).toBe(
        '## ⏹️ Cancelled — probing stopped after 1 check, 4 rounds over 41.0s, nothing rolled back',
      );
      expect(markdown).toContain('| 12:00:41.000 | 41.0s | cancelled: probing stopped |');
    });

    test('shows a dash where a check has no latency or worst value', () => {
      const markdown = renderWatchSummary(cancelled(), '1.2.3');
      expect(markdown).toContain(
        `| ✅ | ${HEALTH_LABEL} | status 2xx within 5000ms | 4 | 0 | — | — | — |`,
      );
    });

    test('draws no error-rate chart when there is no error-rate check', () => {
      const markdown = renderWatchSummary(cancelled(), '1.2.3');
      expect(mermaid(markdown)).toHaveLength(1);
      expect(markdown).not.toContain('Error rate');
    });

    test('says whether the rollback on cancel worked', () => {
      const run = { startedAt: at(41_000), endedAt: at(42_000), durationMs: 1_000 };
      expect(
        lines(
          renderWatchSummary(
            cancelled({ rolledBack: true, rollback: { ...run, exitCode: 0 } }),
            '1',
          ),
        )[0],
      ).toMatch(/, rolled back \(rollback-on-cancel\)$/);
      expect(
        lines(renderWatchSummary(cancelled({ rollback: { ...run, exitCode: 1 } }), '1'))[0],
      ).toMatch(/, rollback FAILED$/);
    });
  });

  describe('charts', () => {
    test('are left out with fewer than 2 rounds', () => {
      for (const rounds of [0, 1]) {
        const markdown = renderWatchSummary(
          healthy({
            rounds,
            samples: samples(
              rounds,
              () => 12,
              () => 0.01,
            ),
          }),
          '1.2.3',
        );
        expect(markdown).not.toContain('```mermaid');
        expect(markdown).not.toContain('xychart-beta');
        expect(markdown).toContain('### Checks');
      }
    });

    test('carry at most 40 points for a long watch, keeping the worst of each stretch', () => {
      const spike = 301;
      const markdown = renderWatchSummary(
        healthy({
          rounds: 600,
          durationMs: 6_000_000,
          samples: samples(
            600,
            (r) => (r === spike ? 900 : 10 + (r % 7)),
            (r) => (r === spike ? 0.2 : 0.001),
          ),
        }),
        '1.2.3',
      );
      const charts = mermaid(markdown);
      expect(charts).toHaveLength(2);
      for (const chart of charts) {
        expect(chart[0]).toBe('xychart-beta');
        const [line] = chartLines(chart);
        expect(line).toHaveLength(40);
        expect(xLabels(chart)).toHaveLength(40);
      }
      const [latency] = chartLines(charts[0] ?? []);
      expect(Math.max(...(latency ?? []))).toBe(900);
      expect(latency?.filter((v) => v === 900)).toHaveLength(1);
      expect(latency?.filter((v) => v !== 900).every((v) => v === 16)).toBe(true);
      const [rate] = chartLines(charts[1] ?? []);
      expect(rate?.filter((v) => v === 0.2)).toHaveLength(1);
      const labels = xLabels(charts[0] ?? []).map(Number);
      expect(labels[0]).toBe(0);
      expect(labels.every((v, i) => i === 0 || v > (labels[i - 1] ?? 0))).toBe(true);
      expect(labels.at(-1)).toBeLessThan(5990);
    });

    test('draw one latency line per health check, naming them in a legend', () => {
      const health2: CheckReport = {
        ...HEALTH,
        id: 'health-2',
        label: 'health https://admin.example.com/up',
      };
      const both = samples(3, () => 12).flatMap((s) => [
        s,
        { ...s, check: 'health-2', latencyMs: 40, value: 40 },
      ]);
      const markdown = renderWatchSummary(
        healthy({ checks: [HEALTH, health2], samples: both }),
        '1.2.3',
      );
      const latency = mermaid(markdown)[0] ?? [];
      expect(chartLines(latency)).toEqual([
        [12, 12, 12],
        [40, 40, 40],
      ]);
      expect(markdown).toContain(
        `**Health latency** (lines: ${HEALTH_LABEL}; health https://admin.example.com/up)`,
      );
    });
  });

  test('escapes a | in a label, a limit, a value or an event so the tables keep their columns', () => {
    const markdown = renderWatchSummary(
      healthy({
        checks: [{ ...HEALTH, label: 'health https://app.example.com/a|b', worst: 'x|y' }],
        timeline: [{ at: at(0), t: 0, event: 'first failed probe: a|b' }],
      }),
      '1.2.3',
    );
    expect(markdown).toContain(
      '| ✅ | health https://app.example.com/a\\|b | status 2xx within 5000ms |',
    );
    expect(markdown).toContain('| x\\|y |');
    expect(markdown).toContain('| 12:00:00.000 | 0ms | first failed probe: a\\|b |');
    const checkRow = lines(markdown).find((l) => l.includes('app.example.com/a')) ?? '';
    expect(checkRow.split(/(?<!\\)\|/)).toHaveLength(10);
  });

  test('keeps a multi-line event on its row', () => {
    const markdown = renderWatchSummary(
      healthy({ timeline: [{ at: at(0), t: 0, event: 'first failed probe: line one\nline two' }] }),
      '1.2.3',
    );
    expect(markdown).toContain('| 12:00:00.000 | 0ms | first failed probe: line one line two |');
  });

  describe('the y-axis of the error-rate chart', () => {
    const rateOnly = (value: number): WatchResult =>
      healthy({
        checks: [RATE],
        samples: samples(
          3,
          () => 10,
          () => value,
        ).filter((s) => s.check === 'error-rate'),
      });
    const top = (value: number): number => {
      const chart = mermaid(renderWatchSummary(rateOnly(value), '1.2.3'))[0] ?? [];
      const axis = chart.find((l) => l.trim().startsWith('y-axis')) ?? '';
      return Number(/--> (\S+)$/.exec(axis)?.[1]);
    };

    test.each([0.0123, 0.05, 0.5, 0.95])('reaches above a rate of %p', (value) => {
      expect(top(value)).toBeGreaterThanOrEqual(value);
      expect(top(value)).toBeLessThanOrEqual(Math.max(1, value * 1.2));
    });

    test('is 0 --> 1 when every rate is 0', () => {
      expect(top(0)).toBe(1);
    });

    // Known bug: the top is max * 1.1 rounded to 3 decimals below 1 and to a whole number from
    // 1: a rate of 0.0002 gets "0 --> 0" and a rate of 1.3 gets "0 --> 1", below the line.
    test('reaches above a tiny rate of 0.0002', () => {
      expect(top(0.0002)).toBeGreaterThanOrEqual(0.0002);
    });

    test('reaches above a rate of 1.3 (a metric that is not a ratio)', () => {
      expect(top(1.3)).toBeGreaterThanOrEqual(1.3);
    });
  });
});
