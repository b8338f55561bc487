import { readFileSync } from 'node:fs';
import type { CopyRunResult, Phase } from '../../../src/core/plans/copy-run.js';
import type { PlanOutcome } from '../../../src/core/plans/explain.js';
import { formatRatio, lineOf } from '../../../src/core/plans/finding-format.js';
import { countRegressions, judgePlans } from '../../../src/core/plans/findings.js';
import { PLAN_DEFAULTS } from '../../../src/core/plans/options.js';
import { coversForeignKey } from '../../../src/core/plans/index-checks.js';
import { summarisePlan } from '../../../src/core/plans/plan-shape.js';
import type { IndexInfo, RepresentativeQuery } from '../../../src/core/plans/types.js';
import { indexInfo as index, sqlMigration } from '../../helpers/factories.js';

const planned = (name: string): PlanOutcome => ({
  ok: true,
  plan: summarisePlan(
    JSON.parse(readFileSync(`__tests__/unit/fixtures/plans/${name}.json`, 'utf8')),
  ),
});
const failed = (error: string): PlanOutcome => ({ ok: false, error });

const ORDERS_OF_USER: RepresentativeQuery = {
  name: 'orders of a user',
  source: 'file',
  sql: 'SELECT id FROM orders WHERE user_id = $1',
  file: 'queries.sql',
  line: 4,
};

const DROP = sqlMigration(
  '1700000000020_drop_index',
  '-- Up Migration\nDROP INDEX CONCURRENTLY orders_user_id_idx;\n\n-- Down Migration\nSELECT 1;\n',
);

const phase = (
  outcome: PlanOutcome,
  indexes: IndexInfo[] = [],
  foreignKeys: Phase['foreignKeys'] = [],
): Phase => ({
  plans: new Map([[ORDERS_OF_USER.name, outcome]]),
  indexes,
  foreignKeys,
});

/** One new migration on the copy: `before` is the baseline, `after` the copy after it. */
function run(before: Phase, after: Phase | undefined, orders = 300_000): CopyRunResult {
  return {
    caughtUp: [],
    baseline: before,
    migrations: [
      {
        migration: DROP,
        status: after ? 'planned' : 'failed',
        ...(after ? { after } : { error: 'could not create unique index "x"' }),
        adjustments: [],
      },
    ],
    tableRows: new Map([['public.orders', orders]]),
  };
}

const judge = (result: CopyRunResult, thresholds = PLAN_DEFAULTS) =>
  judgePlans(result, [ORDERS_OF_USER], thresholds);
const found = (result: CopyRunResult, thresholds = PLAN_DEFAULTS) =>
  judge(result, thresholds).findings.get(DROP.name) ?? [];

