// CREATE INDEX CONCURRENTLY outside a transaction, when it fails or its backend dies half-way:
// the INVALID index it leaves is named, never recorded as applied, and rebuilt on the next run.
import { migrate, MIGRATE_DEFAULTS, type MigrateOptions } from '../../src/core/migrations/index.js';
import { memoryLogger, silentLogger } from '../../src/core/logger.js';
import { freshDatabase, openClient, query } from '../helpers/database.js';
import { failure, waitFor } from '../helpers/expect.js';
import {
  CREATE_ORDERS,
  INDEX_CREATED_AT,
  killIndexBuildWhileItWaits,
  migrationsDir,
  orderIndexes,
} from '../helpers/index-build.js';

function options(
  url: string,
  dir: string,
  overrides: Partial<MigrateOptions> = {},
): MigrateOptions {
  return { ...MIGRATE_DEFAULTS, databaseUrl: url, migrationsDir: dir, baseDir: dir, ...overrides };
}

const applied = async (url: string) =>
  (await query<{ name: string }>(url, 'SELECT name FROM pgmigrations ORDER BY id')).map(
    (r) => r.name,
  );

/** A database with orders (the first migration applied) and the index migration pending. */
async function ordersApplied(): Promise<{ url: string; dir: string }> {
  const url = await freshDatabase('index_build');
  const dir = await migrationsDir({
    '001_create_orders.sql': CREATE_ORDERS,
    '002_index_created_at.sql': INDEX_CREATED_AT,
  });
  await migrate(options(url, dir, { count: 1 }), silentLogger);
  return { url, dir };
}

describe('an index build outside a transaction (core, real PostgreSQL)', () => {
  test('a build whose backend is killed names the INVALID index it left; the re-run drops it, builds it again and records it', async () => {
    const { url, dir } = await ordersApplied();
    // A long lock-timeout: the build waits for the writer until it is killed.
    const run = failure(
      migrate(options(url, dir, { lockTimeoutMs: 120_000, lockRetries: 0 }), silentLogger),
    );
    await killIndexBuildWhileItWaits(url, 'orders_created_at_idx');
    const error = await run;

    expect(error.toLine()).toMatch(
      /^migration 002_index_created_at \(up\) failed: 57P01 terminating connection due to administrator command \(002_index_created_at\.sql:2:1\) — CREATE INDEX CONCURRENTLY left the INVALID index public\.orders_created_at_idx: the next run drops it and builds it again; fix the cause and run again$/,
    );
    expect(error.toLine()).not.toContain('nothing of it was applied');
    expect(await orderIndexes(url)).toEqual({ orders_created_at_idx: false });
    expect(await applied(url)).toEqual(['001_create_orders']);

    const logger = memoryLogger();
    const rerun = await migrate(options(url, dir), logger);
    expect(rerun.applied.map((m) => m.name)).toEqual(['002_index_created_at']);
    expect(logger.lines).toContainEqual(
      expect.stringContaining(
        'dropping INVALID index public.orders_created_at_idx left by an earlier failed attempt, to build it again',
      ),
    );
    expect(await orderIndexes(url)).toEqual({ orders_created_at_idx: true });
    expect(await applied(url)).toEqual(['001_create_orders', '002_index_created_at']);
  });

  test('an unnamed unique index over duplicates names the INVALID index it left and how to drop it', async () => {
    const url = await freshDatabase('index_build');
    const dir = await migrationsDir({
      '001_create_orders.sql': CREATE_ORDERS,
      '002_unique_total.sql':
        '-- Up Migration\nCREATE UNIQUE INDEX CONCURRENTLY ON orders (total_cents);\n',
    });
    const error = await failure(migrate(options(url, dir), silentLogger));
    expect(error.toLine()).toContain(
      'failed: 23505 could not create unique index "orders_total_cents_idx"',
    );
    expect(error.toLine()).toContain(
      '— CREATE INDEX CONCURRENTLY left the INVALID index public.orders_total_cents_idx: drop it with DROP INDEX CONCURRENTLY public.orders_total_cents_idx before the next run; fix the cause and run again',
    );
    expect(await orderIndexes(url)).toEqual({ orders_total_cents_idx: false });
    expect(await applied(url)).toEqual(['001_create_orders']);
  });

  test('a JS migration outside a transaction whose concurrent unique index fails is not recorded, and its INVALID index is named', async () => {
    const url = await freshDatabase('index_build');
    const dir = await migrationsDir({
      '001_create_orders.sql': CREATE_ORDERS,
      '002_unique_total.cjs': `exports.up = (pgm) => {
  pgm.noTransaction();
  pgm.addColumn('orders', { note: 'text' });
  pgm.createIndex('orders', 'total_cents', { name: 'orders_total_unique', unique: true, concurrently: true, ifNotExists: true });
};
`,
    });
    const error = await failure(migrate(options(url, dir), silentLogger));
    expect(error.toLine()).toContain(
      '— CREATE INDEX CONCURRENTLY left the INVALID index public.orders_total_unique: the next run drops it and builds it again; fix the cause and run again; the 1 statement(s) before it stay applied',
    );
    expect(await orderIndexes(url)).toEqual({ orders_total_unique: false });
    expect(await applied(url)).toEqual(['001_create_orders']);
  });

  test('a re-run refuses to drop an INVALID index another session is building right now', async () => {
    const { url, dir } = await ordersApplied();
    const writer = await openClient(url);
    await writer.query('BEGIN');
    await writer.query('INSERT INTO orders (total_cents) VALUES (1)');
    const builder = await openClient(url);
    const pid = (await builder.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]
      ?.pid;
    const build = builder
      .query('CREATE INDEX CONCURRENTLY orders_created_at_idx ON orders (created_at)')
      .catch((e: unknown) => e);
    try {
      await waitFor(
        'the other build to wait for the writer',
        async () =>
          (
            await query(
              url,
              `SELECT 1 FROM pg_stat_progress_create_index p JOIN pg_class c ON c.oid = p.index_relid
              WHERE c.relname = 'orders_created_at_idx'`,
            )
          ).length > 0,
        30_000,
        50,
      );
      const error = await failure(migrate(options(url, dir), silentLogger));
      expect(error.code).toBe('index-being-built');
      expect(error.toLine()).toBe(
        `002_index_created_at (up) (statement 1 of 1): the INVALID index public.orders_created_at_idx it builds is being built right now by pid ${pid} — wait for that build to finish, or end it (SELECT pg_cancel_backend(${pid})), then run again`,
      );
    } finally {
      await writer.query('ROLLBACK');
      await writer.end();
      await build;
      await builder.end();
    }
    expect(await applied(url)).toEqual(['001_create_orders']);
    expect(await orderIndexes(url)).toEqual({ orders_created_at_idx: true });
  });
});
