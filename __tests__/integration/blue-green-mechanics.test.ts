// The PostgreSQL and PgBouncer mechanics blue-green-switch is built on, checked against the
// real programs: logical replication keeps green in step with blue, and a
// PAUSE / catch-up / sequence copy / repoint / RELOAD / RESUME cycle moves writers from blue to
// green without a failed or lost write. How long each step takes is bench/switch.mjs's question.
import { readFile, writeFile } from 'node:fs/promises';
import pg from 'pg';
import { databaseEntry, findPgBouncer, startPgBouncer } from '../../scripts/lib/pgbouncer.mjs';
import { requireBinaries } from '../helpers/binaries.js';
import { dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { openClient } from '../helpers/database.js';
import {
  roleSubscribes,
  useLogicalPostgres,
  type LogicalPostgres,
} from '../helpers/logical-postgres.js';
import { waitFor } from '../helpers/expect.js';
import { startWriters, type Writers } from '../helpers/switch-traffic.js';

const available = requireBinaries(
  [findPgBouncer() ?? 'pgbouncer'],
  'PgBouncer (apt-get install pgbouncer)',
);
const describeIf = available ? describe : describe.skip;
const major = dumpableMajor();
// As a managed service's master user a subscription needs PostgreSQL 16 (pg_create_subscription).
const itSubscribes = roleSubscribes(major) ? it : it.skip;

const SEED_ROWS = 500;
/** Blue's schema (green gets the same): a sequence-backed default and a primary key. */
const SCHEMA = `
  CREATE SEQUENCE invoice_no START 1000;
  CREATE TABLE orders (
    id bigserial PRIMARY KEY,
    note text NOT NULL,
    invoice bigint NOT NULL UNIQUE DEFAULT nextval('invoice_no')
  );`;
const WRITERS = 4;
const PUBLICATION = 'bg_pub';
const SLOT = 'bg_slot';
const SUBSCRIPTION = 'bg_sub';

type Bouncer = Awaited<ReturnType<typeof startPgBouncer>>;

/** Settles to 'pending' when `promise` has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | 'pending'> {
  return Promise.race([promise, new Promise<'pending'>((r) => setTimeout(() => r('pending'), ms))]);
}

/** Rewrites a PgBouncer config in place (PgBouncer re-reads it on RELOAD). */
async function editConfig(configPath: string, edit: (text: string) => string): Promise<void> {
  await writeFile(configPath, edit(await readFile(configPath, 'utf8')));
}

/** Replaces one `[databases]` entry. */
function repointed(text: string, name: string, entry: string): string {
  const line = new RegExp(`^${name} = .*$`, 'm');
  if (!line.test(text)) throw new Error(`no [databases] entry '${name}'`);
  return text.replace(line, `${name} = ${entry}`);
}

/**
 * Sets (or, with undefined, removes) `server_login_retry` in the `[pgbouncer]` section. A server
 * connection that PAUSE closes while it is still logging in marks the pool's last connect as
 * failed, and the pool then opens no connection for server_login_retry (default 15 s): writers
 * resumed against green would wait that long. 0 for the RESUME, the default again afterwards.
 */
function withLoginRetry(text: string, value: string | undefined): string {
  const without = text.replace(/^server_login_retry = .*\n/m, '');
  if (value === undefined) return without;
  return without.replace(/^\[pgbouncer\]\n/m, `[pgbouncer]\nserver_login_retry = ${value}\n`);
}

/** One setting as PgBouncer currently holds it (SHOW CONFIG). */
async function setting(admin: pg.Client, key: string): Promise<string | undefined> {
  const { rows } = await admin.query<{ key: string; value: string }>('SHOW CONFIG');
  return rows.find((r) => r.key === key)?.value;
}

/** Sets every sequence of `green` to the state it has in `blue` (logical replication skips them). */
async function copySequences(blue: pg.Client, green: pg.Client): Promise<number> {
  const { rows } = await blue.query<{ name: string }>(
    "SELECT format('%I.%I', schemaname, sequencename) AS name FROM pg_sequences ORDER BY 1",
  );
  for (const { name } of rows) {
    // `name` comes from format('%I.%I'), so it is a quoted identifier.
    const state = await blue.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value, is_called FROM ${name}`,
    );
    const { last_value, is_called } = state.rows[0]!;
    await green.query('SELECT setval($1::regclass, $2, $3)', [name, last_value, is_called]);
  }
  return rows.length;
}

/** Removes the subscription on green, then the slot and the publication on blue. */
async function dropReplication(blue: pg.Client, green: pg.Client): Promise<void> {
  const { rows } = await green.query('SELECT 1 FROM pg_subscription WHERE subname = $1', [
    SUBSCRIPTION,
  ]);
  if (rows.length > 0) {
    await green.query(`ALTER SUBSCRIPTION ${SUBSCRIPTION} DISABLE`);
    await green.query(`ALTER SUBSCRIPTION ${SUBSCRIPTION} SET (slot_name = NONE)`);
    await green.query(`DROP SUBSCRIPTION ${SUBSCRIPTION}`);
  }
  // The walsender lets go of the slot shortly after the apply worker stops; until then
  // pg_drop_replication_slot fails with `replication slot "bg_slot" is active for PID …`.
  await waitFor('the slot to be released', async () => {
    const active = await blue.query(
      'SELECT 1 FROM pg_replication_slots WHERE slot_name = $1 AND active',
      [SLOT],
    );
    return active.rows.length === 0;
  });
  await blue.query(
    'SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = $1',
    [SLOT],
  );
  await blue.query(`DROP PUBLICATION IF EXISTS ${PUBLICATION}`);
}

describeIf('blue-green mechanics (PostgreSQL logical replication + PgBouncer)', () => {
  const logicalServer = useLogicalPostgres();
  let server: LogicalPostgres;
  let blueUrl: string;
  let bouncer: Bouncer | undefined;

  beforeAll(async () => {
    server = await logicalServer();
    blueUrl = await server.database('blue');
    const blue = await openClient(blueUrl);
    try {
      await blue.query(SCHEMA);
      await blue.query(
        `INSERT INTO orders (note) SELECT 'seed-' || g FROM generate_series(1, ${SEED_ROWS}) g`,
      );
    } finally {
      await blue.end();
    }
    bouncer = await startPgBouncer({ databases: { app: databaseEntry(blueUrl) } });
  });

  afterAll(async () => {
    await bouncer?.stop();
  });

  itSubscribes(
    'moves writers from blue to a replicated green without a failed, lost or duplicate write',
    async () => {
      const greenUrl = await server.database('green');
      const blue = await openClient(blueUrl);
      const green = await openClient(greenUrl);
      const admin = await openClient(bouncer!.adminUrl);
      let writers: Writers | undefined;
      try {
        // Clone: schema, publication, then the slot. A slot created before the publication
        // makes pgoutput fail on every change in between with `publication "bg_pub" does not exist`.
        // Green gets blue's schema as blue got it (the product copies it with pg_dump, proven in
        // blue-green.test.ts); this file is about replication and PgBouncer, on every major.
        await green.query(SCHEMA);
        await blue.query(`CREATE PUBLICATION ${PUBLICATION} FOR TABLE orders`);
        await blue.query("SELECT pg_create_logical_replication_slot($1, 'pgoutput')", [SLOT]);
        // Same cluster: CREATE SUBSCRIPTION cannot create its slot (it would wait for its own
        // transaction to end), hence create_slot = false and the slot made above.
        // synchronous_commit = on: the apply worker reports a position as flushed only once its
        // commit is on disk; with the default (off) that waits for the WAL writer (wal_writer_delay,
        // 200 ms), and so would the catch-up wait inside the PAUSE.
        await green.query(
          `CREATE SUBSCRIPTION ${SUBSCRIPTION} CONNECTION '${server.conninfo('blue')}'
           PUBLICATION ${PUBLICATION}
           WITH (create_slot = false, slot_name = '${SLOT}', copy_data = true, synchronous_commit = 'on')`,
        );
        await waitFor('the initial copy', async () => {
          const { rows } = await green.query<{ ready: boolean }>(
            "SELECT count(*) > 0 AND bool_and(srsubstate = 'r') AS ready FROM pg_subscription_rel",
          );
          return rows[0]!.ready;
        });

        const running = startWriters(bouncer!.url('app'), WRITERS);
        writers = running;
        const progress = (n: number) => async () =>
          running.acks.length >= n || running.failures.length > 0;
        await waitFor('writes on blue', progress(50));

        // Switch.
        await admin.query('PAUSE app');
        const { rows: lsn } = await blue.query<{ lsn: string }>(
          'SELECT pg_current_wal_lsn() AS lsn',
        );
        await waitFor('green to confirm everything blue wrote', async () => {
          const { rows } = await blue.query<{ done: boolean }>(
            'SELECT confirmed_flush_lsn >= $2::pg_lsn AS done FROM pg_replication_slots WHERE slot_name = $1',
            [SLOT, lsn[0]!.lsn],
          );
          return rows[0]?.done === true;
        });
        const sequences = await copySequences(blue, green);
        await editConfig(bouncer!.configPath, (text) =>
          withLoginRetry(repointed(text, 'app', databaseEntry(greenUrl)), '0'),
        );
        await admin.query('RELOAD');
        await admin.query('RESUME app');

        // Long enough to see a login-retry stall as a slow write rather than as a time-out here.
        await waitFor('writes on green', progress(running.acks.length + 50), 30_000);
        await editConfig(bouncer!.configPath, (text) => withLoginRetry(text, undefined));
        await admin.query('RELOAD');
        // A setting removed from the file goes back to its default on RELOAD.
        expect(await setting(admin, 'server_login_retry')).toBe('15');
        await running.stop();

        expect(running.failures).toEqual([]);
        const { acks } = running;
        expect(new Set(acks.map((a) => a.id)).size).toBe(acks.length);
        const onBlue = acks.filter((a) => a.db === 'blue');
        expect(onBlue.length).toBeGreaterThan(0);
        expect(acks.filter((a) => a.db === 'green').length).toBeGreaterThan(0);
        // Once a writer reached green it never wrote to blue again.
        expect(acks.findIndex((a) => a.db === 'green')).toBe(onBlue.length);

        const { rows: greenRows } = await green.query<{
          id: string;
          note: string;
          invoice: string;
        }>('SELECT id, note, invoice FROM orders');
        const inGreen = new Map(greenRows.map((r) => [r.note, r]));
        const missing = acks.filter((a) => {
          const row = inGreen.get(a.note);
          return row?.id !== a.id || row.invoice !== a.invoice;
        });
        expect(missing).toEqual([]);
        expect(greenRows.length).toBe(SEED_ROWS + acks.length);
        const { rows: blueCount } = await blue.query<{ n: string }>(
          'SELECT count(*) AS n FROM orders',
        );
        expect(Number(blueCount[0]!.n)).toBe(SEED_ROWS + onBlue.length);
        expect(sequences).toBe(2);

        // Tear down: the subscription detached from its slot first (so dropping it never needs a
        // connection to blue, which may be gone in a real switch), then the slot and publication.
        await dropReplication(blue, green);
        expect((await blue.query('SELECT slot_name FROM pg_replication_slots')).rows).toEqual([]);
        expect((await blue.query('SELECT pubname FROM pg_publication')).rows).toEqual([]);
      } finally {
        await writers?.stop();
        await dropReplication(blue, green).catch(() => undefined);
        await Promise.all([blue.end(), green.end(), admin.end()]);
      }
    },
  );

  it('PAUSE waits for a transaction in flight and holds new queries until RESUME', async () => {
    const admin = await openClient(bouncer!.adminUrl);
    const inFlight = await openClient(bouncer!.url('app'));
    const late = await openClient(bouncer!.url('app'));
    try {
      await inFlight.query('BEGIN');
      await inFlight.query('SELECT 1');
      const pause = admin.query('PAUSE app');
      expect(await within(pause, 200)).toBe('pending');
      const held = late.query('SELECT 1 AS one');
      await inFlight.query('COMMIT');
      await pause;
      expect(await within(held, 200)).toBe('pending');
      await admin.query('RESUME app');
      expect((await held).rows).toEqual([{ one: 1 }]);
    } finally {
      await Promise.all([admin.end(), inFlight.end(), late.end()]);
    }
  });

  it('in session mode PAUSE waits until every client has disconnected', async () => {
    const session = await startPgBouncer({
      databases: { app: databaseEntry(blueUrl) },
      poolMode: 'session',
    });
    try {
      const admin = await openClient(session.adminUrl);
      const idle = await openClient(session.url('app'));
      await idle.query('SELECT 1');
      const pause = admin.query('PAUSE app');
      expect(await within(pause, 300)).toBe('pending');
      await idle.end();
      await pause;
      await admin.query('RESUME app');
      await admin.end();
    } finally {
      await session.stop();
    }
  });
});
