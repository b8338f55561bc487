import { DbDeployError, describeError } from '../errors.js';
import type { Ctx } from './context.js';
import type { Phase } from './types.js';

/**
 * The journal: every command that changes the pair is a list of steps, and each step is written
 * to the state row (committed) BEFORE it is taken. So whatever stops the process — an error, a
 * cancel, kill -9 — the row says how far it got, and the steps' undos (an undo stack, read back
 * from the row) put it back, or the remaining steps finish it. Both must work from any partial
 * state: a step may be taken again, and an undo may find its step half done or not done at all.
 *
 * Finishing or undoing turns on one question: could a client have written to the new side yet?
 * Before that point (PgBouncer's RESUME, the swap of the names without PgBouncer, a switch-command
 * that moves the traffic) everything is undone and nothing is lost; after it, going back would
 * drop those writes, so the command is finished (a rollback then carries them back).
 */
export interface Step {
  name: string;
  /** Takes the step; taking it again after a partial run must be safe. */
  run(ctx: Ctx): Promise<void>;
  /**
   * Puts back whatever part of the step happened. `failedHere`: the step itself just failed in
   * this process (a switch-command that failed moved nothing, by its contract).
   */
  undo?(ctx: Ctx, failedHere: boolean): Promise<void>;
  /** Whether, once this step is (perhaps) taken, clients may have written to the new side. */
  commits?(ctx: Ctx): boolean;
}

/** What an undone command leaves: the phase it started from. */
interface Outcome {
  phase: Phase;
  active: (ctx: Ctx) => string;
  renamed: (ctx: Ctx) => boolean;
}

export interface Plan {
  steps: Step[];
  /** Recorded once every step is taken. */
  done: Outcome;
  /** Recorded once every step is undone; none for commands that only go forward (abort, finish). */
  undone?: Outcome;
}

async function settle(ctx: Ctx, outcome: Outcome): Promise<void> {
  await ctx.journal.settle({
    phase: outcome.phase,
    active: outcome.active(ctx),
    renamed: outcome.renamed(ctx),
  });
}

/** The same error with another hint (what to do now that it could not be undone or finished). */
function rehint(error: unknown, hint: string): DbDeployError {
  const line = error instanceof DbDeployError ? error.message : describeError(error);
  return new DbDeployError(error instanceof DbDeployError ? error.code : 'step-failed', line, {
    where: error instanceof DbDeployError ? error.where : undefined,
    hint,
    cause: error,
  });
}

const unfinished = (ctx: Ctx) =>
  `${ctx.command} could not be finished (clients may already use the new side): fix the cause, then run ${ctx.command} again to finish it (status shows where it stopped)`;

/** Errors thrown once everything was put back (and the journal settled). */
const UNDONE = new WeakSet<object>();

/** Undoes `steps` (latest first); false when an undo failed (the journal is then kept). */
async function undoSteps(ctx: Ctx, steps: readonly Step[], failed?: Step): Promise<boolean> {
  let clean = true;
  for (const step of steps) {
    if (!step.undo) continue;
    try {
      await step.undo(ctx, step === failed);
    } catch (error) {
      clean = false;
      ctx.logger.error(`could not undo ${step.name}: ${describeError(error)}`);
    }
  }
  return clean;
}

/**
 * Takes the plan's steps in order, journaling each first. `taken`: the steps an interrupted run
 * journaled (the last one perhaps half taken, so taken again). On a failure, or a cancel between
 * two steps, everything is undone — or, past the point of no return, finished.
 */
