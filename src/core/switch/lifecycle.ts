import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { quoteIdent } from '../db/sql.js';
import { readServerMajor } from '../backup/inspect.js';
import { oldTransactions, replicatedTables } from './catalog.js';
import { flip } from './flip.js';
import { conninfo } from './names.js';
import {
  createPublication,
  createSlot,
  createSubscription,
  dropSource,
  dropSubscription,
  slotLag,
  waitForSubscription,
} from './replication.js';
import { isReadOnly, openPair, setReadOnly, type Pair } from './session.js';
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

async function recordState(pair: Pair, state: Omit<PairState, 'updatedAt'>): Promise<void> {
  await writeState(await pair.blueClient(), state);
}

/** The switch's guardrails: each refusal is one line, checked before anything is paused. */
async function guardrails(pair: Pair, options: SwitchOptions): Promise<number> {
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
  const lag = await slotLag(b, forward);
  if (!lag || !lag.active)
    throw new DbDeployError(
      'replication-unhealthy',
      `blue's replication slot ${forward.slot} is ${lag ? 'not in use' : 'missing'}`,
      {
        where: pair.blue.display,
        hint: 'abort and prepare again',
      },
    );
  if (lag.bytes > options.maxLagBytes)
    throw new DbDeployError(
      'replication-lagging',
      `green is ${lag.bytes} bytes of WAL behind blue, more than max-lag (${options.maxLagBytes})`,
      {
        where: pair.green.display,
        hint: 'wait until green catches up, then switch again',
      },
    );
  if (!(await isReadOnly(b, pair.green.database)))
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
  try {
    await requireState(pair, ['prepared'], 'switch');
    const lagBytes = await guardrails(pair, options);
    steps.mark(`guardrails passed (green ${lagBytes} bytes behind)`);
    const b = await pair.blueClient();
    const g = await pair.greenClient();
    const major = await readServerMajor(b);
    const tables = await replicatedTables(b, options);
    const { pauseMs, sequences } = await flip(
      { client: b, database: pair.blue.database },
      { client: g, database: pair.green.database },
      options,
      steps,
      logger,
      {
        // Inside the pause, once green has everything: green's subscription ends (blue's slot
        // stays until after RESUME, so this can be undone), and a slot on green starts keeping
        // green's writes for blue. Column lists (PostgreSQL 15+) send blue only its columns.
        afterCatchUp: async () => {
          await dropSubscription(g, names.forward);
          await createPublication(g, names.back, tables, major >= 15);
          await createSlot(g, names.back);
        },
        undoAfterCatchUp: async () => {
          await dropSource(g, names.back);
          await createSubscription(g, names.forward, conninfo(pair.blue), false);
        },
      },
    );
    await dropSource(b, names.forward);
    await createSubscription(b, names.back, conninfo(pair.green), false);
    if (await waitForSubscription(b, names.back, 15_000))
      steps.mark('blue now receives green’s writes (for rollback)');
    else
      logger.warn("blue's subscription to green has not started yet: run status before a rollback");
    const state = {
      blue: pair.blue.database,
      green: pair.green.database,
      active: pair.green.database,
      phase: 'switched' as const,
    };
    await recordState(pair, state);
    return {
      command: 'switch',
      activeDatabase: pair.green.database,
      standbyDatabase: pair.blue.database,
      phase: 'switched',
      pauseMs,
      sequences,
      tables: tables.length,
      replicationLagBytes: (await slotLag(g, names.back))?.bytes ?? 0,
      durationMs: steps.elapsed(),
      steps: steps.list,
    };
  } finally {
    await pair.close();
  }
}

/** rollback: green → blue with the write pause; blue has every write green took meanwhile. */
export async function rollBack(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  const steps = stepRecorder(logger);
  const pair = openPair(options);
  const { names } = pair;
  try {
    await requireState(pair, ['switched'], 'rollback');
    const b = await pair.blueClient();
    const g = await pair.greenClient();
    // A subscription just created (by the switch) may need a few seconds to start its worker.
    if (!(await waitForSubscription(b, names.back, 15_000)))
      throw new DbDeployError(
        'replication-unhealthy',
        `blue's subscription to green is not running, so blue may miss green's writes`,
        {
          where: pair.blue.display,
          hint: "look for an apply error in the server log (a migration on green that blue's schema cannot take); fix it, then roll back",
        },
      );
    const { pauseMs, sequences } = await flip(
      { client: g, database: pair.green.database },
      { client: b, database: pair.blue.database },
      options,
      steps,
      logger,
      {
        afterCatchUp: () => dropSubscription(b, names.back),
        undoAfterCatchUp: () => createSubscription(b, names.back, conninfo(pair.green), false),
      },
    );
    await dropSource(g, names.back);
    await recordState(pair, {
      blue: pair.blue.database,
      green: pair.green.database,
      active: pair.blue.database,
      phase: 'rolled-back',
    });
    steps.mark(`rolled back to ${pair.blue.database}; ${pair.green.database} kept, read-only`);
    return {
      command: 'rollback',
      activeDatabase: pair.blue.database,
      standbyDatabase: pair.green.database,
      phase: 'rolled-back',
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
    if (state?.phase === 'prepared') lag = (await slotLag(b, pair.names.forward))?.bytes;
    if (state?.phase === 'switched')
      lag = (await slotLag(await pair.greenClient(), pair.names.back))?.bytes;
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
      ...(lag === undefined ? {} : { replicationLagBytes: lag }),
      durationMs: steps.elapsed(),
      steps: steps.list,
    };
  } finally {
    await pair.close();
  }
}

/** abort (before a switch): drops the replication and green. finish (after one): drops the return replication. */
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
    const b = await pair.blueClient();
    if (aborting) {
      if (state.phase === 'prepared') {
        await dropSubscription(await pair.greenClient(), pair.names.forward);
        await dropSource(b, pair.names.forward);
      }
      await pair.close();
      const admin = await pair.blueClient();
      await setReadOnly(admin, pair.green.database, false).catch(() => undefined);
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(pair.green.database)} WITH (FORCE)`);
      steps.mark(`dropped ${pair.green.database} and its replication`);
      await recordState(pair, {
        blue: pair.blue.database,
        green: pair.green.database,
        active: pair.blue.database,
        phase: 'aborted',
      });
    } else {
      await dropSubscription(b, pair.names.back);
      await dropSource(await pair.greenClient(), pair.names.back);
      steps.mark(`${pair.blue.database} no longer follows ${pair.green.database}; kept, read-only`);
      await recordState(pair, {
        blue: pair.blue.database,
        green: pair.green.database,
        active: pair.green.database,
        phase: 'finished',
      });
    }
    const active = aborting ? pair.blue.database : pair.green.database;
    return {
      command: options.command,
      activeDatabase: active,
      standbyDatabase: aborting ? '' : pair.blue.database,
      phase: aborting ? 'aborted' : 'finished',
      durationMs: steps.elapsed(),
      steps: steps.list,
    };
  } finally {
    await pair.close();
  }
}
