import type pg from 'pg';
import { openClient } from './database.js';
import { waitFor } from './expect.js';

export interface WriterStats {
  writes: number;
  failures: string[];
}

/** Application-like writers: `connections` clients inserting into orders in a loop until stopped. */
export async function startWriters(
  url: string,
  connections: number,
): Promise<{
  /** Writes committed so far. */
  writes: () => number;
  /** Resolves once `n` more writes than now have committed. */
  waitForMore: (n: number) => Promise<void>;
  stop: () => Promise<WriterStats>;
}> {
  const clients: pg.Client[] = await Promise.all(
    Array.from({ length: connections }, () => openClient(url)),
  );
  const stats: WriterStats = { writes: 0, failures: [] };
  let running = true;
  const loops = clients.map(async (client) => {
    while (running) {
      try {
        await client.query('INSERT INTO orders (total_cents) VALUES ($1)', [
          Math.floor(Math.random() * 10000),
        ]);
        stats.writes += 1;
      } catch (error) {
        stats.failures.push((error as Error).message);
      }
      await new Promise((r) => setTimeout(r, 5));
    }
  });
  return {
    writes: () => stats.writes,
    waitForMore: async (n) => {
      const target = stats.writes + n;
      await waitFor(`${n} more writes`, async () => stats.writes >= target || !running);
    },
    stop: async () => {
      running = false;
      await Promise.all(loops);
      await Promise.all(clients.map((c) => c.end()));
      return stats;
    },
  };
}

/**
 * A report-like transaction that reads orders and keeps its ACCESS SHARE lock for `ms`.
 * With `repeatable read` it also keeps its snapshot, which CREATE INDEX CONCURRENTLY must wait out.
 */
export async function holdReadLock(
  url: string,
  ms: number,
  isolation: 'read committed' | 'repeatable read' = 'read committed',
): Promise<{ done: Promise<void> }> {
  const client = await openClient(url);
  await client.query(`BEGIN ISOLATION LEVEL ${isolation.toUpperCase()}`);
  await client.query('SELECT count(*) FROM orders');
  const done = new Promise<void>((resolve) => setTimeout(resolve, ms)).then(async () => {
    await client.query('COMMIT');
    await client.end();
  });
  return { done };
}
