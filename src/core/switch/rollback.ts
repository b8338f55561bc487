import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { throwIfCancelled } from './cancel.js';
import { openContext, type Ctx } from './context.js';
import { stopPlan } from './end-plan.js';
import { flipPlan, type FlipTally } from './flip.js';
import { requireRoute } from './guardrails.js';
import { runPlan } from './journal.js';
import { settleInterrupted } from './recover.js';
import { subscriptionExists, waitForSubscription } from './replication.js';
import { requirePhase, resultOf } from './result.js';
import { sessionEndingProblem } from './privileges.js';
import { SESSION_NAME, isReadOnly } from './session.js';
import type { PairState } from './state.js';
import type { SwitchResult } from './types.js';
import type { SwitchOptions } from './options.js';

/**
 * The rollback flip: the write pause again, back to the database made as blue, which has every
 * write green took (it followed green). Also what abort does to a switch it finds finished.
 */
export async function rollBackFlip(ctx: Ctx, state: PairState): Promise<FlipTally> {
  const { options } = ctx;
  const { back } = ctx.pair.names;
  requireRoute(options, ctx.swapped);
  const [live, follower] = [ctx.copy(), ctx.origin()];
  const following = await subscriptionExists(await follower.client(), back);
  if (!following && !options.acceptLostWrites)
    throw new DbDeployError(
      'no-return-replication',
      `${follower.name} does not follow ${live.name}, so a rollback would lose every write taken since the switch`,
      {
        where: follower.target.display,
        hint: 'set accept-lost-writes: true to roll back anyway, or restore a backup of the live database',
      },
    );
  // A subscription just created (by the switch) may need a few seconds to start its worker.
  const running =
    following && (await waitForSubscription(await follower.client(), back, 15_000, ctx.signal));
  throwIfCancelled(ctx.signal, "blue's subscription was checked");
  if (following && !running)
    throw new DbDeployError(
      'replication-unhealthy',
      `${follower.name}'s subscription to ${live.name} is not running, so it may miss writes`,
      {
        where: follower.target.display,
        hint: "look for an apply error in the server log (a migration on green that blue's schema cannot take); fix it, then roll back",
      },
    );
  // The flip back ends the live side's sessions inside the write pause: refused first if it cannot.
  const cannotEnd = await sessionEndingProblem(
    await live.client(),
    live.name,
    SESSION_NAME,
    live.target.display,
  );
  if (cannotEnd) throw cannotEnd;
  const bouncer = options.pgBouncer;
  ctx.command = 'rollback';
  ctx.facts = {
    direction: 'rollback',
    method: state.method,
    catchUp: following,
    following,
    ...(bouncer
      ? { bouncer: bouncer.database, loginRetry: await (await ctx.bouncer()).readLoginRetry() }
      : {}),
    rename: ctx.swapped,
    command: Boolean(options.switchCommand),
    swappedAtStart: ctx.swapped,
    fromWasReadOnly: await isReadOnly(await live.client(), live.name),
  };
  await ctx.journal.begin('rollback', state.method, ctx.facts);
  const { plan, tally } = flipPlan(ctx);
  ctx.startClock();
  await runPlan(ctx, plan);
  ctx.steps.mark(`rolled back to ${ctx.origin().name}; ${ctx.copy().name} kept, read-only`);
  return tally;
}

/** rollback when blue never stopped being live (a switch undone, or none yet): green stops following. */
export async function stopFollowing(ctx: Ctx, state: PairState): Promise<void> {
  ctx.command = 'rollback';
  ctx.facts = { method: state.method, unfreeze: state.method !== 'logical' };
  await ctx.journal.begin('rollback', state.method, ctx.facts);
  await runPlan(ctx, stopPlan(ctx));
  ctx.steps.mark(`${ctx.origin().name} stays live; ${ctx.copy().name} kept, read-only`);
}

/**
 * rollback: back to the database made as blue, with green's writes. Before a switch (or after
 * an interrupted one was undone) blue is live already: green's replication stops, green is kept.
 * Rolled back or aborted already: nothing to do.
 */
export async function rollBack(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  const ctx = openContext(options, logger);
  try {
    const { state } = await settleInterrupted(ctx);
    if (state?.phase === 'rolled-back' || state?.phase === 'aborted') {
      ctx.steps.mark(`nothing to roll back: ${state.phase}, ${ctx.origin().name} is live`);
      return resultOf(ctx, 'rollback', state.phase);
    }
    const current = requirePhase(ctx, state, ['switched', 'prepared']);
    if (current.phase === 'prepared') {
      await stopFollowing(ctx, current);
      return resultOf(ctx, 'rollback', 'rolled-back');
    }
    const tally = await rollBackFlip(ctx, current);
    return resultOf(ctx, 'rollback', 'rolled-back', {
      pauseMs: tally.pauseMs ?? 0,
      sequences: tally.sequences ?? 0,
    });
  } finally {
    await ctx.close();
  }
}
