import { ruleIds } from '../../helpers/lint.js';

const RULE = 'require-concurrent-partition-detach';

describe(RULE, () => {
  it.each([
    ['ALTER TABLE measurements DETACH PARTITION measurements_2020;', 17, [RULE]],
    ['ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY;', 17, []],
    ['ALTER TABLE measurements DETACH PARTITION measurements_2020;', 13, [RULE]],
    [
      'CREATE TABLE m (at date) PARTITION BY RANGE (at); ALTER TABLE m DETACH PARTITION m_2020;',
      17,
      [],
    ],
  ])('%s on PostgreSQL %i → %j', async (sql, pgVersion, expected) => {
    expect((await ruleIds(sql, { pgVersion })).filter((r) => r === RULE)).toEqual(expected);
  });
});
