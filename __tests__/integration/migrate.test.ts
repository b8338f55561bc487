import { readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  migrate,
  migrationStatus,
  MIGRATE_DEFAULTS,
  type MigrateOptions,
} from '../../src/core/migrations/index.js';
import { DbDeployError } from '../../src/core/errors.js';
import { memoryLogger, silentLogger } from '../../src/core/logger.js';
import { asSuperuser, freshDatabase, openClient, query } from '../helpers/database.js';
import { copyFixture, fixturePath } from '../helpers/fixtures.js';

const examples = resolve('examples/migrations');

function options(databaseUrl: string, overrides: Partial<MigrateOptions> = {}): MigrateOptions {
  return { ...MIGRATE_DEFAULTS, databaseUrl, migrationsDir: examples, ...overrides };
}

async function failure(promise: Promise<unknown>): Promise<DbDeployError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DbDeployError) return error;
    throw error;
  }
  throw new Error('expected the run to fail');
}

const appliedNames = async (url: string, table = 'public.pgmigrations') =>
  (await query<{ name: string }>(url, `SELECT name FROM ${table} ORDER BY id`)).map((r) => r.name);

describe('migrate (core, real PostgreSQL)', () => {
  test('applies every pending migration once, records checksums, and a re-run is a no-op', async () => {
    const url = await freshDatabase();
    const first = await migrate(options(url), silentLogger);
    expect(first.applied.map((m) => m.name)).toHaveLength(7);
    expect(first.pending).toEqual([]);
    expect(first.lastMigration).toBe('1700000000007_add_products_description');
    expect(
      first.applied.find((m) => m.name.endsWith('index_orders_by_status'))?.transactional,
    ).toBe(false);
    const checksums = await query<{ name: string }>(url, 'SELECT name FROM pgmigrations_checksums');
    expect(checksums).toHaveLength(7);
    const second = await migrate(options(url), silentLogger);
    expect(second.applied).toEqual([]);
    expect(await appliedNames(url)).toHaveLength(7);
  });

  test('rolls back the newest migrations with count, and refuses to roll back more than is applied', async () => {
    const url = await freshDatabase();
    await migrate(options(url), silentLogger);
    const down = await migrate(options(url, { direction: 'down', count: 2 }), silentLogger);
    expect(down.applied.map((m) => m.name)).toEqual([
      '1700000000007_add_products_description',
      '1700000000006_index_orders_by_status',
    ]);
    expect(down.pending).toEqual([
      '1700000000006_index_orders_by_status',
      '1700000000007_add_products_description',
    ]);
    expect(
      await query(url, "SELECT 1 FROM pg_indexes WHERE indexname = 'orders_status_created_at_idx'"),
    ).toHaveLength(0);
    expect(await query(url, 'SELECT name FROM pgmigrations_checksums')).toHaveLength(5);
    const tooMany = await failure(
      migrate(options(url, { direction: 'down', count: 6 }), silentLogger),
    );
    expect(tooMany.code).toBe('nothing-to-roll-back');
  });

  test('a dry run reads only: no migrations table, no tables, and reports the SQL of each pending migration', async () => {
    const url = await freshDatabase();
    const result = await migrate(options(url, { dryRun: true }), silentLogger);
    expect(result.planned).toHaveLength(7);
    expect(result.planned[6]?.sql).toContain('ALTER TABLE "products"');
    expect(result.planned[5]?.transactional).toBe(false);
    expect(await query(url, "SELECT 1 FROM pg_tables WHERE schemaname = 'public'")).toHaveLength(0);
  });

  test('a failing transactional migration leaves nothing of itself applied and names code and file position', async () => {
    const dir = await copyFixture('orders');
    await writeFile(
      join(dir, '003_broken.sql'),
      '-- Up Migration\nCREATE TABLE audit (id int);\nINSERT INTO audit SELECT id FROM missing_table;\n',
    );
    const url = await freshDatabase();
    const error = await failure(
      migrate(options(url, { migrationsDir: dir, baseDir: dir }), silentLogger),
    );
    expect(error.code).toBe('migration-failed');
    expect(error.toLine()).toMatch(
      /migration 003_broken \(up\) failed: 42P01 relation "missing_table" does not exist \(003_broken\.sql:3:34\)/,
    );
    expect(await appliedNames(url)).toEqual(['001_create_orders', '002_add_note']);
    expect(await query(url, "SELECT 1 FROM pg_tables WHERE tablename = 'audit'")).toHaveLength(0);
    const partial = error.partial as { applied: unknown[] };
    expect(partial.applied).toHaveLength(2);
  });

  test('a migration outside a transaction that fails part-way says which statements stay applied', async () => {
    const url = await freshDatabase();
    const error = await failure(
      migrate(options(url, { migrationsDir: fixturePath('partial-non-tx') }), silentLogger),
    );
    // The ALTER and the UPDATE share one transaction, so only the index build stays.
    expect(error.toLine()).toContain('statement 3 of 3 failed; the 1 before it stay applied');
    expect(error.where).toMatch(/002_index_then_fail\.sql:4:8$/);
    expect(await appliedNames(url)).toEqual(['001_create_orders']);
    expect(
      await query(url, "SELECT 1 FROM pg_indexes WHERE indexname = 'orders_total_idx'"),
    ).toHaveLength(1);
    expect(
      await query(
        url,
        "SELECT 1 FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'status'",
      ),
    ).toHaveLength(0);
  });

  test('refuses edited and removed migrations by name unless allow-edited, then records the new checksum', async () => {
    const dir = await copyFixture('orders');
    const url = await freshDatabase();
    await migrate(options(url, { migrationsDir: dir }), silentLogger);
    const file = join(dir, '002_add_note.sql');
    await writeFile(file, `${await readFile(file, 'utf8')}\n-- a comment added later\n`);
    const edited = await failure(migrate(options(url, { migrationsDir: dir }), silentLogger));
    expect(edited.code).toBe('edited-migrations');
    expect(edited.message).toContain('002_add_note (file changed)');
    const accepted = await migrate(
      options(url, { migrationsDir: dir, allowEdited: true }),
      silentLogger,
    );
    expect(accepted.acceptedEdits).toEqual(['002_add_note']);
    await migrate(options(url, { migrationsDir: dir }), silentLogger);
    await rm(file);
    const removed = await failure(migrate(options(url, { migrationsDir: dir }), silentLogger));
    expect(removed.message).toContain('002_add_note (file missing)');
  });

  test('line endings do not count as an edit', async () => {
    const dir = await copyFixture('orders');
    const url = await freshDatabase();
    await migrate(options(url, { migrationsDir: dir }), silentLogger);
    const file = join(dir, '001_create_orders.sql');
    await writeFile(file, (await readFile(file, 'utf8')).replace(/\n/g, '\r\n'));
    await expect(
      migrate(options(url, { migrationsDir: dir }), silentLogger),
    ).resolves.toMatchObject({ applied: [] });
  });

  test('refuses a pending migration that sorts before an applied one', async () => {
    const dir = await copyFixture('orders');
    const url = await freshDatabase();
    await migrate(options(url, { migrationsDir: dir }), silentLogger);
    await writeFile(join(dir, '001_late_merge.sql'), '-- Up Migration\nSELECT 1;\n');
    const error = await failure(migrate(options(url, { migrationsDir: dir }), silentLogger));
    expect(error.code).toBe('out-of-order');
    expect(error.message).toContain('001_late_merge');
  });

  test('adopts migrations applied earlier by plain node-pg-migrate and applies only the new ones', async () => {
    const url = await freshDatabase();
    const { runner } = await import('node-pg-migrate');
    const client = await openClient(url);
    await runner({
      dbClient: client,
      dir: fixturePath('orders'),
      direction: 'up',
      count: 1,
      migrationsTable: 'pgmigrations',
      log: () => undefined,
      singleTransaction: true,
    });
    await client.end();
    const result = await migrate(
      options(url, { migrationsDir: fixturePath('orders') }),
      silentLogger,
    );
    expect(result.adopted).toEqual(['001_create_orders']);
    expect(result.applied.map((m) => m.name)).toEqual(['002_add_note']);
  });

  test('uses the given schema for the migrations tables and the search_path', async () => {
    const url = await freshDatabase();
    await migrate(
      options(url, {
        migrationsDir: fixturePath('orders'),
        schema: 'app',
        migrationsTable: 'schema_history',
      }),
      silentLogger,
    );
    expect(await appliedNames(url, 'app.schema_history')).toEqual([
      '001_create_orders',
      '002_add_note',
    ]);
    expect(
      await query(url, "SELECT 1 FROM pg_tables WHERE schemaname = 'app' AND tablename = 'orders'"),
    ).toHaveLength(1);
  });

  test('waits for another holder of the migration lock and gives up after lock-wait-timeout, naming the holder', async () => {
    const url = await freshDatabase();
    const holder = await openClient(url);
    await holder.query('SELECT pg_advisory_lock(7241865325823964)');
    const logger = memoryLogger();
    // migrate gives up while the holder still holds the lock: the wait was bounded.
    const error = await failure(migrate(options(url, { lockWaitTimeoutMs: 600 }), logger));
    expect(error.code).toBe('lock-wait-timeout');
    expect(error.message).toMatch(
      /^gave up waiting for the migration lock after (\d{3,}ms|\d+\.\ds|\dm \d\ds): held by pid \d+/,
    );
    expect(Number(/after (\d+)ms/.exec(error.message)?.[1] ?? 600)).toBeGreaterThanOrEqual(600);
    expect(logger.lines.some((l) => /waiting for the migration lock held by pid \d+/.test(l))).toBe(
      true,
    );
    await holder.end();
    expect(await query(url, "SELECT 1 FROM pg_tables WHERE tablename = 'users'")).toHaveLength(0);
  });

  test('status lists applied, edited and pending migrations without writing anything', async () => {
    const dir = await copyFixture('orders');
    const url = await freshDatabase();
    const before = await migrationStatus({ ...options(url, { migrationsDir: dir }) });
    expect(before.pending.map((p) => p.name)).toEqual(['001_create_orders', '002_add_note']);
    expect(await query(url, "SELECT 1 FROM pg_tables WHERE schemaname = 'public'")).toHaveLength(0);
    await migrate(options(url, { migrationsDir: dir, count: 1 }), silentLogger);
    await writeFile(join(dir, '001_create_orders.sql'), '-- Up Migration\nSELECT 2;\n');
    const after = await migrationStatus({ ...options(url, { migrationsDir: dir }) });
    expect(after.applied).toEqual([
      {
        name: '001_create_orders',
        state: 'changed',
        file: expect.stringContaining('001_create_orders.sql'),
      },
    ]);
    expect(after.pending.map((p) => p.name)).toEqual(['002_add_note']);
  });
});

test('a role without CREATE on the schema gets a clear error, not an internal one', async () => {
  const url = await freshDatabase();
  const role = `limited_${process.pid}`;
  await query(url, `CREATE ROLE ${role} LOGIN PASSWORD 'limited-pass'`);
  // Only public's owner may revoke there: the superuser before PostgreSQL 15 (and on managed
  // services the provider's role), the database owner from 15.
  await query(asSuperuser(url), `REVOKE CREATE ON SCHEMA public FROM PUBLIC`);
  const limited = new URL(url);
  limited.username = role;
  limited.password = 'limited-pass';
  const error = await failure(
    migrate(options(limited.toString(), { migrationsDir: fixturePath('orders') }), silentLogger),
  );
  expect(error.code).toBe('database-error');
  expect(error.toLine()).toMatch(
    /preparing the migrations tables failed: 42501 permission denied for schema public \(public\.pgmigrations on .*\) — grant the migration role USAGE and CREATE/,
  );
});
