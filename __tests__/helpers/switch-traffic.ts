// Writers through PgBouncer for the blue-green tests: each inserts an order in a loop and records
// what was acknowledged (id, which database took it), in the order acknowledged. A failed write is
// recorded and ends that writer, so a broken switch shows up as a failure, never as a spinning
// loop. How long writes paused is a benchmark's question (bench/switch.mjs), not a test's.
import { deadline } from './deadline.js';
import { openClient } from './database.js';

/** The blue-green tests' shop: a sequence-backed default, an identity, a foreign key, 300 orders. */
export const SHOP_SCHEMA = `
  CREATE SEQUENCE invoice_seq START 1000;
  CREATE TABLE customers (id int GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text UNIQUE NOT NULL);
  CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    note text NOT NULL,
    invoice bigint NOT NULL DEFAULT nextval('invoice_seq') UNIQUE,
    customer_id int REFERENCES customers (id),
    created_at timestamptz NOT NULL DEFAULT now()
  );
  INSERT INTO customers (email) SELECT 'c' || g || '@example.com' FROM generate_series(1, 20) g;
  INSERT INTO orders (note, customer_id) SELECT 'seed ' || g, 1 + g % 20 FROM generate_series(1, 300) g;`;

export interface Ack {
  id: string;
  note: string;
  /** The row's `invoice` (a sequence default) where the table has one, else null. */
  invoice: string | null;
  db: string;
}

export interface Writers {
  acks: Ack[];
  failures: string[];
  /** Resolves once `n` more writes than now were acknowledged (or a write failed). */
  waitForMore(n: number, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

export function startWriters(url: string, count: number): Writers {
  const acks: Ack[] = [];
  const failures: string[] = [];
  let running = true;
  const loops = Array.from({ length: count }, async (_, w) => {
    const client = await openClient(url);
    try {
      for (let i = 0; running; i += 1) {
        const note = `w${w}-${i}`;
        try {
          const { rows } = await client.query<{ id: string; invoice: string | null; db: string }>(
            `INSERT INTO orders (note) VALUES ($1)
             RETURNING id::text, to_jsonb(orders) ->> 'invoice' AS invoice, current_database() AS db`,
            [note],
          );
          acks.push({
            id: rows[0]?.id ?? '',
            invoice: rows[0]?.invoice ?? null,
            db: rows[0]?.db ?? '',
            note,
          });
        } catch (error) {
          failures.push(`${note}: ${(error as Error).message}`);
          break;
        }
      }
    } finally {
      await client.end().catch(() => undefined);
    }
  });
  return {
    acks,
    failures,
    async waitForMore(n, timeoutMs = 20_000) {
      const target = acks.length + n;
      const end = deadline(timeoutMs);
      while (acks.length < target && failures.length === 0) {
        if (end.passed()) throw new Error(`only ${acks.length} of ${target} writes acknowledged`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    async stop() {
      running = false;
      await Promise.all(loops);
    },
  };
}
