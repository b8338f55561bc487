import type { RollbackRun } from '../../../src/core/monitor/rollback.js';
import { watchFailure } from '../../../src/core/monitor/verdict.js';
import type { WatchResult } from '../../../src/core/monitor/watch.js';

function result(overrides: Partial<WatchResult> = {}): WatchResult {
  return {
    verdict: 'healthy',
    healthy: true,
    rolledBack: false,
    startedAt: '2024-05-01T12:00:00.000Z',
    endedAt: '2024-05-01T12:01:05.000Z',
    durationMs: 65_000,
    rounds: 7,
    failureThreshold: 3,
    intervalMs: 10_000,
    timeline: [],
    checks: [],
    samples: [],
    ...overrides,
  };
}

function rollback(exitCode: number | null, error?: string): RollbackRun {
  return {
    startedAt: '2024-05-01T12:01:00.000Z',
    endedAt: '2024-05-01T12:01:04.000Z',
    durationMs: 4_000,
    exitCode,
    ...(error ? { error } : {}),
  };
}

const UNHEALTHY: Partial<WatchResult> = {
  verdict: 'unhealthy',
  healthy: false,
  failedCheck: 'health',
  failedCheckLabel: 'health https://app.example.com/healthz',
  failedValue: '503 in 12ms',
  failedMessage: 'answered 503, expected 2xx',
  firstFailureAt: '2024-05-01T12:00:40.000Z',
};

const WHAT =
  'health https://app.example.com/healthz failed 3 times in a row (answered 503, expected 2xx)';

describe('watchFailure', () => {
  test('is undefined for a healthy watch', () => {
    expect(watchFailure(result())).toBeUndefined();
  });

  test('says nothing was rolled back when there is no rollback command', () => {
    const error = watchFailure(result(UNHEALTHY));
    expect(error?.code).toBe('unhealthy');
    expect(error?.message).toBe(`deployment unhealthy: ${WHAT}; nothing rolled back`);
    expect(error?.hint).toMatch(/rollback-command/);
  });

  test('says the deployment was rolled back when the rollback ended with 0', () => {
    const error = watchFailure(result({ ...UNHEALTHY, rolledBack: true, rollback: rollback(0) }));
    expect(error?.code).toBe('unhealthy');
    expect(error?.message).toBe(`deployment unhealthy: ${WHAT}; rolled back`);
    expect(error?.hint).toMatch(/exit code 0/);
  });

  test('reports a failed rollback with its exit code under its own code', () => {
    const error = watchFailure(result({ ...UNHEALTHY, rollback: rollback(2) }));
    expect(error?.code).toBe('rollback-failed');
    expect(error?.message).toBe(
      `deployment unhealthy: ${WHAT}; the rollback command FAILED (exit code 2)`,
    );
    expect(error?.hint).toMatch(/roll back by hand/);
  });

  test('reports a killed rollback with why it was killed rather than a null exit code', () => {
    const error = watchFailure(
      result({ ...UNHEALTHY, rollback: rollback(null, 'killed after 300ms (rollback-timeout)') }),
    );
    expect(error?.code).toBe('rollback-failed');
    expect(error?.message).toBe(
      `deployment unhealthy: ${WHAT}; the rollback command FAILED (killed after 300ms (rollback-timeout))`,
    );
    expect(error?.message).not.toContain('null');
  });

  test('falls back to the check id when there is no label', () => {
    const error = watchFailure(
      result({ ...UNHEALTHY, failedCheckLabel: undefined, failedCheck: 'db-lock-wait' }),
    );
    expect(error?.message).toMatch(/^deployment unhealthy: db-lock-wait failed 3 times in a row/);
  });

  test('reports a cancelled watch with how long it ran, nothing rolled back', () => {
    const error = watchFailure(result({ verdict: 'cancelled', healthy: false }));
    expect(error?.code).toBe('cancelled');
    expect(error?.message).toBe('watch cancelled after 1m 05s');
    expect(error?.hint).toMatch(/re-run/);
  });

  test('reports a cancelled watch rolled back on cancel', () => {
    const error = watchFailure(
      result({ verdict: 'cancelled', healthy: false, rolledBack: true, rollback: rollback(0) }),
    );
    expect(error?.code).toBe('cancelled');
    expect(error?.message).toBe('watch cancelled after 1m 05s; rolled back (rollback-on-cancel)');
  });

  test('reports a cancelled watch whose rollback failed', () => {
    expect(
      watchFailure(result({ verdict: 'cancelled', healthy: false, rollback: rollback(1) }))
        ?.message,
    ).toBe('watch cancelled after 1m 05s; rollback FAILED (exit code 1)');
    expect(
      watchFailure(
        result({
          verdict: 'cancelled',
          healthy: false,
          durationMs: 2_400,
          rollback: rollback(null, 'ended by SIGTERM'),
        }),
      )?.message,
    ).toBe('watch cancelled after 2.4s; rollback FAILED (ended by SIGTERM)');
  });

  test('fits every failure on one line, even with a multi-line probe message', () => {
    const error = watchFailure(
      result({
        ...UNHEALTHY,
        failedMessage: 'connection terminated\nunexpectedly',
        rollback: rollback(3),
      }),
    );
    expect(error?.toLine()).not.toMatch(/[\r\n]/);
    expect(error?.toLine()).toContain('connection terminated unexpectedly');
  });
});

describe('watchFailure from the CLI', () => {
  test.each<[string, Partial<WatchResult>]>([
    ['rolled back', { ...UNHEALTHY, rolledBack: true, rollback: rollback(0) }],
    ['rollback failed', { ...UNHEALTHY, rollback: rollback(2) }],
    ['cancelled, rollback failed', { verdict: 'cancelled', healthy: false, rollback: rollback(2) }],
  ])('%s: points at the output above, not at a job summary or step log', (_case, overrides) => {
    const hint = watchFailure(result(overrides), 'cli')?.hint ?? '';
    expect(hint).not.toMatch(/job summary|step log/);
    expect(hint).toMatch(/above/);
  });
});
