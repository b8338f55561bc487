import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate, MIGRATE_DEFAULTS, type MigrateOptions } from '../../src/core/migrations/index.js';
import { DbDeployError } from '../../src/core/errors.js';
import { memoryLogger, silentLogger } from '../../src/core/logger.js';
import { freshDatabase, openClient, query } from '../helpers/database.js';

/** A migrations directory holding `files` (name → text). */
async function migrations(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'db-deploy-engine-'));
  for (const [name, text] of Object.entries(files)) await writeFile(join(dir, name), text);
  return dir;
}

function options(databaseUrl: string, dir: string, overrides: Partial<MigrateOptions> = {}) {
  return { ...MIGRATE_DEFAULTS, databaseUrl, migrationsDir: dir, ...overrides };
}

async function failure(promise: Promise<unknown>): Promise<DbDeployError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (error instanceof DbDeployError) return error;
  throw error ?? new Error('expected the run to fail');
}

const ledger = async (url: string) =>
  (await query<{ name: string }>(url, 'SELECT name FROM pgmigrations ORDER BY id')).map(
    (r) => r.name,
  );

const NOTES = `-- Up Migration
CREATE TABLE notes (body text NOT NULL);
-- Down Migration
DROP TABLE notes;
`;

describe('the migration engine with node-pg-migrate migrations', () => {
  test("pgm.db work belongs to the migration's transaction: a failing migration leaves none of it", async () => {
    const url = await freshDatabase();
    const dir = await migrations({
      '001_notes.sql': NOTES,
      '002_fails.cjs': `exports.up = async (pgm) => {
  await pgm.db.query("INSERT INTO notes VALUES ('written through pgm.db')");
  pgm.sql('SELECT 1/0');
};`,
    });
    const error = await failure(migrate(options(url, dir), silentLogger));
    expect(error.message).toMatch(/^migration 002_fails \(up\) failed: 22012 division by zero/);
    expect(error.hint).toMatch(/rolled back, nothing of it was applied/);
    expect(await query(url, 'SELECT body FROM notes')).toEqual([]);
    expect(await ledger(url)).toEqual(['001_notes']);
  });

  test('a migration can use SAVEPOINT through pgm.db, as under node-pg-migrate', async () => {
    const url = await freshDatabase();
    const dir = await migrations({
      '001_notes.sql': NOTES,
      '002_savepoint.cjs': `exports.up = async (pgm) => {
  await pgm.db.query('SAVEPOINT before_try');
  await pgm.db.query("INSERT INTO notes VALUES ('undone')");
  await pgm.db.query('ROLLBACK TO SAVEPOINT before_try');
  await pgm.db.query("INSERT INTO notes VALUES ('kept')");
  pgm.sql("INSERT INTO notes VALUES ('built')");
};`,
    });
    await migrate(options(url, dir), silentLogger);
    expect((await query(url, 'SELECT body FROM notes ORDER BY body')).map((r) => r.body)).toEqual([
      'built',
      'kept',
    ]);
  });

  test('pgm.db work before pgm.noTransaction() commits first, and the log says so', async () => {
    const url = await freshDatabase();
    const dir = await migrations({
      '001_notes.sql': NOTES,
      '002_index.cjs': `exports.up = async (pgm) => {
  await pgm.db.query("INSERT INTO notes VALUES ('before the index')");
  pgm.noTransaction();
  pgm.createIndex('notes', 'body', { name: 'notes_body', concurrently: true });
};`,
    });
    const logger = memoryLogger();
    const result = await migrate(options(url, dir), logger);
    expect(result.applied.map((m) => [m.name, m.transactional])).toEqual([
      ['001_notes', true],
      ['002_index', false],
    ]);
    expect(logger.lines).toContain(
      'info: 002_index runs outside a transaction (pgm.noTransaction()): the 1 query it ran while building its SQL committed first',
    );
    expect(await query(url, 'SELECT body FROM notes')).toEqual([{ body: 'before the index' }]);
    const [index] = await query<{ valid: boolean }>(
      url,
      "SELECT indisvalid AS valid FROM pg_index WHERE indexrelid = 'notes_body'::regclass",
    );
    expect(index?.valid).toBe(true);
  });

  test('a lock retry repeats the whole migration, its pgm.db work included, exactly once in the end', async () => {
    const url = await freshDatabase();
    const dir = await migrations({
      '001_notes.sql': NOTES,
      '002_touches_notes.cjs': `exports.up = async (pgm) => {
  await pgm.db.query("INSERT INTO notes VALUES ('attempt')");
  pgm.addColumn('notes', { at: { type: 'timestamptz' } });
};`,
    });
    await migrate(options(url, dir, { count: 1 }), silentLogger);
    const holder = await openClient(url);
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE notes IN ACCESS SHARE MODE');
    const logger = memoryLogger();
    const running = migrate(
      options(url, dir, {
        lockTimeoutMs: 50,
        backoff: { baseMs: 100, maxMs: 100, factor: 1, jitter: 0 },
      }),
      logger,
    );
    // Released once the first attempt has been refused a lock.
    while (!logger.lines.some((l) => l.includes('lock not granted'))) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await holder.query('COMMIT');
    await holder.end();
    const result = await running;
    expect(result.applied[0]?.retries).toBeGreaterThanOrEqual(1);
    expect(await query(url, 'SELECT body FROM notes')).toEqual([{ body: 'attempt' }]);
  });

  test('writes the ledger itself: a file name with an apostrophe and a schema that needs quoting', async () => {
    const url = await freshDatabase();
    const dir = await migrations({
      "001_o'brien.sql": 'CREATE TABLE people (name text);',
    });
    const result = await migrate(options(url, dir, { schema: 'Deploy Log' }), silentLogger);
    expect(result.migrationsTable).toBe('Deploy Log.pgmigrations');
    const rows = await query<{ name: string }>(url, 'SELECT name FROM "Deploy Log".pgmigrations');
    expect(rows).toEqual([{ name: "001_o'brien" }]);
    // A second run sees it applied: nothing runs twice.
    const again = await migrate(options(url, dir, { schema: 'Deploy Log' }), silentLogger);
    expect(again.applied).toEqual([]);
  });

  test('the format decides what is not given: directory, ledger and schema used are reported', async () => {
    const url = await freshDatabase();
    const base = await migrations({});
    const dir = join(base, 'migrations');
    await import('node:fs/promises').then((fs) => fs.mkdir(dir));
    await writeFile(join(dir, '001_one.sql'), 'CREATE TABLE one (id int);');
    const result = await migrate(
      { ...MIGRATE_DEFAULTS, databaseUrl: url, baseDir: base },
      silentLogger,
    );
    expect([result.format, result.migrationsDir, result.migrationsTable]).toEqual([
      'node-pg-migrate',
      'migrations',
      'public.pgmigrations',
    ]);
    expect(result.applied.map((m) => m.name)).toEqual(['001_one']);
  });

  test('a dry run of a migration whose SQL needs the database fails with the reason, writing nothing', async () => {
    const url = await freshDatabase();
    const dir = await migrations({
      '001_reads.cjs': `exports.up = async (pgm) => {
  const rows = await pgm.db.select('SELECT 1 AS one');
  if (rows.length) pgm.createTable('t', { id: 'id' });
};`,
    });
    const error = await failure(migrate(options(url, dir, { dryRun: true }), silentLogger));
    expect(error.code).toBe('dry-run-incomplete');
    expect(error.message).toBe(
      'the SQL of 001_reads cannot be shown without running it: it queries the database (pgm.db) while building its SQL',
    );
    const partial = error.partial as { planned: { sql: string }[] };
    expect(partial.planned[0]?.sql).toMatch(/^-- cannot be shown/);
    expect(await query(url, "SELECT to_regclass('pgmigrations') AS t")).toEqual([{ t: null }]);
  });
});
