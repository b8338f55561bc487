import {
  locksOnExisting,
  rewrittenRelations,
  type LockSample,
  type RelationFiles,
} from '../../src/core/verify/observe.js';
import { reachesFailOn, type FailOn } from '../../src/core/lint/verdict.js';
import { gradeRisk, LARGE_TABLE_BYTES } from '../../src/core/verify/stats.js';
import type { Finding } from '../../src/core/lint/types.js';
import type { MigrationReport, ObservedLock, TableStats } from '../../src/core/verify/types.js';

type Relation = [oid: string, name: string, kind: string, filenode: string, tableOid?: string];

/** oid → storage identity, from rows of `[oid, schema.name, relkind, filenode, table oid]`. */
function files(...relations: Relation[]): RelationFiles {
  return new Map(
    relations.map(([oid, name, kind, filenode, tableOid]) => [
      oid,
      { name, kind, filenode, tableOid: tableOid ?? null },
    ]),
  );
}

/** oid → lock modes held. */
function sample(locks: Record<string, string[]>): LockSample {
  return new Map(Object.entries(locks).map(([oid, modes]) => [oid, new Set(modes)]));
}

const BEFORE_ROWS: Relation[] = [
  ['10', 'public.orders', 'r', '1000'],
  ['11', 'public.orders_pkey', 'i', '1001', '10'],
  ['20', 'public.customers', 'r', '2000'],
  ['21', 'public.customers_pkey', 'i', '2001', '20'],
  ['30', 'public.pgmigrations', 'r', '3000'],
  ['40', 'public.order_totals', 'v', '0'],
  ['50', 'public.events', 'p', '0'],
];
const BEFORE = files(...BEFORE_ROWS);

describe('locksOnExisting', () => {
  it.each<[string, Record<string, string[]>, ObservedLock[]]>([
    [
      'keeps the strongest mode held on each relation',
      { '10': ['AccessShareLock', 'AccessExclusiveLock', 'RowExclusiveLock'] },
      [{ relation: 'public.orders', mode: 'AccessExclusiveLock' }],
    ],
    [
      'leaves out relations the migration created (not in `before`)',
      { '99': ['AccessExclusiveLock'], '20': ['ShareLock'] },
      [{ relation: 'public.customers', mode: 'ShareLock' }],
    ],
    [
      'leaves out indexes (their table lock is what blocks)',
      { '11': ['AccessExclusiveLock'], '21': ['ShareLock'] },
      [],
    ],
    [
      'leaves out the ignored bookkeeping tables',
      { '30': ['AccessExclusiveLock'], '10': ['RowExclusiveLock'] },
      [{ relation: 'public.orders', mode: 'RowExclusiveLock' }],
    ],
    [
      'sorts the strongest lock first, then by name',
      {
        '40': ['AccessShareLock'],
        '10': ['ShareUpdateExclusiveLock'],
        '50': ['AccessExclusiveLock'],
        '20': ['ShareUpdateExclusiveLock'],
      },
      [
        { relation: 'public.events', mode: 'AccessExclusiveLock' },
        { relation: 'public.customers', mode: 'ShareUpdateExclusiveLock' },
        { relation: 'public.orders', mode: 'ShareUpdateExclusiveLock' },
        { relation: 'public.order_totals', mode: 'AccessShareLock' },
      ],
    ],
    ['is empty when nothing was locked', {}, []],
  ])('%s', (_name, locks, expected) => {
    expect(locksOnExisting(sample(locks), BEFORE, new Set(['public.pgmigrations']))).toEqual(
      expected,
    );
  });
});

