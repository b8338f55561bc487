import { DbDeployError } from '../errors.js';
import { type DbClient, type DatabaseTarget, pgErrorFields } from '../db/index.js';
import { blockedByPair, unblockConnections, type Blocked } from './connections.js';
import type { Ctx } from './context.js';
import { abortPlan, finishPlan, stopPlan } from './end-plan.js';
import { flipPlan } from './flip.js';
import { recoverPlan, recoveryOf, type Plan } from './journal.js';
import { preparePlan } from './prepare-plan.js';
import { SESSION_ALIVE } from './queries.js';
import { SESSION_NAME } from './session.js';
import { readState, type PairState } from './state.js';
import type { InFlightPhase, Interruption } from './types.js';
import type { SwitchCommand } from './options.js';
import { lockPair } from './pair-lock.js';

/** The steps of `command` as the facts of its journal describe them. */
export function planFor(ctx: Ctx, command: SwitchCommand): Plan {
  switch (command) {
    case 'prepare':
      return preparePlan(ctx).plan;
    case 'switch':
      return flipPlan(ctx).plan;
    case 'rollback':
      return ctx.facts.direction ? flipPlan(ctx).plan : stopPlan(ctx);
    case 'abort':
      return abortPlan(ctx);
    case 'finish':
      return finishPlan(ctx);
    case 'status':
      throw new Error('status journals nothing');
  }
}

export const IN_FLIGHT: Record<SwitchCommand, InFlightPhase> = {
  prepare: 'preparing',
  switch: 'switching',
  rollback: 'rolling-back',
  abort: 'aborting',
  finish: 'finishing',
  status: 'switching',
};

/** Which interrupted commands each command finishes or undoes before doing its own work. */
const RECOVERS: Record<SwitchCommand, readonly SwitchCommand[]> = {
  prepare: ['prepare', 'abort'],
  switch: ['switch'],
  rollback: ['prepare', 'switch', 'rollback'],
  abort: ['prepare', 'switch', 'rollback', 'abort'],
  finish: ['finish'],
  status: [],
};

/** What an interrupted run of the state's command would need now: finish or undo. */
export function interruption(ctx: Ctx, state: PairState): Interruption | undefined {
  if (!state.command) return undefined;
  const before = { command: ctx.command, facts: ctx.facts };
  ctx.command = state.command;
  ctx.facts = state.facts;
  try {
    const plan = planFor(ctx, state.command);
    return {
      command: state.command,
      step: state.steps.at(-1) ?? 'begin',
      recovery: recoveryOf(ctx, plan, state.steps),
    };
  } finally {
    ctx.command = before.command;
    ctx.facts = before.facts;
  }
}

/**
 * A session on `target`; undefined when green's name does not exist. A database this pair left
 * refusing sessions (a process killed in a name swap or a template copy) is let in again — for
 * every command but status, which reports it instead (`blocked`).
 */
async function reach(
  ctx: Ctx,
  target: DatabaseTarget,
  blocked: Blocked[],
): Promise<DbClient | undefined> {
  const { pair } = ctx;
  const open = () => (target === pair.blue ? pair.blueClient() : pair.greenClient());
  try {
    return await open();
  } catch (error) {
    await pair.release(target);
    const code = pgErrorFields((error as { cause?: unknown }).cause ?? error).code;
    if (code === '3D000' && target === pair.green) return undefined;
    if (code !== '55000') throw error;
    const admin = await pair.serverClient('blue');
    const names = [pair.blue.database, pair.green.database];
    if (ctx.command === 'status') {
      if (blocked.length === 0)
        blocked.push(...(await blockedByPair(admin, names, pair.green.database)));
      if (blocked.length > 0) return undefined;
      throw error;
    }
    const lifted = await unblockConnections(admin, names, pair.green.database);
    if (lifted.length === 0) throw error;
    ctx.steps.mark(
      `${lifted.map((b) => b.database).join(' and ')} take sessions again (an interrupted ${lifted[0]?.step} had stopped them)`,
    );
    return open();
  }
}

/**
 * Finds the pair's row, whatever the names are now: in the database of blue's name, or, after
 * a swap, in the one of green's name (a row counts only in the database it was written in).
 * Sets `ctx.state` and `ctx.swapped`; returns the blocks status found.
 */
