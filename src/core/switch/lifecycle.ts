import { DbDeployError } from '../errors.js';
import { sleep } from '../duration.js';
import type { Logger } from '../logger.js';
import { readServerMajor } from '../backup/inspect.js';
import { canReturn, columnsOnlyOnGreen, oldTransactions, replicatedTables } from './catalog.js';
import { dropGreen } from './clone.js';
import { flip, requireRoute } from './flip.js';
import { conninfo } from './names.js';
import { logicalPrivilegeProblem } from './privileges.js';
import {
  createPublication,
  createSlot,
  createSubscription,
  dropSource,
  dropSubscription,
  slotLag,
  subscriptionExists,
  waitForSubscription,
} from './replication.js';
import { isReadOnly, openPair, setReadOnly, type Pair } from './session.js';
import { swapNames } from './rename.js';
import type { DbClient } from '../db/connect.js';
import type { DatabaseTarget } from '../db/url.js';
import { readState, writeState, type PairState } from './state.js';
import { stepRecorder } from './steps.js';
import type { Phase, SwitchOptions, SwitchResult } from './types.js';

async function requireState(
  pair: Pair,
  phases: readonly Phase[],
  command: string,
): Promise<PairState> {
  const state = await readState(await pair.blueClient(), pair.green.database);
  if (!state || !phases.includes(state.phase))
    throw new DbDeployError(
      'wrong-phase',
      `${command} needs ${phases.join(' or ')}, but ${pair.green.database} is ${state?.phase ?? 'not prepared'}`,
      {
        where: pair.blue.display,
        hint: state ? 'run status to see which side is live' : 'run prepare first',
      },
    );
  return state;
}

/** Records which side is live after a command, keeping how green was made. */
async function recordState(
  pair: Pair,
  prior: PairState,
  next: { active: string; phase: Phase; renamed: boolean },
): Promise<void> {
  await writeState(await pair.blueClient(), {
    blue: pair.blue.database,
    green: pair.green.database,
    method: prior.method,
    ...next,
  });
}

/** One database of the pair by name: its target and a session on it. */
interface Named {
  target: DatabaseTarget;
  client: () => Promise<DbClient>;
}

/**
 * After a switch: which name is live and which follows. A plain switch makes green's name live;
 * a rename gives blue's name to the database made as green, so blue's name stays live.
 */
function switchedRoles(pair: Pair, renamed: boolean): { live: Named; follower: Named } {
  const blue = { target: pair.blue, client: pair.blueClient };
  const green = { target: pair.green, client: pair.greenClient };
  return renamed ? { live: blue, follower: green } : { live: green, follower: blue };
}

/** The switch's guardrails: each refusal is one line, checked before anything is paused. */
async function guardrails(pair: Pair, options: SwitchOptions, state: PairState): Promise<number> {
  const b = await pair.blueClient();
  const g = await pair.greenClient();
  const lagBytes = state.method === 'logical' ? await replicationGuardrails(pair, options) : 0;
  if (state.method !== 'logical' && !(await isReadOnly(b, pair.blue.database)))
    throw new DbDeployError(
      'blue-written',
      `blue is no longer read-only since the ${state.method} copy: writes made since are not in green`,
      {
        where: pair.blue.display,
        hint: 'abort and prepare again (or use clone-method logical, which keeps green in step)',
      },
    );
  if (!(await isReadOnly(g, pair.green.database)))
    throw new DbDeployError(
      'green-written',
      `green is no longer read-only: it may have taken writes of its own`,
      {
        where: pair.green.display,
        hint: 'abort and prepare again; nothing but the replication may write to green before the switch',
      },
    );
  const old = await oldTransactions(b, options.maxTransactionAgeMs);
  if (old.length > 0)
    throw new DbDeployError(
      'old-transactions',
      `blue has ${old.length} transactions older than max-transaction-age (oldest ${Math.round(old[0]?.seconds ?? 0)}s, pid ${old[0]?.pid})`,
      {
        where: pair.blue.display,
        hint: 'PAUSE would wait for them: end them or wait, then switch',
      },
    );
  return lagBytes;
}

