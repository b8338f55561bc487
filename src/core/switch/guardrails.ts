import { DbDeployError } from '../errors.js';
import { sleep } from '../duration.js';
import type { DbClient } from '../db/index.js';
import { oldTransactions, replicatedTables, type UserTable } from './catalog.js';
import type { Ctx } from './context.js';
import { throwIfCancelled } from './cancel.js';
import { APPLY_BLOCKERS, PUBLISHED_TABLES } from './queries.js';
import { slotLag, waitForSubscription } from './replication.js';
import { isReadOnly } from './session.js';
import type { CloneMethod, SwitchOptions } from './options.js';

/**
 * What moves the traffic at the switch point: PgBouncer (with its config, unless the names are
 * swapped), the swap itself, or a switch-command. Checked before anything changes.
 */
export function requireRoute(options: SwitchOptions, swapping: boolean): void {
  if (!options.pgBouncer && !options.switchCommand && !swapping)
    throw new DbDeployError(
      'bad-input',
      'nothing would move the traffic: give pgbouncer-admin-url, switch-command or rename: true',
      {
        hint: 'without one, applications would keep connecting to the old side, now read-only',
      },
    );
  if (options.pgBouncer && !options.pgBouncer.configPath && !swapping)
    throw new DbDeployError(
      'bad-input',
      'pgbouncer-config is required with pgbouncer-admin-url (the entry is repointed there)',
      { hint: 'give the path of pgbouncer.ini, writable by the runner, or switch with rename' },
    );
}

/**
 * The switch's guardrails, checked before anything is paused; each refusal is one line. Returns
 * green's lag in bytes (0 for a point-in-time copy).
 */
export async function guardrails(
  ctx: Ctx,
  method: CloneMethod,
  tables: readonly UserTable[],
  returning: boolean,
): Promise<number> {
  const { options } = ctx;
  const blue = ctx.origin();
  const green = ctx.copy();
  const b = await blue.client();
  const g = await green.client();
  // First: a green that lost a column also stops its replication, and this names the cause.
  if (method === 'logical' || returning) await sameTables(ctx, tables);
  const lagBytes = method === 'logical' ? await replicationGuardrails(ctx) : 0;
  if (method !== 'logical' && !(await isReadOnly(b, blue.name)))
    throw new DbDeployError(
      'blue-written',
      `blue is no longer read-only since the ${method} copy: writes made since are not in green`,
      {
        where: blue.target.display,
        hint: 'abort and prepare again (or use clone-method logical, which keeps green in step)',
      },
    );
  if (!(await isReadOnly(g, green.name)))
    throw new DbDeployError(
      'green-written',
      `green is no longer read-only: it may have taken writes of its own`,
      {
        where: green.target.display,
        hint: 'abort and prepare again; nothing but the replication may write to green before the switch',
      },
    );
  const old = await oldTransactions(b, options.maxTransactionAgeMs);
  if (old.length > 0)
    throw new DbDeployError(
      'old-transactions',
      `blue has ${old.length} transactions older than max-transaction-age (oldest ${Math.round(old[0]?.seconds ?? 0)}s, pid ${old[0]?.pid})`,
      {
        where: blue.target.display,
        hint: 'PAUSE would wait for them: end them or wait, then switch',
      },
    );
  return lagBytes;
}

/**
 * Green must have every table and column blue replicates: the replication both ways matches
 * them by name, and the return publication lists blue's columns. A migration that dropped or
 * renamed one (prepare refuses those, but a green changed by hand is possible) is refused here.
 */
async function sameTables(ctx: Ctx, blueTables: readonly UserTable[]): Promise<void> {
  const key = (t: { schema: string; name: string }) => `${t.schema}.${t.name}`;
  const green = new Map(
    (await replicatedTables(await ctx.copy().client(), ctx.options)).map((t) => [key(t), t]),
  );
  const missing = blueTables.flatMap((t) => {
    const there = green.get(key(t));
    if (!there) return [`table ${key(t)}`];
    return t.columns.filter((c) => !there.columns.includes(c)).map((c) => `column ${key(t)}.${c}`);
  });
  if (missing.length > 0)
    throw new DbDeployError(
      'schema-diverged',
      `green lacks what blue replicates: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''} (dropped or renamed on green)`,
      {
        where: ctx.copy().target.display,
        hint: 'the replication matches tables and columns by name, both ways: abort, make the migration additive (validate with deploy-strategy: blue-green), and prepare again',
      },
    );
}

