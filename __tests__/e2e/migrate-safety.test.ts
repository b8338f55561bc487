// The committed migrate and CLI bundles on Node 24 against hostile or foreign input and a killed
// index build: nothing runs that should not, nothing is recorded that did not happen.
import { removeActionRunFiles, runAction } from '../helpers/action-runner.js';
import { runCli } from '../helpers/cli-bundle.js';
import { freshDatabase, query } from '../helpers/database.js';
import { tempTree } from '../helpers/fixtures.js';
import {
  CREATE_ORDERS,
  INDEX_CREATED_AT,
  killIndexBuildWhileItWaits,
  orderIndexes,
} from '../helpers/index-build.js';
import { expectOneErrorLine, expectStepSuccess } from '../helpers/step-checks.js';

/** A checkout: `files` (relative path → content) under a fresh workspace. */
const workspace = (files: Record<string, string>) => tempTree(files, 'migrate-safety');

/** User relations of a database, `schema.name`, sorted. */
async function relations(url: string): Promise<string[]> {
  const rows = await query<{ name: string }>(
    url,
    `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND c.relkind IN ('r', 'p', 'v', 'S')
      ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

/** A database holding `teams` with three rows, as production would. */
async function databaseWithTeams(): Promise<string> {
  const url = await freshDatabase('e2e_safety');
  await query(url, 'CREATE TABLE teams (id int PRIMARY KEY, name text)');
  await query(url, "INSERT INTO teams VALUES (1, 'a'), (2, 'b'), (3, 'c')");
  return url;
}

const migrateIn = (root: string, url: string, inputs: Record<string, string> = {}) =>
  runAction('migrate', {
    workspace: root,
    inputs: { 'database-url': url, 'migrations-dir': 'migrations', ...inputs },
  });

afterAll(async () => {
  await removeActionRunFiles();
});

const KEEP = 'CREATE TABLE IF NOT EXISTS teams (id int);\n';
const DROP = 'DROP TABLE IF EXISTS teams;\n';

/** Each layout: its files, node-pg-migrate's refusal, and what auto-detection does with it. */
const LAYOUTS: [string, Record<string, string>, string, { ledger: string } | { error: string }][] =
  [
    [
      "golang-migrate's layout: the .down.sql that sorts first is not run forward",
      {
        'migrations/000001_create_teams.up.sql': KEEP,
        'migrations/000001_create_teams.down.sql': DROP,
      },
      `migration file "000001_create_teams.down.sql" is a down migration of golang-migrate's NAME.up.sql + NAME.down.sql layout, which db-deploy would run forward (migrations) — these are golang-migrate migrations`,
      { ledger: 'public.schema_migrations' },
    ],
    [
      "Flyway's undo file",
      { 'migrations/V1__create_teams.sql': KEEP, 'migrations/U1__create_teams.sql': DROP },
      `migration file "U1__create_teams.sql" is a down migration of Flyway's U<version>__NAME.sql undo layout`,
      { ledger: 'public.flyway_schema_history' },
    ],
    [
      "dbmate's file whose down section would run right after its up",
      { 'migrations/20240101000000_teams.sql': `-- migrate:up\n${KEEP}\n-- migrate:down\n${DROP}` },
      `migration file migrations/20240101000000_teams.sql has dbmate's -- migrate:up / -- migrate:down sections, and db-deploy would run the whole file`,
      { ledger: 'public.schema_migrations' },
    ],
    [
      "goose's file",
      { 'migrations/00001_teams.sql': `-- +goose Up\n${KEEP}-- +goose Down\n${DROP}` },
      `migration file migrations/00001_teams.sql has goose's -- +goose Up / -- +goose Down sections`,
      { ledger: 'public.goose_db_version' },
    ],
    [
      "Diesel's down.sql in a per-migration folder, beside a file Diesel would never run",
      {
        'migrations/001_init.sql': 'SELECT 1;\n',
        'migrations/2024-01-01-000000_teams/up.sql': KEEP,
        'migrations/2024-01-01-000000_teams/down.sql': DROP,
      },
      `migrations directory "migrations" has Diesel's NAME/up.sql + NAME/down.sql layout (2024-01-01-000000_teams/down.sql is a down migration)`,
      { error: '"001_init.sql" in the Diesel migrations directory is not in a migration folder' },
    ],
    [
      "Prisma's folders, which are not 'no migration files'",
      { 'migrations/20240101000000_init/migration.sql': KEEP },
      `migrations directory "migrations" has Prisma's NAME/migration.sql layout (20240101000000_init/), which node-pg-migrate does not read, and no migration file it does`,
      { ledger: 'public._prisma_migrations' },
    ],
  ];

