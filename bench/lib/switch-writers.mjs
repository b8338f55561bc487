// The application of the switch benchmark: writers through PgBouncer at a steady rate, each write
// one transaction (an order and its customer's count; see WRITE_SQL) with a token of its own, every
// attempt recorded: when the writer wanted to send it, when it finished, whether it was
// acknowledged, the id and the database that took it. A failed write is recorded and the writer
// goes on with a fresh connection, as an application's pool would.
import pg from 'pg';
import { WRITE_SQL } from './switch-data.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Pause after a failed attempt, so a refused connection does not spin. */
const RETRY_MS = 20;

/**
 * Starts `writers` connections to `url`, together `rate` writes per second (0: each as fast as it
 * can), until `stop()`.
 * @param {{ url: string, writers: number, rate: number, tag: string, customers: number }} options
 *   `tag` prefixes every token (`<tag>-<writer>-<n>`); `customers` is the id range to update.
 */
export function startWriters({ url, writers, rate, tag, customers }) {
  /** @type {Array<{ w: number, token: string, wanted: number, done: number, ok: boolean, id?: string, db?: string, error?: string }>} */
  const records = [];
  const intervalMs = rate > 0 ? (writers * 1000) / rate : 0;
  let running = true;
  /** While set, writers wait before their next write (the seed's "stop the writers"). */
  let gate;
  let openGate;
  const parked = new Set();
  /** @type {(value?: unknown) => void} */
  let parkedChanged = () => undefined;

  async function connect() {
    const client = new pg.Client({
      connectionString: url,
      application_name: 'bench-switch-writer',
    });
    // A dropped connection is reported by the query that fails; keep the process alive.
    client.on('error', () => undefined);
    await client.connect();
    return client;
  }

  const loops = Array.from({ length: writers }, async (_, w) => {
    let client;
    let next = performance.now() + (intervalMs * w) / writers;
    for (let n = 0; running; n += 1) {
      if (intervalMs > 0) await sleep(next - performance.now());
      if (!running) break;
      const wanted = performance.now();
      if (gate) {
        parked.add(w);
        parkedChanged();
        await gate;
        parked.delete(w);
      }
      const token = `${tag}-${w}-${n}`;
      const record = { w, token, wanted, done: 0, ok: false };
      try {
        client ??= await connect();
        const { rows } = await client.query(WRITE_SQL, [
          1 + Math.floor(Math.random() * customers),
          token,
          (Math.floor(Math.random() * 90_000) + 500) / 100,
        ]);
        record.ok = true;
        record.id = rows[0]?.id;
        record.db = rows[0]?.db;
      } catch (error) {
        record.error = error?.message ?? String(error);
        const broken = client;
        client = undefined;
        void broken?.end().catch(() => undefined);
      }
      record.done = performance.now();
      records.push(record);
      if (!record.ok) await sleep(RETRY_MS);
      next = Math.max(next + intervalMs, performance.now());
    }
    await client?.end().catch(() => undefined);
  });

  return {
    records,
    /**
     * Waits until every writer has had a write acknowledged that finished after `since`.
     * @returns {Promise<number | undefined>} when the last of them was (performance.now()), or
     *   undefined after `timeoutMs`
     */
    async flowing(since, timeoutMs) {
      const deadline = performance.now() + timeoutMs;
      for (;;) {
        const first = new Map();
        for (let i = records.length - 1; i >= 0 && records[i].done > since; i -= 1)
          if (records[i].ok) first.set(records[i].w, records[i].done);
        if (first.size === writers) return Math.max(...first.values());
        if (performance.now() > deadline || !running) return undefined;
        await sleep(10);
      }
    },
    /** Holds every writer before its next write; resolves once none has a write in flight. */
    async hold() {
      gate = new Promise((resolve) => (openGate = resolve));
      while (parked.size < writers && running)
        await new Promise((resolve) => {
          parkedChanged = resolve;
          setTimeout(resolve, 50);
        });
    },
    release() {
      const open = openGate;
      gate = undefined;
      open?.();
    },
    async stop() {
      running = false;
      this.release();
      await Promise.all(loops);
    },
  };
}
