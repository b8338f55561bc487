import type { Logger } from '../logger.js';
import { openContext } from './context.js';
import { abortPlan, finishPlan } from './end-plan.js';
import { runPlan } from './journal.js';
import { settleInterrupted } from './recover.js';
import { requirePhase, resultOf } from './result.js';
import { rollBackFlip } from './rollback.js';
import type { SwitchResult } from './types.js';
import type { SwitchOptions } from './options.js';

/**
 * abort: drops the replication and green, and unfreezes blue: the pair ends on blue. After a
 * switch (or an interrupted one that had to be finished) it rolls back first, nothing lost.
 * Aborted already, or never prepared: nothing to do.
 */
export async function abort(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  const ctx = openContext(options, logger);
  try {
    let { state } = await settleInterrupted(ctx);
    // Nothing prepared (or aborted already): nothing to do, so a clean-up step can always run it.
    if (!state || state.phase === 'none' || state.phase === 'aborted') {
      ctx.steps.mark(
        `nothing to abort: ${ctx.origin().name} is live, ${ctx.pair.green.database} ${state ? 'is gone' : 'was never prepared'}`,
      );
      return resultOf(ctx, 'abort', state?.phase === 'aborted' ? 'aborted' : 'none');
    }
    if (state.phase === 'switched') {
      await rollBackFlip(ctx, state);
      ctx.command = 'abort';
      ({ state } = await settleInterrupted(ctx));
    }
    const current = requirePhase(ctx, state, ['prepared', 'rolled-back', 'switched']);
    ctx.facts = {
      method: current.method,
      unfreeze: current.method !== 'logical' && current.phase === 'prepared',
    };
    await ctx.journal.begin('abort', current.method, ctx.facts);
    await runPlan(ctx, abortPlan(ctx));
    return resultOf(ctx, 'abort', 'aborted');
  } finally {
    await ctx.close();
  }
}

/** finish (after a switch): drops the return replication; the old database is kept, read-only. */
export async function finish(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  const ctx = openContext(options, logger);
  try {
    const { state, recovered } = await settleInterrupted(ctx);
    if (recovered?.outcome === 'finished' && state?.phase === 'finished')
      return resultOf(ctx, 'finish', 'finished');
    const current = requirePhase(ctx, state, ['switched']);
    ctx.facts = { method: current.method };
    await ctx.journal.begin('finish', current.method, ctx.facts);
    await runPlan(ctx, finishPlan(ctx));
    return resultOf(ctx, 'finish', 'finished');
  } finally {
    await ctx.close();
  }
}
