import { loadParser } from '../../../src/core/sql/parse.js';
import { lintSql } from '../../../src/core/lint/engine.js';
import { NEWER_CONSTRUCTS } from '../../../src/core/lint/versions.js';

/** PostgreSQL's grammars of older majors (libpg-query 13, 15, 16, 17; 14's package does not install). */
type Grammar = { loadModule(): Promise<void>; parseSync(sql: string): unknown };
const grammars = new Map<number, Grammar>();

beforeAll(async () => {
  await loadParser();
  const modules: Array<[number, Promise<Grammar>]> = [
    [13, import('libpg-query-13') as Promise<Grammar>],
    [15, import('libpg-query-15') as Promise<Grammar>],
    [16, import('libpg-query-16') as Promise<Grammar>],
    [17, import('libpg-query-17') as Promise<Grammar>],
    [18, import('libpg-query') as Promise<Grammar>],
  ];
  for (const [major, loading] of modules) {
    const grammar = await loading;
    await grammar.loadModule();
    grammars.set(major, grammar);
  }
});

const accepts = (major: number, sql: string): boolean => {
  try {
    grammars.get(major)!.parseSync(sql);
    return true;
  } catch {
    return false;
  }
};

const findings = (sql: string, pgVersion: number) =>
  lintSql(`${sql};`, { file: 'm.sql', pgVersion }).filter(
    (f) => f.rule === 'newer-postgres-syntax',
  );

const rows = NEWER_CONSTRUCTS.map((row) => [`${row.since}: ${row.what}`, row] as const);

describe('newer-postgres-syntax: constructs newer than the target major', () => {
  it.each(rows)('%s — flagged for the major before, not from its own', (_name, row) => {
    const before = findings(row.example, row.since - 1);
    expect(before.map((f) => f.message)).toContainEqual(
      expect.stringContaining(
        `${row.what} needs PostgreSQL ${row.since}; this migration runs on PostgreSQL ${row.since - 1}`,
      ),
    );
    expect(before[0]?.severity).toBe('error');
    expect(findings(row.example, row.since).filter((f) => f.message.startsWith(row.what))).toEqual(
      [],
    );
  });

  it.each(rows.filter(([, row]) => row.since >= 14))(
    '%s — the table agrees with the real grammars',
    (_name, row) => {
      // The grammar of `since` (15 stands in for 14, whose package is not installable) accepts it.
      expect(accepts(row.since === 14 ? 15 : row.since, row.example)).toBe(true);
      const previous = row.since === 15 ? 13 : row.since - 1;
      // A `function` row parses on older majors as a call of a function that does not exist yet.
      expect(accepts(previous, row.example)).toBe(row.kind === 'function');
    },
  );

  it.each(rows.filter(([, row]) => row.since <= 13))(
    '%s — PostgreSQL 13’s grammar accepts it (older grammars are not on npm: from the release notes)',
    (_name, row) => {
      expect(accepts(13, row.example)).toBe(true);
    },
  );

  test('stays quiet for the current grammar and for a target that has the construct', () => {
    expect(findings('SELECT * FROM (SELECT 1) AS s', 15)).toEqual([]);
    expect(findings('MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE', 16)).toEqual(
      [],
    );
    expect(findings('ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (a) STORED', 17)).toEqual(
      [],
    );
  });

  test('names every construct of a statement once, newest first', () => {
    const sql =
      'MERGE INTO t USING (SELECT 1 AS id) ON t.id = 1 WHEN NOT MATCHED BY SOURCE THEN DELETE';
    expect(findings(sql, 14).map((f) => f.message.split(' needs ')[0])).toEqual([
      'MERGE … WHEN NOT MATCHED BY SOURCE',
      'a subquery in FROM without an alias',
      'MERGE',
    ]);
  });

  test('the NOT NULL constraint form in ALTER TABLE is left to set-not-null-scans-table (with its recipe)', () => {
    const all = lintSql('ALTER TABLE t ADD CONSTRAINT c NOT NULL a;', {
      file: 'm.sql',
      pgVersion: 17,
    });
    expect(all.map((f) => f.rule)).toEqual(['set-not-null-scans-table']);
  });
});
