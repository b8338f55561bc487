import { lint } from '../../helpers/lint.js';
import { blueGreenRules } from '../../../src/core/lint/rules/blue-green.js';
import { RULES } from '../../../src/core/lint/registry.js';
import { lintSql, NEWEST_PG_VERSION } from '../../../src/core/lint/engine.js';
import type { TableKey } from '../../../src/core/lint/types.js';

const ours = new Set(blueGreenRules.map((r) => r.id));

type Options = Parameters<typeof lint>[1];

/** `rule:severity` of each blue-green finding, in order. */
async function blueGreen(sql: string, options: Options = {}): Promise<string[]> {
  return (await lint(sql, { strategy: 'blue-green', ...options }))
    .filter((f) => ours.has(f.rule))
    .map((f) => `${f.rule}:${f.severity}`);
}

const DROP_TABLE = 'blue-green-drop-table:error';
const DROP_COLUMN = 'blue-green-drop-column:error';
const RENAME_TABLE = 'blue-green-rename-table:error';
const RENAME_COLUMN = 'blue-green-rename-column:error';
const TYPE = 'blue-green-column-type:error';
const NOT_NULL = 'blue-green-not-null:error';
const CONSTRAINT = 'blue-green-new-constraint:error';
const FOREIGN_KEY = 'blue-green-new-foreign-key:warning';
const IDENTITY = 'blue-green-replica-identity:error';
const IDENTITY_WARNING = 'blue-green-replica-identity:warning';
const DATA = 'blue-green-data-change:error';
const STALE = 'blue-green-stale-backfill:warning';
const SEQUENCE = 'blue-green-sequence-value:warning';
const NO_KEY = 'blue-green-table-without-replica-identity:warning';
const TRIGGER = 'blue-green-trigger-on-replicated-table:notice';
const ROLLBACK = 'blue-green-breaks-rollback:warning';

