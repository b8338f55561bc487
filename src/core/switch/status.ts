import type { Logger } from '../logger.js';
import { openContext } from './context.js';
import { IN_FLIGHT, interruption, locate, runnerConnected } from './recover.js';
import { slotLag } from './replication.js';
import type { InFlightPhase, Interruption, SwitchResult } from './types.js';
import type { SwitchCommand, SwitchOptions } from './options.js';

/**
 * status: which side is live and how far the follower is behind; for an interrupted command,
 * the step it reached and whether running it again (or rollback, abort) finishes or undoes it.
 * Reads only: a database the interruption left refusing sessions is reported, not let in.
 */
export async function status(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  const ctx = openContext(options, logger);
  const { pair } = ctx;
  try {
    const blocked = await locate(ctx);
    const state = ctx.state;
    const base = {
      command: 'status' as const,
      ...(state ? { cloneMethod: state.method } : {}),
    };
    const interrupted = (what: Interruption, active: string, standby: string): SwitchResult => {
      ctx.steps.mark(
        what.running
          ? `${what.command} is at ${what.step}: the session that journaled it is still connected (it may be running; if its process is gone, run ${what.command} again to ${what.recovery} it)`
          : `${what.command} interrupted at ${what.step}: run ${what.command} again to ${what.recovery} it${what.command === 'finish' ? '' : ', or rollback / abort'}`,
      );
      return {
        ...base,
        activeDatabase: active,
        standbyDatabase: standby,
        phase: IN_FLIGHT[what.command] as InFlightPhase,
        interrupted: what,
        durationMs: ctx.steps.elapsed(),
        steps: ctx.steps.list,
      };
    };
    const first = blocked[0];
    if (first) {
      // The block's marker names the step; a block is always undone (nothing switched yet).
      const [command, step] = first.step.split(':') as [SwitchCommand, string];
      ctx.steps.mark(`${blocked.map((b) => b.database).join(' and ')} refuse new sessions`);
      return interrupted(
        { command, step: step ?? first.step, recovery: 'undo' },
        pair.blue.database,
        pair.green.database,
      );
    }
    if (state?.command) {
      const what = interruption(ctx, state) as Interruption;
      if (await runnerConnected(ctx, state)) what.running = true;
      // Where traffic goes once it flows: the new side if the command is past its switch point.
      const forward =
        what.recovery === 'finish'
          ? state.command === 'switch' || state.command === 'finish'
          : state.command === 'rollback' && Boolean(state.facts.direction);
      const [live, other] = forward ? [ctx.copy(), ctx.origin()] : [ctx.origin(), ctx.copy()];
      return interrupted(what, live.name, other.name);
    }
    let lag: number | undefined;
    if (state?.phase === 'prepared' && state.method === 'logical')
      lag = (await slotLag(await ctx.origin().client(), pair.names.forward))?.bytes;
    if (state?.phase === 'switched')
      lag = (await slotLag(await ctx.copy().client(), pair.names.back))?.bytes;
    const greenLive = state?.phase === 'switched' || state?.phase === 'finished';
    const [live, other] = greenLive ? [ctx.copy(), ctx.origin()] : [ctx.origin(), ctx.copy()];
    const phase = state?.phase ?? 'none';
    ctx.steps.mark(phase === 'none' ? 'not prepared' : `${phase}: ${live.name} is live`);
    return {
      ...base,
      activeDatabase: live.name,
      standbyDatabase: phase === 'none' || phase === 'aborted' ? '' : other.name,
      phase,
      ...(lag === undefined ? {} : { replicationLagBytes: lag }),
      durationMs: ctx.steps.elapsed(),
      steps: ctx.steps.list,
    };
  } finally {
    await ctx.close();
  }
}
