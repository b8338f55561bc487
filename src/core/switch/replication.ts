// Decision record: docs/adr/0010-blue-green-over-logical-replication.md (ADR 0010).
import { randomUUID } from 'node:crypto';
import { type DbClient, quoteIdent } from '../db/index.js';
import { DbDeployError } from '../errors.js';
import { sleep } from '../duration.js';
import { throwIfCancelled } from './cancel.js';
import type { ReplicationNames } from './names.js';
import {
  CREATE_SLOT,
  DROP_SLOT,
  PUBLICATION_EXISTS,
  SLOT_HOLDER,
  SLOT_LAG,
  SUBSCRIPTION_EXISTS,
  SUBSCRIPTION_RUNNING,
  SYNC_PENDING,
  TERMINATE_PID,
  createPublication as createPublicationSql,
  createSubscription as createSubscriptionSql,
  detachSubscription,
  disableSubscription,
  dropPublication,
  dropSubscription as dropSubscriptionSql,
  insertMarker,
  markerArrived,
} from './queries.js';
import { MARKER } from './state.js';

/**
 * One direction of logical replication between two databases: a publication and a slot on the
 * source, a subscription on the target. The slot is created beforehand (create_slot = false):
 * CREATE SUBSCRIPTION waits for it otherwise, forever when both are in one cluster. Every
 * create is skipped when the object exists and every drop when it does not, so a step can be
 * taken again, or undone, after an interruption.
 */

/** A table to publish: its quoted name and, for a column list, the columns to send. */
export interface PublishedTable {
  sql: string;
  columns: string[];
}

/**
 * The publication lists the tables (with column lists when given, PostgreSQL 15+) and the marker
 * table, never the state table: each side keeps its own record of which one is live.
 */
export async function createPublication(
  source: DbClient,
  names: ReplicationNames,
  tables: readonly PublishedTable[],
  columnLists: boolean,
): Promise<void> {
  const { rows } = await source.query<{ n: number }>(PUBLICATION_EXISTS, [names.publication]);
  if ((rows[0]?.n ?? 0) > 0) return;
  const items = tables.map((t) =>
    columnLists ? `${t.sql} (${t.columns.map(quoteIdent).join(', ')})` : t.sql,
  );
  await source.query(createPublicationSql(names.publication, [...items, MARKER]));
}

export async function createSlot(source: DbClient, names: ReplicationNames): Promise<void> {
  const { rows } = await source.query(SLOT_HOLDER, [names.slot]);
  if (rows.length === 0) await source.query(CREATE_SLOT, [names.slot]);
}

export async function createSubscription(
  target: DbClient,
  names: ReplicationNames,
  sourceConninfo: string,
  copyData: boolean,
): Promise<void> {
  if (await subscriptionExists(target, names)) return;
  await target.query(
    createSubscriptionSql(
      names.subscription,
      sourceConninfo,
      names.publication,
      names.slot,
      copyData,
    ),
  );
}

/** Waits until every table of the subscription has finished its initial copy. */
export async function waitForInitialSync(
  target: DbClient,
  names: ReplicationNames,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await target.query<{ pending: number }>(SYNC_PENDING, [names.subscription]);
    if ((rows[0]?.pending ?? 0) === 0) return;
    if (Date.now() > deadline)
      throw new DbDeployError(
        'sync-timeout',
        `the initial copy into green did not finish within ${timeoutMs}ms (${rows[0]?.pending} tables left)`,
        {
          hint: 'raise sync-timeout for a large database, or check the subscription worker in the server log',
        },
      );
    throwIfCancelled(signal, 'green received its initial copy');
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
  signal?: AbortSignal,
): Promise<number> {
  const started = Date.now();
  const token = randomUUID();
  await source.query(insertMarker(MARKER), [token]);
  for (;;) {
    const { rows } = await target.query<{ ok: boolean }>(markerArrived(MARKER), [token]);
    if (rows[0]?.ok) return Date.now() - started;
    if (Date.now() - started > timeoutMs)
      throw new DbDeployError(
        'catch-up-timeout',
        `the replica did not catch up within ${timeoutMs}ms`,
        {
          hint: 'check the subscription worker (pg_stat_subscription) and the server log for apply errors',
        },
      );
    throwIfCancelled(signal, 'the replica caught up');
    await sleep(5);
  }
}

/** WAL the slot's consumer has yet to confirm, in bytes; undefined when the slot is missing. */
export async function slotLag(
  source: DbClient,
  names: ReplicationNames,
): Promise<{ bytes: number; active: boolean } | undefined> {
  const { rows } = await source.query<{ bytes: string; active: boolean }>(SLOT_LAG, [names.slot]);
  const row = rows[0];
  return row ? { bytes: Number(row.bytes), active: row.active } : undefined;
}

/** Whether the subscription's apply worker runs (it restarts after an apply error, briefly absent). */
export async function subscriptionRunning(
  target: DbClient,
  names: ReplicationNames,
): Promise<boolean> {
  const { rows } = await target.query<{ running: boolean }>(SUBSCRIPTION_RUNNING, [
    names.subscription,
  ]);
  return rows[0]?.running === true;
}

/** Waits (bounded) until the subscription's apply worker runs; the launcher may take seconds. */
export async function waitForSubscription(
  target: DbClient,
  names: ReplicationNames,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await subscriptionRunning(target, names))) {
    if (Date.now() > deadline || signal?.aborted) return false;
    await sleep(100);
  }
  return true;
}

/** Whether the database `target` is connected to has the subscription. */
export async function subscriptionExists(
  target: DbClient,
  names: ReplicationNames,
): Promise<boolean> {
  const { rows } = await target.query<{ n: number }>(SUBSCRIPTION_EXISTS, [names.subscription]);
  return (rows[0]?.n ?? 0) > 0;
}

/** Drops the subscription without touching its slot (the slot is dropped on its own side). */
export async function dropSubscription(target: DbClient, names: ReplicationNames): Promise<void> {
  if (!(await subscriptionExists(target, names))) return;
  await target.query(disableSubscription(names.subscription));
  await target.query(detachSubscription(names.subscription));
  await target.query(dropSubscriptionSql(names.subscription));
}

/**
 * Drops the slot and the publication. A walsender may still hold the slot for a moment after its
 * subscription is dropped: waited for (5 s), then ended, as PostgreSQL cannot drop an active slot.
 */
export async function dropSource(source: DbClient, names: ReplicationNames): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    const { rows } = await source.query<{ pid: number | null }>(SLOT_HOLDER, [names.slot]);
    const slot = rows[0];
    if (!slot) break;
    if (slot.pid === null) {
      await source.query(DROP_SLOT, [names.slot]);
      break;
    }
    if (attempt >= 50) await source.query(TERMINATE_PID, [slot.pid]);
    if (attempt >= 100)
      throw new DbDeployError(
        'slot-busy',
        `replication slot ${names.slot} is still in use by pid ${slot.pid}`,
        { hint: `end that process, then run SELECT pg_drop_replication_slot('${names.slot}')` },
      );
    await sleep(100);
  }
  await source.query(dropPublication(names.publication));
}
