// validate's scratch database: it claims only an empty database, drops what its run made at the
// end, and refuses (changing nothing) every database holding anything else.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrate, MIGRATE_DEFAULTS } from '../../src/core/migrations/index.js';
import { claimScratchDatabase, SCRATCH_LOCK_KEY } from '../../src/core/verify/scratch.js';
import { connect, disconnect } from '../../src/core/db/connect.js';
import { parseDatabaseUrl } from '../../src/core/db/url.js';
import { silentLogger } from '../../src/core/logger.js';
import { adminUrl, freshDatabase, openClient, query } from '../helpers/database.js';
import { failure } from '../helpers/expect.js';
import { runValidate } from '../helpers/validate-run.js';

const SAFE = '1700000000010_add_note.sql';

/** Every object a user made in the database, as `kind name` (the marker left out). */
async function objects(url: string): Promise<string[]> {
  const rows = await query<{ name: string }>(
    url,
    `SELECT CASE c.relkind WHEN 'S' THEN 'sequence ' ELSE 'relation ' END || n.nspname || '.' || c.relname AS name
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.oid >= 16384 AND c.relkind IN ('r', 'v', 'S', 'm') AND n.nspname !~ '^pg_'
        AND n.nspname <> 'db_deploy_scratch'
     UNION ALL SELECT 'function ' || proname FROM pg_proc p WHERE oid >= 16384
        AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
     UNION ALL SELECT 'type ' || typname FROM pg_type t WHERE oid >= 16384 AND typtype IN ('e', 'd')
     UNION ALL SELECT 'large object' FROM pg_largeobject_metadata
     UNION ALL SELECT 'extension ' || extname FROM pg_extension WHERE extname <> 'plpgsql'
     ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

const marker = async (url: string) =>
  query<{ state: string; database_name: string }>(
    url,
    'SELECT state, database_name FROM db_deploy_scratch.marker',
  );

const hasMarker = async (url: string) =>
  (await query(url, "SELECT 1 FROM pg_namespace WHERE nspname = 'db_deploy_scratch'")).length > 0;

describe("validate's scratch database (real PostgreSQL)", () => {
  test('a run leaves only its marker (state clean, naming the database), and the next run claims it again', async () => {
    const { report, databaseUrl } = await runValidate([SAFE]);
    expect(report.passed).toBe(true);
    expect(await objects(databaseUrl)).toEqual([]);
    const name = new URL(databaseUrl).pathname.slice(1);
    expect(await marker(databaseUrl)).toEqual([{ state: 'clean', database_name: name }]);
    const again = await runValidate([SAFE], { databaseUrl });
    expect(again.report.passed).toBe(true);
    expect(await marker(databaseUrl)).toEqual([{ state: 'clean', database_name: name }]);
  });

  test('a failing run cleans up too: what the seed, the migrations and a test-command made is dropped', async () => {
    const { report, databaseUrl, dir } = await runValidate([SAFE], {
      // Makes a table of its own, then fails the run.
      testCommand:
        'psql -q "$DATABASE_URL" -c "CREATE TABLE IF NOT EXISTS from_test (id int)"; exit 3',
    });
    expect(report.passed).toBe(false);
    expect(await objects(databaseUrl)).toEqual([]);
    expect(await marker(databaseUrl)).toEqual([expect.objectContaining({ state: 'clean' })]);
    // Functions, types, extensions and large objects a run makes go as well.
    await writeFile(
      join(dir, 'seed.sql'),
      `CREATE EXTENSION citext; CREATE TYPE mood AS ENUM ('ok'); CREATE DOMAIN positive AS int CHECK (VALUE > 0);
       CREATE FUNCTION answer() RETURNS int LANGUAGE sql AS 'SELECT 42'; SELECT lo_create(0);
       CREATE SCHEMA reports; CREATE TABLE reports.daily (id int);`,
    );
    const second = await runValidate([SAFE], { databaseUrl, seedFile: join(dir, 'seed.sql') });
    expect(second.report.passed).toBe(true);
    expect(await objects(databaseUrl)).toEqual([]);
    expect(
      await query(databaseUrl, "SELECT 1 FROM pg_namespace WHERE nspname = 'reports'"),
    ).toEqual([]);
    expect(await marker(databaseUrl)).toEqual([expect.objectContaining({ state: 'clean' })]);
  });

  test.each([
    [
      'functions and sequences only',
      "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE SEQUENCE invoice_numbers",
      'it holds 1 function, 1 sequence: public.f(), public.invoice_numbers',
      ['function f', 'sequence public.invoice_numbers'],
    ],
    ['a type', "CREATE TYPE mood AS ENUM ('ok')", 'it holds 1 type: public.mood', ['type mood']],
    [
      'a domain',
      'CREATE DOMAIN positive AS int',
      'it holds 1 domain: public.positive',
      ['type positive'],
    ],
    [
      'large objects only',
      'SELECT lo_create(0) FROM generate_series(1, 5)',
      'it holds 5 large objects: large object ',
      Array(5).fill('large object'),
    ],
    [
      'an extension',
      'CREATE EXTENSION citext',
      'it holds 1 extension: citext',
      ['extension citext'],
    ],
    [
      'a view',
      'CREATE VIEW v AS SELECT 1 AS one',
      'it holds 1 view: public.v',
      ['relation public.v'],
    ],
    [
      'a table with rows in another schema',
      'CREATE SCHEMA app; CREATE TABLE app.users (id int); INSERT INTO app.users SELECT generate_series(1, 10)',
      'it holds 1 schema, 1 table: app, app.users',
      ['relation app.users'],
    ],
  ])('refuses a database holding %s, changing nothing', async (_case, setup, line, kept) => {
    const url = await freshDatabase('scratch');
    await query(url, setup);
    const error = await failure(runValidate([SAFE], { databaseUrl: url }));
    expect(error.code).toBe('not-a-scratch-database');
    expect(error.toLine()).toContain(
      `database-url points at a database that is not empty: ${line}`,
    );
    expect(error.toLine()).toContain(
      '— validate needs an empty, disposable database it may change (e.g. a service container)',
    );
    expect(await objects(url)).toEqual(kept);
    expect(await hasMarker(url)).toBe(false);
  });

  test("an interrupted run's leftovers are refused, never emptied on a guess", async () => {
    const url = await freshDatabase('scratch');
    // A run claims the database, applies a migration, and dies before its clean-up.
    const client = await connect(parseDatabaseUrl(url));
    await claimScratchDatabase(client, 'here', silentLogger);
    await client.query('CREATE TABLE products (id int); INSERT INTO products VALUES (1), (2)');
    await disconnect(client);

    const error = await failure(runValidate([SAFE], { databaseUrl: url }));
    expect(error.toLine()).toMatch(
      /^a validate run on this database was interrupted \(it began \d{4}-\d\d-\d\d \d\d:\d\d UTC\) and left 1 table: public\.products \(.*\) — validate never empties a database on a guess: drop and recreate this database, or point database-url at a fresh one$/,
    );
    expect(await query(url, 'SELECT count(*)::int AS n FROM products')).toEqual([{ n: 2 }]);
    expect(await marker(url)).toEqual([expect.objectContaining({ state: 'running' })]);
  });

  test('a clean scratch database someone filled afterwards is refused as such', async () => {
    const { databaseUrl } = await runValidate([SAFE]);
    await query(databaseUrl, 'CREATE TABLE users (id int)');
    const error = await failure(runValidate([SAFE], { databaseUrl }));
    expect(error.message).toBe(
      "validate's scratch database holds objects no validate run left there: 1 table: public.users",
    );
    expect(await objects(databaseUrl)).toEqual(['relation public.users']);
  });

  test('a copy of a clean scratch database (another oid) is refused although empty; without the marker it is claimed', async () => {
    const { databaseUrl } = await runValidate([SAFE]);
    const source = new URL(databaseUrl).pathname.slice(1);
    const copyName = `${source}_copy`;
    await query(adminUrl(), `CREATE DATABASE "${copyName}" TEMPLATE "${source}"`);
    const copy = new URL(databaseUrl);
    copy.pathname = `/${copyName}`;
    const error = await failure(runValidate([SAFE], { databaseUrl: copy.href }));
    expect(error.code).toBe('scratch-copied');
    expect(error.toLine()).toContain(
      `database-url points at a copy of validate's scratch database ${source} (its db_deploy_scratch marker names another database or server)`,
    );
    await query(copy.href, 'DROP SCHEMA db_deploy_scratch CASCADE');
    expect((await runValidate([SAFE], { databaseUrl: copy.href })).report.passed).toBe(true);
  });

  test('one run at a time: a database another validate run holds is refused', async () => {
    const url = await freshDatabase('scratch');
    const other = await openClient(url);
    await other.query('SELECT pg_advisory_lock($1::bigint)', [SCRATCH_LOCK_KEY]);
    try {
      const error = await failure(runValidate([SAFE], { databaseUrl: url }));
      expect(error.toLine()).toMatch(
        /^another validate run is using this database \(.*\) — wait for it to finish, or give each run its own database$/,
      );
    } finally {
      await other.end();
    }
    expect(await hasMarker(url)).toBe(false);
  });

  test('an unusable schema name is refused before the database is claimed', async () => {
    const url = await freshDatabase('scratch');
    const error = await failure(runValidate([SAFE], { databaseUrl: url, schema: 'deploy\nlog' }));
    expect(error.code).toBe('unsafe-name');
    expect(await hasMarker(url)).toBe(false);
    expect(await objects(url)).toEqual([]);
  });

  test("migrate refuses validate's scratch database; validate's own runs on it are the exception", async () => {
    const { databaseUrl, options } = await runValidate([SAFE]);
    const error = await failure(
      migrate(
        { ...MIGRATE_DEFAULTS, databaseUrl, migrationsDir: options.migrationsDir },
        silentLogger,
      ),
    );
    expect(error.code).toBe('scratch-database');
    expect(error.toLine()).toMatch(
      /^database-url points at validate's scratch database \(it carries the db_deploy_scratch marker schema\), which validate empties at the end of each run \(.*\) — point database-url at the real database; to make this one a real database, drop the marker first \(DROP SCHEMA db_deploy_scratch CASCADE\)$/,
    );
    expect(await objects(databaseUrl)).toEqual([]);
  });
});
