import {
  backoffDelay,
  DEFAULT_BACKOFF,
  type BackoffPolicy,
} from '../../src/core/migrations/engine/retry.js';

const noJitter: BackoffPolicy = { ...DEFAULT_BACKOFF, jitter: 0 };

describe('backoffDelay', () => {
  test.each([
    [1, 250],
    [2, 500],
    [3, 1000],
    [4, 2000],
    [5, 4000],
    [6, 5000],
    [50, 5000],
  ])('waits base × factor^(n-1), capped at maxMs: retry %d after %d ms', (attempt, ms) => {
    expect(backoffDelay(attempt, noJitter)).toBe(ms);
  });

  test('treats attempt 0 or less as the first retry', () => {
    expect(backoffDelay(0, noJitter)).toBe(250);
    expect(backoffDelay(-3, noJitter)).toBe(250);
  });

  test('follows a custom policy', () => {
    const policy = { baseMs: 100, maxMs: 1000, factor: 3, jitter: 0 };
    expect([1, 2, 3, 4].map((n) => backoffDelay(n, policy))).toEqual([100, 300, 900, 1000]);
  });

  test.each([
    [0, 200],
    [0.5, 250],
    [0.999, 300],
  ])('spreads the first delay by ±20%% with random %d: %d ms', (random, ms) => {
    expect(backoffDelay(1, DEFAULT_BACKOFF, random)).toBe(ms);
  });

  test.each([
    [0, 4000],
    [0.5, 5000],
    [0.999, 5998],
  ])('spreads the capped delay around maxMs with random %d: %d ms', (random, ms) => {
    expect(backoffDelay(20, DEFAULT_BACKOFF, random)).toBe(ms);
  });

  test('stays within the jitter bounds for any random number in [0, 1)', () => {
    for (let attempt = 1; attempt <= 8; attempt += 1) {
      const raw = backoffDelay(attempt, noJitter);
      for (const random of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.999]) {
        const delay = backoffDelay(attempt, DEFAULT_BACKOFF, random);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(raw * 0.8));
        expect(delay).toBeLessThanOrEqual(Math.ceil(raw * 1.2));
      }
    }
  });

  test('never waits a negative time, even with jitter above 100%', () => {
    expect(backoffDelay(1, { ...DEFAULT_BACKOFF, jitter: 2 }, 0)).toBe(0);
  });

  test('uses Math.random when no random number is given', () => {
    const delay = backoffDelay(1);
    expect(delay).toBeGreaterThanOrEqual(200);
    expect(delay).toBeLessThanOrEqual(300);
  });
});
