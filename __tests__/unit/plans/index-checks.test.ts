import {
  droppedInUseFindings,
  redundantIndexFindings,
  withoutIndexedForeignKeys,
} from '../../../src/core/plans/index-checks.js';
import type { Finding } from '../../../src/core/lint/types.js';
import { indexInfo as index, sqlMigration } from '../../helpers/factories.js';

const MIGRATION = sqlMigration(
  '1700000000030_indexes',
  '-- Up Migration\nCREATE INDEX CONCURRENTLY orders_user_again ON orders (user_id);\nCREATE INDEX CONCURRENTLY orders_status ON orders (status);\n\n-- Down Migration\nSELECT 1;\n',
);
const BY_USER = index('orders_user_id_idx', ['user_id']);

const summary = (findings: Finding[]) =>
  findings.map((f) => `${f.rule} ${f.severity} @${f.line}: ${f.message}`);

describe('redundantIndexFindings', () => {
  test('a new index with the keys of an existing one is a duplicate (warning), at its CREATE INDEX', () => {
    const again = index('orders_user_again', ['user_id']);
    expect(summary(redundantIndexFindings(MIGRATION, [again], [BY_USER, again]))).toEqual([
      'duplicate-index warning @2: 1700000000030_indexes creates index public.orders_user_again (user_id), which duplicates public.orders_user_id_idx on public.orders: both are maintained on every write, and public.orders_user_again is never needed',
    ]);
  });

  test('a new unique index makes an equal non-unique one the needless one', () => {
    const unique = index('orders_user_again', ['user_id'], { unique: true });
    const [finding] = redundantIndexFindings(MIGRATION, [unique], [BY_USER, unique]);
    expect(finding?.message).toMatch(/public\.orders_user_id_idx is never needed$/);
    expect(finding?.hint).toBe('drop public.orders_user_id_idx');
  });

  test('a new index that is a leading part of another is redundant (warning); one that makes an old index a leading part is a notice', () => {
    const wide = index('orders_status_created', ['status', 'created_at']);
    const status = index('orders_status', ['status']);
    expect(summary(redundantIndexFindings(MIGRATION, [status], [wide, status]))).toEqual([
      'redundant-index warning @3: 1700000000030_indexes creates index public.orders_status (status), a leading part of public.orders_status_created (status, created_at): the longer index serves every lookup it would',
    ]);
    expect(summary(redundantIndexFindings(MIGRATION, [wide], [wide, status]))).toEqual([
      'redundant-index notice @1: 1700000000030_indexes creates index public.orders_status_created (status, created_at), which makes public.orders_status (status) a leading part of it: public.orders_status is no longer needed',
    ]);
  });

  test.each([
    ['another table', { table: 'payments' }],
    ['another method', { method: 'hash' }],
    ['a predicate', { predicate: "(status = 'new'::text)" }],
    ['another operator class', { keyOptions: ['10043/0/0'] }],
    ['descending order', { keyOptions: ['3124/0/3'] }],
    ['an INVALID index', { valid: false }],
  ])('an index on the same column with %s is no duplicate', (_what, extra) => {
    const other = index('orders_user_again', ['user_id'], extra);
    expect(redundantIndexFindings(MIGRATION, [other], [BY_USER, other])).toEqual([]);
  });

  test('a unique leading part enforces something: not redundant', () => {
    const unique = index('orders_user_key', ['user_id'], {
      unique: true,
      constraint: 'orders_user_key',
    });
    const wide = index('orders_user_created', ['user_id', 'created_at']);
    expect(redundantIndexFindings(MIGRATION, [wide], [unique, wide])).toEqual([]);
  });
});

describe('droppedInUseFindings', () => {
  const uses = new Map([
    [
      'public.orders_user_id_idx',
      { scans: 12345, since: '2024-05-01 10:00:00+00', lastScan: '2024-06-02T08:30:00+00:00' },
    ],
  ]);

  test('an index the stats database shows scanned is an error with its scan count', () => {
    expect(summary(droppedInUseFindings(MIGRATION, [BY_USER], [], uses))).toEqual([
      'dropped-index-in-use error @1: 1700000000030_indexes drops index public.orders_user_id_idx, which the stats database shows in use: 12,345 index scans since the statistics were reset on 2024-05-01, last on 2024-06-02 08:30:00',
    ]);
  });

  test('no finding for an unused index, an unknown one, or one an equivalent index replaces', () => {
    expect(
      droppedInUseFindings(
        MIGRATION,
        [BY_USER],
        [],
        new Map([['public.orders_user_id_idx', { scans: 0 }]]),
      ),
    ).toEqual([]);
    expect(droppedInUseFindings(MIGRATION, [BY_USER], [], new Map())).toEqual([]);
    const replacement = index('orders_by_user', ['user_id']);
    expect(droppedInUseFindings(MIGRATION, [BY_USER], [replacement], uses)).toEqual([]);
  });
});

describe('withoutIndexedForeignKeys', () => {
  const fkFinding = (table: string, columns: string): Finding => ({
    file: 'migrations/m.sql',
    line: 1,
    column: 1,
    endLine: 1,
    rule: 'foreign-key-without-index',
    severity: 'warning',
    message: `foreign key ${table} (${columns}) → users has no index on ${table} (${columns}): every delete or key update on users scans ${table} for referencing rows`,
    hint: '',
  });
  const fk = {
    schema: 'public',
    table: 'orders',
    name: 'fk',
    columns: ['user_id'],
    references: 'public.users',
  };

  test('drops the finding when the final schema indexes the key (an earlier migration did), keeps it otherwise', () => {
    const findings = [fkFinding('orders', 'user_id'), fkFinding('refunds', 'order_id')];
    const refunds = { ...fk, table: 'refunds', columns: ['order_id'], references: 'public.orders' };
    expect(withoutIndexedForeignKeys(findings, [fk, refunds], [BY_USER])).toEqual([findings[1]]);
    expect(
      withoutIndexedForeignKeys([fkFinding('public.orders', 'user_id')], [fk], [BY_USER]),
    ).toEqual([]);
    expect(withoutIndexedForeignKeys(findings, [fk], [])).toEqual(findings);
  });
});
