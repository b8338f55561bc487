import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '../../src/core/verify/validate.js';
import { DbDeployError } from '../../src/core/errors.js';
import { silentLogger } from '../../src/core/logger.js';
import { freshDatabase, query } from '../helpers/database.js';
import { migrationsWith, runValidate as run } from '../helpers/validate-run.js';

describe('validate (scratch-database cycle, real PostgreSQL)', () => {
  test('a safe migration applies, reverses exactly and passes; its brief lock is observed', async () => {
    const { report } = await run(['1700000000010_add_note.sql']);
    expect(report.baseline).toEqual(['1700000000001_products', '1700000000002_orders']);
    const [m] = report.migrations;
    expect(m).toMatchObject({
      status: 'applied',
      reversible: true,
      rewrites: [],
      locksSampled: false,
    });
    expect(m!.locks).toContainEqual({ relation: 'public.products', mode: 'AccessExclusiveLock' });
    expect(m!.locks.map((l) => l.relation)).not.toContain('public.pgmigrations');
    expect(report.passed).toBe(true);
    expect(report.destructive).toBe(false);
    expect(report.pgVersion).toBeGreaterThanOrEqual(14);
  });

  test('a column type change is observed as a rewrite of the table and linted as an error', async () => {
    const { report } = await run(['1700000000011_price_to_cents.sql']);
    const [m] = report.migrations;
    expect(m!.rewrites).toEqual(['public.products']);
    expect(m!.reversible).toBe(true);
    expect(report.findings.map((f) => f.severity)).toContain('error');
    expect(report.passed).toBe(false);
  });

  test('a rewrite hidden in EXECUTE inside a DO block is still observed', async () => {
    const { report } = await run(['1700000000012_hidden_rewrite.sql']);
    const [m] = report.migrations;
    expect(m!.rewrites).toEqual(['public.products']);
    expect(m!.locks).toContainEqual({ relation: 'public.products', mode: 'AccessExclusiveLock' });
    expect(m!.reversible).toBe(true);
  });

  test('a down migration that forgets an index is not reversible, and the diff names the index', async () => {
    const { report } = await run(['1700000000013_forgets_index.sql']);
    const [m] = report.migrations;
    expect(m!.status).toBe('failed'); // the second up trips over the index the down left behind
    expect(m!.reversible).toBe(false);
    expect(m!.reversibleDetail).toContain('products_name_idx');
    expect(m!.locksSampled).toBe(true);
    // CREATE INDEX CONCURRENTLY's lock, documented if the sampling missed it.
    expect(m!.locks).toContainEqual({
      relation: 'public.products',
      mode: expect.stringMatching(/ShareUpdateExclusiveLock|AccessExclusiveLock/),
    });
    expect(report.passed).toBe(false);
    expect(report.failures.join('\n')).toContain('is not reversible');
  });

  test('a migration without a down section is reported as not reversible', async () => {
    const { report } = await run(['1700000000014_no_down.sql']);
    expect(report.migrations[0]).toMatchObject({ status: 'applied', reversible: false });
    expect(report.migrations[0]!.reversibleDetail).toMatch(/^down failed/);
    expect(report.passed).toBe(false);
  });

  test('dropping a column is destructive, and a down that re-adds it differently is caught', async () => {
    const { report } = await run(['1700000000015_drop_quantity.sql'], { failOn: 'never' });
    const [m] = report.migrations;
    expect(m!.destructive).toBe(true);
    expect(report.destructive).toBe(true);
    expect(m!.reversible).toBe(false);
    expect(m!.reversibleDetail).toContain('quantity');
  });

  test('a down that restores a dropped middle column at the end is reversible, with a notice on the position', async () => {
    const { report } = await run(['1700000000020_drop_product_name.sql'], { failOn: 'never' });
    const [m] = report.migrations;
    expect(m).toMatchObject({ reversible: true, status: 'applied' });
    expect(m!.reversibleDetail).toBeUndefined();
    expect(m!.movedColumns).toEqual([
      { table: 'public.products', column: 'price', before: 3, after: 2 },
      { table: 'public.products', column: 'name', before: 2, after: 3 },
    ]);
    const notice = m!.findings.find((f) => f.rule === 'column-order-changed');
    expect(notice).toMatchObject({ severity: 'notice', file: m!.file });
    expect(notice?.message).toContain(
      'public.products.name (column 2 before the up, 3 after the down)',
    );
    expect(report.findings).toContainEqual(notice);
    expect(report.failures.some((f) => f.includes('not reversible'))).toBe(false);
  });

  test('refuses a database that holds tables it did not create, and changes nothing', async () => {
    const url = await freshDatabase('validate');
    await query(url, 'CREATE TABLE customers (id bigint)');
    await expect(run(['1700000000010_add_note.sql'], { databaseUrl: url })).rejects.toThrow(
      DbDeployError,
    );
    await expect(run(['1700000000010_add_note.sql'], { databaseUrl: url })).rejects.toThrow(
      'database-url points at a database that is not empty: it holds 1 table: public.customers',
    );
    expect(
      await query(url, "SELECT 1 FROM pg_namespace WHERE nspname = 'db_deploy_scratch'"),
    ).toEqual([]);
  });

  test('runs again on a scratch database it used before', async () => {
    const { databaseUrl } = await run(['1700000000010_add_note.sql']);
    const again = await run(['1700000000010_add_note.sql'], { databaseUrl });
    expect(again.report.passed).toBe(true);
  });

  test('runs test-command with DATABASE_URL after each up, and fails on a non-zero exit', async () => {
    const { report } = await run(['1700000000010_add_note.sql'], {
      testCommand: 'test -n "$DATABASE_URL" && echo checked-note-column && exit 3',
    });
    expect(report.migrations[0]!.test).toMatchObject({ passed: false, exitCode: 3 });
    expect(report.migrations[0]!.test!.output).toContain('checked-note-column');
    expect(report.failures.join('\n')).toContain('test-command exited with 3');
  });

  test('runs final-test-command once, after every new migration and its test-command, with DATABASE_URL', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'db-deploy-final-test-'));
    const record = join(dir, 'record');
    const { report } = await run(['1700000000010_add_note.sql', '1700000000017_tags.sql'], {
      testCommand: `echo each >> '${record}'`,
      finalTestCommand: `test -n "$DATABASE_URL" && echo whole-suite-ran && echo final >> '${record}'`,
    });
    expect(report.migrations.map((m) => m.status)).toEqual(['applied', 'applied']);
    expect((await readFile(record, 'utf8')).trim().split('\n')).toEqual(['each', 'each', 'final']);
    expect(report.finalTest).toMatchObject({ passed: true, exitCode: 0 });
    expect(report.finalTest!.output).toContain('whole-suite-ran');
    expect(report.passed).toBe(true);
  });

  test('a final-test-command that exits non-zero fails the validation, the migrations still applied', async () => {
    const { report } = await run(['1700000000010_add_note.sql'], {
      finalTestCommand: 'echo 2 of 40 tests failed; exit 4',
    });
    expect(report.migrations[0]!.status).toBe('applied');
    expect(report.finalTest).toMatchObject({ passed: false, exitCode: 4 });
    expect(report.finalTest!.output).toContain('2 of 40 tests failed');
    expect(report.failures).toContain('final-test-command exited with 4');
    expect(report.passed).toBe(false);
  });

  test('final-test-command does not run after a migration failed: that failure is the verdict', async () => {
    const { report } = await run(['1700000000013_forgets_index.sql'], {
      finalTestCommand: 'exit 9',
    });
    expect(report.migrations[0]!.status).toBe('failed');
    expect(report.finalTest).toBeUndefined();
    expect(report.failures.join('\n')).not.toContain('final-test-command');
  });

  test('checks required objects and the committed schema file, and writes the new snapshot', async () => {
    const first = await run(['1700000000010_add_note.sql'], {
      required: {
        tables: ['products', 'public.orders', 'invoices'],
        indexes: ['orders_product_id_idx'],
        foreignKeys: ['orders(product_id)->products(id)'],
      },
    });
    expect(first.report.checks.filter((c) => !c.passed).map((c) => c.name)).toEqual(['invoices']);
    expect(first.report.failures.join('\n')).toContain('required table invoices is missing');
    const snapshot = await readFile(first.options.snapshotPath, 'utf8');
    expect(snapshot).toContain('column note text');

    const schemaFile = join(first.dir, 'schema.sql');
    await writeFile(schemaFile, snapshot);
    const same = await run(['1700000000010_add_note.sql'], { schemaFile });
    expect(same.report).toMatchObject({ schemaMatches: true, schemaDiff: '', passed: true });

    await writeFile(schemaFile, snapshot.replace('column note text\n', ''));
    const drift = await run(['1700000000010_add_note.sql'], { schemaFile });
    expect(drift.report.schemaMatches).toBe(false);
    expect(drift.report.schemaDiff).toContain('+  column note text');
    expect(drift.report.passed).toBe(false);
  });

  test('grades risk by the real size of the tables on the stats database', async () => {
    const stats = await freshDatabase('stats');
    await query(stats, 'CREATE TABLE products (id bigint, name text, price numeric)');
    await query(
      stats,
      "INSERT INTO products SELECT g, 'p' || g, g FROM generate_series(1, 20000) g",
    );
    await query(stats, 'ANALYZE products');
    const { report } = await run(['1700000000011_price_to_cents.sql'], { statsDatabaseUrl: stats });
    const [m] = report.migrations;
    expect(m!.tableStats).toEqual([
      expect.objectContaining({ relation: 'public.products', rowEstimate: 20000 }),
    ]);
    expect(m!.tableStats![0]!.totalBytes).toBeGreaterThan(500_000);
    expect(m!.risk).toBe('medium');
    expect(m!.findings.find((f) => f.rule === 'changing-column-type')?.message).toMatch(
      /\(public\.products on the stats database: [\d.]+ [kM]B, ~20,000 rows, <1 s to rewrite\)$/,
    );
  });

  test('grades UPDATE without WHERE by the rows it touches on the stats database, never by the scratch database', async () => {
    const rule = (report: Awaited<ReturnType<typeof run>>['report']) =>
      report.findings.find((f) => f.rule === 'ban-update-without-where');
    // The scratch database is seeded with 500 products: that alone grades nothing down.
    const unknown = await run(['1700000000019_reprice_all.sql']);
    expect(rule(unknown.report)?.severity).toBe('error');
    expect(unknown.report.passed).toBe(false);
    const stats = await freshDatabase('stats');
    await query(stats, 'CREATE TABLE products (id bigint, name text, price numeric)');
    await query(stats, "INSERT INTO products VALUES (1, 'gift card', 10), (2, 'mug', 8)");
    await query(stats, 'ANALYZE products');
    const small = await run(['1700000000019_reprice_all.sql'], { statsDatabaseUrl: stats });
    expect(rule(small.report)).toMatchObject({ severity: 'notice' });
    expect(rule(small.report)?.message).toMatch(/~2 rows.*; a notice at this size/);
    expect(small.report.passed).toBe(true);
  });

  test('a long name that PostgreSQL cuts to the name an earlier new migration gave is an error naming both', async () => {
    const { report } = await run(
      ['1700000000021_long_index.sql', '1700000000022_long_index_clash.sql'],
      { databaseUrl: undefined as unknown as string },
    );
    const clash = report.findings.filter((f) => f.rule === 'truncated-name-clash');
    expect(clash).toEqual([
      expect.objectContaining({ file: 'migrations/1700000000022_long_index_clash.sql', line: 2 }),
    ]);
    expect(clash[0]?.message).toContain('created by migrations/1700000000021_long_index.sql');
    expect(clash[0]?.message).toContain('IF NOT EXISTS skips this statement');
  });

  test('lints only without a database', async () => {
    const { report } = await run(['1700000000011_price_to_cents.sql'], {
      databaseUrl: undefined as unknown as string,
    });
    expect(report.migrations[0]!.status).toBe('skipped');
    expect(report.findings.length).toBeGreaterThan(0);
  });

  test('deploy strategy blue-green adds the replication rules; a table one new migration creates is new for the next', async () => {
    const cases = [
      '1700000000016_gift_card_product.sql',
      '1700000000017_tags.sql',
      '1700000000018_seed_tags.sql',
    ];
    const lintOnly = { databaseUrl: undefined as unknown as string };
    const inPlace = await run(cases, lintOnly);
    expect(inPlace.report.findings).toEqual([]);
    expect(inPlace.report.passed).toBe(true);
    const blueGreen = await run(cases, { ...lintOnly, strategy: 'blue-green' });
    expect(blueGreen.report.findings).toEqual([
      expect.objectContaining({
        file: 'migrations/1700000000016_gift_card_product.sql',
        rule: 'blue-green-data-change',
        severity: 'error',
        message: expect.stringContaining('INSERT INTO products writes on green'),
      }),
    ]);
    expect(blueGreen.report.passed).toBe(false);
  });

  test('refuses a new migration that sorts before one already on the base branch', async () => {
    const dir = await migrationsWith();
    await writeFile(join(dir, 'migrations', '1600000000000_early.sql'), 'SELECT 1;');
    await expect(
      validate(
        {
          databaseUrl: undefined,
          migrationsDir: join(dir, 'migrations'),
          baseDir: dir,
          newMigrations: { files: ['migrations/1600000000000_early.sql'] },
          lintAll: false,
          pgVersion: 17,
          strategy: 'in-place',
          failOn: 'error',
          required: { tables: [], indexes: [], foreignKeys: [] },
          snapshotPath: join(dir, 'schema.sql'),
          migrationsTable: 'pgmigrations',
          schema: 'public',
          connectTimeoutMs: 1000,
        },
        silentLogger,
      ),
    ).rejects.toThrow(/sorts before 1700000000001_products/);
  });
});