describe('judgePlans', () => {
  test('an index scan lost on a table of 300,000 rows is an error naming the query, the table, both shapes and the ratio, at the DROP INDEX', () => {
    const [finding, ...more] = found(
      run(phase(planned('bitmap-limit')), phase(planned('parallel-seq-limit'))),
    );
    expect(more).toEqual([]);
    expect(finding).toEqual({
      file: 'migrations/1700000000020_drop_index.sql',
      line: 2,
      column: 1,
      endLine: 2,
      rule: 'plan-regression',
      severity: 'error',
      message:
        '1700000000020_drop_index makes query "orders of a user" (queries.sql:4) lose its index scan on public.orders (~300,000 rows): Bitmap Index Scan on orders_user_id_idx → Parallel Seq Scan on public.orders; estimated cost 217.47 → 5,415.07 (×24.9)',
      hint: expect.stringContaining('keep an index the query can use on public.orders'),
    });
  });

  test('on a table under plan-min-rows, only the cost ratio counts', () => {
    const small = run(phase(planned('bitmap-limit')), phase(planned('parallel-seq-limit')), 50_000);
    expect(found(small, { regressionRatio: 30, minRows: 100_000 })).toEqual([]);
    const [finding] = found(small, { regressionRatio: 10, minRows: 100_000 });
    expect(finding?.message).toBe(
      '1700000000020_drop_index makes query "orders of a user" (queries.sql:4) ×24.9 as costly: Limit: Bitmap Index Scan on orders_user_id_idx (public.orders) → Limit: Parallel Seq Scan on public.orders; estimated cost 217.47 → 5,415.07 (×24.9)',
    );
    expect(finding?.line).toBe(1);
  });

  test('a plan that got cheaper, or stayed, is no finding; the change is recorded', () => {
    const verdict = judge(
      run(phase(planned('parallel-seq-limit')), phase(planned('bitmap-limit'))),
    );
    expect(verdict.findings.get(DROP.name)).toEqual([]);
    expect(verdict.migrations[0]?.queries[0]).toMatchObject({
      changed: true,
      ratio: expect.any(Number),
    });
    expect(verdict.migrations[0]?.queries[0]?.verdict).toBeUndefined();
    const same = judge(run(phase(planned('bitmap-limit')), phase(planned('bitmap-limit'))));
    expect(same.migrations[0]?.queries[0]).toMatchObject({ changed: false, ratio: 1 });
  });

  test('plan-regressions counts the queries that regressed or broke, and nothing else', () => {
    const regressed = judge(
      run(phase(planned('bitmap-limit')), phase(planned('parallel-seq-limit'))),
    );
    const broken = judge(run(phase(planned('bitmap-limit')), phase(failed('no column'))));
    const cheaper = judge(
      run(phase(planned('parallel-seq-limit')), phase(planned('bitmap-limit'))),
    );
    expect(countRegressions(regressed)).toBe(1);
    expect(countRegressions(broken)).toBe(1);
    expect(countRegressions(cheaper)).toBe(0);
    expect(countRegressions({ migrations: [...regressed.migrations, ...broken.migrations] })).toBe(
      2,
    );
    expect(countRegressions(undefined)).toBe(0);
  });

  test('a query the migration makes unplannable is an error: the migration breaks it', () => {
    const [finding] = found(
      run(phase(planned('bitmap-limit')), phase(failed('column "user_id" does not exist'))),
    );
    expect(finding).toMatchObject({
      rule: 'plan-query-broken',
      severity: 'error',
      message:
        '1700000000020_drop_index breaks query "orders of a user" (queries.sql:4): after it, PostgreSQL cannot plan it: column "user_id" does not exist',
    });
  });

  test('a migration that does not apply on the copy is an error, and nothing is compared', () => {
    const verdict = judge(run(phase(planned('bitmap-limit')), undefined));
    expect(verdict.findings.get(DROP.name)).toEqual([
      expect.objectContaining({
        rule: 'plan-migration-not-applied',
        message:
          '1700000000020_drop_index was not planned on the production-sized copy: could not create unique index "x"',
      }),
    ]);
    expect(verdict.migrations[0]).toMatchObject({ status: 'failed', queries: [] });
  });

  test('a file query no phase can plan is one error at its line in the queries file', () => {
    const missing = failed('relation "coupons" does not exist');
    const verdict = judge(run(phase(missing), phase(missing)));
    expect(verdict.queryFindings).toEqual([
      expect.objectContaining({
        file: 'queries.sql',
        line: 4,
        rule: 'plan-query-invalid',
        severity: 'error',
        message:
          'query "orders of a user" cannot be planned on the copy, before or after the new migrations: relation "coupons" does not exist',
      }),
    ]);
    expect(verdict.findings.get(DROP.name)).toEqual([]);
  });

  test('a query on a table the migration creates plans after it: no finding', () => {
    const verdict = judge(
      run(phase(failed('relation "coupons" does not exist')), phase(planned('update-by-pk'))),
    );
    expect(verdict.queryFindings).toEqual([]);
    expect(verdict.findings.get(DROP.name)).toEqual([]);
    expect(verdict.migrations[0]?.queries[0]).toMatchObject({ changed: true });
  });

  test('a new index no query uses is a notice, unless it backs a constraint or covers a foreign key', () => {
    const created = [
      index('orders_status_idx', ['status']),
      index('orders_code_key', ['code'], { unique: true, constraint: 'orders_code_key' }),
      index('orders_shop_idx', ['shop_id']),
    ];
    const fk = {
      schema: 'public',
      table: 'orders',
      name: 'orders_shop_fk',
      columns: ['shop_id'],
      references: 'public.shops',
    };
    const findings = found(
      run(phase(planned('bitmap-limit')), phase(planned('bitmap-limit'), created, [fk])),
    );
    expect(findings.map((f) => [f.rule, f.severity, f.message])).toEqual([
      [
        'unused-new-index',
        'notice',
        '1700000000020_drop_index creates index public.orders_status_idx, which none of the 1 representative queries uses on the copy',
      ],
    ]);
  });
});

describe('coversForeignKey', () => {
  const fk = { schema: 'public', table: 'orders', columns: ['shop_id', 'user_id'] };
  test.each([
    ['user_id, shop_id, created_at', true, index('a', ['user_id', 'shop_id', 'created_at'])],
    ['shop_id alone', false, index('b', ['shop_id'])],
    ['created_at first', false, index('c', ['created_at', 'shop_id', 'user_id'])],
    [
      'a partial index',
      false,
      index('d', ['shop_id', 'user_id'], { predicate: 'user_id IS NOT NULL' }),
    ],
    ['an INVALID index', false, index('e', ['shop_id', 'user_id'], { valid: false })],
    ['a gin index', false, index('f', ['shop_id', 'user_id'], { method: 'gin' })],
    ['a quoted column name', true, index('g', ['"shop_id"', 'user_id'])],
  ])('an index on %s covers it: %s', (_name, covers, candidate) => {
    expect(coversForeignKey(candidate, fk)).toBe(covers);
  });
});

test.each([
  [24.87, '×24.9'],
  [2172.4, '×2,172'],
  [1, '×1.0'],
  [0.0401, '×0.04'],
])('formatRatio(%d) is %s', (ratio, text) => {
  expect(formatRatio(ratio)).toBe(text);
});

test('lineOf finds a name in the up section, quoted or not, and falls back to line 1', () => {
  const migration = sqlMigration(
    'm',
    '-- Up Migration\nSELECT 1;\nDROP INDEX "Orders_Idx";\n\n-- Down Migration\nCREATE INDEX other_idx ON t (a);\n',
  );
  expect(lineOf(migration, 'Orders_Idx')).toBe(3);
  expect(lineOf(migration, 'other_idx')).toBe(1);
});
