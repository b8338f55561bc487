import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { readMigrationFile } from '../../../src/core/migrations/formats/node-pg-migrate/load.js';
import { nodePgMigrateFormat } from '../../../src/core/migrations/formats/node-pg-migrate/index.js';
import {
  collectKnownNames,
  collectMigrationFiles,
  lintMigration,
  sortFindings,
} from '../../../src/core/lint/files.js';
import { DbDeployError } from '../../../src/core/errors.js';
import type { Finding } from '../../../src/core/lint/types.js';
import { fixturePath } from '../../helpers/fixtures.js';

const dir = fixturePath('lint');
const base = process.cwd();

/** Lints one fixture of __tests__/fixtures/lint on the given PostgreSQL major. */
async function lintFixture(name: string, pgVersion = 18): Promise<Finding[]> {
  const format = nodePgMigrateFormat();
  return lintMigration(await readMigrationFile(join(dir, name), base), { format, pgVersion });
}

/** `rule:severity@line:column` of each finding. */
const brief = (findings: readonly Finding[]) =>
  findings.map((f) => `${f.rule}:${f.severity}@${f.line}:${f.column}`);

describe('lintMigration', () => {
  it.each<[string, string, string[]]>([
    [
      'lints only the up section of a node-pg-migrate .sql file, at lines of the file',
      '1700000000001_up_and_down.sql',
      ['require-concurrent-index:error@5:1'],
    ],
    [
      'lints a .sql file without markers whole',
      '1700000000002_no_markers.sql',
      ['ban-drop-column:error@3:13'],
    ],
    [
      'treats a `-- db-deploy:no-transaction` file as running outside a transaction',
      '1700000000003_no_transaction.sql',
      ['prefer-robust-stmts:notice@3:1'],
    ],
    [
      'treats the same file without the marker as one transaction',
      '1700000000004_in_transaction.sql',
      [],
    ],
    [
      'lints a JS migration through the SQL it generates, at the line of its up function',
      '1700000000005_create_index.cjs',
      ['require-concurrent-index:error@3:1'],
    ],
    [
      'knows a JS migration with pgm.noTransaction() may build an index concurrently',
      '1700000000006_concurrent_index.cjs',
      [],
    ],
    [
      'reports a JS migration that fails to load as a finding',
      '1700000000007_fails_to_load.cjs',
      ['migration-load-failed:error@1:1'],
    ],
    [
      'reports a JS migration whose SQL needs the database as an error: it was not analysed',
      '1700000000008_queries_database.cjs',
      ['not-analysable:error@2:1'],
    ],
    [
      'lets a reviewed data-dependent JS migration be silenced with a reason',
      '1700000000011_queries_database_reviewed.cjs',
      [],
    ],
  ])('%s', async (_name, fixture, expected) => {
    expect(brief(await lintFixture(fixture))).toEqual(expected);
  });

  test('names the file relative to the base directory', async () => {
    const [finding] = await lintFixture('1700000000001_up_and_down.sql');
    expect(finding?.file).toBe(relative(base, join(dir, '1700000000001_up_and_down.sql')));
    expect(finding?.endLine).toBe(5);
  });

  test('says why a JS migration did not load, in one line', async () => {
    const [finding] = await lintFixture('1700000000007_fails_to_load.cjs');
    expect(finding?.message).toContain('this module is broken on purpose');
    expect(finding?.message).not.toContain('\n');
  });

  test('lints for the PostgreSQL major it is given', async () => {
    const addDefault = '1700000000009_add_quantity.sql';
    expect(brief(await lintFixture(addDefault, 10))).toEqual([
      'add-column-default-rewrite:error@3:47',
    ]);
    expect(brief(await lintFixture(addDefault, 17))).toEqual([]);
  });
});

