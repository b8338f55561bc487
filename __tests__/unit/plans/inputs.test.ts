import { loadParser, parseSql } from '../../../src/core/sql/parse.js';
import { parseQueries } from '../../../src/core/plans/queries-file.js';
import { adaptStatement } from '../../../src/core/plans/adapt.js';
import {
  checkPlanOptions,
  parseFactor,
  PLAN_OPTION_DEFAULTS,
} from '../../../src/core/plans/options.js';
import { refusal } from '../../helpers/expect.js';

beforeAll(loadParser);

describe('parseQueries', () => {
  test('one query per statement, named by the -- name: comment above it, else by its first line', () => {
    const file = [
      '-- The important queries.',
      '',
      '-- name: orders of a user',
      'SELECT id FROM orders',
      ' WHERE user_id = $1;',
      '',
      "SELECT id FROM users WHERE email = 'ada@example.com';",
      '-- name: ship',
      '-- (the hot path)',
      "UPDATE orders SET status = 'shipped' WHERE id = $1",
    ].join('\n');
    const { queries, findings } = parseQueries(file, 'queries.sql');
    expect(findings).toEqual([]);
    expect(queries).toEqual([
      {
        name: 'orders of a user',
        source: 'file',
        sql: 'SELECT id FROM orders\n WHERE user_id = $1',
        file: 'queries.sql',
        line: 4,
      },
      {
        name: "SELECT id FROM users WHERE email = 'ada@example.com'",
        source: 'file',
        sql: "SELECT id FROM users WHERE email = 'ada@example.com'",
        file: 'queries.sql',
        line: 7,
      },
      expect.objectContaining({ name: 'ship', line: 10 }),
    ]);
  });

  test('a syntax error is one finding at its line; the queries before it are kept', () => {
    const { queries, findings } = parseQueries(
      'SELECT 1;\n-- name: broken\nSELEC id FROM orders;\nSELECT 2;',
      'queries.sql',
    );
    expect(queries.map((q) => q.sql)).toEqual(['SELECT 1']);
    expect(findings).toEqual([
      expect.objectContaining({
        file: 'queries.sql',
        line: 3,
        rule: 'plan-query-invalid',
        severity: 'error',
        message: 'the queries file does not parse: syntax error at or near "SELEC"',
      }),
    ]);
  });

  test.each([
    ['CREATE TABLE t (a int)', 'is not a query db-deploy plans'],
    ['EXPLAIN ANALYZE SELECT 1', 'is an EXPLAIN: write the query alone'],
    ['SELECT * INTO copy_of_orders FROM orders', 'is a SELECT … INTO, which creates a table'],
    ["COPY orders TO PROGRAM 'curl example.com'", 'is not a query db-deploy plans'],
  ])('%s is refused with one finding, never planned', (sql, message) => {
    const { queries, findings } = parseQueries(`-- name: x\n${sql};`, 'q.sql');
    expect(queries).toEqual([]);
    expect(findings).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining(message) }),
    ]);
  });

  test('two queries of one name are told apart by their line', () => {
    const { queries } = parseQueries('-- name: q\nSELECT 1;\n-- name: q\nSELECT 2;', 'q.sql');
    expect(queries.map((q) => q.name)).toEqual(['q', 'q (line 4)']);
  });
});

describe("adaptStatement (a new migration in the copy's transaction)", () => {
  const adapt = (sql: string) => {
    const parsed = parseSql(sql);
    if (!parsed.ok) throw new Error(parsed.message);
    return adaptStatement(parsed.statements[0]!);
  };

  test.each([
    [
      'CREATE INDEX CONCURRENTLY orders_idx ON orders (user_id)',
      'CREATE INDEX orders_idx ON orders (user_id)',
    ],
    ['DROP INDEX CONCURRENTLY IF EXISTS orders_idx', 'DROP INDEX IF EXISTS orders_idx'],
    [
      'CREATE INDEX CONCURRENTLY "concurrently" ON t ((note = \'concurrently\'))',
      'CREATE INDEX "concurrently" ON t ((note = \'concurrently\'))',
    ],
    ['ALTER TABLE m DETACH PARTITION m_2020 CONCURRENTLY', 'ALTER TABLE m DETACH PARTITION m_2020'],
    ['ALTER TABLE orders ADD COLUMN note text', 'ALTER TABLE orders ADD COLUMN note text'],
  ])('%s runs as %s', (sql, run) => {
    expect(adapt(sql)).toMatchObject({ run });
  });

  test.each([
    ['VACUUM ANALYZE orders', /^VACUUM left out/],
    ['ANALYZE orders', /^ANALYZE left out/],
    ['REINDEX INDEX CONCURRENTLY orders_idx', /^REINDEX left out/],
    ['SET statement_timeout = 0', /left out: db-deploy's lock_timeout and statement_timeout bound/],
    ['RESET ALL', /left out/],
  ])('%s is left out', (sql, skip) => {
    expect(adapt(sql)).toEqual({ skip: expect.stringMatching(skip) });
  });

  test.each([
    ['COMMIT', 'would end or split the transaction'],
    ['SAVEPOINT s', 'would end or split the transaction'],
    ["COPY orders FROM '/tmp/orders.csv'", 'COPY reads or writes outside the database'],
    ['CREATE DATABASE other', 'CREATE DATABASE cannot run in the transaction'],
    ['ALTER SYSTEM SET work_mem = 1', 'ALTER SYSTEM cannot run in the transaction'],
  ])('%s is refused: the migration is not planned', (sql, refuse) => {
    expect(adapt(sql)).toEqual({ refuse: expect.stringContaining(refuse) });
  });
});

describe('plan options', () => {
  const plans = (extra: Partial<Parameters<typeof checkPlanOptions>[0]> = {}) => ({
    ...PLAN_OPTION_DEFAULTS,
    ...extra,
  });

  test.each([
    ['10', 10],
    ['2.5', 2.5],
    ['10x', 10],
    ['4×', 4],
  ])('parseFactor(%s) is %d', (text, factor) => {
    expect(parseFactor(text, 'input plan-regression-ratio')).toBe(factor);
  });

  test.each(['1', '0.5', 'ten', '-3', ''])('parseFactor refuses %j', (text) => {
    expect(refusal(() => parseFactor(text, 'input plan-regression-ratio')).toLine()).toBe(
      `input plan-regression-ratio: "${text}" is not a factor above 1 — use a number such as 10 (a cost ten times the one before) or 2.5`,
    );
  });

  test('queries need a copy, a copy needs queries, and queries-from-stats needs the stats database', () => {
    expect(
      refusal(() => checkPlanOptions(plans({ queriesFile: '/q.sql' }), undefined)).message,
    ).toBe(
      'queries-file needs plans-database-url: plans on an empty or small database say nothing about production',
    );
    expect(
      refusal(() => checkPlanOptions(plans({ plansDatabaseUrl: 'postgres://h/db' }), undefined))
        .message,
    ).toBe('plans-database-url needs queries to plan: queries-file or queries-from-stats');
    expect(
      refusal(() =>
        checkPlanOptions(
          plans({ plansDatabaseUrl: 'postgres://h/db', queriesFromStats: 20 }),
          undefined,
        ),
      ).message,
    ).toBe(
      'queries-from-stats needs stats-database-url: the statements come from its pg_stat_statements',
    );
    expect(() =>
      checkPlanOptions(
        plans({ plansDatabaseUrl: 'postgres://h/db', queriesFile: '/q.sql' }),
        undefined,
      ),
    ).not.toThrow();
    expect(() => checkPlanOptions(plans(), undefined)).not.toThrow();
  });
});
