import { loadParser } from '../../../src/core/sql/parse.js';
import { lintSql, NEWEST_PG_VERSION } from '../../../src/core/lint/engine.js';
import type { Finding } from '../../../src/core/lint/types.js';

beforeAll(() => loadParser());

const lint = (sql: string): Finding[] =>
  lintSql(sql, { file: 'm.sql', pgVersion: NEWEST_PG_VERSION });

/** `rule:severity@line` of each finding. */
const at = (sql: string) => lint(sql).map((f) => `${f.rule}:${f.severity}@${f.line}`);

const FK =
  'ALTER TABLE archived ADD CONSTRAINT archived_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);';
const CHECK = 'ALTER TABLE archived ADD CONSTRAINT archived_total_positive CHECK (total >= 0);';

describe('tables a migration fills (CREATE TABLE AS, SELECT INTO, INSERT … SELECT, COPY)', () => {
  it.each<[string, string, string[]]>([
    [
      'CREATE TABLE AS: a foreign key to a live table is an error',
      `CREATE TABLE archived AS SELECT * FROM orders WHERE shipped;\n${FK}`,
      ['foreign-key-missing-not-valid:error@2'],
    ],
    [
      'SELECT INTO: the same',
      `SELECT * INTO archived FROM orders WHERE shipped;\n${FK}`,
      ['foreign-key-missing-not-valid:error@2'],
    ],
    [
      'INSERT … SELECT into a new table: the same',
      `CREATE TABLE archived (LIKE orders);\nINSERT INTO archived SELECT * FROM orders;\n${FK}`,
      ['foreign-key-missing-not-valid:error@3'],
    ],
    [
      'COPY FROM into a new table: the same',
      `CREATE TABLE archived (id bigint, customer_id bigint);\nCOPY archived FROM '/tmp/archived.csv';\n${FK}`,
      ['foreign-key-missing-not-valid:error@3'],
    ],
    [
      'a CHECK on a filled table is a notice (it scans rows nobody else uses yet)',
      `CREATE TABLE archived AS SELECT * FROM orders;\n${CHECK}`,
      ['check-constraint-missing-not-valid:notice@2'],
    ],
  ])('%s', (_name, sql, expected) => {
    expect(at(sql)).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      'WITH NO DATA leaves the table empty',
      `CREATE TABLE archived AS SELECT * FROM orders WITH NO DATA;\n${FK}\n${CHECK}`,
    ],
    [
      'INSERT … VALUES adds only the rows it lists',
      `CREATE TABLE archived (id bigint, customer_id bigint, total numeric);\nINSERT INTO archived VALUES (1, 2, 3);\n${FK}\n${CHECK}`,
    ],
    [
      'the safe recipe: NOT VALID, then VALIDATE',
      `CREATE TABLE archived AS SELECT * FROM orders;\n${FK.replace(';', ' NOT VALID;')}\nALTER TABLE archived VALIDATE CONSTRAINT archived_customer_fk;`,
    ],
    [
      'the safe recipe: constraints declared before the table is filled',
      'CREATE TABLE archived (id bigint, customer_id bigint REFERENCES customers (id), total numeric CHECK (total >= 0));\nINSERT INTO archived SELECT id, customer_id, total FROM orders;',
    ],
    [
      'a foreign key to a table that is new too locks nothing live',
      `CREATE TABLE customers (id bigint PRIMARY KEY);\nCREATE TABLE archived AS SELECT * FROM orders;\n${FK}`,
    ],
    [
      'an index or a primary key on a filled table locks only that table',
      'CREATE TABLE archived AS SELECT * FROM orders;\nCREATE INDEX archived_at ON archived (created_at);\nALTER TABLE archived ADD PRIMARY KEY (id);\nALTER TABLE archived ALTER COLUMN id SET NOT NULL;',
    ],
  ])('stays quiet: %s', (_name, sql) => {
    expect(at(sql)).toEqual([]);
  });

  test('says the table was filled and names the live table whose writes wait', () => {
    const [finding] = lint(`CREATE TABLE archived AS SELECT * FROM orders;\n${FK}`);
    expect(finding?.message).toContain('which this migration filled with rows');
    expect(finding?.message).toContain('SHARE ROW EXCLUSIVE lock on customers');
  });
});

describe('CREATE TABLE IF NOT EXISTS followed by statements on the table', () => {
  test('judges the index as on a new table and says so once, at the CREATE TABLE', () => {
    const sql = [
      'CREATE TABLE IF NOT EXISTS events (id bigint, at timestamptz, kind text);',
      'CREATE INDEX events_at ON events (at);',
      'CREATE INDEX events_kind ON events (kind);',
      "ALTER TABLE events ADD CONSTRAINT events_kind_check CHECK (kind <> '');",
    ].join('\n');
    const findings = lint(sql);
    expect(findings.map((f) => `${f.rule}:${f.severity}@${f.line}`)).toEqual([
      'assumed-new-table:notice@1',
    ]);
    expect(findings[0]?.message).toBe(
      'CREATE TABLE IF NOT EXISTS events: the statements after it on events are judged as on a new, empty table; if events already exists, they are not safe (require-concurrent-index, check-constraint-missing-not-valid)',
    );
  });

  test('no notice when nothing after it depends on the assumption', () => {
    expect(
      at(
        'CREATE TABLE IF NOT EXISTS events (id bigint);\nCREATE INDEX CONCURRENTLY IF NOT EXISTS events_id ON events (id);',
      ),
    ).toEqual([]);
    expect(
      at('CREATE TABLE IF NOT EXISTS events (id bigint);\nCREATE INDEX other_at ON other (at);'),
    ).toEqual(['require-concurrent-index:error@2']);
  });

  test('CREATE TABLE … AS IF NOT EXISTS is assumed new too', () => {
    expect(
      at(
        'CREATE TABLE IF NOT EXISTS archived AS SELECT * FROM orders WITH NO DATA;\nCREATE INDEX archived_at ON archived (created_at);',
      ),
    ).toEqual(['assumed-new-table:notice@1']);
  });
});