describe("another tool's files: never run forward as node-pg-migrate migrations", () => {
  test.each(LAYOUTS)(
    '%s: with migration-format node-pg-migrate, refused before anything runs',
    async (_case, files, line) => {
      const url = await databaseWithTeams();
      const run = await migrateIn(await workspace(files), url, {
        'migration-format': 'node-pg-migrate',
      });

      expectOneErrorLine(run, 'migrate', line);
      expect(await query(url, 'SELECT id FROM teams ORDER BY id')).toEqual([
        { id: 1 },
        { id: 2 },
        { id: 3 },
      ]);
      expect(await relations(url)).toEqual(['public.teams']);
    },
  );

  test.each(LAYOUTS)(
    '%s: on auto, read as its own tool reads it, its down never run',
    async (_case, files, _line, auto) => {
      const url = await databaseWithTeams();
      const run = await migrateIn(await workspace(files), url);

      if ('error' in auto) expectOneErrorLine(run, 'migrate', auto.error);
      else expectStepSuccess(run);
      expect(await query(url, 'SELECT id FROM teams ORDER BY id')).toEqual([
        { id: 1 },
        { id: 2 },
        { id: 3 },
      ]);
      if ('ledger' in auto) expect(await relations(url)).toContain(auto.ledger);
      else expect(await relations(url)).toEqual(['public.teams']);
    },
  );
});

describe('names node-pg-migrate would paste into SQL as code stay data: db-deploy quotes them', () => {
  const MIGRATION = { 'migrations/1_create_notes.sql': 'CREATE TABLE notes (id int);\n' };
  const pwned = (url: string) =>
    query(
      url,
      "SELECT n.nspname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname = 'pwned'",
    );

  test.each([
    [
      'schema',
      { schema: 'public"; CREATE TABLE pwned (id int); --' },
      MIGRATION,
      'SELECT name FROM "public""; CREATE TABLE pwned (id int); --".pgmigrations',
      ['1_create_notes'],
    ],
    [
      'migrations-table',
      { 'migrations-table': "mt' OR true; CREATE TABLE pwned (id int); --" },
      MIGRATION,
      `SELECT name FROM public."mt' OR true; CREATE TABLE pwned (id int); --"`,
      ['1_create_notes'],
    ],
    [
      'a file name that would close the ledger INSERT',
      {},
      {
        ...MIGRATION,
        "migrations/901_x', NOW()); CREATE TABLE pwned (id int); --.sql": 'SELECT 1;\n',
      },
      'SELECT name FROM pgmigrations ORDER BY id',
      ['1_create_notes', "901_x', NOW()); CREATE TABLE pwned (id int); --"],
    ],
    [
      'a file name with a plain apostrophe: applied once and recorded',
      {},
      { ...MIGRATION, "migrations/2_o'hara.sql": 'CREATE TABLE hara (id int);\n' },
      'SELECT name FROM pgmigrations ORDER BY id',
      ['1_create_notes', "2_o'hara"],
    ],
  ])('%s', async (_case, inputs, files, ledger, recorded) => {
    const url = await freshDatabase('e2e_safety');
    const root = await workspace(files);
    const run = await migrateIn(root, url, inputs);

    expectStepSuccess(run);
    expect(await pwned(url)).toEqual([]);
    expect((await query<{ name: string }>(url, ledger)).map((r) => r.name)).toEqual(recorded);
    // Recorded as it ran: a second run has nothing to do.
    const again = await migrateIn(root, url, inputs);
    expectStepSuccess(again);
    expect(again.outputs['applied-count']).toBe('0');
  });

  test('the CLI takes them too: status reads the quoted table, lint reads the file', async () => {
    const url = await freshDatabase('e2e_safety');
    const status = await runCli(
      ['status', '--dir', 'migrations', '--migrations-table', "mt' OR true; --"],
      { cwd: await workspace(MIGRATION), env: { DATABASE_URL: url } },
    );
    expect(status.code).toBe(0);
    expect(status.stdout).toContain('1_create_notes');
    const root = await workspace({ ...MIGRATION, "migrations/2_o'hara.sql": 'SELECT 1;\n' });
    const lint = await runCli(['lint', 'migrations'], { cwd: root });
    expect(lint.code).toBe(0);
    expect(await relations(url)).toEqual([]);
  });
});

