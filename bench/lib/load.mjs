// The application side of the stall benchmark: writers inserting into `orders` and a long
// report transaction that keeps a lock on it.
import pg from 'pg';

async function openClient(url) {
  const client = new pg.Client({ connectionString: url, application_name: 'bench-app' });
  // A dropped connection is reported by the query that fails; keep the process alive.
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/**
 * Starts `connections` clients, each inserting one row into `orders` in a tight loop
 * (autocommit, no pause), recording every write: when it was sent, how long it took, whether
 * it failed.
 * @returns {Promise<{ stop: () => Promise<{ writes: Array<{ start: number, ms: number, ok: boolean }>, errors: string[], startedAt: number, stoppedAt: number }> }>}
 */
export async function startWriters(url, connections) {
  const clients = await Promise.all(Array.from({ length: connections }, () => openClient(url)));
  const writes = [];
  const errors = [];
  const startedAt = performance.now();
  let running = true;
  const loops = clients.map(async (client) => {
    while (running) {
      const start = performance.now();
      let ok = true;
      try {
        await client.query('INSERT INTO orders (customer_id, total_cents) VALUES ($1, $2)', [
          Math.floor(Math.random() * 997),
          Math.floor(Math.random() * 10_000),
        ]);
      } catch (error) {
        ok = false;
        errors.push(error?.message ?? String(error));
      }
      writes.push({ start, ms: performance.now() - start, ok });
      // After a failure, do not spin on a broken connection.
      if (!ok) await new Promise((resolve) => setTimeout(resolve, 10));
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      const stoppedAt = performance.now();
      await Promise.all(clients.map((c) => c.end().catch(() => undefined)));
      return { writes, errors, startedAt, stoppedAt };
    },
  };
}

/**
 * A report: BEGIN; SELECT count(*) FROM orders (ACCESS SHARE on orders, kept until COMMIT);
 * hold it `holdMs`; COMMIT.
 * @returns {Promise<{ lockedAt: number, done: Promise<number> }>} `lockedAt` when the lock is held,
 *   `done` resolves with the time of the COMMIT.
 */
export async function startReport(url, holdMs) {
  const client = await openClient(url);
  await client.query('BEGIN');
  await client.query('SELECT count(*) FROM orders');
  const lockedAt = performance.now();
  const done = new Promise((resolve) => setTimeout(resolve, holdMs)).then(async () => {
    await client.query('COMMIT');
    const committedAt = performance.now();
    await client.end();
    return committedAt;
  });
  return { lockedAt, done };
}
