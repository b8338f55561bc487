import { parseCount, parseRatio } from '../../../src/core/monitor/limits.js';
import { refusal } from '../../helpers/expect.js';

describe('parseRatio', () => {
  test.each([
    ['0.8', 0.8],
    ['80%', 0.8],
    ['5%', 0.05],
    ['5.5%', 0.055],
    ['.25', 0.25],
    ['0', 0],
    ['1', 1],
    ['100%', 1],
    [' 0.5 ', 0.5],
  ])('reads %j as %d', (value, ratio) => {
    expect(parseRatio(value, 'max-connections-usage')).toBeCloseTo(ratio, 10);
  });

  test.each(['1.5', '150%', '-0.1', 'most', '', '80 %', '0.8%%', '1e-1', '%'])(
    'refuses %j in one line naming the input and the accepted forms',
    (value) => {
      const error = refusal(() => parseRatio(value, 'max-connections-usage'));
      expect(error.code).toBe('bad-input');
      expect(error.toLine()).toBe(
        `max-connections-usage: "${value}" is not a share from 0 to 1 — use a fraction or a percentage, e.g. 0.8 or 80%`,
      );
    },
  );
});

describe('parseCount', () => {
  test.each([
    ['0', 0],
    ['3', 3],
    [' 100 ', 100],
  ])('reads %j as %d', (value, count) => {
    expect(parseCount(value, 'max-active-connections')).toBe(count);
  });

  test.each(['-1', '1.5', 'many', '', '1e3', '99999999999999999999'])('refuses %j', (value) => {
    const error = refusal(() => parseCount(value, 'max-active-connections'));
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe(
      `max-active-connections: "${value}" is not a whole number of at least 0`,
    );
  });

  test('refuses a count under the given minimum', () => {
    expect(refusal(() => parseCount('0', '--max-lock-waiters', 1)).message).toBe(
      '--max-lock-waiters: "0" is not a whole number of at least 1',
    );
  });
});
