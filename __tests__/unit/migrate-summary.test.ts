import { readFileSync } from 'node:fs';
import {
  renderDryRunSql,
  renderMigrateSummary,
  shareBudget,
} from '../../src/core/report/migrate.js';
import { VERSION } from '../../src/core/version.js';
import { appliedMigration, migrateResult, plannedMigration } from '../helpers/factories.js';

/** A golden summary, with the version left out so that releases do not touch it. */
const golden = (name: string) =>
  readFileSync(`__tests__/unit/fixtures/report/${name}.md`, 'utf8').replace(/\n$/, '');
const withoutVersion = (markdown: string) =>
  markdown.replaceAll(`db-deploy v${VERSION}`, 'db-deploy vX.Y.Z');

const lines = (markdown: string) => markdown.split('\n');

describe('renderMigrateSummary', () => {
  test('shows each applied migration with its duration, lock retries and transaction mode', () => {
    const summary = renderMigrateSummary(
      migrateResult({
        applied: [
          appliedMigration('001_create_orders', { durationMs: 850 }),
          appliedMigration('002_index_orders', {
            durationMs: 125_000,
            retries: 3,
            transactional: false,
          }),
        ],
        pending: ['003_add_note'],
        adopted: ['000_init'],
        durationMs: 126_400,
        lockWaitMs: 2_500,
      }),
    );
    expect(withoutVersion(summary)).toBe(golden('applied'));
  });

  test('says so when nothing was left to run', () => {
    const summary = renderMigrateSummary(migrateResult());
    expect(lines(summary)[0]).toBe('## ✅ db-deploy migrate: up to date');
    expect(summary).toContain('No migration to run.');
    expect(summary).toContain('**Pending after the run:** none');
    expect(summary).not.toContain('| Migration |');
  });

  test('counts a single migration in the singular', () => {
    const summary = renderMigrateSummary(
      migrateResult({ applied: [appliedMigration('001_create_orders')], adopted: ['000_init'] }),
    );
    expect(lines(summary)[0]).toBe('## ✅ db-deploy migrate: 1 migration applied');
    expect(summary).toContain('Checksums recorded for 1 migration applied');
  });

  test('says "rolled back" for a down run', () => {
    const summary = renderMigrateSummary(
      migrateResult({
        direction: 'down',
        applied: [
          appliedMigration('002_add_note', { direction: 'down' }),
          appliedMigration('001_create_orders', { direction: 'down' }),
        ],
        pending: ['001_create_orders', '002_add_note'],
      }),
    );
    expect(lines(summary)[0]).toBe('## ✅ db-deploy migrate: 2 migrations rolled back');
    expect(summary).toContain('direction **down**');
    expect(summary).toContain('**Pending after the run:** `001_create_orders`, `002_add_note`');
  });

  test('mentions the wait for another runner only when it lasted a second or more', () => {
    expect(renderMigrateSummary(migrateResult({ lockWaitMs: 999 }))).not.toContain('waited');
    expect(renderMigrateSummary(migrateResult({ lockWaitMs: 1_000 }))).toContain(
      '· waited 1.0s for another runner',
    );
  });

  test('shows the SQL a dry run would execute, fenced beyond any backticks inside', () => {
    const summary = renderMigrateSummary(
      migrateResult({
        dryRun: true,
        planned: [
          plannedMigration(
            '003_add_note',
            "-- Up Migration\nCOMMENT ON COLUMN orders.note IS 'see ```docs```';",
          ),
          plannedMigration(
            '004_index_note',
            '-- Up Migration\nCREATE INDEX CONCURRENTLY orders_note_idx ON orders (note);',
            { transactional: false, reasons: ['CREATE INDEX CONCURRENTLY'] },
          ),
        ],
        pending: ['003_add_note', '004_index_note'],
      }),
    );
    expect(withoutVersion(summary)).toBe(golden('dry-run'));
  });

  test('marks an empty section in a dry run instead of an empty block', () => {
    const summary = renderMigrateSummary(
      migrateResult({
        dryRun: true,
        planned: [plannedMigration('003_noop', '')],
        pending: ['003_noop'],
      }),
    );
    expect(summary).toContain('```sql\n-- (empty)\n```');
  });

  test('says a dry run with nothing planned is up to date, without a pending line', () => {
    const summary = renderMigrateSummary(migrateResult({ dryRun: true }));
    expect(lines(summary)[0]).toBe('## 🔎 db-deploy migrate (dry run): up to date');
    expect(summary).not.toContain('Pending');
    expect(summary).not.toContain('<details>');
  });

  test('reports a failure with what ran before it', () => {
    const summary = renderMigrateSummary(
      migrateResult({
        applied: [appliedMigration('001_create_orders', { durationMs: 40 })],
        pending: ['002_add_note'],
      }),
      'migration 002_add_note failed: column "note" already exists (migrations/002_add_note.sql:2:1)',
    );
    expect(lines(summary).slice(0, 3)).toEqual([
      '## ❌ db-deploy migrate failed',
      '',
      '> migration 002_add_note failed: column "note" already exists (migrations/002_add_note.sql:2:1)',
    ]);
    expect(summary).toContain('| `001_create_orders` | 40ms | 0 | yes |');
    expect(summary).toContain('**Pending after the run:** `002_add_note`');
    expect(summary).not.toContain('✅');
  });

  test('reports a failure before anything ran, with the error on one escaped line', () => {
    const summary = renderMigrateSummary(undefined, 'database-url is empty — use a | b\nor c');
    expect(summary).toBe(
      [
        '## ❌ db-deploy migrate failed',
        '',
        '> database-url is empty — use a \\| b or c',
        '',
        `<sub>db-deploy v${VERSION}</sub>`,
      ].join('\n'),
    );
  });

  test('reports a failure without a message', () => {
    const summary = renderMigrateSummary(undefined);
    expect(lines(summary)[0]).toBe('## ❌ db-deploy migrate failed');
    expect(lines(summary).some((line) => line.startsWith('>'))).toBe(false);
  });

  test('lists edits accepted with allow-edited', () => {
    const summary = renderMigrateSummary(migrateResult({ acceptedEdits: ['001_create_orders'] }));
    expect(summary).toContain('⚠️ Edited migrations accepted (allow-edited): `001_create_orders`');
  });

  test('ends every summary with the db-deploy version', () => {
    for (const summary of [
      renderMigrateSummary(migrateResult()),
      renderMigrateSummary(migrateResult({ dryRun: true })),
      renderMigrateSummary(undefined, 'boom'),
    ]) {
      expect(lines(summary).at(-1)).toBe(`<sub>db-deploy v${VERSION}</sub>`);
    }
  });

  // Migration names reach the table through code() only; an unescaped | inside a code span
  // still splits a GitHub table cell (GFM spec, "Tables": escape pipes inside inline spans too).
  test('keeps a migration name holding | inside its table cell', () => {
    const summary = renderMigrateSummary(migrateResult({ applied: [appliedMigration('005_a|b')] }));
    const row = lines(summary).find((line) => line.includes('005_a')) as string;
    const cells = row.split(/(?<!\\)\|/).slice(1, -1);
    expect(cells).toHaveLength(4);
  });

  describe('a dry run in a place with a size limit', () => {
    const rest = 'the file named by the `dry-run-sql` output';
    const statements = (count: number, table = 't') =>
      Array.from({ length: count }, (_, i) => `INSERT INTO ${table} VALUES (${i});`).join('\n');

    test('shows small migrations whole and cuts a huge one at a line end, saying where the rest is', () => {
      const huge = statements(200_000, 'big');
      const summary = renderMigrateSummary(
        migrateResult({
          dryRun: true,
          planned: [
            plannedMigration('001_small', 'CREATE TABLE a (id int);'),
            plannedMigration('002_huge', huge),
            plannedMigration('003_small', 'CREATE TABLE b (id int);'),
          ],
          pending: ['001_small', '002_huge', '003_small'],
        }),
        undefined,
        { maxBytes: 64 * 1024, rest },
      );
      expect(Buffer.byteLength(summary, 'utf8')).toBeLessThan(70 * 1024);
      expect(summary).toContain('```sql\nCREATE TABLE a (id int);\n```');
      expect(summary).toContain('```sql\nCREATE TABLE b (id int);\n```');
      expect(summary).toContain('INSERT INTO big VALUES (0);\n');
      expect(summary).not.toContain('INSERT INTO big VALUES (199999);');
      expect(summary).toMatch(
        /\nINSERT INTO big VALUES \(\d+\);\n-- ✂️ [\d,]+ more lines \([\d.]+ MB\) not shown: the whole SQL is in the file named by the `dry-run-sql` output\n```/,
      );
      expect(summary).toContain(
        "> ✂️ The SQL of 1 migration was cut to keep this summary under GitHub's 1 MiB limit: the whole SQL is in the file named by the `dry-run-sql` output.",
      );
      expect(lines(summary).at(-1)).toBe(`<sub>db-deploy v${VERSION}</sub>`);
    });

    test('changes nothing when everything fits, and shows everything without a budget (the CLI)', () => {
      const result = migrateResult({
        dryRun: true,
        planned: [plannedMigration('001_a', statements(1000))],
        pending: ['001_a'],
      });
      const whole = renderMigrateSummary(result);
      expect(whole).toContain('INSERT INTO t VALUES (999);');
      expect(renderMigrateSummary(result, undefined, { maxBytes: 1024 * 1024, rest })).toBe(whole);
    });

    test('shares the budget: small texts whole, large ones an equal part of what is left', () => {
      expect(shareBudget([10, 1000, 20, 1000], 230)).toEqual([10, 100, 20, 100]);
      expect(shareBudget([10, 20], 1000)).toEqual([10, 20]);
      expect(shareBudget([], 100)).toEqual([]);
    });
  });
});

describe('renderDryRunSql', () => {
  test('writes every planned migration whole, in order, each under a comment naming it', () => {
    const sql = renderDryRunSql(
      migrateResult({
        dryRun: true,
        planned: [
          plannedMigration('001_a', 'CREATE TABLE a (id int);'),
          plannedMigration('002_idx', 'CREATE INDEX CONCURRENTLY a_idx ON a (id);', {
            transactional: false,
            reasons: ['CREATE INDEX CONCURRENTLY'],
          }),
          plannedMigration('003_noop', ''),
        ],
      }),
    );
    expect(sql).toBe(
      [
        '-- db-deploy migrate dry run on db.example.com:5432/app: 3 migrations would run (up), in this order',
        '',
        '-- 001_a (up)',
        'CREATE TABLE a (id int);',
        '',
        '-- 002_idx (up) — outside a transaction (CREATE INDEX CONCURRENTLY)',
        'CREATE INDEX CONCURRENTLY a_idx ON a (id);',
        '',
        '-- 003_noop (up)',
        '-- (empty)',
        '',
      ].join('\n'),
    );
  });

  test('says when there is nothing to run', () => {
    expect(renderDryRunSql(migrateResult({ dryRun: true }))).toBe(
      '-- db-deploy migrate dry run on db.example.com:5432/app: nothing to run, the database is up to date\n',
    );
  });
});