/** [what, SQL on a table that exists on blue, findings, SQL on a table new in this migration]. */
const CASES: Array<[string, string, string[], string]> = [
  ['DROP TABLE', 'DROP TABLE orders;', [DROP_TABLE], 'DROP TABLE t;'],
  [
    'DROP COLUMN',
    'ALTER TABLE orders DROP COLUMN note;',
    [DROP_COLUMN],
    'ALTER TABLE t DROP COLUMN a;',
  ],
  [
    'RENAME TO',
    'ALTER TABLE orders RENAME TO purchases;',
    [RENAME_TABLE],
    'ALTER TABLE t RENAME TO u;',
  ],
  [
    'SET SCHEMA',
    'ALTER TABLE orders SET SCHEMA archive;',
    [RENAME_TABLE],
    'ALTER TABLE t SET SCHEMA archive;',
  ],
  [
    'RENAME COLUMN',
    'ALTER TABLE orders RENAME COLUMN note TO remark;',
    [RENAME_COLUMN],
    'ALTER TABLE t RENAME COLUMN a TO b;',
  ],
  [
    'ALTER COLUMN TYPE',
    'ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);',
    [TYPE],
    'ALTER TABLE t ALTER COLUMN a TYPE text;',
  ],
  [
    'ADD COLUMN … NOT NULL without a default',
    'ALTER TABLE orders ADD COLUMN region text NOT NULL;',
    [NOT_NULL],
    'ALTER TABLE t ADD COLUMN b text NOT NULL;',
  ],
  [
    'SET NOT NULL',
    'ALTER TABLE orders ALTER COLUMN note SET NOT NULL;',
    [NOT_NULL],
    'ALTER TABLE t ALTER COLUMN a SET NOT NULL;',
  ],
  [
    'ADD CONSTRAINT … NOT NULL (PostgreSQL 18)',
    'ALTER TABLE orders ADD CONSTRAINT note_nn NOT NULL note;',
    [NOT_NULL],
    'ALTER TABLE t ADD CONSTRAINT a_nn NOT NULL a;',
  ],
  [
    'ADD UNIQUE',
    'ALTER TABLE orders ADD CONSTRAINT orders_ref_key UNIQUE (ref);',
    [CONSTRAINT],
    'ALTER TABLE t ADD CONSTRAINT t_a_key UNIQUE (a);',
  ],
  [
    'ADD PRIMARY KEY',
    'ALTER TABLE events ADD PRIMARY KEY (id);',
    [CONSTRAINT],
    'ALTER TABLE t DROP CONSTRAINT t_pkey, ADD PRIMARY KEY (a);',
  ],
  [
    'ADD EXCLUDE',
    'ALTER TABLE rooms ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&);',
    [CONSTRAINT],
    'ALTER TABLE t ADD CONSTRAINT x EXCLUDE USING gist (a WITH &&);',
  ],
  [
    'ADD CHECK … NOT VALID',
    'ALTER TABLE orders ADD CONSTRAINT total_positive CHECK (total > 0) NOT VALID;',
    [CONSTRAINT],
    'ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0);',
  ],
  [
    'CREATE UNIQUE INDEX CONCURRENTLY',
    'CREATE UNIQUE INDEX CONCURRENTLY orders_ref ON orders (ref);',
    [CONSTRAINT],
    'CREATE UNIQUE INDEX t_a ON t (a);',
  ],
  [
    'ADD FOREIGN KEY … NOT VALID',
    'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (customer_id) REFERENCES customers (id) NOT VALID;',
    [FOREIGN_KEY],
    'ALTER TABLE t ADD CONSTRAINT fk FOREIGN KEY (a) REFERENCES customers (id);',
  ],
  [
    'REPLICA IDENTITY USING INDEX',
    'ALTER TABLE orders REPLICA IDENTITY USING INDEX orders_ref;',
    [IDENTITY],
    'ALTER TABLE t REPLICA IDENTITY USING INDEX t_a;',
  ],
  [
    'REPLICA IDENTITY NOTHING',
    'ALTER TABLE orders REPLICA IDENTITY NOTHING;',
    [IDENTITY],
    'ALTER TABLE t REPLICA IDENTITY NOTHING;',
  ],
  [
    'REPLICA IDENTITY FULL (a warning: it still replicates)',
    'ALTER TABLE orders REPLICA IDENTITY FULL;',
    [IDENTITY_WARNING],
    'ALTER TABLE t REPLICA IDENTITY FULL;',
  ],
  [
    'dropping the primary key',
    'ALTER TABLE orders DROP CONSTRAINT orders_pkey;',
    [IDENTITY],
    'ALTER TABLE t DROP CONSTRAINT t_pkey;',
  ],
  [
    'INSERT',
    "INSERT INTO settings (k, v) VALUES ('theme', 'dark');",
    [DATA],
    'INSERT INTO t (a) VALUES (1);',
  ],
  [
    'UPDATE with a WHERE',
    "UPDATE orders SET status = 'new' WHERE status IS NULL;",
    [DATA],
    'UPDATE t SET a = 1 WHERE a IS NULL;',
  ],
  ['DELETE', 'DELETE FROM orders WHERE id < 10;', [DATA], 'DELETE FROM t;'],
  [
    'MERGE',
    'MERGE INTO orders o USING s ON o.id = s.id WHEN MATCHED THEN DELETE;',
    [DATA],
    'MERGE INTO t USING s ON t.a = s.id WHEN MATCHED THEN DELETE;',
  ],
  ['TRUNCATE', 'TRUNCATE orders;', [DATA], 'TRUNCATE t;'],
  ['COPY … FROM', 'COPY orders (id) FROM STDIN;', [DATA], 'COPY t (a) FROM STDIN;'],
  [
    'a write in a CTE',
    'WITH gone AS (DELETE FROM orders WHERE id = 1 RETURNING id) SELECT count(*) FROM gone;',
    [DATA],
    'WITH gone AS (DELETE FROM t WHERE a = 1 RETURNING a) SELECT count(*) FROM gone;',
  ],
  [
    'ALTER COLUMN … RESTART (identity)',
    'ALTER TABLE orders ALTER COLUMN id RESTART WITH 1000;',
    [SEQUENCE],
    'ALTER TABLE t ALTER COLUMN a RESTART WITH 1000;',
  ],
  [
    'CREATE TRIGGER',
    'CREATE TRIGGER audit AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION audit();',
    [TRIGGER],
    'CREATE TRIGGER audit AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION audit();',
  ],
  [
    'ENABLE ALWAYS TRIGGER',
    'ALTER TABLE orders ENABLE ALWAYS TRIGGER audit;',
    [TRIGGER],
    'ALTER TABLE t ENABLE ALWAYS TRIGGER audit;',
  ],
  [
    'DROP NOT NULL',
    'ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;',
    [ROLLBACK],
    'ALTER TABLE t ALTER COLUMN a DROP NOT NULL;',
  ],
  [
    'DROP CONSTRAINT',
    'ALTER TABLE orders DROP CONSTRAINT total_positive;',
    [ROLLBACK],
    'ALTER TABLE t DROP CONSTRAINT c;',
  ],
];

