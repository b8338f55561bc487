import { formatDuration, parseDuration } from '../../src/core/duration.js';
import { DbDeployError } from '../../src/core/errors.js';

function refusal(value: string, name: string): DbDeployError {
  try {
    parseDuration(value, name);
  } catch (error) {
    if (error instanceof DbDeployError) return error;
    throw error;
  }
  throw new Error(`expected "${value}" to be refused`);
}

describe('parseDuration', () => {
  test.each([
    ['250ms', 250],
    ['5s', 5_000],
    ['10m', 600_000],
    ['1h', 3_600_000],
    ['1.5s', 1_500],
    ['0', 0],
    ['0s', 0],
    [' 5s ', 5_000],
    ['2 m', 120_000],
  ])('reads %j as %d ms', (value, ms) => {
    expect(parseDuration(value, 'lock-timeout')).toBe(ms);
  });

  test.each(['5', 'soon', '-1s', '5 minutes', '', '   ', '1d', '5S', 's', '1.s', '.5s'])(
    'refuses %j, naming the input and the accepted form',
    (value) => {
      const error = refusal(value, 'lock-timeout');
      expect(error.code).toBe('bad-input');
      expect(error.message).toBe(`lock-timeout: "${value}" is not a duration`);
      expect(error.toLine()).toContain('e.g. 250ms, 5s, 10m or 1h');
    },
  );
});

describe('parseDuration and the longest timeout', () => {
  test('accepts 2147483647ms (INT_MAX, the most PostgreSQL and Node take) and 596h', () => {
    expect(parseDuration('2147483647ms', 'lock-timeout')).toBe(2_147_483_647);
    expect(parseDuration('596h', 'lock-timeout')).toBe(2_145_600_000);
  });

  test.each(['2147483648ms', '597h', '35791395m', '99999999999999999999h'])(
    'refuses %j as longer than PostgreSQL and Node accept, naming the limit',
    (value) => {
      const error = refusal(value, 'statement-timeout');
      expect(error.code).toBe('bad-input');
      expect(error.toLine()).toBe(
        `statement-timeout: "${value}" is longer than the longest timeout PostgreSQL and Node accept (2147483647ms, about 596h) — use at most 596h (0 for no limit)`,
      );
    },
  );
});

describe('formatDuration', () => {
  test.each([
    [0, '0ms'],
    [850, '850ms'],
    [849.6, '850ms'],
    [1_000, '1.0s'],
    [2_400, '2.4s'],
    [59_900, '59.9s'],
    [60_000, '1m 00s'],
    [185_000, '3m 05s'],
    [3_600_000, '60m 00s'],
  ])('shows %d ms as %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  // Rounding happens after the unit is chosen, so a value just under a boundary is shown in the
  // smaller unit with a rounded-up number that belongs to the bigger one ("1m 60s").
  test.each([
    [119_500, '2m 00s'],
    [59_960, '1m 00s'],
    [999.6, '1.0s'],
  ])('carries a rounded-up %d ms into the next unit (%j)', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });
});
