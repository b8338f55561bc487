import { migrate, MIGRATE_DEFAULTS, type MigrateOptions } from '../../src/core/migrations/index.js';
import { memoryLogger, silentLogger } from '../../src/core/logger.js';
import { freshDatabase, query } from '../helpers/database.js';
import { fixturePath } from '../helpers/fixtures.js';
import { holdReadLock, startWriters } from '../helpers/traffic.js';

function options(
  databaseUrl: string,
  migrationsDir: string,
  overrides: Partial<MigrateOptions> = {},
): MigrateOptions {
  return { ...MIGRATE_DEFAULTS, databaseUrl, migrationsDir, ...overrides };
}

/** Applies the first migration of a fixture (the orders table), leaving the rest pending. */
async function baseline(fixture: string): Promise<string> {
  const url = await freshDatabase();
  await migrate(options(url, fixturePath(fixture), { count: 1 }), silentLogger);
  return url;
}

describe('migrate under live traffic (real PostgreSQL)', () => {
  test('a migration blocked by a long report retries until the report ends, while writers keep writing between attempts', async () => {
    const url = await baseline('orders');
    const writers = await startWriters(url, 4);
    await writers.waitForMore(20);
    const report = await holdReadLock(url, 3000);
    // The writes acknowledged by the time of each retry: each attempt gives up its place in the
    // lock queue after lock_timeout (100ms), so writers go on between attempts instead of
    // queueing behind the ACCESS EXCLUSIVE request until the report ends.
    const writesAtRetry: number[] = [];
    const lines = memoryLogger();
    const logger = {
      ...lines,
      info: (message: string) => {
        if (message.includes('lock not granted within 100ms')) writesAtRetry.push(writers.writes());
        lines.info(message);
      },
    };
    const result = await migrate(options(url, fixturePath('orders')), logger);
    await report.done;
    const stats = await writers.stop();

    expect(result.applied.map((m) => m.name)).toEqual(['002_add_note']);
    expect(result.applied[0]?.retries).toBeGreaterThan(1);
    expect(writesAtRetry.length).toBeGreaterThan(1);
    expect(writesAtRetry.at(-1)!).toBeGreaterThan(writesAtRetry[0]!);
    expect(stats.failures).toEqual([]);
    expect(
      await query(
        url,
        "SELECT 1 FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note'",
      ),
    ).toHaveLength(1);
  });

  test('without retries left the migration fails with the lock-timeout advice and nothing applied', async () => {
    const url = await baseline('orders');
    const report = await holdReadLock(url, 1500);
    await expect(
      migrate(options(url, fixturePath('orders'), { lockRetries: 1 }), silentLogger),
    ).rejects.toMatchObject({
      code: 'lock-timeout',
      hint: expect.stringContaining('was not granted within 100ms in 2 attempts'),
    });
    await report.done;
    expect(
      await query(
        url,
        "SELECT 1 FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note'",
      ),
    ).toHaveLength(0);
  });

  test('CREATE INDEX CONCURRENTLY that times out drops its INVALID index and succeeds on a later retry', async () => {
    const url = await baseline('concurrent-index');
    // An open transaction with a snapshot: CREATE INDEX CONCURRENTLY must wait for it (a lock wait, bounded by lock_timeout).
    const report = await holdReadLock(url, 2000, 'repeatable read');
    const logger = memoryLogger();
    const result = await migrate(options(url, fixturePath('concurrent-index')), logger);
    await report.done;
    expect(result.applied[0]).toMatchObject({
      name: '002_index_orders_created_at',
      transactional: false,
    });
    expect(result.applied[0]?.retries).toBeGreaterThan(0);
    expect(logger.lines.some((l) => l.includes('dropping INVALID index'))).toBe(true);
    const indexes = await query<{ valid: boolean }>(
      url,
      "SELECT i.indisvalid AS valid FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname LIKE 'orders_created_at_idx%'",
    );
    expect(indexes).toEqual([{ valid: true }]);
  });

  test('runners that start together take turns: no deadlock with CREATE INDEX CONCURRENTLY, each migration applied once', async () => {
    const url = await freshDatabase();
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        migrate(
          options(url, fixturePath('concurrent-index'), { lockWaitTimeoutMs: 30_000 }),
          silentLogger,
        ),
      ),
    );
    expect(results.flatMap((r) => r.applied.map((m) => m.name)).sort()).toEqual([
      '001_create_orders',
      '002_index_orders_created_at',
    ]);
    expect(await query(url, 'SELECT name FROM pgmigrations')).toHaveLength(2);
  });
});

test('a JS migration outside a transaction retries the statement that timed out, not the ones already applied', async () => {
  const url = await baseline('js-no-transaction');
  const report = await holdReadLock(url, 1500);
  const logger = memoryLogger();
  const result = await migrate(options(url, fixturePath('js-no-transaction')), logger);
  await report.done;
  expect(result.applied[0]).toMatchObject({ name: '002_index_and_column', transactional: false });
  expect(result.applied[0]?.retries).toBeGreaterThan(0);
  expect(
    await query(url, "SELECT 1 FROM pg_indexes WHERE indexname = 'orders_total_cents_idx'"),
  ).toHaveLength(1);
  expect(
    await query(
      url,
      "SELECT 1 FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note'",
    ),
  ).toHaveLength(1);
});
