// Decision record: docs/adr/0010-blue-green-over-logical-replication.md (ADR 0010).
import { randomUUID } from 'node:crypto';
import type { DbClient } from '../db/connect.js';
import { quoteIdent, quoteLiteral } from '../db/sql.js';
import { DbDeployError } from '../errors.js';
import { sleep } from '../duration.js';
import type { ReplicationNames } from './names.js';
import { MARKER } from './state.js';
import type { UserTable } from './catalog.js';

/**
 * One direction of logical replication between two databases: a publication and a slot on the
 * source, a subscription on the target. The slot is created beforehand (create_slot = false):
 * CREATE SUBSCRIPTION waits for it otherwise, forever when both are in one cluster.
 */

/**
 * The publication lists the tables (with column lists when given, PostgreSQL 15+) and the marker
 * table, never the state table: each side keeps its own record of which one is live.
 */
export async function createPublication(
  source: DbClient,
  names: ReplicationNames,
  tables: readonly UserTable[],
  columnLists: boolean,
): Promise<void> {
  const items = tables.map((t) =>
    columnLists ? `${t.sql} (${t.columns.map(quoteIdent).join(', ')})` : t.sql,
  );
  await source.query(
    `CREATE PUBLICATION ${quoteIdent(names.publication)} FOR TABLE ${[...items, MARKER].join(', ')}`,
  );
}

export async function createSlot(source: DbClient, names: ReplicationNames): Promise<void> {
  await source.query(`SELECT pg_create_logical_replication_slot($1, 'pgoutput')`, [names.slot]);
}

export async function createSubscription(
  target: DbClient,
  names: ReplicationNames,
  sourceConninfo: string,
  copyData: boolean,
): Promise<void> {
  await target.query(
    `CREATE SUBSCRIPTION ${quoteIdent(names.subscription)} CONNECTION ${quoteLiteral(sourceConninfo)}
     PUBLICATION ${quoteIdent(names.publication)}
     WITH (create_slot = false, slot_name = ${quoteLiteral(names.slot)}, copy_data = ${copyData},
           synchronous_commit = 'on')`,
  );
}

/** Waits until every table of the subscription has finished its initial copy. */
export async function waitForInitialSync(
  target: DbClient,
  names: ReplicationNames,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await target.query<{ pending: number }>(
      `SELECT count(*)::int AS pending FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid
        WHERE s.subname = $1 AND r.srsubstate <> 'r'`,
      [names.subscription],
    );
    if ((rows[0]?.pending ?? 0) === 0) return;
    if (Date.now() > deadline)
      throw new DbDeployError(
        'sync-timeout',
        `the initial copy into green did not finish within ${timeoutMs}ms (${rows[0]?.pending} tables left)`,
        {
          hint: 'raise sync-timeout for a large database, or check the subscription worker in the server log',
        },
      );
    await sleep(100);
  }
}

/**
 * Proves the target has applied everything the source committed so far: writes a marker row on
 * the source and waits until the target has it. Replication applies in commit order, so every
 * earlier transaction is in too.
 */
export async function waitForCatchUp(
  source: DbClient,
  target: DbClient,
  timeoutMs: number,
): Promise<number> {
  const started = Date.now();
  const token = randomUUID();
  await source.query(`INSERT INTO ${MARKER} (token) VALUES ($1)`, [token]);
  for (;;) {
    const { rows } = await target.query<{ ok: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM ${MARKER} WHERE token = $1) AS ok`,
      [token],
    );
    if (rows[0]?.ok) return Date.now() - started;
    if (Date.now() - started > timeoutMs)
      throw new DbDeployError(
        'catch-up-timeout',
        `the replica did not catch up within ${timeoutMs}ms`,
        {
          hint: 'check the subscription worker (pg_stat_subscription) and the server log for apply errors',
        },
      );
    await sleep(5);
  }
}

/** WAL the slot's consumer has yet to confirm, in bytes; undefined when the slot is missing. */
export async function slotLag(
  source: DbClient,
  names: ReplicationNames,
): Promise<{ bytes: number; active: boolean } | undefined> {
  const { rows } = await source.query<{ bytes: string; active: boolean }>(
    `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint AS bytes, active
       FROM pg_replication_slots WHERE slot_name = $1`,
    [names.slot],
  );
  const row = rows[0];
  return row ? { bytes: Number(row.bytes), active: row.active } : undefined;
}

/** Whether the subscription's apply worker runs (it restarts after an apply error, briefly absent). */
export async function subscriptionRunning(
  target: DbClient,
  names: ReplicationNames,
): Promise<boolean> {
  const { rows } = await target.query<{ running: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_stat_subscription st JOIN pg_subscription s ON s.oid = st.subid
        WHERE s.subname = $1 AND s.subenabled AND st.pid IS NOT NULL AND st.relid IS NULL) AS running`,
    [names.subscription],
  );
  return rows[0]?.running === true;
}

/** Waits (bounded) until the subscription's apply worker runs; the launcher may take seconds. */
export async function waitForSubscription(
  target: DbClient,
  names: ReplicationNames,
  timeoutMs: number,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await subscriptionRunning(target, names))) {
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
  return true;
}

/** Whether the database `target` is connected to has the subscription. */
export async function subscriptionExists(
  target: DbClient,
  names: ReplicationNames,
): Promise<boolean> {
  const { rows } = await target.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_subscription
      WHERE subname = $1 AND subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [names.subscription],
  );
  return (rows[0]?.n ?? 0) > 0;
}

/** Drops the subscription without touching its slot (the slot is dropped on its own side). */
export async function dropSubscription(target: DbClient, names: ReplicationNames): Promise<void> {
  if (!(await subscriptionExists(target, names))) return;
  const sub = quoteIdent(names.subscription);
  await target.query(`ALTER SUBSCRIPTION ${sub} DISABLE`);
  await target.query(`ALTER SUBSCRIPTION ${sub} SET (slot_name = NONE)`);
  await target.query(`DROP SUBSCRIPTION ${sub}`);
}

/**
 * Drops the slot and the publication. A walsender may still hold the slot for a moment after its
 * subscription is dropped: waited for (5 s), then ended, as PostgreSQL cannot drop an active slot.
 */
export async function dropSource(source: DbClient, names: ReplicationNames): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    const { rows } = await source.query<{ pid: number | null }>(
      'SELECT active_pid AS pid FROM pg_replication_slots WHERE slot_name = $1',
      [names.slot],
    );
    const slot = rows[0];
    if (!slot) break;
    if (slot.pid === null) {
      await source.query('SELECT pg_drop_replication_slot($1)', [names.slot]);
      break;
    }
    if (attempt >= 50) await source.query('SELECT pg_terminate_backend($1)', [slot.pid]);
    if (attempt >= 100)
      throw new DbDeployError(
        'slot-busy',
        `replication slot ${names.slot} is still in use by pid ${slot.pid}`,
        { hint: `end that process, then run SELECT pg_drop_replication_slot('${names.slot}')` },
      );
    await sleep(100);
  }
  await source.query(`DROP PUBLICATION IF EXISTS ${quoteIdent(names.publication)}`);
}