/** Sessions on green that hold a lock the subscription's apply worker waits for. */
async function applyBlockers(green: DbClient): Promise<number[]> {
  const { rows } = await green.query<{ pid: number }>(APPLY_BLOCKERS);
  return rows.map((r) => r.pid);
}

/** logical: green's replication runs, keeps up, and covers every table blue has. */
async function replicationGuardrails(ctx: Ctx): Promise<number> {
  const { options } = ctx;
  const blue = ctx.origin();
  const green = ctx.copy();
  const b = await blue.client();
  const g = await green.client();
  const { forward } = ctx.pair.names;
  // A worker restarting (after a reverted switch, say) is given a few seconds to come back.
  const running = await waitForSubscription(g, forward, 10_000, ctx.signal);
  throwIfCancelled(ctx.signal, "green's subscription was checked");
  if (!running)
    throw new DbDeployError(
      'replication-unhealthy',
      `green's subscription is not running (an apply error stops it; see the server log)`,
      {
        where: green.target.display,
        hint: 'fix the apply error (often a migration that is not additive), or abort and prepare again',
      },
    );
  // The worker runs before its walsender on blue has taken the slot: give that the same time.
  let lag = await slotLag(b, forward);
  for (const deadline = Date.now() + 10_000; lag && !lag.active && Date.now() < deadline;) {
    await sleep(100);
    lag = await slotLag(b, forward);
  }
  if (!lag || !lag.active)
    throw new DbDeployError(
      'replication-unhealthy',
      `blue's replication slot ${forward.slot} is ${lag ? 'not in use' : 'missing'}`,
      { where: blue.target.display, hint: 'abort and prepare again' },
    );
  if (lag.bytes > options.maxLagBytes) {
    const blockers = await applyBlockers(g);
    throw new DbDeployError(
      'replication-lagging',
      `green is ${lag.bytes} bytes of WAL behind blue, more than max-lag (${options.maxLagBytes})`,
      {
        where: green.target.display,
        hint:
          blockers.length > 0
            ? `green's apply worker waits for a lock held by pid ${blockers.join(', ')} on green: end that session, then switch again`
            : 'wait until green catches up, then switch again',
      },
    );
  }
  const published = new Set(
    (await b.query<{ t: string }>(PUBLISHED_TABLES, [forward.publication])).rows.map((r) => r.t),
  );
  const unpublished = (await replicatedTables(b, options)).filter(
    (t) => !published.has(t.sql) && !published.has(`${t.schema}.${t.name}`),
  );
  if (unpublished.length > 0)
    throw new DbDeployError(
      'unreplicated-tables',
      `tables created on blue after prepare are not replicated: ${unpublished.map((t) => `${t.schema}.${t.name}`).join(', ')}`,
      { where: blue.target.display, hint: 'abort and prepare again, so green has them' },
    );
  return lag.bytes;
}

/**
 * The PgBouncer route from its three settings, as the action's inputs and the CLI's options give
 * them (`prefix` is `--` for the CLI): the config or the entry name without the admin console
 * would be ignored, so they are refused in one line instead. Without any of them: no route.
 */
export function pgBouncerRoute(
  given: { adminUrl?: string; configPath?: string; database?: string },
  blueDatabase: string,
  prefix = '',
): SwitchOptions['pgBouncer'] {
  const { adminUrl, configPath, database } = given;
  if (!adminUrl && (configPath || database))
    throw new DbDeployError(
      'bad-input',
      `${prefix}pgbouncer-config and ${prefix}pgbouncer-database need ${prefix}pgbouncer-admin-url`,
      { hint: "give PgBouncer's admin console URL (a secret), or leave them out" },
    );
  if (!adminUrl) return undefined;
  return { adminUrl, ...(configPath ? { configPath } : {}), database: database ?? blueDatabase };
}
