import { ruleIds } from '../../helpers/lint.js';

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