describe('rewrittenRelations', () => {
  it.each<[string, Relation[], string[]]>([
    ['lists nothing when no storage changed', BEFORE_ROWS, []],
    [
      'lists a table whose filenode changed, without its indexes (rebuilt with it)',
      [
        ['10', 'public.orders', 'r', '1100'],
        ['11', 'public.orders_pkey', 'i', '1101', '10'],
        ['20', 'public.customers', 'r', '2000'],
        ['21', 'public.customers_pkey', 'i', '2001', '20'],
      ],
      ['public.orders'],
    ],
    [
      'lists an index rebuilt on its own when its table was not rewritten',
      [
        ['10', 'public.orders', 'r', '1000'],
        ['11', 'public.orders_pkey', 'i', '1001', '10'],
        ['20', 'public.customers', 'r', '2000'],
        ['21', 'public.customers_pkey', 'i', '2101', '20'],
      ],
      ['public.customers_pkey'],
    ],
    [
      'sorts several rewrites by name',
      [
        ['10', 'public.orders', 'r', '1100'],
        ['20', 'public.customers', 'r', '2100'],
      ],
      ['public.customers', 'public.orders'],
    ],
    [
      "ignores relations without storage of their own (filenode '0')",
      [
        ['40', 'public.order_totals', 'v', '4000'],
        ['50', 'public.events', 'p', '5000'],
      ],
      [],
    ],
    [
      'ignores relations the migration dropped or created',
      [['99', 'public.new_table', 'r', '9900']],
      [],
    ],
  ])('%s', (_name, after, expected) => {
    expect(rewrittenRelations(BEFORE, files(...after))).toEqual(expected);
  });
});

describe('reachesFailOn', () => {
  const finding = (severity: Finding['severity']): Finding => ({
    file: 'm.sql',
    line: 1,
    column: 1,
    endLine: 1,
    rule: `r-${severity}`,
    severity,
    message: 'm',
    hint: 'h',
  });

  it.each<[Finding['severity'][], FailOn, boolean]>([
    [['error'], 'error', true],
    [['warning', 'notice'], 'error', false],
    [['error'], 'warning', true],
    [['warning'], 'warning', true],
    [['notice', 'notice'], 'warning', false],
    [['error', 'warning'], 'never', false],
    [[], 'error', false],
    [[], 'warning', false],
  ])('%j with fail-on %s → %s', (severities, failOn, expected) => {
    expect(reachesFailOn(severities.map(finding), failOn)).toBe(expected);
  });
});

describe('gradeRisk', () => {
  const GB = LARGE_TABLE_BYTES;

  function migration(
    locks: ObservedLock[],
    rewrites: string[],
    tableStats: Array<[relation: string, totalBytes: number, rowEstimate: number]> | undefined,
  ): MigrationReport {
    return {
      name: '1700_change_orders',
      file: 'migrations/1700_change_orders.sql',
      status: 'applied',
      durationMs: 12,
      locks,
      rewrites,
      reversible: true,
      locksSampled: false,
      findings: [],
      destructive: false,
      tableStats: tableStats?.map(([relation, totalBytes, rowEstimate]): TableStats => ({
        relation,
        totalBytes,
        rowEstimate,
        rewriteEstimateMs: 0,
      })),
    };
  }
  const lock = (mode: string, relation = 'public.orders'): ObservedLock => ({ relation, mode });

  it.each<[string, MigrationReport, 'low' | 'medium' | 'high']>([
    [
      'high: an ACCESS EXCLUSIVE lock on a table of 1 GB',
      migration([lock('AccessExclusiveLock')], [], [['public.orders', GB, 10_000_000]]),
      'high',
    ],
    [
      'high: a SHARE lock (blocks writes) on a table larger than 1 GB',
      migration([lock('ShareLock')], [], [['public.orders', 5 * GB, 1]]),
      'high',
    ],
    [
      'high: a rewrite of a large table, even without a recorded lock',
      migration([], ['public.orders'], [['public.orders', 2 * GB, 1]]),
      'high',
    ],
    [
      'high: when any of the tables is large',
      migration(
        [lock('AccessExclusiveLock', 'public.customers'), lock('AccessExclusiveLock')],
        [],
        [
          ['public.customers', 8192, 10],
          ['public.orders', GB, 10],
        ],
      ),
      'high',
    ],
    [
      'medium: a blocking lock on a smaller table that holds rows',
      migration([lock('AccessExclusiveLock')], [], [['public.orders', GB - 1, 1]]),
      'medium',
    ],
    [
      'low: a blocking lock on an empty table',
      migration([lock('AccessExclusiveLock')], [], [['public.orders', 8192, 0]]),
      'low',
    ],
    [
      'low: a table never analysed (row estimate -1) below 1 GB',
      migration([lock('AccessExclusiveLock')], [], [['public.orders', 8192, -1]]),
      'low',
    ],
    [
      'low: a non-blocking lock on a large table (SHARE UPDATE EXCLUSIVE lets reads and writes through)',
      migration([lock('ShareUpdateExclusiveLock')], [], [['public.orders', 10 * GB, 1e9]]),
      'low',
    ],
    [
      'low: a blocking lock on a different table than the large one',
      migration(
        [lock('AccessExclusiveLock', 'public.customers')],
        [],
        [['public.orders', 10 * GB, 1e9]],
      ),
      'low',
    ],
    ['low: no table statistics', migration([lock('AccessExclusiveLock')], [], undefined), 'low'],
  ])('%s', (_name, report, expected) => {
    expect(gradeRisk(report)).toBe(expected);
  });
});

