import { lint, ruleIds } from '../../helpers/lint.js';
import { rulesWith } from '../../../src/core/lint/registry.js';

type Options = { pgVersion?: number; transactional?: boolean };

/** Every rule, with the opt-in index-too-many-columns. */
const WITH_WIDE = rulesWith(['index-too-many-columns']);

/** `rule:severity` of each finding of the index rules (opt-in ones too), in order. */
async function indexFindings(sql: string, options: Options = {}): Promise<string[]> {
  return (await lint(sql, { ...options, rules: WITH_WIDE }))
    .filter((f) => /index|reindex/.test(f.rule))
    .map((f) => `${f.rule}:${f.severity}`);
}

describe('require-concurrent-index', () => {
  it.each([
    ['CREATE INDEX i ON orders (customer_id);', ['require-concurrent-index']],
    ['CREATE UNIQUE INDEX i ON sales.orders (id);', ['require-concurrent-index']],
    ['CREATE INDEX CONCURRENTLY i ON orders (customer_id);', []],
    ['CREATE TABLE t (id bigint); CREATE INDEX i ON t (id);', []],
    ['CREATE TABLE s.t (id bigint); CREATE INDEX i ON t (id);', ['require-concurrent-index']],
  ])('%s → %j', async (sql, expected) => {
    expect((await ruleIds(sql)).filter((r) => r === 'require-concurrent-index')).toEqual(expected);
  });
});

describe('index rules', () => {
  it.each<[string, string, Options, string[]]>([
    // DROP INDEX
    [
      'flags DROP INDEX without CONCURRENTLY',
      'DROP INDEX i;',
      {},
      ['require-concurrent-index-drop:error'],
    ],
    ['accepts DROP INDEX CONCURRENTLY', 'DROP INDEX CONCURRENTLY IF EXISTS i;', {}, []],
    [
      'says DROP INDEX CONCURRENTLY of two indexes fails',
      'DROP INDEX CONCURRENTLY i, j;',
      {},
      ['require-concurrent-index-drop:error'],
    ],
    [
      'accepts dropping an index built on a table new in this migration',
      'CREATE TABLE t (id int); CREATE INDEX i ON t (id); DROP INDEX i;',
      {},
      [],
    ],
    [
      'flags dropping an index of an existing table built in this migration',
      'CREATE INDEX CONCURRENTLY i ON orders (id); DROP INDEX i;',
      {},
      ['require-concurrent-index-drop:error'],
    ],
    ['ignores DROP TABLE', 'DROP TABLE IF EXISTS old_things;', {}, []],
    // CONCURRENTLY inside a transaction
    [
      'flags CREATE INDEX CONCURRENTLY in a transactional migration',
      'CREATE INDEX CONCURRENTLY i ON orders (id);',
      { transactional: true },
      ['ban-concurrent-index-in-transaction:error'],
    ],
    [
      'flags DROP INDEX CONCURRENTLY in a transactional migration',
      'DROP INDEX CONCURRENTLY i;',
      { transactional: true },
      ['ban-concurrent-index-in-transaction:error'],
    ],
    [
      'flags REINDEX CONCURRENTLY in a transactional migration',
      'REINDEX INDEX CONCURRENTLY i;',
      { transactional: true },
      ['ban-concurrent-index-in-transaction:error'],
    ],
    [
      'accepts CONCURRENTLY in a .sql file (run outside a transaction)',
      'CREATE INDEX CONCURRENTLY i ON orders (id); DROP INDEX CONCURRENTLY j;',
      {},
      [],
    ],
    // REINDEX
    ['flags REINDEX TABLE', 'REINDEX TABLE orders;', {}, ['require-concurrent-reindex:error']],
    ['flags REINDEX INDEX', 'REINDEX INDEX orders_pkey;', {}, ['require-concurrent-reindex:error']],
    ['accepts REINDEX (CONCURRENTLY)', 'REINDEX (CONCURRENTLY) TABLE orders;', {}, []],
    ['accepts REINDEX … CONCURRENTLY', 'REINDEX INDEX CONCURRENTLY orders_pkey;', {}, []],
    [
      'accepts REINDEX of a table new in this migration',
      'CREATE TABLE t (id int); REINDEX TABLE t;',
      {},
      [],
    ],
    // too many columns
    [
      'notes a non-unique index with four columns',
      'CREATE INDEX CONCURRENTLY i ON orders (a, b, c, d);',
      {},
      ['index-too-many-columns:notice'],
    ],
    ['accepts three columns', 'CREATE INDEX CONCURRENTLY i ON orders (a, b, c);', {}, []],
    [
      'accepts INCLUDE columns',
      'CREATE INDEX CONCURRENTLY i ON orders (a, b, c) INCLUDE (d, e);',
      {},
      [],
    ],
    [
      'accepts a wide unique index',
      'CREATE UNIQUE INDEX CONCURRENTLY i ON orders (a, b, c, d);',
      {},
      [],
    ],
    [
      'notes a wide index on a new table too (hygiene, not traffic)',
      'CREATE TABLE t (a int, b int, c int, d int); CREATE INDEX i ON t (a, b, c, d);',
      {},
      ['index-too-many-columns:notice'],
    ],
  ])('%s', async (_name, sql, options, expected) => {
    expect(await indexFindings(sql, options)).toEqual(expected);
  });

  it('leaves index-too-many-columns off unless asked for (deliberate sort indexes are the norm)', async () => {
    expect(
      await ruleIds('CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON orders (a, b, c, d);'),
    ).toEqual([]);
  });

  it('tells how to rebuild without REINDEX CONCURRENTLY before PostgreSQL 12', async () => {
    const [old] = await lint('REINDEX INDEX i;', { pgVersion: 11 });
    expect(old?.hint).toMatch(/needs PostgreSQL 12.*CREATE INDEX CONCURRENTLY/);
    const [now] = await lint('REINDEX INDEX i;', { pgVersion: 16 });
    expect(now?.hint).toMatch(/REINDEX \(CONCURRENTLY\) INDEX i/);
  });

  it('names the index and the fix in a DROP INDEX finding', async () => {
    const [finding] = await lint('DROP INDEX sales.orders_idx;');
    expect(finding?.message).toMatch(/sales\.orders_idx.*reads and writes/);
    expect(finding?.hint).toMatch(/DROP INDEX CONCURRENTLY/);
  });
});
