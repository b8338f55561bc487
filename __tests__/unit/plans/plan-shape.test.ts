import { readFileSync } from 'node:fs';
import {
  describeAccess,
  renderPlanTree,
  summarisePlan,
  withoutOutputs,
} from '../../../src/core/plans/plan-shape.js';

/** EXPLAIN (FORMAT JSON, VERBOSE) output captured from PostgreSQL 18 on the plans fixture's copy. */
const plan = (name: string): unknown =>
  JSON.parse(readFileSync(`__tests__/unit/fixtures/plans/${name}.json`, 'utf8'));

const STATUS_FIRST = new Map([['orders_status_user_idx', 'status']]);

describe('summarisePlan', () => {
  test('a bitmap scan under a sort and a limit: the cost of the top node, one access through the index', () => {
    const summary = summarisePlan(plan('bitmap-limit'));
    expect(summary).toMatchObject({
      cost: 217.47,
      rows: 20,
      shape: 'Limit: Bitmap Index Scan on orders_user_id_idx (public.orders)',
      accesses: [
        {
          table: 'public.orders',
          method: 'bitmap',
          node: 'Bitmap Heap Scan',
          index: 'orders_user_id_idx',
        },
      ],
    });
  });

  test('a parallel sequential scan is named as EXPLAIN names it', () => {
    expect(summarisePlan(plan('parallel-seq-limit'))).toMatchObject({
      cost: 5415.07,
      shape: 'Limit: Parallel Seq Scan on public.orders',
      accesses: [{ table: 'public.orders', method: 'seq', node: 'Parallel Seq Scan' }],
    });
  });

  test('an UPDATE: the modified table is not an access, the scan that finds its rows is', () => {
    expect(summarisePlan(plan('update-by-pk'))).toMatchObject({
      shape: 'Update on public.orders: Index Scan using orders_pkey on public.orders',
      accesses: [{ method: 'index', index: 'orders_pkey', table: 'public.orders' }],
    });
  });

  test.each([
    [17, 'full index read'],
    [18, 'skip scan'],
  ])(
    'an index scan whose condition skips the first column is marked on PostgreSQL %i as a %s',
    (major, read) => {
      const summary = summarisePlan(plan('index-scan-second-column'), {
        firstKeys: STATUS_FIRST,
        major,
      });
      expect(summary.accesses[0]?.indexRead).toBe(read);
      expect(summary.shape).toBe(
        `Index Scan using orders_status_user_idx on public.orders (${read})`,
      );
    },
  );

  test('an index scan on its first column is not marked', () => {
    const summary = summarisePlan(plan('update-by-pk'), {
      firstKeys: new Map([['orders_pkey', 'id']]),
      major: 15,
    });
    expect(summary.accesses[0]?.indexRead).toBeUndefined();
  });

  test('keeps the plan without VERBOSE output lists', () => {
    const summary = summarisePlan(plan('index-scan-second-column'));
    expect(JSON.stringify(summary.plan)).not.toContain('"Output"');
    expect(withoutOutputs({ Output: ['a'], Plans: [{ Output: ['b'], x: 1 }] })).toEqual({
      Plans: [{ x: 1 }],
    });
  });

  test('refuses output that holds no plan', () => {
    expect(() => summarisePlan([{}])).toThrow('EXPLAIN returned no plan');
  });
  test('a plan over many tables names the first four and counts the rest', () => {
    const scan = (n: number) => ({
      'Node Type': 'Seq Scan',
      'Relation Name': `events_${n}`,
      Schema: 'public',
      'Total Cost': 1,
    });
    const append = [
      { Plan: { 'Node Type': 'Append', 'Total Cost': 6, Plans: [1, 2, 3, 4, 5, 6].map(scan) } },
    ];
    const summary = summarisePlan(append);
    expect(summary.accesses).toHaveLength(6);
    expect(summary.shape).toBe(
      'Append: Seq Scan on public.events_1, Seq Scan on public.events_2, Seq Scan on public.events_3, Seq Scan on public.events_4, … 2 more',
    );
  });
});

describe('describeAccess', () => {
  test.each([
    [{ table: 'public.t', method: 'seq', node: 'Seq Scan' }, 'Seq Scan on public.t'],
    [
      { table: 'public.t', method: 'index-only', node: 'Index Only Scan', index: 't_a' },
      'Index Only Scan using t_a on public.t',
    ],
    [
      { table: 'public.t', method: 'bitmap', node: 'Bitmap Heap Scan', index: 't_a, t_b' },
      'Bitmap Index Scan on t_a, t_b (public.t)',
    ],
  ] as const)('%j → %s', (access, text) => {
    expect(describeAccess(access)).toBe(text);
  });
});

test('renderPlanTree draws the plan like EXPLAIN, with costs and conditions', () => {
  expect(renderPlanTree(plan('bitmap-limit')).split('\n')).toEqual([
    'Limit  (cost=217.42..217.47 rows=20)',
    '  ->  Sort  (cost=217.42..217.57 rows=60)',
    '        Sort Key: orders.created_at DESC',
    '        ->  Bitmap Heap Scan on public.orders  (cost=4.76..215.83 rows=60)',
    '              Recheck Cond: (orders.user_id = $1)',
    '              ->  Bitmap Index Scan on orders_user_id_idx  (cost=0.00..4.75 rows=60)',
    '                    Index Cond: (orders.user_id = $1)',
  ]);
});