describe('blue-green rules', () => {
  describe.each(CASES)('%s', (_what, sql, expected, onNewTable) => {
    test(`on a table blue replicates: ${expected.join(', ')}`, async () => {
      expect(await blueGreen(sql)).toEqual(expected);
    });

    test('silent with the in-place strategy (the default)', async () => {
      const findings = await lint(sql);
      expect(findings.filter((f) => ours.has(f.rule))).toEqual([]);
    });

    test('silent on a table created earlier in the same migration', async () => {
      expect(
        await blueGreen(`CREATE TABLE t (id bigint PRIMARY KEY, a int, b int); ${onNewTable}`),
      ).toEqual([]);
    });

    test('silent on a table created by an earlier migration of the same deploy', async () => {
      const created = new Set<TableKey>(['public.t']);
      expect(await blueGreen(onNewTable, { createdInDeploy: created })).toEqual([]);
    });
  });

  it.each<[string, string, string[]]>([
    ['a new table', 'CREATE TABLE notes (id bigint PRIMARY KEY, body text);', []],
    ['a nullable column', 'ALTER TABLE orders ADD COLUMN region text;', []],
    ['a column with a default', "ALTER TABLE orders ADD COLUMN region text DEFAULT 'eu';", []],
    [
      'a NOT NULL column with a constant default',
      "ALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'eu';",
      [],
    ],
    [
      'a NOT NULL identity column',
      'ALTER TABLE orders ADD COLUMN seq bigint NOT NULL GENERATED BY DEFAULT AS IDENTITY;',
      [],
    ],
    ['a plain index', 'CREATE INDEX CONCURRENTLY orders_note ON orders (note);', []],
    ['a view', 'CREATE VIEW open_orders AS SELECT * FROM orders WHERE NOT closed;', []],
    [
      'a function',
      'CREATE FUNCTION total(o orders) RETURNS numeric LANGUAGE sql AS $$ SELECT o.total $$;',
      [],
    ],
    ['a comment', "COMMENT ON TABLE orders IS 'one row per order';", []],
    ['a default for new rows', 'ALTER TABLE orders ALTER COLUMN note SET DEFAULT $$$$;', []],
    ['a new enum', "CREATE TYPE mood AS ENUM ('ok'); ALTER TYPE mood ADD VALUE 'meh';", []],
    ['reading rows', 'SELECT count(*) FROM orders;', []],
    ['COPY … TO', 'COPY orders TO STDOUT;', []],
    [
      'ADD UNIQUE … USING INDEX (its CREATE UNIQUE INDEX is what enforces)',
      'ALTER TABLE orders ADD CONSTRAINT orders_ref_key UNIQUE USING INDEX orders_ref;',
      [],
    ],
    [
      'a new nullable column with a CHECK on itself (NULL for blue’s rows)',
      'ALTER TABLE orders ADD COLUMN discount int CHECK (discount >= 0);',
      [],
    ],
    [
      'a new nullable column with UNIQUE (NULL for blue’s rows)',
      'ALTER TABLE orders ADD COLUMN ref2 text UNIQUE;',
      [],
    ],
    [
      'a new uuid column filled per row and UNIQUE',
      'ALTER TABLE orders ADD COLUMN uid uuid DEFAULT gen_random_uuid() UNIQUE;',
      [],
    ],
    [
      'a new nullable column REFERENCES (NULL for blue’s rows)',
      'ALTER TABLE orders ADD COLUMN coupon_id bigint REFERENCES coupons (id);',
      [],
    ],
    [
      'a new trigger enabled ALWAYS reports once, for the search_path',
      'CREATE TRIGGER t AFTER INSERT ON orders FOR EACH ROW EXECUTE FUNCTION f(); ALTER TABLE orders ENABLE ALWAYS TRIGGER t;',
      [TRIGGER],
    ],
    [
      'an INSTEAD OF trigger on a view',
      'CREATE TRIGGER ins INSTEAD OF INSERT ON open_orders FOR EACH ROW EXECUTE FUNCTION f();',
      [],
    ],
    [
      'SET NOT NULL on a column added with a default in this migration',
      "ALTER TABLE orders ADD COLUMN region text DEFAULT 'eu'; ALTER TABLE orders ALTER COLUMN region SET NOT NULL;",
      [],
    ],
    [
      'SET NOT NULL on a column added without a default in this migration',
      'ALTER TABLE orders ADD COLUMN region text; ALTER TABLE orders ALTER COLUMN region SET NOT NULL;',
      [NOT_NULL],
    ],
    [
      'dropping a column added in this migration',
      'ALTER TABLE orders ADD COLUMN region text; ALTER TABLE orders DROP COLUMN region;',
      [],
    ],
    [
      'dropping a constraint added in this migration',
      'ALTER TABLE orders ADD CONSTRAINT c CHECK (total > 0) NOT VALID; ALTER TABLE orders DROP CONSTRAINT c;',
      [CONSTRAINT],
    ],
  ])('%s → %j', async (_what, sql, expected) => {
    expect(await blueGreen(sql)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      'a new column with one shared default and UNIQUE',
      "ALTER TABLE orders ADD COLUMN code text DEFAULT 'x' UNIQUE;",
      [CONSTRAINT],
    ],
    [
      'a new column whose CHECK reads another column',
      'ALTER TABLE orders ADD COLUMN discount int CHECK (discount < total);',
      [CONSTRAINT],
    ],
    [
      'a new PRIMARY KEY column without a default',
      'ALTER TABLE events ADD COLUMN id bigint PRIMARY KEY;',
      [NOT_NULL],
    ],
    [
      'a new column with a default that REFERENCES',
      'ALTER TABLE orders ADD COLUMN coupon_id bigint DEFAULT 1 REFERENCES coupons (id);',
      [FOREIGN_KEY],
    ],
    [
      'a foreign key from a replicated table to a new one',
      'CREATE TABLE regions (id bigint PRIMARY KEY); ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (region_id) REFERENCES regions (id);',
      [FOREIGN_KEY],
    ],
    [
      'an INSERT … ON CONFLICT into a replicated table',
      "INSERT INTO settings (k, v) VALUES ('a', 'b') ON CONFLICT DO NOTHING;",
      [DATA],
    ],
    [
      'TRUNCATE of a new and a replicated table',
      'CREATE TABLE t (id bigint PRIMARY KEY); TRUNCATE t, orders;',
      [DATA],
    ],
  ])('%s → %j', async (_what, sql, expected) => {
    expect(await blueGreen(sql)).toEqual(expected);
  });

  describe('filling a new table from replicated ones', () => {
    it.each<[string, string, string[]]>([
      [
        'INSERT … SELECT from a replicated table',
        'CREATE TABLE totals (id bigint PRIMARY KEY, n int); INSERT INTO totals SELECT customer_id, count(*) FROM orders GROUP BY 1;',
        [STALE],
      ],
      [
        'CREATE TABLE … AS SELECT from a replicated table (no key either)',
        'CREATE TABLE totals AS SELECT customer_id, count(*) FROM orders GROUP BY 1;',
        [NO_KEY, STALE],
      ],
      [
        'INSERT … VALUES into a new table',
        'CREATE TABLE kinds (id bigint PRIMARY KEY); INSERT INTO kinds VALUES (1), (2);',
        [],
      ],
      [
        'INSERT … SELECT from a CTE and a new table only',
        'CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE b (id bigint PRIMARY KEY); WITH x AS (SELECT id FROM a) INSERT INTO b SELECT id FROM x;',
        [],
      ],
    ])('%s → %j', async (_what, sql, expected) => {
      expect(await blueGreen(sql)).toEqual(expected);
    });

    test('names the new table and its sources', async () => {
      const sql =
        'CREATE TABLE totals (id bigint PRIMARY KEY, n int); INSERT INTO totals SELECT o.customer_id, count(*) FROM orders o JOIN sales.customers c ON c.id = o.customer_id GROUP BY 1;';
      const finding = (await lint(sql, { strategy: 'blue-green' })).find(
        (f) => f.rule === 'blue-green-stale-backfill',
      );
      expect(finding?.message).toContain('totals');
      expect(finding?.message).toContain('orders, sales.customers');
      expect(finding?.hint).toContain('ENABLE ALWAYS TRIGGER');
    });
  });

  describe('sequence values', () => {
    it.each<[string, string, string[]]>([
      ["setval('orders_id_seq', …)", "SELECT setval('orders_id_seq', 5000);", [SEQUENCE]],
      [
        'setval with a regclass cast and a schema',
        "SELECT pg_catalog.setval('sales.orders_id_seq'::regclass, 1, false);",
        [SEQUENCE],
      ],
      [
        'setval with a computed name',
        'SELECT setval(pg_get_serial_sequence($$orders$$, $$id$$), 1);',
        [SEQUENCE],
      ],
      ['ALTER SEQUENCE … RESTART', 'ALTER SEQUENCE orders_id_seq RESTART WITH 1000;', [SEQUENCE]],
      ['ALTER SEQUENCE … INCREMENT', 'ALTER SEQUENCE orders_id_seq INCREMENT BY 2;', []],
      [
        'a sequence created in the migration',
        'CREATE SEQUENCE s; SELECT setval($$s$$, 10); ALTER SEQUENCE s RESTART;',
        [],
      ],
      [
        "a new table's own sequence",
        "CREATE TABLE t (id bigserial PRIMARY KEY); SELECT setval('t_id_seq', 10);",
        [],
      ],
      ['nextval', "SELECT nextval('orders_id_seq');", []],
    ])('%s → %j', async (_what, sql, expected) => {
      expect(await blueGreen(sql)).toEqual(expected);
    });
  });

  describe('new tables without a replica identity', () => {
    it.each<[string, string, string[]]>([
      ['no primary key', 'CREATE TABLE audit (at timestamptz, what text);', [NO_KEY]],
      ['a column primary key', 'CREATE TABLE audit (id bigint PRIMARY KEY, what text);', []],
      ['a table primary key', 'CREATE TABLE audit (a int, b int, PRIMARY KEY (a, b));', []],
      [
        'a primary key added later in the migration',
        'CREATE TABLE audit (id bigint NOT NULL); ALTER TABLE audit ADD PRIMARY KEY (id);',
        [],
      ],
      [
        'REPLICA IDENTITY FULL set later in the migration',
        'CREATE TABLE audit (what text); ALTER TABLE audit REPLICA IDENTITY FULL;',
        [],
      ],
      ['an unlogged table (never published)', 'CREATE UNLOGGED TABLE cache (k text, v text);', []],
      ['a temporary table', 'CREATE TEMP TABLE scratch (k text);', []],
      [
        'a partition (its parent has the key)',
        'CREATE TABLE audit_2025 PARTITION OF audit FOR VALUES FROM (1) TO (2);',
        [],
      ],
      ['a LIKE copy', 'CREATE TABLE audit_copy (LIKE audit INCLUDING ALL);', []],
      ['CREATE TABLE … AS of nothing replicated', 'CREATE TABLE nums AS SELECT 1 AS n;', [NO_KEY]],
      ['a materialized view', 'CREATE MATERIALIZED VIEW m AS SELECT 1 AS n;', []],
    ])('%s → %j', async (_what, sql, expected) => {
      expect(await blueGreen(sql)).toEqual(expected);
    });
  });

  describe('changes a rollback to blue cannot replicate back', () => {
    it.each<[string, string, number, string[]]>([
      ["a new value in blue's enum", "ALTER TYPE mood ADD VALUE 'meh';", 18, [ROLLBACK]],
      [
        'renaming an enum value (a running-code rule)',
        "ALTER TYPE mood RENAME VALUE 'a' TO 'b';",
        18,
        [],
      ],
      [
        'ADD COLUMN on PostgreSQL 14 (no column lists)',
        'ALTER TABLE orders ADD COLUMN region text;',
        14,
        [ROLLBACK],
      ],
      ['ADD COLUMN on PostgreSQL 15', 'ALTER TABLE orders ADD COLUMN region text;', 15, []],
      [
        'ADD COLUMN on a new table on PostgreSQL 14',
        'CREATE TABLE t (a int PRIMARY KEY); ALTER TABLE t ADD COLUMN b text;',
        14,
        [],
      ],
    ])('%s (PostgreSQL %i) → %j', async (_what, sql, pgVersion, expected) => {
      expect(await blueGreen(sql, { pgVersion })).toEqual(expected);
    });
  });

  test('messages name the table and column, hints give the replication-safe way', async () => {
    const findings = await lint(
      [
        'ALTER TABLE sales.orders DROP COLUMN note;',
        'ALTER TABLE sales.orders ADD COLUMN region text NOT NULL;',
        'ALTER TABLE sales.orders RENAME COLUMN total TO amount;',
        "UPDATE sales.orders SET note = '' WHERE note IS NULL;",
      ].join('\n'),
      { strategy: 'blue-green' },
    );
    const byRule = new Map(findings.filter((f) => ours.has(f.rule)).map((f) => [f.rule, f]));
    expect(byRule.get('blue-green-drop-column')).toMatchObject({
      line: 1,
      column: 13,
      message: expect.stringContaining('sales.orders.note'),
      hint: expect.stringMatching(/keep note in this deploy.*later deploy, after the switch/),
    });
    expect(byRule.get('blue-green-not-null')).toMatchObject({
      line: 2,
      message: expect.stringMatching(/region .*sales\.orders.*apply worker stops/),
      hint: expect.stringContaining('give region a DEFAULT'),
    });
    expect(byRule.get('blue-green-rename-column')?.message).toContain(
      'sales.orders.total TO amount',
    );
    expect(byRule.get('blue-green-data-change')).toMatchObject({
      line: 4,
      message: expect.stringContaining('UPDATE sales.orders writes on green'),
      hint: expect.stringContaining('on blue'),
    });
  });

  test('every rule has an id, a description, a hint-bearing check, and runs only blue-green', () => {
    expect(blueGreenRules.length).toBeGreaterThanOrEqual(15);
    for (const rule of blueGreenRules) {
      expect(rule.id).toMatch(/^blue-green-[a-z-]+$/);
      expect(rule.strategies).toEqual(['blue-green']);
      expect(rule.description.length).toBeGreaterThan(20);
    }
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test('a blue-green finding can be silenced with db-deploy-ignore', async () => {
    const sql = [
      '-- db-deploy-ignore blue-green-column-type: integer → bigint, green writes fit in integer until the old code is gone',
      'ALTER TABLE orders ALTER COLUMN quantity TYPE bigint;',
    ].join('\n');
    expect(await blueGreen(sql)).toEqual([]);
  });
});

describe('the deploy strategy in the engine', () => {
  test('rules given explicitly still run only for their strategy', async () => {
    await lint('SELECT 1;');
    const only = (strategy: 'in-place' | 'blue-green') =>
      lintSql('DROP TABLE orders;', {
        file: 'm.sql',
        pgVersion: NEWEST_PG_VERSION,
        strategy,
        rules: RULES.filter((r) => /drop-table/.test(r.id)),
      }).map((f) => f.rule);
    expect(only('in-place')).toEqual(['ban-drop-table']);
    expect(only('blue-green')).toEqual(['ban-drop-table', 'blue-green-drop-table']);
  });

  test('adds the tables a migration creates to createdInDeploy, for the next migration', async () => {
    await lint('SELECT 1;');
    const deploy = new Set<TableKey>();
    const run = (sql: string) =>
      lintSql(sql, {
        file: 'm.sql',
        pgVersion: NEWEST_PG_VERSION,
        strategy: 'blue-green',
        createdInDeploy: deploy,
      })
        .filter((f) => ours.has(f.rule))
        .map((f) => f.rule);
    expect(
      run(
        'CREATE TABLE notes (id bigint PRIMARY KEY); CREATE TABLE IF NOT EXISTS tags (id bigint PRIMARY KEY);',
      ),
    ).toEqual([]);
    expect([...deploy]).toEqual(['public.notes']);
    expect(run('ALTER TABLE notes DROP COLUMN id; ALTER TABLE tags DROP COLUMN id;')).toEqual([
      'blue-green-drop-column',
    ]);
  });
});
