import type { Ctx } from './context.js';
import { dropGreen } from './clone.js';
import type { Plan, Step } from './journal.js';
import { dropSource, dropSubscription } from './replication.js';
import { setReadOnly } from './session.js';

/**
 * The commands that only go forward, as journaled steps that can each be taken again: abort
 * (the replication, blue's freeze and green go), finish (the return replication goes), and the
 * rollback of a switch that was undone (the replication goes, green is kept).
 */

/** Every replication object of the pair, either way, wherever it is: dropped if it exists. */
const dropReplication = (ctx: Ctx): Step => ({
  name: 'drop-replication',
  async run() {
    const { forward, back } = ctx.pair.names;
    const origin = await ctx.origin().client();
    // Green may be gone already (an abort taken again).
    const copy = await ctx
      .copy()
      .client()
      .catch(() => undefined);
    if (copy) await dropSubscription(copy, forward);
    await dropSubscription(origin, back);
    await dropSource(origin, forward);
    if (copy) await dropSource(copy, back);
  },
});

const unfreezeBlue = (ctx: Ctx): Step => ({
  name: 'unfreeze-blue',
  async run() {
    await setReadOnly(await ctx.origin().client(), ctx.origin().name, false);
    ctx.steps.mark(`${ctx.origin().name} writable again`);
  },
});

const live = {
  origin: (c: Ctx) => c.origin().name,
  copy: (c: Ctx) => c.copy().name,
};

/** abort: green and its replication dropped, blue writable; the pair ends on blue. */
export function abortPlan(ctx: Ctx): Plan {
  return {
    steps: [
      dropReplication(ctx),
      ...(ctx.facts.unfreeze ? [unfreezeBlue(ctx)] : []),
      {
        name: 'drop-green',
        async run() {
          await dropGreen(ctx);
          ctx.steps.mark(`dropped ${ctx.copy().name} and its replication`);
        },
      },
    ],
    done: { phase: 'aborted', active: live.origin, renamed: () => false },
  };
}

/** rollback of a switch that was undone: blue stays live, green is kept (read-only), nothing replicates. */
export function stopPlan(ctx: Ctx): Plan {
  return {
    steps: [dropReplication(ctx), ...(ctx.facts.unfreeze ? [unfreezeBlue(ctx)] : [])],
    done: { phase: 'rolled-back', active: live.origin, renamed: () => false },
  };
}

/** finish: blue stops following green; it is kept, read-only. */
export function finishPlan(ctx: Ctx): Plan {
  return {
    steps: [
      {
        name: 'release',
        async run() {
          const { back } = ctx.pair.names;
          await dropSubscription(await ctx.origin().client(), back);
          await dropSource(await ctx.copy().client(), back);
          ctx.steps.mark(
            `${ctx.origin().name} no longer follows ${ctx.copy().name}; kept, read-only`,
          );
        },
      },
    ],
    done: { phase: 'finished', active: live.copy, renamed: (c) => c.swapped },
  };
}
