import { plansLine, plansSection } from '../../../src/core/report/plans.js';
import type {
  MigrationPlans,
  PlansReport,
  PlanSummary,
  QueryPlanChange,
} from '../../../src/core/plans/types.js';

const plan = (cost: number, shape: string): PlanSummary => ({
  cost,
  rows: 20,
  shape,
  accesses: [],
  plan: [],
});
const BITMAP = plan(217.47, 'Limit: Bitmap Index Scan on orders_user_id_idx (public.orders)');
const SEQ = plan(5415.07, 'Limit: Parallel Seq Scan on public.orders');
const BY_EMAIL = plan(8.3, 'Index Scan using users_email_key on public.users');

const REGRESSED: QueryPlanChange = {
  query: 'orders of a user',
  before: BITMAP,
  after: SEQ,
  ratio: 24.9,
  changed: true,
  verdict: 'regressed',
};

const same = (query: string, p: PlanSummary): QueryPlanChange => ({
  query,
  before: p,
  after: p,
  ratio: 1,
  changed: false,
});

function migration(
  name: string,
  queries: QueryPlanChange[],
  extra: Partial<MigrationPlans> = {},
): MigrationPlans {
  return {
    name,
    file: `migrations/${name}.sql`,
    status: 'planned',
    adjustments: [],
    createdIndexes: [],
    droppedIndexes: [],
    queries,
    ...extra,
  };
}

function report(migrations: MigrationPlans[], extra: Partial<PlansReport> = {}): PlansReport {
  return {
    database: 'db.example.com:5432/copy',
    pgVersion: 15,
    method: 'prepared-statement',
    caughtUp: [],
    queries: [
      { name: 'orders of a user', source: 'file', sql: 'SELECT …', file: 'queries.sql', line: 4 },
      { name: 'user by email', source: 'file', sql: 'SELECT …', file: 'queries.sql', line: 7 },
    ],
    migrations,
    regressionRatio: 10,
    minRows: 100_000,
    tableRows: {},
    notes: [],
    ...extra,
  };
}

describe('the Plans section', () => {
  test('is absent without plans-database-url', () => {
    expect(plansSection(undefined)).toEqual([]);
    expect(plansLine(undefined)).toBeUndefined();
  });

  test('shows a regression as a row with both plans and the ratio, and lists the index changes', () => {
    const text = plansSection(
      report([
        migration('1700000000020_drop_index', [REGRESSED, same('user by email', BY_EMAIL)], {
          droppedIndexes: ['public.orders_user_id_idx'],
          adjustments: [
            'DROP INDEX CONCURRENTLY run without CONCURRENTLY (the same result, inside the transaction)',
          ],
        }),
      ]),
    ).join('\n');
    expect(text).toBe(
      [
        '### Plans',
        '',
        '2 representative queries planned on `db.example.com:5432/copy` (PostgreSQL 15, generic plans of prepared statements; EXPLAIN only, in a transaction rolled back) · an error when a cost grows over ×10 or an index scan is lost on a table of 100,000+ rows',
        '',
        '**❌ `1700000000020_drop_index`: 1 query regressed, 1 changed of 2**',
        '',
        '| Query | Before | After | Cost |',
        '| --- | --- | --- | ---: |',
        '| `orders of a user` | 217.47 · Limit: Bitmap Index Scan on orders_user_id_idx (public.orders) | 5,415.07 · Limit: Parallel Seq Scan on public.orders | ❌ ×24.9 |',
        '',
        'indexes `−public.orders_user_id_idx` · DROP INDEX CONCURRENTLY run without CONCURRENTLY (the same result, inside the transaction)',
      ].join('\n'),
    );
  });

  test('is one collapsed line when no migration changed a plan', () => {
    const [heading, blank, body, ...rest] = plansSection(
      report([
        migration('1700000000022_add_note', [
          same('orders of a user', BITMAP),
          same('user by email', BY_EMAIL),
        ]),
      ]),
    );
    expect([heading, blank, rest]).toEqual(['### Plans', '', []]);
    expect(body).toMatch(
      /^<details><summary>No plan changed<\/summary>\n\n2 representative queries planned/,
    );
    expect(body).toContain(
      '<details><summary>`1700000000022_add_note`: no plan changed (2 queries)</summary>',
    );
  });

  test('says what could not be planned: a failed migration, the ones after it, a broken query, notes', () => {
    const text = plansSection(
      report(
        [
          migration('1700000000030_breaks', [
            {
              query: 'orders of a user',
              before: BITMAP,
              afterError: 'column "user_id" does not exist',
              changed: true,
              verdict: 'broken',
            },
          ]),
          migration('1700000000031_fails', [], {
            status: 'failed',
            error: 'could not create unique index',
          }),
          migration('1700000000032_after', [], { status: 'skipped' }),
        ],
        {
          notes: ['queries-from-stats: pg_stat_statements is not installed in the stats database'],
          caughtUp: ['1700000000010_older'],
        },
      ),
    ).join('\n');
    expect(text).toContain(
      '> ⚠️ queries-from-stats: pg_stat_statements is not installed in the stats database',
    );
    expect(text).toContain('> The copy lacked `1700000000010_older`: applied first.');
    expect(text).toContain(
      '| `orders of a user` | 217.47 · Limit: Bitmap Index Scan on orders_user_id_idx (public.orders) | not planned: column "user_id" does not exist | ❌ breaks |',
    );
    expect(text).toContain(
      '- ❌ `1700000000031_fails`: does not apply on the copy: could not create unique index',
    );
    expect(text).toContain(
      '- `1700000000032_after`: not planned (an earlier migration failed on the copy)',
    );
  });

  test('the short report counts regressed and changed queries', () => {
    const plans = report([migration('m', [REGRESSED, same('user by email', BY_EMAIL)])]);
    expect(plansLine(plans)).toBe('**Plans:** ❌ 1 regressed, 1 changed of 2 queries');
  });
});