describe('validate on a pull request that rewrites history', () => {
  test('an edited or removed migration of the base branch is an error finding', async () => {
    const dir = await migrationsWith('1700000000010_add_note.sql');
    const { report } = await run(['1700000000010_add_note.sql'], {
      databaseUrl: undefined,
      baseDir: dir,
      migrationsDir: join(dir, 'migrations'),
      newMigrations: {
        files: ['migrations/1700000000010_add_note.sql'],
        edited: ['migrations/1700000000001_products.sql', 'migrations/README.md'],
        removed: ['migrations/1700000000003_gone.sql'],
      },
    });
    expect(report.findings.map((f) => [f.rule, f.file])).toEqual(
      expect.arrayContaining([
        ['edited-migration', 'migrations/1700000000001_products.sql'],
        ['removed-migration', 'migrations/1700000000003_gone.sql'],
      ]),
    );
    expect(report.findings.map((f) => f.file)).not.toContain('migrations/README.md');
    expect(report.passed).toBe(false);
  });
});

describe('migrationChangesSince (real git)', () => {
  test('lists added, edited and removed files of the directory since the base commit', async () => {
    const { migrationChangesSince } = await import('../../src/core/verify/changed.js');
    const { execFileSync } = await import('node:child_process');
    const dir = await migrationsWith();
    const git = (...args: string[]) =>
      execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], {
        cwd: dir,
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', HOME: dir },
      })
        .toString()
        .trim();
    git('init', '-q', '-b', 'main');
    git('add', '.');
    git('commit', '-qm', 'base');
    const base = git('rev-parse', 'HEAD');
    await writeFile(join(dir, 'migrations', '1700000000009_new.sql'), 'SELECT 1;');
    await writeFile(join(dir, 'migrations', '1700000000001_products.sql'), 'SELECT 2;');
    git('rm', '-q', 'migrations/1700000000002_orders.sql');
    git('add', '.');
    git('commit', '-qm', 'change');
    expect(await migrationChangesSince(base, 'migrations', dir)).toEqual({
      added: ['migrations/1700000000009_new.sql'],
      edited: ['migrations/1700000000001_products.sql'],
      removed: ['migrations/1700000000002_orders.sql'],
    });
    await expect(migrationChangesSince('0123456789abcdef', 'migrations', dir)).rejects.toThrow(
      /is not in the clone/,
    );
  });
});