describe('timeouts PostgreSQL cannot take are refused as inputs, before anything is created', () => {
  test('the migrate action refuses lock-timeout: 600h', async () => {
    const url = await freshDatabase('e2e_safety');
    const run = await migrateIn(
      await workspace({ 'migrations/1_create_notes.sql': 'CREATE TABLE notes (id int);\n' }),
      url,
      { 'lock-timeout': '600h' },
    );
    expectOneErrorLine(
      run,
      'migrate',
      'input lock-timeout: "600h" is longer than the longest timeout PostgreSQL and Node accept (2147483647ms, about 596h) — use at most 596h',
    );
    expect(await relations(url)).toEqual([]);
  });

  test('the CLI refuses --statement-timeout 2147483648ms', async () => {
    const url = await freshDatabase('e2e_safety');
    const root = await workspace({
      'migrations/1_create_notes.sql': 'CREATE TABLE notes (id int);\n',
    });
    const run = await runCli(
      ['migrate', '--dir', 'migrations', '--statement-timeout', '2147483648ms'],
      { cwd: root, env: { DATABASE_URL: url } },
    );
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'db-deploy migrate: --statement-timeout: "2147483648ms" is longer than the longest timeout PostgreSQL and Node accept (2147483647ms, about 596h) — use at most 596h (0 for no limit)',
    );
    expect(await relations(url)).toEqual([]);
  });
});

describe('a CommonJS migration in a "type": "module" package', () => {
  const files = {
    'package.json': '{ "name": "app", "type": "module" }\n',
    'migrations/1_create_notes.js':
      "exports.up = (pgm) => {\n  pgm.createTable('notes', { id: 'id', body: 'text' });\n};\nexports.down = (pgm) => {\n  pgm.dropTable('notes');\n};\n",
  };

  test('loads in the migrate bundle as node-pg-migrate loads it, and rolls back', async () => {
    const url = await freshDatabase('e2e_safety');
    const root = await workspace(files);
    const run = await migrateIn(root, url);
    expectStepSuccess(run);
    expect(run.outputs.applied).toBe('["1_create_notes"]');
    expect(await relations(url)).toEqual([
      'public.notes',
      'public.notes_id_seq',
      'public.pgmigrations',
      'public.pgmigrations_checksums',
      'public.pgmigrations_id_seq',
    ]);
    expectStepSuccess(await migrateIn(root, url, { direction: 'down' }));
    expect(await relations(url)).not.toContain('public.notes');
  });

  test('loads in the CLI bundle (migrate and lint)', async () => {
    const url = await freshDatabase('e2e_safety');
    const root = await workspace(files);
    const run = await runCli(['migrate', '--dir', 'migrations'], {
      cwd: root,
      env: { DATABASE_URL: url, JITI_FS_CACHE: 'false' },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('applied 1_create_notes');
    expect(await relations(url)).toContain('public.notes');
    expect((await runCli(['lint', 'migrations'], { cwd: root })).code).toBe(0);
  });
});

describe('a CREATE INDEX CONCURRENTLY whose backend is killed', () => {
  test('fails naming the INVALID index it left; the re-run drops it, builds it again and records it', async () => {
    const url = await freshDatabase('e2e_safety');
    const root = await workspace({
      'migrations/001_create_orders.sql': CREATE_ORDERS,
      'migrations/002_index_created_at.sql': INDEX_CREATED_AT,
    });
    expectStepSuccess(await migrateIn(root, url, { count: '1' }));
    // A long lock-timeout: the build waits for the open writer until it is killed.
    const pending = migrateIn(root, url, { 'lock-timeout': '2m', 'lock-retries': '0' });
    await killIndexBuildWhileItWaits(url, 'orders_created_at_idx');
    const run = await pending;

    expectOneErrorLine(
      run,
      'migrate',
      'migration 002_index_created_at (up) failed: 57P01 terminating connection due to administrator command (migrations/002_index_created_at.sql:2:1) — CREATE INDEX CONCURRENTLY left the INVALID index public.orders_created_at_idx: the next run drops it and builds it again',
    );
    expect(run.errors[0]).not.toContain('nothing of it was applied');
    expect(await orderIndexes(url)).toEqual({ orders_created_at_idx: false });
    expect(await query(url, 'SELECT name FROM pgmigrations ORDER BY id')).toEqual([
      { name: '001_create_orders' },
    ]);

    const rerun = await migrateIn(root, url);
    expectStepSuccess(rerun);
    expect(rerun.outputs.applied).toBe('["002_index_created_at"]');
    expect(rerun.stdout).toContain(
      'dropping INVALID index public.orders_created_at_idx left by an earlier failed attempt',
    );
    expect(await orderIndexes(url)).toEqual({ orders_created_at_idx: true });
  });
});
