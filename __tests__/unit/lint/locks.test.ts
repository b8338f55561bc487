import { lint, ruleIds } from '../../helpers/lint.js';
import { lockRules } from '../../../src/core/lint/rules/locks.js';

const ours = new Set(lockRules.map((r) => r.id));
type Options = { pgVersion?: number; transactional?: boolean };
const lockIds = async (sql: string, options?: Options) =>
  (await ruleIds(sql, options)).filter((id) => ours.has(id));

describe('lock rules', () => {
  it.each<[string, string[]]>([
    // LOCK TABLE: SHARE or stronger blocks writes
    ['LOCK TABLE orders;', ['ban-lock-table']],
    ['LOCK TABLE orders IN SHARE MODE;', ['ban-lock-table']],
    ['LOCK TABLE orders, customers IN EXCLUSIVE MODE;', ['ban-lock-table', 'ban-lock-table']],
    ['LOCK TABLE orders IN ROW EXCLUSIVE MODE;', []],
    ['LOCK TABLE orders IN SHARE UPDATE EXCLUSIVE MODE;', []],
    ['CREATE TABLE t (id bigint); LOCK TABLE t;', []],
    // rewrites
    ['VACUUM FULL orders;', ['ban-vacuum-full']],
    ['VACUUM (FULL, ANALYZE) orders, customers;', ['ban-vacuum-full', 'ban-vacuum-full']],
    ['VACUUM FULL;', ['ban-vacuum-full']],
    ['VACUUM (FULL false) orders;', []],
    ['VACUUM orders;', []],
    ['VACUUM (ANALYZE) orders;', []],
    ['ANALYZE orders;', []],
    ['CLUSTER orders USING orders_pkey;', ['ban-cluster']],
    ['CLUSTER;', ['ban-cluster']],
    ['CREATE TABLE t (id bigint); CLUSTER t USING t_pkey;', []],
    ['ALTER TABLE orders SET TABLESPACE fast;', ['ban-set-tablespace']],
    ['ALTER INDEX orders_pkey SET TABLESPACE fast;', ['ban-set-tablespace']],
    ['ALTER MATERIALIZED VIEW totals SET TABLESPACE fast;', ['ban-set-tablespace']],
    ['ALTER TABLE ALL IN TABLESPACE slow SET TABLESPACE fast;', ['ban-set-tablespace']],
    ['CREATE TABLE t (id bigint); ALTER TABLE t SET TABLESPACE fast;', []],
    ['ALTER TABLE orders SET LOGGED;', ['ban-set-logged']],
    ['ALTER TABLE orders SET UNLOGGED;', ['ban-set-logged']],
    ['CREATE UNLOGGED TABLE t (id bigint); ALTER TABLE t SET LOGGED;', []],
    // materialized views
    ['REFRESH MATERIALIZED VIEW totals;', ['require-concurrent-refresh']],
    ['REFRESH MATERIALIZED VIEW CONCURRENTLY totals;', []],
    [
      'CREATE MATERIALIZED VIEW mv AS SELECT 1 AS x WITH NO DATA; REFRESH MATERIALIZED VIEW mv;',
      [],
    ],
    // triggers
    ['ALTER TABLE orders DISABLE TRIGGER audit;', ['ban-disable-trigger']],
    ['ALTER TABLE orders DISABLE TRIGGER ALL;', ['ban-disable-trigger']],
    ['ALTER TABLE orders DISABLE TRIGGER USER;', ['ban-disable-trigger']],
    ['ALTER TABLE orders ENABLE TRIGGER audit;', []],
    ['CREATE TRIGGER audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION log();', []],
    ['CREATE TABLE t (id bigint); ALTER TABLE t DISABLE TRIGGER ALL;', []],
    // domains
    [
      'ALTER DOMAIN positive ADD CONSTRAINT gt0 CHECK (VALUE > 0);',
      ['ban-alter-domain-with-add-constraint'],
    ],
    ['ALTER DOMAIN positive SET NOT NULL;', ['ban-alter-domain-with-add-constraint']],
    ['ALTER DOMAIN positive ADD CONSTRAINT gt0 CHECK (VALUE > 0) NOT VALID;', []],
    ['ALTER DOMAIN positive VALIDATE CONSTRAINT gt0;', []],
    ['CREATE DOMAIN d AS int; ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0);', []],
    // partitions
    [
      'ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM (1) TO (2);',
      ['attach-partition-without-check'],
    ],
    [
      'ALTER TABLE events ATTACH PARTITION events_other DEFAULT;',
      ['attach-partition-without-check'],
    ],
    [
      'CREATE TABLE events_2024 (LIKE events); ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM (1) TO (2);',
      [],
    ],
    [
      'ALTER TABLE events_2024 VALIDATE CONSTRAINT b; ALTER TABLE events ATTACH PARTITION events_2024 FOR VALUES FROM (1) TO (2);',
      [],
    ],
    ['ALTER TABLE events DETACH PARTITION events_2020;', []],
  ])('%s → %j', async (sql, expected) => {
    expect(await lockIds(sql)).toEqual(expected);
  });

  describe('ALTER TYPE … ADD VALUE', () => {
    it.each<[string, Options, string[]]>([
      ["ALTER TYPE mood ADD VALUE 'meh';", { pgVersion: 11 }, ['enum-add-value-in-transaction']],
      ["ALTER TYPE mood ADD VALUE 'meh';", { pgVersion: 11, transactional: false }, []],
      ["ALTER TYPE mood ADD VALUE 'meh';", { pgVersion: 12 }, []],
      ["ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'ok';", { pgVersion: 16 }, []],
      [
        "ALTER TYPE mood ADD VALUE 'meh'; UPDATE people SET mood = 'meh' WHERE id = 1;",
        { pgVersion: 16 },
        ['enum-add-value-in-transaction'],
      ],
      [
        "ALTER TYPE mood ADD VALUE 'meh'; UPDATE people SET mood = 'meh' WHERE id = 1;",
        { pgVersion: 16, transactional: false },
        [],
      ],
      [
        "ALTER TYPE mood ADD VALUE 'meh'; UPDATE people SET meh = 1 WHERE id = 1;",
        { pgVersion: 16 },
        [],
      ],
    ])('%s %j → %j', async (sql, options, expected) => {
      expect(await lockIds(sql, options)).toEqual(expected);
    });

    it('is an error before PostgreSQL 12 and a warning when the value is used before commit', async () => {
      const old = await lint("ALTER TYPE mood ADD VALUE 'meh';", { pgVersion: 11 });
      expect(old.map((f) => f.severity)).toEqual(['error']);
      const used = await lint("ALTER TYPE mood ADD VALUE 'meh'; SELECT 'meh'::mood;");
      expect(used.map((f) => f.severity)).toEqual(['warning']);
    });
  });

  describe('ban-disable-trigger: what goes wrong depends on whether the trigger is enabled again before commit', () => {
    const message = async (sql: string, options?: Options) =>
      (await lint(sql, options)).find((f) => f.rule === 'ban-disable-trigger')?.message ?? '';
    const REENABLED =
      'ALTER TABLE orders DISABLE TRIGGER audit;\nUPDATE orders SET total = 0 WHERE id = 1;\nALTER TABLE orders ENABLE TRIGGER audit;';

    it.each<[string, string, Options, RegExp]>([
      [
        'disabled and never enabled: writes skip it',
        'ALTER TABLE orders DISABLE TRIGGER audit;',
        {},
        /running code skips it/,
      ],
      [
        'enabled again in the same transaction: the lock is the risk',
        REENABLED,
        {},
        /SHARE ROW EXCLUSIVE lock: every write to orders waits until the migration commits/,
      ],
      [
        'DISABLE TRIGGER ALL … ENABLE TRIGGER ALL in one transaction',
        'ALTER TABLE orders DISABLE TRIGGER ALL; ALTER TABLE orders ENABLE TRIGGER ALL;',
        {},
        /SHARE ROW EXCLUSIVE lock/,
      ],
      [
        'DISABLE TRIGGER USER is covered by ENABLE TRIGGER ALL',
        'ALTER TABLE orders DISABLE TRIGGER USER; ALTER TABLE orders ENABLE TRIGGER ALL;',
        {},
        /SHARE ROW EXCLUSIVE lock/,
      ],
      [
        'enabled again, but outside a transaction: writes in between skip it',
        REENABLED,
        { transactional: false },
        /running code skips it/,
      ],
      [
        'another trigger enabled: this one stays disabled',
        'ALTER TABLE orders DISABLE TRIGGER audit; ALTER TABLE orders ENABLE TRIGGER other;',
        {},
        /running code skips it/,
      ],
      [
        'ENABLE TRIGGER USER does not cover DISABLE TRIGGER ALL (the foreign-key triggers stay off)',
        'ALTER TABLE orders DISABLE TRIGGER ALL; ALTER TABLE orders ENABLE TRIGGER USER;',
        {},
        /running code skips it/,
      ],
      [
        'the same trigger name on another table does not count',
        'ALTER TABLE orders DISABLE TRIGGER audit; ALTER TABLE carts ENABLE TRIGGER audit;',
        {},
        /running code skips it/,
      ],
    ])('%s', async (_name, sql, options, expected) => {
      expect(await lockIds(sql, options)).toEqual(['ban-disable-trigger']);
      expect(await message(sql, options)).toMatch(expected);
    });

    test('ENABLE TRIGGER alone is a normal step', async () => {
      expect(await lockIds('ALTER TABLE orders ENABLE TRIGGER audit;')).toEqual([]);
    });
  });

  describe('transaction-nesting', () => {
    it.each<[string, Options, string[]]>([
      [
        'BEGIN; CREATE TABLE t (id bigint); COMMIT;',
        {},
        ['transaction-nesting', 'transaction-nesting'],
      ],
      ['START TRANSACTION;', {}, ['transaction-nesting']],
      ['ROLLBACK;', {}, ['transaction-nesting']],
      ['END;', {}, ['transaction-nesting']],
      ["PREPARE TRANSACTION 'x';", {}, ['transaction-nesting']],
      ['SAVEPOINT s; ROLLBACK TO SAVEPOINT s; RELEASE SAVEPOINT s;', {}, []],
      ['SAVEPOINT s;', { transactional: false }, ['transaction-nesting']],
      ['COMMIT; CREATE INDEX CONCURRENTLY i ON t (a);', {}, ['transaction-nesting']],
    ])('%s %j → %j', async (sql, options, expected) => {
      expect(await lockIds(sql, options)).toEqual(expected);
    });
  });

  it('says which table is blocked and how, and points at it', async () => {
    const [finding] = await lint('LOCK TABLE sales.orders IN ACCESS EXCLUSIVE MODE;');
    expect(finding).toMatchObject({ rule: 'ban-lock-table', severity: 'error', column: 12 });
    expect(finding?.message).toContain('blocks reads and writes to sales.orders');
    const [rewrite] = await lint('VACUUM FULL orders;');
    expect(rewrite?.message).toContain('ACCESS EXCLUSIVE');
    expect(rewrite?.hint).toContain('pg_repack');
  });

  it('keeps ATTACH PARTITION a warning and mentions the parent lock before PostgreSQL 12', async () => {
    const sql = 'ALTER TABLE events ATTACH PARTITION e1 FOR VALUES FROM (1) TO (2);';
    const [old] = await lint(sql, { pgVersion: 11 });
    const [current] = await lint(sql, { pgVersion: 17 });
    expect(old?.severity).toBe('warning');
    expect(old?.message).toContain('locks events ACCESS EXCLUSIVE');
    expect(current?.message).not.toContain('locks events');
  });

  it('has no traffic finding for plain maintenance', async () => {
    expect(
      await ruleIds('VACUUM (ANALYZE) orders;\nANALYZE customers;', { transactional: false }),
    ).toEqual([]);
  });
});
