import { lint, ruleIds } from '../../helpers/lint.js';
import { renameRules } from '../../../src/core/lint/rules/renames.js';

const ours = new Set(renameRules.map((r) => r.id));
const renameIds = async (sql: string) => (await ruleIds(sql)).filter((id) => ours.has(id));

describe('rename rules', () => {
  it.each<[string, string[]]>([
    ['ALTER TABLE orders RENAME TO purchases;', ['rename-table']],
    ['ALTER TABLE IF EXISTS sales.orders RENAME TO purchases;', ['rename-table']],
    ['ALTER VIEW order_totals RENAME TO totals;', ['rename-table']],
    ['ALTER MATERIALIZED VIEW order_totals RENAME TO totals;', ['rename-table']],
    ['ALTER FOREIGN TABLE remote_orders RENAME TO remote;', ['rename-table']],
    ['CREATE TABLE t (id bigint); ALTER TABLE t RENAME TO u;', []],
    ['CREATE VIEW v AS SELECT 1 AS x; ALTER VIEW v RENAME TO w;', []],
    ['CREATE TABLE s.t (id bigint); ALTER TABLE t RENAME TO u;', ['rename-table']],
    ['ALTER TABLE orders RENAME TO purchases; CREATE VIEW orders AS SELECT * FROM purchases;', []],
    [
      'ALTER TABLE orders RENAME TO purchases; CREATE VIEW old_orders AS SELECT * FROM purchases;',
      ['rename-table'],
    ],
    ['ALTER INDEX orders_pkey RENAME TO purchases_pkey;', []],
    ['ALTER TABLE orders RENAME CONSTRAINT c TO d;', []],
    ['ALTER TABLE orders RENAME COLUMN note TO remark;', ['rename-column']],
    ['ALTER TABLE orders RENAME note TO remark;', ['rename-column']],
    ['ALTER VIEW totals RENAME COLUMN n TO total;', ['rename-column']],
    ['CREATE TABLE t (a bigint); ALTER TABLE t RENAME COLUMN a TO b;', []],
    ['ALTER SCHEMA sales RENAME TO commerce;', ['rename-schema']],
    ['CREATE SCHEMA staging; ALTER SCHEMA staging RENAME TO sales;', []],
    ["ALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';", ['rename-enum-value']],
    ["CREATE TYPE mood AS ENUM ('sad'); ALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';", []],
    [
      "CREATE TYPE s.mood AS ENUM ('sad'); ALTER TYPE mood RENAME VALUE 'sad' TO 'x';",
      ['rename-enum-value'],
    ],
    ['ALTER TYPE mood RENAME TO feeling;', ['rename-type']],
    ['ALTER DOMAIN sales.positive RENAME TO pos;', ['rename-type']],
    ['CREATE TYPE pair AS (a int, b int); ALTER TYPE pair RENAME TO couple;', []],
    ['CREATE DOMAIN positive AS int; ALTER DOMAIN positive RENAME TO pos;', []],
    ["ALTER TYPE mood ADD VALUE 'meh';", []],
  ])('%s → %j', async (sql, expected) => {
    expect(await renameIds(sql)).toEqual(expected);
  });

  it.each([
    ['ALTER TABLE orders RENAME TO purchases;', 'error'],
    ['ALTER TABLE orders RENAME COLUMN a TO b;', 'error'],
    ['ALTER SCHEMA sales RENAME TO commerce;', 'error'],
    ["ALTER TYPE mood RENAME VALUE 'sad' TO 'unhappy';", 'warning'],
    ['ALTER TYPE mood RENAME TO feeling;', 'warning'],
  ])('%s is an %s', async (sql, severity) => {
    expect((await lint(sql)).map((f) => f.severity)).toEqual([severity]);
  });

  it('explains that running code breaks and gives the expand/contract recipe', async () => {
    const [column] = await lint('ALTER TABLE sales.orders RENAME COLUMN note TO remark;');
    expect(column?.message).toContain('sales.orders.note');
    expect(column?.message).toContain('breaks running code');
    expect(column?.hint).toMatch(/add remark.*backfill.*switch reads.*drop note/);
    expect(column?.column).toBe(13);
    const [table] = await lint('ALTER TABLE orders RENAME TO purchases;');
    expect(table?.hint).toContain('CREATE VIEW orders AS SELECT * FROM purchases');
  });

  it('has no error or warning for the rename-behind-a-view recipe', async () => {
    const sql = [
      'ALTER TABLE orders RENAME TO purchases;',
      'CREATE VIEW orders AS SELECT * FROM purchases;',
    ].join('\n');
    const findings = await lint(sql);
    expect(findings.filter((f) => f.severity !== 'notice')).toEqual([]);
  });
});
