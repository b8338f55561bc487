import {
  assertNever,
  DbDeployError,
  describeError,
  isDbDeployError,
  oneLine,
} from '../../src/core/errors.js';

describe('DbDeployError', () => {
  test('keeps its code, where, hint, cause and partial result', () => {
    const cause = new Error('connection reset');
    const error = new DbDeployError('lock-timeout', 'lock not granted', {
      where: 'migrations/002_add_note.sql:1:1',
      hint: 'retry later',
      cause,
      partial: { applied: ['001_create_orders'] },
    });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('DbDeployError');
    expect(error.code).toBe('lock-timeout');
    expect(error.where).toBe('migrations/002_add_note.sql:1:1');
    expect(error.hint).toBe('retry later');
    expect(error.cause).toBe(cause);
    expect(error.partial).toEqual({ applied: ['001_create_orders'] });
  });

  test.each([
    [{}, 'migration failed'],
    [{ where: 'migrations/002.sql:3:1' }, 'migration failed (migrations/002.sql:3:1)'],
    [{ hint: 'fix the SQL' }, 'migration failed — fix the SQL'],
    [
      { where: 'migrations/002.sql:3:1', hint: 'fix the SQL' },
      'migration failed (migrations/002.sql:3:1) — fix the SQL',
    ],
  ])('prints what failed, where and what to do on one line (%j)', (options, line) => {
    expect(new DbDeployError('migration-failed', 'migration failed', options).toLine()).toBe(line);
  });

  test('folds a multi-line message, where and hint onto one line', () => {
    const error = new DbDeployError('migration-failed', 'syntax error\n  at or near "SELEC"\n', {
      where: 'migrations/002.sql:3:1',
      hint: 'fix the SQL\r\nand push again',
    });
    expect(error.toLine()).toBe(
      'syntax error at or near "SELEC" (migrations/002.sql:3:1) — fix the SQL and push again',
    );
    expect(error.toLine()).not.toMatch(/[\r\n]/);
  });
});

describe('describeError', () => {
  test('reports a DbDeployError as the user error it is', () => {
    const error = new DbDeployError('bad-input', 'count: "x" is not a number', {
      hint: 'use 1 or more',
    });
    expect(describeError(error)).toBe('count: "x" is not a number — use 1 or more');
  });

  test.each([
    [
      'an Error',
      new TypeError('cannot read properties of undefined'),
      'cannot read properties of undefined',
    ],
    ['a string', 'boom', 'boom'],
    ['undefined', undefined, 'undefined'],
    ['a multi-line Error', new Error('first\nsecond'), 'first second'],
  ])('marks %s as an internal error to report', (_case, thrown, message) => {
    expect(describeError(thrown)).toBe(
      `unexpected internal error: ${message} — please report it with the step log`,
    );
  });
});

describe('isDbDeployError', () => {
  test('tells user errors from everything else', () => {
    expect(isDbDeployError(new DbDeployError('x', 'y'))).toBe(true);
    expect(isDbDeployError(new Error('y'))).toBe(false);
    expect(isDbDeployError({ code: 'x', message: 'y', toLine: () => 'y' })).toBe(false);
  });
});

describe('oneLine', () => {
  test.each([
    ['a\nb', 'a b'],
    ['a\r\n\r\nb', 'a b'],
    ['  a \t b  ', 'a b'],
    ['', ''],
  ])('collapses %j to %j', (text, line) => {
    expect(oneLine(text)).toBe(line);
  });
});

describe('assertNever', () => {
  test('throws with the unhandled value', () => {
    expect(() => assertNever('sideways' as never)).toThrow('unhandled case: "sideways"');
  });
});