describe('gradeFindings', () => {
  const stats = (totalBytes: number) => ({
    relation: 'public.orders',
    totalBytes,
    rowEstimate: 1_000_000,
    rewriteEstimateMs: 420_000,
  });
  const finding = (message: string, severity: 'error' | 'warning' | 'notice' = 'warning') => ({
    file: 'm.sql',
    line: 1,
    column: 1,
    endLine: 1,
    rule: 'r',
    severity,
    message,
    hint: 'h',
  });

  it('adds the size of the table a finding names, and makes a warning on a large table an error', async () => {
    const { gradeFindings } = await import('../../src/core/verify/stats.js');
    const named = finding('ALTER TABLE orders does something');
    const other = finding('ALTER TABLE customers_orders_log does something');
    const migration = {
      findings: [named, other],
      tableStats: [stats(40 * 1024 ** 3)],
    } as unknown as Parameters<typeof gradeFindings>[0];
    gradeFindings(migration);
    expect(named.message).toBe(
      'ALTER TABLE orders does something (public.orders on the stats database: 40 GB, ~1,000,000 rows, ~7 min to rewrite)',
    );
    expect(named.severity).toBe('error');
    expect(other.message).toBe('ALTER TABLE customers_orders_log does something');
    expect(other.severity).toBe('warning');
  });

  describe('UPDATE without WHERE by the rows it touches on the stats database', () => {
    const update = () => ({
      ...finding('UPDATE orders without WHERE rewrites every row of orders', 'error'),
      rule: 'ban-update-without-where',
    });
    const grade = async (rows: number, bytes: number) => {
      const { gradeFindings } = await import('../../src/core/verify/stats.js');
      const f = update();
      gradeFindings({
        findings: [f],
        tableStats: [{ ...stats(bytes), rowEstimate: rows }],
      } as unknown as Parameters<typeof gradeFindings>[0]);
      return f;
    };

    it.each<[string, number, number, string]>([
      ['a one-row table: a notice', 1, 8192, 'notice'],
      ['10,000 rows: still a notice', 10_000, 2 * 1024 ** 2, 'notice'],
      ['500,000 rows: a warning', 500_000, 100 * 1024 ** 2, 'warning'],
      [
        'few rows but large (bloated or wide): by size, a warning',
        5_000,
        500 * 1024 ** 2,
        'warning',
      ],
      ['2 million rows: stays an error', 2_000_000, 300 * 1024 ** 2, 'error'],
      ['never analysed (reltuples -1): no statistics, stays an error', -1, 8192, 'error'],
    ])('%s', async (_name, rows, bytes, severity) => {
      const graded = await grade(rows, bytes);
      expect(graded.severity).toBe(severity);
      if (severity !== 'error') expect(graded.message).toContain(`; a ${severity} at this size`);
    });

    it('grades no other rule by rows: a DELETE without WHERE empties even a small table', async () => {
      const { gradeFindings } = await import('../../src/core/verify/stats.js');
      const f = { ...update(), rule: 'ban-delete-without-where' };
      gradeFindings({
        findings: [f],
        tableStats: [{ ...stats(8192), rowEstimate: 1 }],
      } as unknown as Parameters<typeof gradeFindings>[0]);
      expect(f.severity).toBe('error');
    });
  });
});
