import type pg from 'pg';
import { openClient } from './database.js';

export interface WriterStats {
  writes: number;
  failures: string[];
  /** Longest single write, in ms. */
  maxLatencyMs: number;
}

/** Application-like writers: `connections` clients inserting into orders in a loop until stopped. */
export async function startWriters(
  url: string,
  connections: number,
): Promise<{ stop: () => Promise<WriterStats> }> {
  const clients: pg.Client[] = await Promise.all(
    Array.from({ length: connections }, () => openClient(url)),
  );
  const stats: WriterStats = { writes: 0, failures: [], maxLatencyMs: 0 };
  let running = true;
  const loops = clients.map(async (client) => {
    while (running) {
      const started = performance.now();
      try {
        await client.query('INSERT INTO orders (total_cents) VALUES ($1)', [
          Math.floor(Math.random() * 10000),
        ]);
        stats.writes += 1;
      } catch (error) {
        stats.failures.push((error as Error).message);
      }
      stats.maxLatencyMs = Math.max(stats.maxLatencyMs, performance.now() - started);
      await new Promise((r) => setTimeout(r, 5));
    }
  });
  return {
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
