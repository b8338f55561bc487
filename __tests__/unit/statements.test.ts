import { readFileSync } from 'node:fs';
import { splitSqlMigration } from '../../src/core/migrations/formats/node-pg-migrate/sql-file.js';
import type { SqlSection } from '../../src/core/migrations/engine/types.js';
import {
  indexBuild,
  sectionMode,
  type SectionMode,
} from '../../src/core/migrations/engine/statements.js';
import { loadParser, parseSql, type ParsedStatement } from '../../src/core/sql/parse.js';

beforeAll(async () => {
  await loadParser();
});

const upSection = (fixture: string): SqlSection =>
  splitSqlMigration(readFileSync(`__tests__/unit/fixtures/statements/${fixture}.sql`, 'utf8')).up;

const section = (sql: string): SqlSection => ({ sql, offset: 0 });

/** Each group as [transactional, first words of each statement]. */
function shape(mode: SectionMode) {
  if (mode.kind !== 'statements') return mode.kind;
  return mode.groups.map((g) => [
    g.transactional ? 'transaction' : `alone: ${g.reason}`,
    g.statements.map((s) => s.text.split(' ').slice(0, 3).join(' ')),
  ]);
}

describe('sectionMode', () => {
  test('runs a section of ordinary statements as one transaction', async () => {
    expect(await sectionMode(upSection('ordinary'), false)).toEqual({ kind: 'transaction' });
  });

  test('runs each non-transactional statement alone and groups the ordinary ones between them', async () => {
    const mode = await sectionMode(upSection('mixed'), false);
    expect(shape(mode)).toEqual([
      ['transaction', ['CREATE TABLE shipments', 'ALTER TABLE orders']],
      ['alone: CREATE INDEX CONCURRENTLY', ['CREATE INDEX CONCURRENTLY']],
      ['transaction', ['UPDATE orders SET']],
      ['alone: CREATE INDEX CONCURRENTLY', ['CREATE INDEX CONCURRENTLY']],
      ['alone: CREATE INDEX CONCURRENTLY', ['CREATE INDEX CONCURRENTLY']],
      ['alone: VACUUM', ['VACUUM (ANALYZE) shipments']],
    ]);
    expect(mode.kind === 'statements' && mode.reasons).toEqual([
      'CREATE INDEX CONCURRENTLY',
      'VACUUM',
    ]);
  });

  test('keeps every statement and its offset in the section', async () => {
    const up = upSection('mixed');
    const mode = await sectionMode(up, false);
    const statements = mode.kind === 'statements' ? mode.groups.flatMap((g) => g.statements) : [];
    expect(statements).toHaveLength(7);
    for (const s of statements) expect(up.sql.slice(s.start, s.end)).toBe(s.text);
  });

  test('runs a section that does not parse as one transaction, so PostgreSQL reports the error', async () => {
    expect(await sectionMode(upSection('broken'), false)).toEqual({ kind: 'transaction' });
  });

  test('runs every statement alone under the no-transaction directive', async () => {
    const mode = await sectionMode(upSection('ordinary'), true);
    expect(shape(mode)).toEqual([
      ['alone: db-deploy:no-transaction', ['ALTER TABLE orders']],
      ['alone: db-deploy:no-transaction', ['CREATE INDEX orders_note_idx']],
      ['alone: db-deploy:no-transaction', ['ANALYZE orders']],
    ]);
    expect(mode.kind === 'statements' && mode.reasons).toEqual(['db-deploy:no-transaction']);
  });

  test('gives the real reasons under the directive when there are some', async () => {
    const mode = await sectionMode(
      section('CREATE INDEX CONCURRENTLY i ON orders (id);\nUPDATE orders SET note = NULL;'),
      true,
    );
    expect(shape(mode)).toEqual([
      ['alone: CREATE INDEX CONCURRENTLY', ['CREATE INDEX CONCURRENTLY']],
      ['alone: db-deploy:no-transaction', ['UPDATE orders SET']],
    ]);
    expect(mode.kind === 'statements' && mode.reasons).toEqual(['CREATE INDEX CONCURRENTLY']);
  });

  test('starts and ends with transactional groups around a lone statement', async () => {
    const mode = await sectionMode(
      section('SELECT 1;\nSELECT 2;\nDROP INDEX CONCURRENTLY i;\nSELECT 3;\nSELECT 4;'),
      false,
    );
    expect(shape(mode)).toEqual([
      ['transaction', ['SELECT 1', 'SELECT 2']],
      ['alone: DROP INDEX CONCURRENTLY', ['DROP INDEX CONCURRENTLY']],
      ['transaction', ['SELECT 3', 'SELECT 4']],
    ]);
  });
});

describe('indexBuild', () => {
  function statement(sql: string): ParsedStatement {
    const outcome = parseSql(sql);
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.statements[0] as ParsedStatement;
  }

  test.each([
    ['CREATE INDEX CONCURRENTLY orders_idx ON orders (id)', '"orders_idx"', '"orders"'],
    [
      'CREATE INDEX CONCURRENTLY orders_idx ON shop.orders (id)',
      '"shop"."orders_idx"',
      '"shop"."orders"',
    ],
    ['CREATE INDEX CONCURRENTLY Orders_IDX ON orders (id)', '"orders_idx"', '"orders"'],
    [
      'CREATE INDEX CONCURRENTLY "Odd""Name" ON "My Shop".orders (id)',
      '"My Shop"."Odd""Name"',
      '"My Shop"."orders"',
    ],
    ['CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS u ON orders (id)', '"u"', '"orders"'],
    ['CREATE INDEX CONCURRENTLY ON orders (id)', undefined, '"orders"'],
  ])('%s builds the index %s on %s', (sql, index, table) => {
    expect(indexBuild(statement(sql))).toEqual({ kind: 'CREATE INDEX CONCURRENTLY', index, table });
  });

  test('REINDEX CONCURRENTLY is an index build that names no new index', () => {
    expect(indexBuild(statement('REINDEX INDEX CONCURRENTLY orders_idx'))).toEqual({
      kind: 'REINDEX CONCURRENTLY',
    });
  });

  test.each([
    ['an index built in a transaction', 'CREATE INDEX orders_idx ON orders (id)'],
    ['another statement', 'DROP INDEX CONCURRENTLY orders_idx'],
  ])('is undefined for %s', (_case, sql) => {
    expect(indexBuild(statement(sql))).toBeUndefined();
  });
});