describe('collectMigrationFiles', () => {
  test('takes files as given and expands directories to their migrations in order', async () => {
    const { format, migrations: files } = await collectMigrationFiles(
      [
        '__tests__/fixtures/lint/1700000000005_create_index.cjs',
        '__tests__/fixtures/orders',
        join(dir, '1700000000001_up_and_down.sql'),
      ],
      base,
    );
    expect(format.name).toBe('node-pg-migrate');
    expect(files.map((f) => [f.name, f.kind])).toEqual([
      ['1700000000005_create_index', 'js'],
      ['001_create_orders', 'sql'],
      ['002_add_note', 'sql'],
      ['1700000000001_up_and_down', 'sql'],
    ]);
    expect(files[1]?.file).toBe(join('__tests__', 'fixtures', 'orders', '001_create_orders.sql'));
  });

  it.each<[string, string, string, RegExp]>([
    [
      'a missing path',
      'migrations/nowhere.sql',
      'path-missing',
      /"migrations\/nowhere.sql" does not exist/,
    ],
    [
      'a file that is not a migration',
      '__tests__/fixtures/lint/README.md',
      'not-a-migration',
      /"__tests__\/fixtures\/lint\/README.md" is not a migration file/,
    ],
  ])('refuses %s with a clear DbDeployError', async (_name, path, code, message) => {
    const error = await collectMigrationFiles([path], base).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbDeployError);
    expect(error).toMatchObject({ code, message: expect.stringMatching(message) });
    expect((error as DbDeployError).hint).toBeTruthy();
  });
});

describe('sortFindings', () => {
  const finding = (severity: Finding['severity'], file: string, line: number, column = 1) =>
    ({
      file,
      line,
      column,
      endLine: line,
      rule: `r-${severity}`,
      severity,
      message: 'm',
      hint: 'h',
    }) satisfies Finding;

  test('orders error, warning, notice, then file, line and column, without touching its input', () => {
    const input = [
      finding('notice', 'a.sql', 1),
      finding('warning', 'b.sql', 9),
      finding('error', 'b.sql', 2),
      finding('error', 'a.sql', 7, 5),
      finding('warning', 'a.sql', 3),
      finding('error', 'a.sql', 7, 2),
      finding('error', 'a.sql', 10),
    ];
    const copy = [...input];
    expect(sortFindings(input).map((f) => `${f.severity} ${f.file}:${f.line}:${f.column}`)).toEqual(
      [
        'error a.sql:7:2',
        'error a.sql:7:5',
        'error a.sql:10:1',
        'error b.sql:2:1',
        'warning a.sql:3:1',
        'warning b.sql:9:1',
        'notice a.sql:1:1',
      ],
    );
    expect(input).toEqual(copy);
  });
});

describe('a `// db-deploy-ignore` comment in a JS migration', () => {
  it('silences the rule for the whole migration, and the silenced finding is still seen', async () => {
    const suppressed: Finding[] = [];
    const file = await readMigrationFile(join(dir, '1700000000010_ignored_index.cjs'), base);
    const findings = await lintMigration(file, {
      format: nodePgMigrateFormat(),
      pgVersion: 18,
      onSuppressed: (f) => suppressed.push(f),
    });
    expect(findings).toEqual([]);
    expect(brief(suppressed)).toEqual(['require-concurrent-index:error@4:1']);
  });
});

describe('collectKnownNames (the long names a schema holds, from its migrations)', () => {
  const STEM = 'orders_customer_id_created_at_status_shipping_country_region_ix';

  test('reads the long names of .sql migrations, so the next migration is checked against them', async () => {
    const work = await mkdtemp(join(tmpdir(), 'known-names-'));
    try {
      await writeFile(
        join(work, '1700000000001_long.sql'),
        `-- Up Migration\nCREATE INDEX CONCURRENTLY ${STEM}_a ON orders (id);\n-- Down Migration\nDROP INDEX ${STEM}_a;\n`,
      );
      await writeFile(join(work, '1700000000002_short.sql'), 'CREATE TABLE t (id bigint);\n');
      await writeFile(
        join(work, '1700000000003_clash.sql'),
        `CREATE INDEX CONCURRENTLY ${STEM}_b ON orders (created_at);\n`,
      );
      const { format, migrations: files } = await collectMigrationFiles([work], work);
      const known = await collectKnownNames(files.slice(0, 2));
      expect([...known.values()]).toEqual([
        { written: `${STEM}_a`, where: '1700000000001_long.sql' },
      ]);
      const findings = await lintMigration(files[2]!, { format, pgVersion: 18, knownNames: known });
      expect(brief(findings)).toContain('truncated-name-clash:error@1:1');
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
