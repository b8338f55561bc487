import { readFileSync } from 'node:fs';
import {
  isBlankSql,
  splitSqlMigration,
} from '../../src/core/migrations/formats/node-pg-migrate/sql-file.js';
import type { SqlSection } from '../../src/core/migrations/engine/types.js';

const fixture = (name: string) =>
  readFileSync(`__tests__/unit/fixtures/sql-file/${name}.sql`, 'utf8');

/** The section is the file's text at its offset, and that text opens with `marker`. */
function expectSectionAt(content: string, section: SqlSection | undefined, marker: string) {
  expect(section).toBeDefined();
  const { sql, offset } = section as SqlSection;
  expect(content.slice(offset, offset + sql.length)).toBe(sql);
  expect(content.slice(offset).trimStart().startsWith(marker)).toBe(true);
}

describe('splitSqlMigration', () => {
  test('splits a file into its up and down sections, each starting at its marker', () => {
    const content = fixture('up-and-down');
    const { up, down, forceNoTransaction } = splitSqlMigration(content);
    expectSectionAt(content, up, '-- Up Migration');
    expectSectionAt(content, down, '-- Down Migration');
    expect(up.sql.trim()).toBe('-- Up Migration\nCREATE TABLE orders (id bigint PRIMARY KEY);');
    expect(down?.sql.trim()).toBe('-- Down Migration\nDROP TABLE orders;');
    expect(up.offset).toBe(0);
    expect(up.sql + down?.sql).toBe(content);
    expect(forceNoTransaction).toBe(false);
  });

  // As in node-pg-migrate: a marker's match begins at the blank lines above it, so they open the
  // section that follows. Offsets stay exact because `sql` begins at `offset` too.
  test('gives the blank line above a marker to the section the marker opens', () => {
    const content = fixture('up-and-down');
    const { up, down } = splitSqlMigration(content);
    expect(up.sql).toBe('-- Up Migration\nCREATE TABLE orders (id bigint PRIMARY KEY);\n');
    expect(down).toEqual({
      sql: '\n-- Down Migration\nDROP TABLE orders;\n',
      offset: content.indexOf('-- Down Migration') - 1,
    });
  });

  test('reads a down section written before the up section', () => {
    const content = fixture('down-before-up');
    const { up, down } = splitSqlMigration(content);
    expectSectionAt(content, up, '-- Up Migration');
    expectSectionAt(content, down, '-- Down Migration');
    expect(up.sql.trim()).toBe('-- Up Migration\nCREATE TABLE orders (id bigint PRIMARY KEY);');
    expect(down?.sql.trim()).toBe('-- Down Migration\nDROP TABLE orders;');
    expect(down?.offset).toBe(0);
    expect(up.offset).toBeGreaterThan(0);
  });

  test('treats a file without markers as all up, with no down section', () => {
    const content = fixture('no-markers');
    expect(splitSqlMigration(content)).toEqual({
      up: { sql: content, offset: 0 },
      down: undefined,
      forceNoTransaction: false,
    });
  });

  test('takes the text before a lone down marker as the up section', () => {
    const content = fixture('only-down');
    const { up, down } = splitSqlMigration(content);
    expect(up.offset).toBe(0);
    expect(up.sql.trim()).toBe('CREATE TABLE orders (id bigint PRIMARY KEY);');
    expect(down?.sql.trim()).toBe('-- Down Migration\nDROP TABLE orders;');
    expectSectionAt(content, down, '-- Down Migration');
  });

  test('leaves a header comment above the up marker out of both sections', () => {
    const content = fixture('header-comment');
    const { up, down } = splitSqlMigration(content);
    expectSectionAt(content, up, '-- Up Migration');
    expectSectionAt(content, down, '-- Down Migration');
    expect(up.sql).not.toContain('SHOP-42');
    expect(down?.sql).not.toContain('SHOP-42');
  });

  test.each([
    ['-- Up Migration', '-- Down Migration'],
    ['-- up migration', '-- down migration'],
    ['-- UP MIGRATION', '-- DOWN MIGRATION'],
    ['--Up Migration', '--Down Migration'],
    ['---- Up Migration', '---- Down Migration'],
    ['-- - Up Migration', '-- - Down Migration'],
    ['--   Up    Migration', '--   Down\tMigration'],
    ['  -- Up Migration', '\t-- Down Migration'],
    ['-- Up Migration: create orders', '-- Down Migration (irreversible in prod)'],
  ])('recognises the markers %j and %j', (upMarker, downMarker) => {
    const content = `${upMarker}\nSELECT 1;\n${downMarker}\nSELECT 2;\n`;
    const { up, down } = splitSqlMigration(content);
    expect(up).toEqual({ sql: `${upMarker}\nSELECT 1;\n`, offset: 0 });
    expect(down).toEqual({
      sql: `${downMarker}\nSELECT 2;\n`,
      offset: content.indexOf(downMarker),
    });
  });

  test.each([
    ['a marker after a statement on the same line', 'SELECT 1; -- Down Migration\nSELECT 2;\n'],
    ['a word that only starts with down', '-- Downgrade migration\nSELECT 2;\n'],
    ['a hyphenated marker', '-- down-migration\nSELECT 2;\n'],
    ['a block comment', '/* Down Migration */\nSELECT 2;\n'],
  ])('does not take %s for a down marker', (_case, content) => {
    const { up, down } = splitSqlMigration(content);
    expect(down).toBeUndefined();
    expect(up).toEqual({ sql: content, offset: 0 });
  });

  test('keeps section offsets true to the file when blank lines precede a marker', () => {
    const content = '\n\n-- Up Migration\nSELECT 1;\n\n\n-- Down Migration\nSELECT 2;\n';
    const { up, down } = splitSqlMigration(content);
    expectSectionAt(content, up, '-- Up Migration');
    expectSectionAt(content, down, '-- Down Migration');
    expect(up.sql.trim()).toBe('-- Up Migration\nSELECT 1;');
    expect(down?.sql.trim()).toBe('-- Down Migration\nSELECT 2;');
  });

  test('splits a file with CRLF line endings without losing a character', () => {
    const content = '-- Up Migration\r\nSELECT 1;\r\n-- Down Migration\r\nSELECT 2;\r\n';
    const { up, down } = splitSqlMigration(content);
    expectSectionAt(content, up, '-- Up Migration');
    expectSectionAt(content, down, '-- Down Migration');
    expect(up.sql + down?.sql).toBe(content);
    expect(down?.sql.trim()).toBe('-- Down Migration\r\nSELECT 2;');
  });

  test('notices the no-transaction directive above the up marker', () => {
    const { up, down, forceNoTransaction } = splitSqlMigration(fixture('no-transaction'));
    expect(forceNoTransaction).toBe(true);
    expect(up.sql).toContain('CREATE INDEX CONCURRENTLY');
    expect(up.sql).not.toContain('db-deploy:no-transaction');
    expect(down?.sql).toContain('DROP INDEX CONCURRENTLY');
  });

  test.each([
    ['-- db-deploy:no-transaction', true],
    ['--db-deploy:no-transaction', true],
    ['   --   DB-DEPLOY:NO-TRANSACTION', true],
    ['-- db-deploy:no-transaction because of VACUUM', true],
    ['-- db-deploy:no-transactions', false],
    ['SELECT 1; -- db-deploy:no-transaction', false],
    ['-- see db-deploy:no-transaction in the docs', false],
  ])('reads the directive line %j as %s', (line, expected) => {
    const content = `-- Up Migration\nSELECT 1;\n-- Down Migration\n${line}\nSELECT 2;\n`;
    expect(splitSqlMigration(content).forceNoTransaction).toBe(expected);
  });
});

describe('isBlankSql', () => {
  test.each([
    [''],
    ['  \n\t\n'],
    ['-- Down Migration\n'],
    ['-- Down Migration\n-- nothing to undo\n\n'],
    ['/* nothing */'],
    ['/* several\n   lines */\n-- and a line comment'],
    ['/* a block\n-- holding a line comment\n*/'],
  ])('sees %j as blank', (sql) => {
    expect(isBlankSql(sql)).toBe(true);
  });

  test.each([
    ['SELECT 1'],
    ['-- Down Migration\nDROP TABLE orders;'],
    ['/* first */ DROP TABLE orders; -- done'],
    [';'],
  ])('sees %j as holding SQL', (sql) => {
    expect(isBlankSql(sql)).toBe(false);
  });

  // Line comments are stripped before block comments, so `--` inside a one-line block comment
  // eats its closing `*/` and the rest of the comment is taken for SQL.
  test.each([['/* ---------- */'], ['/* TODO -- nothing to undo */']])(
    'sees the one-line block comment %j as blank',
    (sql) => {
      expect(isBlankSql(sql)).toBe(true);
    },
  );
});
