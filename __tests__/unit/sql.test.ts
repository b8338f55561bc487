import { qualifiedName, quoteIdent, quoteLiteral } from '../../src/core/db/sql.js';

describe('quoteIdent', () => {
  test.each([
    ['orders', '"orders"'],
    ['Orders', '"Orders"'],
    ['select', '"select"'],
    ['my table', '"my table"'],
    ['a"b', '"a""b"'],
    ['""', '""""""'],
    ['', '""'],
    ['ordërs', '"ordërs"'],
  ])('quotes %j as %s', (name, quoted) => {
    expect(quoteIdent(name)).toBe(quoted);
  });
});

describe('qualifiedName', () => {
  test('quotes schema and name separately', () => {
    expect(qualifiedName('public', 'pgmigrations')).toBe('"public"."pgmigrations"');
  });

  test('keeps a dot inside either part as part of that identifier', () => {
    expect(qualifiedName('my.schema', 'a"b')).toBe('"my.schema"."a""b"');
  });
});

describe('quoteLiteral', () => {
  test.each([
    ['plain', "'plain'"],
    ['', "''"],
    ["it's", "'it''s'"],
    ["''", "''''''"],
    ['C:\\temp', "E'C:\\\\temp'"],
    ["it's C:\\", "E'it''s C:\\\\'"],
    ['\\', "E'\\\\'"],
    ['ünïcode', "'ünïcode'"],
  ])('quotes %j as %s', (value, quoted) => {
    expect(quoteLiteral(value)).toBe(quoted);
  });
});