export async function locate(ctx: Ctx): Promise<Blocked[]> {
  const { pair } = ctx;
  const blocked: Blocked[] = [];
  const candidates = [
    { target: pair.blue, swapped: false },
    ...(pair.sameServer ? [{ target: pair.green, swapped: true }] : []),
  ];
  ctx.state = undefined;
  ctx.swapped = false;
  for (const candidate of candidates) {
    const client = await reach(ctx, candidate.target, blocked);
    if (!client) continue;
    const state = await readState(client, pair.green.database);
    if (state) {
      ctx.state = state;
      ctx.swapped = candidate.swapped;
      break;
    }
  }
  return blocked;
}

/**
 * Whether the session that last wrote the journal is still connected: the command may still be
 * running (a process lost with its host stays connected until the server's TCP keepalive ends it).
 */
export async function runnerConnected(ctx: Ctx, state: PairState): Promise<boolean> {
  if (state.runnerPid === undefined) return false;
  const { rows } = await (
    await ctx.origin().client()
  ).query<{ alive: boolean }>(SESSION_ALIVE, [state.runnerPid, SESSION_NAME]);
  return rows[0]?.alive === true;
}

/** The inputs a recovery needs that the journal cannot keep (secrets, the command). */
function requireRecoveryInputs(ctx: Ctx, state: PairState): void {
  const f = state.facts;
  const bouncer = ctx.options.pgBouncer;
  const name = IN_FLIGHT[state.command as SwitchCommand];
  if (
    f.bouncer &&
    (!bouncer || bouncer.database !== f.bouncer || (!f.rename && !bouncer.configPath))
  )
    throw new DbDeployError(
      'recovery-inputs',
      `the interrupted ${state.command} (${name}) paused PgBouncer entry ${f.bouncer}: give pgbouncer-admin-url${f.rename ? '' : ', pgbouncer-config'} and pgbouncer-database as it had them`,
      { hint: 'run the command again with the same inputs as the one that was interrupted' },
    );
  if (f.command && !ctx.options.switchCommand)
    throw new DbDeployError(
      'recovery-inputs',
      `the interrupted ${state.command} (${name}) ran a switch-command: give the same switch-command`,
      { hint: 'run the command again with the same inputs as the one that was interrupted' },
    );
}

/** The row after `settleInterrupted`, and what it did to an interrupted command. */
export interface Settled {
  state: PairState | undefined;
  recovered?: { command: SwitchCommand; outcome: 'finished' | 'undone' };
}

/**
 * Takes the pair's lock (one command at a time: a running command is not an interrupted one),
 * reads the pair's row and, when a command was interrupted, finishes or undoes it first (if
 * the command given may: a switch finishes or undoes a switch, abort and rollback anything
 * before them). Returns the row as it stands afterwards.
 */
export async function settleInterrupted(ctx: Ctx): Promise<Settled> {
  await lockPair(ctx);
  await locate(ctx);
  const state = ctx.state;
  if (!state?.command) return { state };
  const requested = ctx.command;
  if (!RECOVERS[requested].includes(state.command)) {
    const next = interruption(ctx, state);
    const onlyForward = state.command === 'abort' || state.command === 'finish';
    throw new DbDeployError(
      'interrupted',
      `${state.command} of ${state.green} was interrupted at ${next?.step} (${IN_FLIGHT[state.command]}), so ${requested} cannot run yet`,
      {
        hint: onlyForward
          ? `run ${state.command} again to finish it`
          : `run ${state.command} again to ${next?.recovery ?? 'undo'} it, or rollback or abort to go back to blue`,
      },
    );
  }
  requireRecoveryInputs(ctx, state);
  if (await runnerConnected(ctx, state))
    ctx.logger.warn(
      `the session that journaled the interrupted ${state.command} (pid ${state.runnerPid}) is still connected: if that command is still running, the two now compete`,
    );
  ctx.command = state.command;
  ctx.facts = state.facts;
  ctx.startClock();
  let outcome: 'finished' | 'undone';
  try {
    outcome = await recoverPlan(ctx, planFor(ctx, state.command), state.steps);
    ctx.steps.mark(
      `the interrupted ${state.command} (stopped at ${state.steps.at(-1) ?? 'its start'}) was ${outcome}`,
    );
  } finally {
    ctx.command = requested;
    ctx.facts = {};
  }
  await locate(ctx);
  return { state: ctx.state, recovered: { command: state.command, outcome } };
}