export async function runPlan(ctx: Ctx, plan: Plan, taken: readonly string[] = []): Promise<void> {
  const journaled = taken.flatMap((name) => plan.steps.filter((s) => s.name === name));
  const done: Step[] = journaled.slice(0, -1);
  const retake = journaled.at(-1);
  const start = retake ? plan.steps.indexOf(retake) : 0;
  for (let i = start; i < plan.steps.length; i += 1) {
    const step = plan.steps[i] as Step;
    if (step !== retake) await ctx.journal.push(step.name);
    try {
      await step.run(ctx);
    } catch (error) {
      return unwind(ctx, plan, done, step, error);
    }
    done.push(step);
    await ctx.checkpoint(step.name);
    if (ctx.signal?.aborted && i < plan.steps.length - 1)
      return unwind(
        ctx,
        plan,
        done,
        undefined,
        new DbDeployError('cancelled', `${ctx.command} was cancelled after ${step.name}`, {
          hint: 'run status to see where the pair stands',
        }),
      );
  }
  await settle(ctx, plan.done);
}

async function unwind(
  ctx: Ctx,
  plan: Plan,
  done: Step[],
  failed: Step | undefined,
  error: unknown,
): Promise<never> {
  const committed = !plan.undone || done.some((s) => s.commits?.(ctx));
  // Past the point of no return: the journal stays, and running the command again finishes it.
  if (committed && failed) throw rehint(error, unfinished(ctx));
  if (committed) {
    ctx.logger.warn(`${ctx.command} cancelled past the switch point: finishing it instead`);
    try {
      for (const step of plan.steps.slice(plan.steps.indexOf(done.at(-1) as Step) + 1)) {
        await ctx.journal.push(step.name);
        await step.run(ctx);
      }
    } catch (failure) {
      throw rehint(failure, unfinished(ctx));
    }
    await settle(ctx, plan.done);
    throw rehint(
      error,
      `it was finished instead of undone, since clients may already have written to the new side; run rollback to go back`,
    );
  }
  const undone = plan.undone as Outcome;
  ctx.logger.warn(`${ctx.command} stopped (${describeError(error)}); putting everything back`);
  const clean = await undoSteps(ctx, [...(failed ? [failed] : []), ...done.reverse()], failed);
  if (!clean)
    throw rehint(
      error,
      'not everything could be put back (see the errors above): run status, then abort or rollback to finish the clean-up',
    );
  await settle(ctx, undone);
  if (typeof error === 'object' && error !== null) UNDONE.add(error);
  throw error;
}

/** What recovering an interrupted run of `plan` does: finish it, or undo it. */
export function recoveryOf(ctx: Ctx, plan: Plan, taken: readonly string[]): 'finish' | 'undo' {
  if (!plan.undone) return 'finish';
  const journaled = taken.flatMap((name) => plan.steps.filter((s) => s.name === name));
  return journaled.some((s) => s.commits?.(ctx)) ? 'finish' : 'undo';
}

/**
 * Finishes or undoes a run that stopped after journaling `taken` (killed, or failed where it
 * could not be undone). Finishing takes the last journaled step again; if that fails before the
 * point of no return, it is undone after all.
 */
export async function recoverPlan(
  ctx: Ctx,
  plan: Plan,
  taken: readonly string[],
): Promise<'finished' | 'undone'> {
  if (recoveryOf(ctx, plan, taken) === 'finish') {
    try {
      await runPlan(ctx, plan, taken);
      return 'finished';
    } catch (error) {
      // The retaken step failed before the point of no return: everything was undone.
      if (typeof error !== 'object' || error === null || !UNDONE.has(error)) throw error;
      ctx.logger.warn(
        `the interrupted ${ctx.command} could not be finished (${describeError(error)}): undone instead`,
      );
      return 'undone';
    }
  }
  const journaled = taken.flatMap((name) => plan.steps.filter((s) => s.name === name));
  if (!(await undoSteps(ctx, journaled.reverse())))
    throw new DbDeployError(
      'recovery-failed',
      `the interrupted ${ctx.command} could not be undone completely (see the errors above)`,
      { hint: 'fix what the errors name, then run the same command again' },
    );
  await settle(ctx, plan.undone as Outcome);
  return 'undone';
}
