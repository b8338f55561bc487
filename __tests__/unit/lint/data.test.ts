import { lint, ruleIds } from '../../helpers/lint.js';
import { DESTRUCTIVE_RULES, dataRules } from '../../../src/core/lint/rules/data.js';

const ours = new Set(dataRules.map((r) => r.id));
const dataIds = async (sql: string) => (await ruleIds(sql)).filter((id) => ours.has(id));

describe('data rules', () => {
  it.each<[string, string[]]>([
    // DROP TABLE
    ['DROP TABLE orders;', ['ban-drop-table']],
    ['DROP TABLE IF EXISTS sales.orders, customers;', ['ban-drop-table', 'ban-drop-table']],
    ['CREATE TABLE tmp (id bigint); DROP TABLE tmp;', []],
    ['CREATE TABLE tmp (id bigint); DROP TABLE tmp, orders;', ['ban-drop-table']],
    ['CREATE TABLE s.tmp (id bigint); DROP TABLE tmp;', ['ban-drop-table']],
    ['CREATE TABLE t AS SELECT 1 AS x; DROP TABLE t;', []],
    ['DROP VIEW v;', []],
    ['DROP MATERIALIZED VIEW mv;', []],
    ['DROP INDEX CONCURRENTLY IF EXISTS i;', []],
    // system catalogs: their own error, not a data backfill
    [
      "UPDATE pg_index SET indisvalid = true WHERE indexrelid = 'orders_at'::regclass;",
      ['ban-catalog-write'],
    ],
    ['UPDATE pg_catalog.pg_class SET reltuples = 0;', ['ban-catalog-write']],
    ['DELETE FROM pg_depend WHERE objid = 1;', ['ban-catalog-write']],
    ["INSERT INTO pg_catalog.pg_description VALUES (1, 2, 0, 'x');", ['ban-catalog-write']],
    ['UPDATE pg_catalog_mirror.settings SET v = 1 WHERE k = 2;', ['data-backfill-in-migration']],
    ['UPDATE app.pg_settings SET v = 1 WHERE k = 2;', ['data-backfill-in-migration']],
    ['SELECT * FROM pg_index;', []],
    // DROP COLUMN
    ['ALTER TABLE orders DROP COLUMN note;', ['ban-drop-column']],
    [
      'ALTER TABLE orders DROP COLUMN IF EXISTS a, DROP COLUMN b;',
      ['ban-drop-column', 'ban-drop-column'],
    ],
    ['CREATE TABLE t (a bigint, b text); ALTER TABLE t DROP COLUMN b;', []],
    ['ALTER TABLE orders ADD COLUMN note text;', []],
    // DROP SCHEMA / DATABASE / CASCADE
    ['DROP SCHEMA archive;', ['ban-drop-schema']],
    ['DROP SCHEMA archive CASCADE;', ['ban-drop-schema']],
    ['CREATE SCHEMA scratch; DROP SCHEMA scratch;', []],
    ['DROP TYPE mood CASCADE;', ['ban-drop-cascade']],
    ['DROP TYPE mood;', []],
    ['DROP FUNCTION f() CASCADE;', ['ban-drop-cascade']],
    ['DROP TABLE orders CASCADE;', ['ban-drop-table']],
    // TRUNCATE
    ['TRUNCATE orders;', ['ban-truncate']],
    ['TRUNCATE orders CASCADE;', ['ban-truncate', 'ban-truncate-cascade']],
    ['CREATE TABLE t (id bigint); TRUNCATE t;', []],
    ['CREATE TABLE t (id bigint); TRUNCATE t CASCADE;', ['ban-truncate-cascade']],
    // DELETE / UPDATE
    ['DELETE FROM orders;', ['ban-delete-without-where']],
    ['DELETE FROM orders USING customers;', ['ban-delete-without-where']],
    ['DELETE FROM orders WHERE id = 1;', ['data-backfill-in-migration']],
    ['UPDATE orders SET status = 1;', ['ban-update-without-where']],
    ['UPDATE orders SET status = 1 WHERE status IS NULL;', ['data-backfill-in-migration']],
    ['CREATE TABLE t (id bigint, x int); UPDATE t SET x = 1; DELETE FROM t;', []],
    [
      'MERGE INTO orders o USING s ON o.id = s.id WHEN MATCHED THEN DELETE;',
      ['data-backfill-in-migration'],
    ],
    ['INSERT INTO settings (k, v) VALUES (1, 2);', []],
    ['SELECT 1;', []],
  ])('%s → %j', async (sql, expected) => {
    expect(await dataIds(sql)).toEqual(expected);
  });

  it('reports DROP DATABASE (a statement that runs outside a transaction)', async () => {
    expect(await dataIds('DROP DATABASE shop;')).toEqual(['ban-drop-database']);
  });

  it('errors on destruction and only notices a data backfill', async () => {
    const findings = await lint('DROP TABLE orders;\nUPDATE orders SET a = 1 WHERE a IS NULL;');
    expect(findings.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ['ban-drop-table', 'error', 1],
      ['data-backfill-in-migration', 'notice', 2],
    ]);
  });

  it('says what is dropped, why it matters and the safe order', async () => {
    const [finding] = await lint('ALTER TABLE sales.orders DROP COLUMN note;');
    expect(finding?.message).toContain('sales.orders.note');
    expect(finding?.message).toContain('destroys its data');
    expect(finding?.message).toContain('running code');
    expect(finding?.hint).toContain('deploy that first');
    expect(finding?.column).toBe(13);
  });

  it('points at the truncated table', async () => {
    const findings = await lint('TRUNCATE a,\n  b;');
    expect(
      findings.filter((f) => f.rule === 'ban-truncate').map((f) => [f.line, f.column]),
    ).toEqual([
      [1, 10],
      [2, 3],
    ]);
  });

  it('names exactly the rules that drop or truncate data as destructive', () => {
    expect([...DESTRUCTIVE_RULES].sort()).toEqual([
      'ban-delete-without-where',
      'ban-drop-cascade',
      'ban-drop-column',
      'ban-drop-database',
      'ban-drop-schema',
      'ban-drop-table',
      'ban-truncate',
      'ban-truncate-cascade',
    ]);
    for (const id of DESTRUCTIVE_RULES) expect(ours.has(id)).toBe(true);
  });

  it('lets a reasoned suppression through', async () => {
    const sql =
      '-- db-deploy-ignore ban-drop-table: emptied and unused since v3\nDROP TABLE legacy;';
    expect(await ruleIds(sql)).toEqual([]);
  });
});
