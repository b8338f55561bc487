import { DbDeployError } from '../errors.js';
import type { Ctx } from './context.js';
import type { PairState } from './state.js';
import type { Phase, SwitchResult } from './types.js';
import type { SwitchCommand } from './options.js';

/** Refuses a command the pair's phase does not allow, with the phase it is in. */
export function requirePhase(
  ctx: Ctx,
  state: PairState | undefined,
  phases: readonly Phase[],
): PairState {
  if (!state || state.phase === 'none' || !(phases as readonly string[]).includes(state.phase))
    throw new DbDeployError(
      'wrong-phase',
      `${ctx.command} needs ${phases.join(' or ')}, but ${ctx.pair.green.database} is ${state && state.phase !== 'none' ? state.phase : 'not prepared'}`,
      {
        where: ctx.pair.blue.display,
        hint:
          state && state.phase !== 'none'
            ? 'run status to see which side is live'
            : 'run prepare first',
      },
    );
  return state;
}

/**
 * A command's result: the live database and the other one follow from the phase (after a
 * switch the database made as green is live, under whichever name it has now).
 */
export function resultOf(
  ctx: Ctx,
  command: SwitchCommand,
  phase: Phase | 'none',
  extra: Partial<SwitchResult> = {},
): SwitchResult {
  const greenLive = phase === 'switched' || phase === 'finished';
  const [live, other] = greenLive ? [ctx.copy(), ctx.origin()] : [ctx.origin(), ctx.copy()];
  return {
    command,
    activeDatabase: live.name,
    standbyDatabase: phase === 'aborted' || phase === 'none' ? '' : other.name,
    phase,
    ...(ctx.state ? { cloneMethod: ctx.state.method } : {}),
    ...extra,
    durationMs: ctx.steps.elapsed(),
    steps: ctx.steps.list,
  };
}
