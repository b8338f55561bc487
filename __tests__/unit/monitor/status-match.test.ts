import { DbDeployError } from '../../../src/core/errors.js';
import { parseStatusMatcher } from '../../../src/core/monitor/status-match.js';

/** The statuses among `candidates` that `spec` accepts. */
function accepted(spec: string, candidates: readonly number[]): number[] {
  const matcher = parseStatusMatcher(spec, 'expected-status');
  return candidates.filter((status) => matcher.matches(status));
}

const STATUSES = [100, 199, 200, 201, 204, 299, 300, 301, 399, 400, 404, 499, 500, 503, 599];

describe('parseStatusMatcher', () => {
  test.each([
    ['2xx', [200, 201, 204, 299]],
    ['3XX', [300, 301, 399]],
    ['200', [200]],
    ['200,204', [200, 204]],
    ['200-399', [200, 201, 204, 299, 300, 301, 399]],
    ['204-204', [204]],
    ['2xx,301,500-503', [200, 201, 204, 299, 301, 500, 503]],
    ['  200 , 3xx ,404  ', [200, 300, 301, 399, 404]],
  ])('"%s" accepts exactly %j', (spec, expected) => {
    expect(accepted(spec, STATUSES)).toEqual(expected);
  });

  test.each(['', '   ', '\n'])('treats an empty list (%j) as 2xx', (spec) => {
    const matcher = parseStatusMatcher(spec, 'expected-status');
    expect(matcher.text).toBe('2xx');
    expect(accepted(spec, STATUSES)).toEqual([200, 201, 204, 299]);
  });

  test('keeps the list as written (trimmed) for the limit shown to people', () => {
    expect(parseStatusMatcher(' 200,204 ', 'expected-status').text).toBe('200,204');
  });

  test('includes both ends of a range and nothing beyond them', () => {
    const matcher = parseStatusMatcher('200-204', 'expected-status');
    expect([199, 200, 204, 205].map((s) => matcher.matches(s))).toEqual([false, true, true, false]);
  });

  test.each([
    '2x',
    '2xxx',
    '6xx',
    '0xx',
    '600-500',
    '300-200',
    'abc',
    '20',
    '2000',
    '200,',
    ',200',
    '200;204',
    '200 - 299',
    'ok',
  ])('refuses "%s" as bad input naming the input and the value', (spec) => {
    let caught: unknown;
    try {
      parseStatusMatcher(spec, 'expected-status');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DbDeployError);
    const error = caught as DbDeployError;
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe(`expected-status: "${spec}" is not a status list`);
    expect(error.hint).toMatch(/2xx/);
  });

  test('names the option it was given in the error', () => {
    expect(() => parseStatusMatcher('nope', '--expected-status')).toThrow(
      '--expected-status: "nope" is not a status list',
    );
  });
});