/** Sessions on green that hold a lock the subscription's apply worker waits for. */
async function applyBlockers(green: DbClient): Promise<number[]> {
  const { rows } = await green.query<{ pid: number }>(
    `SELECT DISTINCT unnest(pg_blocking_pids(pid)) AS pid FROM pg_stat_activity
      WHERE datname = current_database() AND backend_type = 'logical replication worker'`,
  );
  return rows.map((r) => r.pid);
}

/** logical: green's replication runs, keeps up, and covers every table blue has. */
async function replicationGuardrails(pair: Pair, options: SwitchOptions): Promise<number> {
  const b = await pair.blueClient();
  const g = await pair.greenClient();
  const { forward } = pair.names;
  // A worker restarting (after a reverted switch, say) is given a few seconds to come back.
  if (!(await waitForSubscription(g, forward, 10_000)))
    throw new DbDeployError(
      'replication-unhealthy',
      `green's subscription is not running (an apply error stops it; see the server log)`,
      {
        where: pair.green.display,
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
      {
        where: pair.blue.display,
        hint: 'abort and prepare again',
      },
    );
  if (lag.bytes > options.maxLagBytes) {
    const blockers = await applyBlockers(g);
    throw new DbDeployError(
      'replication-lagging',
      `green is ${lag.bytes} bytes of WAL behind blue, more than max-lag (${options.maxLagBytes})`,
      {
        where: pair.green.display,
        hint:
          blockers.length > 0
            ? `green's apply worker waits for a lock held by pid ${blockers.join(', ')} on green: end that session, then switch again`
            : 'wait until green catches up, then switch again',
      },
    );
  }
  const published = new Set(
    (
      await b.query<{ t: string }>(
        `SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_publication_tables WHERE pubname = $1`,
        [forward.publication],
      )
    ).rows.map((r) => r.t),
  );
  const unpublished = (await replicatedTables(b, options)).filter(
    (t) => !published.has(t.sql) && !published.has(`${t.schema}.${t.name}`),
  );
  if (unpublished.length > 0)
    throw new DbDeployError(
      'unreplicated-tables',
      `tables created on blue after prepare are not replicated: ${unpublished.map((t) => `${t.schema}.${t.name}`).join(', ')}`,
      {
        where: pair.blue.display,
        hint: 'abort and prepare again, so green has them',
      },
    );
  return lag.bytes;
}

/** switch: blue → green with the write pause, then the return replication green → blue. */
export async function switchOver(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  const steps = stepRecorder(logger);
  const pair = openPair(options);
  const { names } = pair;
  const rename = options.rename;
  try {
    const state = await requireState(pair, ['prepared'], 'switch');
    requireRoute(options, rename);
    if (rename && !pair.sameServer)
      throw new DbDeployError(
        'bad-input',
        'rename swaps two database names on one server, and green is on another',
        { hint: 'route traffic with PgBouncer or switch-command instead' },
      );
    const logical = state.method === 'logical';
    const lagBytes = await guardrails(pair, options, state);
    steps.mark(
      logical
        ? `guardrails passed (green ${lagBytes} bytes behind)`
        : `guardrails passed (blue read-only since the ${state.method} copy)`,
    );
    const g = await pair.greenClient();
    const greenMajor = await readServerMajor(g);
    const tables = await replicatedTables(await pair.blueClient(), options);
    // Blue can follow green after the switch only where green's server decodes its WAL, and
    // before PostgreSQL 15 only while green has no column blue lacks (no column lists).
    const added =
      greenMajor >= 15 ? [] : columnsOnlyOnGreen(await replicatedTables(g, options), tables);
    if (added.length > 0)
      logger.warn(
        `PostgreSQL ${greenMajor} replicates every column (column lists need 15+) and green has columns blue lacks (${added.slice(0, 3).join(', ')}${added.length > 3 ? ', …' : ''}): blue will not follow green, so a rollback would lose green's writes (accept-lost-writes)`,
      );
    // The return replication asks the same privileges of the role as a logical clone.
    const denied =
      added.length > 0
        ? undefined
        : await logicalPrivilegeProblem(g, tables, greenMajor, pair.green.display);
    if (denied) logger.warn(`blue cannot follow green after the switch: ${denied.toLine()}`);
    const returning = added.length === 0 && !denied && (logical || (await canReturn(g, tables)));
    const { pauseMs, sequences } = await flip(
      { client: pair.blueClient, database: pair.blue.database },
      { client: pair.greenClient, database: pair.green.database },
      options,
      steps,
      logger,
      {
        catchUp: logical,
        // Inside the pause, once green has everything: green's subscription ends (blue's slot
        // stays until after RESUME, so this can be undone), and a slot on green starts keeping
        // green's writes for blue. Column lists (PostgreSQL 15+) send blue only its columns.
        afterCatchUp: async () => {
          const green = await pair.greenClient();
          if (logical) await dropSubscription(green, names.forward);
          if (returning) {
            await createPublication(green, names.back, tables, greenMajor >= 15);
            await createSlot(green, names.back);
          }
        },
        undoAfterCatchUp: async () => {
          const green = await pair.greenClient();
          if (returning) await dropSource(green, names.back);
          if (logical) await createSubscription(green, names.forward, conninfo(pair.blue), false);
        },
        ...(rename ? { swapNames: () => swapNames(pair, logger) } : {}),
      },
    );
    // From here on the database made as blue goes by green's name when the names were swapped.
    const { live, follower } = switchedRoles(pair, rename);
    const old = await follower.client();
    if (logical) await dropSource(old, names.forward);
    if (returning) {
      await createSubscription(old, names.back, conninfo(live.target), false);
      if (await waitForSubscription(old, names.back, 15_000))
        steps.mark(
          `${follower.target.database} now receives ${live.target.database}’s writes (for rollback)`,
        );
      else
        logger.warn(
          `${follower.target.database}'s subscription has not started yet: run status before a rollback`,
        );
    } else
      logger.warn(
        `${follower.target.database} does not follow ${live.target.database}: a rollback would lose the writes it takes from now on`,
      );
    await recordState(pair, state, {
      active: live.target.database,
      phase: 'switched',
      renamed: rename,
    });
    return {
      command: 'switch',
      activeDatabase: live.target.database,
      standbyDatabase: follower.target.database,
      phase: 'switched',
      cloneMethod: state.method,
      pauseMs,
      sequences,
      tables: tables.length,
      ...(returning
        ? { replicationLagBytes: (await slotLag(await live.client(), names.back))?.bytes ?? 0 }
        : {}),
      durationMs: steps.elapsed(),
      steps: steps.list,
    };
  } finally {
    await pair.close();
  }
}

/** rollback: the write pause again, back to the database made as blue, with green's writes. */
export async function rollBack(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  const steps = stepRecorder(logger);
  const pair = openPair(options);
  const { names } = pair;
  try {
    const state = await requireState(pair, ['switched'], 'rollback');
    requireRoute(options, state.renamed);
    const { live, follower } = switchedRoles(pair, state.renamed);
    const following = await subscriptionExists(await follower.client(), names.back);
    if (!following && !options.acceptLostWrites)
      throw new DbDeployError(
        'no-return-replication',
        `${follower.target.database} does not follow ${live.target.database}, so a rollback would lose every write taken since the switch`,
        {
          where: follower.target.display,
          hint: 'set accept-lost-writes: true to roll back anyway, or restore a backup of the live database',
        },
      );
    // A subscription just created (by the switch) may need a few seconds to start its worker.
    if (following && !(await waitForSubscription(await follower.client(), names.back, 15_000)))
      throw new DbDeployError(
        'replication-unhealthy',
        `${follower.target.database}'s subscription to ${live.target.database} is not running, so it may miss writes`,
        {
          where: follower.target.display,
          hint: "look for an apply error in the server log (a migration on green that blue's schema cannot take); fix it, then roll back",
        },
      );
    const { pauseMs, sequences } = await flip(
      { client: live.client, database: live.target.database },
      { client: follower.client, database: follower.target.database },
      options,
      steps,
      logger,
      {
        catchUp: following,
        ...(following
          ? {
              afterCatchUp: async () => dropSubscription(await follower.client(), names.back),
              undoAfterCatchUp: async () =>
                createSubscription(
                  await follower.client(),
                  names.back,
                  conninfo(live.target),
                  false,
                ),
            }
          : {}),
        ...(state.renamed ? { swapNames: () => swapNames(pair, logger) } : {}),
      },
    );
    // The names are back where prepare left them: the return slot is on green.
    if (following) await dropSource(await pair.greenClient(), names.back);
    else
      logger.warn(
        `writes made on ${pair.green.database} since the switch are not in ${pair.blue.database}`,
      );
    await recordState(pair, state, {
      active: pair.blue.database,
      phase: 'rolled-back',
      renamed: false,
    });
    steps.mark(`rolled back to ${pair.blue.database}; ${pair.green.database} kept, read-only`);
    return {
      command: 'rollback',
      activeDatabase: pair.blue.database,
      standbyDatabase: pair.green.database,
      phase: 'rolled-back',
      cloneMethod: state.method,
      pauseMs,
      sequences,
      durationMs: steps.elapsed(),
      steps: steps.list,
    };
  } finally {
    await pair.close();
  }
}

/** status: which side is live and how far the replica is behind. Reads only. */
export async function status(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  const steps = stepRecorder(logger);
  const pair = openPair(options);
  try {
    const b = await pair.blueClient();
    const state = await readState(b, pair.green.database);
    let lag: number | undefined;
    if (state?.phase === 'prepared' && state.method === 'logical')
      lag = (await slotLag(b, pair.names.forward))?.bytes;
    if (state?.phase === 'switched')
      lag = (await slotLag(await switchedRoles(pair, state.renamed).live.client(), pair.names.back))
        ?.bytes;
    const active = state?.active ?? pair.blue.database;
    steps.mark(state ? `${state.phase}: ${active} is live` : 'not prepared');
    return {
      command: 'status',
      activeDatabase: active,
      standbyDatabase: state
        ? active === pair.blue.database
          ? pair.green.database
          : pair.blue.database
        : '',
      phase: state?.phase ?? 'none',
      ...(state ? { cloneMethod: state.method } : {}),
      ...(lag === undefined ? {} : { replicationLagBytes: lag }),
      durationMs: steps.elapsed(),
      steps: steps.list,
    };
  } finally {
    await pair.close();
  }
}

/**
 * abort (before a switch, or after a rollback): drops the replication and green, and unfreezes
 * blue. finish (after a switch): drops the return replication; the old database is kept,
 * read-only.
 */
export async function endPair(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  const steps = stepRecorder(logger);
  const pair = openPair(options);
  const aborting = options.command === 'abort';
  try {
    const state = await requireState(
      pair,
      aborting ? ['prepared', 'rolled-back'] : ['switched'],
      options.command,
    );
    const result = (phase: Phase, active: string, standby: string): SwitchResult => ({
      command: options.command,
      activeDatabase: active,
      standbyDatabase: standby,
      phase,
      cloneMethod: state.method,
      durationMs: steps.elapsed(),
      steps: steps.list,
    });
    const b = await pair.blueClient();
    if (aborting) {
      if (state.phase === 'prepared' && state.method === 'logical') {
        await dropSubscription(await pair.greenClient(), pair.names.forward);
        await dropSource(b, pair.names.forward);
      }
      if (state.phase === 'prepared' && state.method !== 'logical') {
        await setReadOnly(b, pair.blue.database, false);
        steps.mark(`${pair.blue.database} writable again`);
      }
      await dropGreen(pair);
      steps.mark(`dropped ${pair.green.database} and its replication`);
      await recordState(pair, state, {
        active: pair.blue.database,
        phase: 'aborted',
        renamed: false,
      });
      return result('aborted', pair.blue.database, '');
    }
    const { live, follower } = switchedRoles(pair, state.renamed);
    await dropSubscription(await follower.client(), pair.names.back);
    await dropSource(await live.client(), pair.names.back);
    steps.mark(
      `${follower.target.database} no longer follows ${live.target.database}; kept, read-only`,
    );
    await recordState(pair, state, {
      active: live.target.database,
      phase: 'finished',
      renamed: state.renamed,
    });
    return result('finished', live.target.database, follower.target.database);
  } finally {
    await pair.close();
  }
}
