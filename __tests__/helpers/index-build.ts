// An index build killed half-way, the way a server restart or an operator's pg_terminate_backend
// kills it: CREATE INDEX CONCURRENTLY has already committed its INVALID catalog entry and waits
// for a writer's open transaction when its backend is terminated.
import { openClient, query } from './database.js';
import { waitFor } from './expect.js';
import { tempTree } from './fixtures.js';

/** A migrations directory with `files` (name → content). */
export const migrationsDir = (files: Record<string, string>) => tempTree(files, 'index-build');

/** A table of 1000 orders, each total twice (so a unique index on it fails). */
export const CREATE_ORDERS = `-- Up Migration
CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  total_cents integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO orders (total_cents) SELECT g % 500 FROM generate_series(1, 1000) g;
-- Down Migration
DROP TABLE orders;
`;

/** The README's re-runnable pattern: IF NOT EXISTS. */
export const INDEX_CREATED_AT = `-- Up Migration
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_created_at_idx ON orders (created_at);
-- Down Migration
DROP INDEX CONCURRENTLY IF EXISTS orders_created_at_idx;
`;

/** Validity of the indexes of `orders` other than its primary key, by name. */
export async function orderIndexes(url: string): Promise<Record<string, boolean>> {
  const rows = await query<{ name: string; valid: boolean }>(
    url,
    `SELECT c.relname AS name, i.indisvalid AS valid FROM pg_index i
       JOIN pg_class c ON c.oid = i.indexrelid
      WHERE i.indrelid = 'orders'::regclass AND NOT i.indisprimary ORDER BY 1`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.valid]));
}

/**
 * Holds a writer's transaction open on `orders` (CREATE INDEX CONCURRENTLY waits for it after
 * committing its INVALID index), then terminates the backend of the build as soon as it waits.
 * Resolves with that backend's pid once it is gone and the writer has rolled back.
 */
export async function killIndexBuildWhileItWaits(url: string, index: string): Promise<number> {
  const writer = await openClient(url);
  await writer.query('BEGIN');
  await writer.query('INSERT INTO orders (total_cents) VALUES (1)');
  try {
    let pid: number | undefined;
    await waitFor(
      `CREATE INDEX CONCURRENTLY ${index} to wait for the open transaction`,
      async () => {
        const rows = await query<{ pid: number }>(
          url,
          `SELECT a.pid FROM pg_stat_activity a
            WHERE a.datname = current_database() AND a.wait_event_type = 'Lock'
              AND a.query ILIKE '%CREATE INDEX CONCURRENTLY%'
              AND EXISTS (SELECT 1 FROM pg_class WHERE relname = $1)`,
          [index],
        );
        pid = rows[0]?.pid;
        return pid !== undefined;
      },
      60_000,
      50,
    );
    await query(url, 'SELECT pg_terminate_backend($1)', [pid]);
    await waitFor(
      `backend ${pid} to end`,
      async () =>
        (await query(url, 'SELECT 1 FROM pg_stat_activity WHERE pid = $1', [pid])).length === 0,
      60_000,
      50,
    );
    return pid!;
  } finally {
    await writer.query('ROLLBACK').catch(() => undefined);
    await writer.end();
  }
}
