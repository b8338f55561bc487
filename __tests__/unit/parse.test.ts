import {
  lineColumn,
  loadParser,
  parseSql,
  type ParsedStatement,
} from '../../src/core/sql/parse.js';

beforeAll(async () => {
  await loadParser();
});

function statementsOf(source: string): ParsedStatement[] {
  const outcome = parseSql(source);
  if (!outcome.ok)
    throw new Error(`expected ${JSON.stringify(source)} to parse: ${outcome.message}`);
  return outcome.statements;
}

/** Every statement's offsets must point at its own text in the source. */
function expectOffsetsTrue(source: string, statements: ParsedStatement[]) {
  for (const s of statements) expect(source.slice(s.start, s.end)).toBe(s.text);
}

describe('parseSql', () => {
  test('splits statements with PostgreSQL’s parser, without semicolons', () => {
    const source = 'CREATE TABLE orders (id int);\nINSERT INTO orders VALUES (1);\nSELECT 1';
    const statements = statementsOf(source);
    expect(statements.map((s) => [s.type, s.text, s.start, s.end])).toEqual([
      ['CreateStmt', 'CREATE TABLE orders (id int)', 0, 28],
      ['InsertStmt', 'INSERT INTO orders VALUES (1)', 30, 59],
      ['SelectStmt', 'SELECT 1', 61, 69],
    ]);
  });

  test('keeps semicolons inside strings, dollar quotes and bodies in their statement', () => {
    const source = [
      "INSERT INTO notes VALUES ('a; b');",
      'CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql;',
      'SELECT 2;',
    ].join('\n');
    const statements = statementsOf(source);
    expect(statements.map((s) => s.type)).toEqual([
      'InsertStmt',
      'CreateFunctionStmt',
      'SelectStmt',
    ]);
    expectOffsetsTrue(source, statements);
  });

  test('starts a statement after the comments that precede it', () => {
    const source = [
      '-- Up Migration',
      '/* orders, see SHOP-42 */',
      'CREATE TABLE orders (id int);',
      '',
      '-- a note',
      '  /* outer /* nested */ still outer */ SELECT 1;',
    ].join('\n');
    const statements = statementsOf(source);
    expect(statements.map((s) => s.text)).toEqual(['CREATE TABLE orders (id int)', 'SELECT 1']);
    expect(statements[0]?.start).toBe(source.indexOf('CREATE'));
    expect(statements[1]?.start).toBe(source.indexOf('SELECT 1'));
    expectOffsetsTrue(source, statements);
  });

  test.each([
    ['accented letters', "INSERT INTO notes VALUES ('héllo wörld, ça va');\nSELECT 2;"],
    ['CJK text', "COMMENT ON TABLE orders IS '注文テーブル';\nSELECT 2;"],
    ['an emoji outside the BMP', "INSERT INTO notes VALUES ('shipped 🚀');\nSELECT 2;"],
    ['a non-ASCII comment', '-- Bestellungen für Kunden\nSELECT 1;\n-- größer\nSELECT 2;'],
  ])('gives character offsets, not byte offsets, after %s', (_case, source) => {
    const statements = statementsOf(source);
    const last = statements.at(-1) as ParsedStatement;
    expect(last.text).toBe('SELECT 2');
    expect(last.start).toBe(source.indexOf('SELECT 2'));
    expectOffsetsTrue(source, statements);
  });

  test('returns the node of each statement for classification', () => {
    const [statement] = statementsOf('CREATE INDEX CONCURRENTLY orders_idx ON shop.orders (id)');
    expect(statement?.type).toBe('IndexStmt');
    expect(statement?.node).toMatchObject({
      idxname: 'orders_idx',
      concurrent: true,
      relation: { schemaname: 'shop', relname: 'orders' },
    });
  });

  test.each([['   \n'], ['-- only a comment\n'], ['/* only a block comment */']])(
    'finds no statement in %j',
    (source) => {
      expect(parseSql(source)).toEqual({ ok: true, statements: [] });
    },
  );

  // libpg_query refuses an empty string ("Query cannot be empty") although whitespace parses.
  test('finds no statement in an empty text', () => {
    expect(parseSql('')).toEqual({ ok: true, statements: [] });
  });

  test('returns a syntax error with its message and offset instead of throwing', () => {
    const source = 'SELECT 1;\nSELEC 2;';
    expect(parseSql(source)).toEqual({
      ok: false,
      message: 'syntax error at or near "SELEC"',
      offset: source.indexOf('SELEC 2'),
    });
  });

  test('points a syntax error at the end of input at the end of the text', () => {
    const outcome = parseSql('SELECT 1 FROM');
    expect(outcome).toMatchObject({ ok: false, message: 'syntax error at end of input' });
    expect(outcome.ok === false && outcome.offset).toBe(13);
  });

  // libpg_query's cursorPosition is already a (0-based) character position: PostgreSQL's
  // scanner_errposition converts the byte offset with pg_mbstrlen_with_len. parseSql converts
  // it again as if it were a byte offset, so every multi-byte character before the error moves
  // the offset one or more characters too early.
  test('gives the character offset of a syntax error after non-ASCII text', () => {
    const source = "INSERT INTO notes VALUES ('ééé');\nSELEC 2;";
    const outcome = parseSql(source);
    expect(outcome).toMatchObject({ ok: false, offset: source.indexOf('SELEC 2') });
  });
});

describe('lineColumn', () => {
  const source = 'CREATE TABLE orders (\n  id int\n);\nSELEC 1;';

  test.each([
    [0, 1, 1],
    [7, 1, 8],
    [22, 2, 1],
    [24, 2, 3],
    [source.indexOf('SELEC'), 4, 1],
    [source.length, 4, 9],
    [-5, 1, 1],
  ])('places offset %d at line %d, column %d', (offset, line, column) => {
    expect(lineColumn(source, offset)).toEqual({ line, column });
  });
});
