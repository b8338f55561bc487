import { loadParser } from '../../../src/core/sql/parse.js';
import { lintSql, NEWEST_PG_VERSION } from '../../../src/core/lint/engine.js';
import type { Finding } from '../../../src/core/lint/types.js';

beforeAll(() => loadParser());

const lint = (sql: string): Finding[] =>
  lintSql(sql, { file: 'm.sql', pgVersion: NEWEST_PG_VERSION });

/** `rule@line:column` of each finding, in the order reported. */
const at = (sql: string) => lint(sql).map((f) => `${f.rule}@${f.line}:${f.column}`);

describe('SQL inside DO blocks', () => {
  it.each<[string, string, string[]]>([
    [
      'lints a type change inside a DO block, at its line in the file',
      'DO $$\nBEGIN\n  ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);\nEND $$;',
      ['changing-column-type@3:35'],
    ],
    [
      'lints a DO block written on one line, with a named dollar tag',
      'DO $body$ BEGIN CREATE INDEX orders_at ON orders (created_at); END $body$;',
      ['require-concurrent-index@1:17'],
    ],
    [
      'lints a DO body in single quotes, doubled quotes included',
      "DO 'BEGIN UPDATE orders SET note = ''x''; END';",
      ['ban-update-without-where@1:18'],
    ],
    [
      'follows IF branches, loops and exception blocks',
      [
        'DO $$',
        'DECLARE r record;',
        'BEGIN',
        '  IF NOT EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = $q$orders_at$q$) THEN',
        '    BEGIN',
        '      ALTER TABLE orders ADD CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customers (id);',
        '    EXCEPTION WHEN duplicate_object THEN NULL;',
        '    END;',
        '  END IF;',
        '  FOR r IN SELECT id FROM shops LOOP',
        '    DELETE FROM carts;',
        '  END LOOP;',
        'END $$;',
      ].join('\n'),
      ['foreign-key-missing-not-valid@6:30', 'ban-delete-without-where@11:17'],
    ],
    [
      'lints the constant string an EXECUTE runs, at the string',
      "DO $$\nBEGIN\n  EXECUTE 'CREATE INDEX orders_at ON orders (created_at)';\nEND $$;",
      ['require-concurrent-index@3:12'],
    ],
    [
      'lints constants joined with ||, reported at the EXECUTE',
      "DO $$\nBEGIN\n  EXECUTE 'ALTER TABLE orders ' || 'ALTER COLUMN id TYPE bigint';\nEND $$;",
      ['changing-column-type@3:11'],
    ],
    [
      'says when SQL is built at run time and cannot be read',
      "DO $$\nBEGIN\n  EXECUTE format('ALTER TABLE %I ALTER COLUMN id TYPE bigint', 'orders');\nEND $$;",
      ['dynamic-sql@3:11'],
    ],
    [
      'says when a body is in another language',
      "DO LANGUAGE plpython3u $$ plpy.execute('DROP TABLE orders') $$;",
      ['not-analysable@1:1'],
    ],
    [
      'says when a body does not compile as PL/pgSQL',
      'DO $$ BEGIN FOR r IN SELECT 1 LOOP NULL; END LOOP; END $$;',
      ['not-analysable@1:6'],
    ],
    [
      'stays silent on the safe forms: a DO that only reads, or creates and indexes its own table',
      'DO $$ BEGIN\n  CREATE TABLE audit (id bigint, at timestamptz);\n  CREATE INDEX audit_at ON audit (at);\n  PERFORM count(*) FROM orders;\nEND $$;',
      [],
    ],
  ])('%s', (_name, sql, expected) => {
    expect(at(sql)).toEqual(expected);
  });

  test('says in the message that the statement runs inside the DO block', () => {
    const [finding] = lint('SELECT 1;\nDO $$ BEGIN ALTER TABLE orders DROP COLUMN note; END $$;');
    expect(finding?.message).toMatch(/\(in the DO block at line 2\)$/);
  });

  test('a table the DO block creates is new for the statements after it', () => {
    expect(
      at('DO $$ BEGIN CREATE TABLE t (id bigint); END $$;\nCREATE INDEX t_id ON t (id);'),
    ).toEqual([]);
  });

  test('a db-deploy-ignore above the DO block silences what runs inside it', () => {
    expect(
      at(
        '-- db-deploy-ignore changing-column-type: orders has 12 rows\nDO $$ BEGIN ALTER TABLE orders ALTER COLUMN id TYPE bigint; END $$;',
      ),
    ).toEqual([]);
  });
});

describe('SQL inside functions the migration calls', () => {
  const CREATE_FN = [
    'CREATE FUNCTION widen_ids() RETURNS void LANGUAGE plpgsql AS $fn$',
    'BEGIN',
    '  ALTER TABLE orders ALTER COLUMN id TYPE bigint;',
    'END',
    '$fn$;',
  ].join('\n');

  it.each<[string, string, string[]]>([
    [
      'lints a PL/pgSQL function called with SELECT',
      `${CREATE_FN}\nSELECT widen_ids();`,
      ['changing-column-type@3:35'],
    ],
    [
      'lints it when called with PERFORM in a DO block',
      `${CREATE_FN}\nDO $$ BEGIN PERFORM widen_ids(); END $$;`,
      ['changing-column-type@3:35'],
    ],
    [
      'lints a procedure called with CALL, in LANGUAGE sql',
      "CREATE PROCEDURE purge() LANGUAGE sql AS 'DELETE FROM sessions';\nCALL purge();",
      ['ban-delete-without-where@1:55'],
    ],
    [
      'does not lint a function that is only created (it runs later, not in the migration)',
      CREATE_FN,
      [],
    ],
    [
      'does not lint a trigger function: it runs for later writes, not in the migration',
      `${CREATE_FN.replace('RETURNS void', 'RETURNS trigger')}\nCREATE TRIGGER t BEFORE INSERT ON orders FOR EACH ROW EXECUTE FUNCTION widen_ids();`,
      [],
    ],
  ])('%s', (_name, sql, expected) => {
    expect(at(sql)).toEqual(expected);
  });

  test('names the function and the line of the call', () => {
    const [finding] = lint(`${CREATE_FN}\n\nSELECT widen_ids();`);
    expect(finding?.message).toMatch(/\(in widen_ids\(\), which this migration calls at line 7\)$/);
  });

  test('follows a function that calls itself only a few levels deep', () => {
    const sql = [
      'CREATE FUNCTION again() RETURNS void LANGUAGE plpgsql AS $$',
      'BEGIN PERFORM again(); UPDATE orders SET n = 0; END $$;',
      'SELECT again();',
    ].join('\n');
    const found = at(sql);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set(['ban-update-without-where@2:31']));
  });
});
