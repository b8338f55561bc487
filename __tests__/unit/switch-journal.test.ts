// The journal's rules, without a database: each step is journaled before it is taken; a failure
// or a cancel undoes what was taken (latest first) — or, past the point where clients may have
// written to the new side, finishes the command; an interrupted run is finished or undone from
// the journal alone.
import { DbDeployError } from '../../src/core/errors.js';
import { memoryLogger } from '../../src/core/logger.js';
import type { Ctx } from '../../src/core/switch/context.js';
import { recoverPlan, recoveryOf, runPlan, type Plan } from '../../src/core/switch/journal.js';
import type { JournalStore } from '../../src/core/switch/state.js';
import { failure } from '../helpers/expect.js';

/** A plan of named steps that record what happens to them; `fail` names a step that throws. */
function setup(options: { commitAt?: string; fail?: string; cancelAfter?: string } = {}) {
  const events: string[] = [];
  const settled: string[] = [];
  const controller = new AbortController();
  const journal: JournalStore = {
    begin: async () => undefined,
    push: async (step) => void events.push(`journal ${step}`),
    recordGreenOid: async () => undefined,
    touch: async () => undefined,
    settle: async (next) => void settled.push(next.phase),
  };
  const ctx = {
    command: 'switch',
    journal,
    logger: memoryLogger(),
    signal: controller.signal,
    checkpoint: async (point: string) => {
      if (point === options.cancelAfter) controller.abort();
    },
  } as unknown as Ctx;
  const names = ['pause', 'freeze', 'turn', 'resume', 'follow'];
  let committed = false;
  const plan: Plan = {
    steps: names.map((name) => ({
      name,
      async run() {
        events.push(`run ${name}`);
        if (name === options.fail) throw new DbDeployError('boom', `${name} failed`);
        if (name === options.commitAt) committed = true;
      },
      ...(name === 'follow'
        ? {}
        : {
            undo: async (_c: Ctx, failedHere: boolean) =>
              void events.push(`undo ${name}${failedHere ? ' (failed here)' : ''}`),
          }),
      commits: () => name === options.commitAt && committed,
    })),
    done: { phase: 'switched', active: () => 'green', renamed: () => false },
    undone: { phase: 'prepared', active: () => 'blue', renamed: () => false },
  };
  return { ctx, plan, events, settled };
}

describe('the blue-green journal', () => {
  test('journals each step before taking it, and records the outcome at the end', async () => {
    const { ctx, plan, events, settled } = setup();
    await runPlan(ctx, plan);
    expect(events).toEqual([
      'journal pause',
      'run pause',
      'journal freeze',
      'run freeze',
      'journal turn',
      'run turn',
      'journal resume',
      'run resume',
      'journal follow',
      'run follow',
    ]);
    expect(settled).toEqual(['switched']);
  });

  test('a failure undoes the failed step and every step before it, latest first', async () => {
    const { ctx, plan, events, settled } = setup({ fail: 'turn' });
    await expect(runPlan(ctx, plan)).rejects.toThrow('turn failed');
    expect(events.filter((e) => e.startsWith('undo'))).toEqual([
      'undo turn (failed here)',
      'undo freeze',
      'undo pause',
    ]);
    expect(settled).toEqual(['prepared']);
  });

  test('a failure past the point of no return is not undone: the journal stays for a later run', async () => {
    const { ctx, plan, events, settled } = setup({ commitAt: 'resume', fail: 'follow' });
    const error = await failure(runPlan(ctx, plan));
    expect(error.message).toBe('follow failed');
    expect(error.hint).toMatch(/run switch again to finish it/);
    expect(events.some((e) => e.startsWith('undo'))).toBe(false);
    expect(settled).toEqual([]);
  });

  test('a cancel between two steps undoes what was taken, before the point of no return', async () => {
    const { ctx, plan, events, settled } = setup({ cancelAfter: 'freeze' });
    const error = await failure(runPlan(ctx, plan));
    expect(error.code).toBe('cancelled');
    expect(error.message).toBe('switch was cancelled after freeze');
    expect(events.at(-2)).toBe('undo freeze');
    expect(events.at(-1)).toBe('undo pause');
    expect(events).not.toContain('run turn');
    expect(settled).toEqual(['prepared']);
  });

  test('a cancel past the point of no return finishes the command instead', async () => {
    const { ctx, plan, events, settled } = setup({ commitAt: 'resume', cancelAfter: 'resume' });
    const error = await failure(runPlan(ctx, plan));
    expect(error.code).toBe('cancelled');
    expect(error.hint).toMatch(/finished instead of undone/);
    expect(events.slice(-2)).toEqual(['journal follow', 'run follow']);
    expect(settled).toEqual(['switched']);
  });

  test('an interrupted run is undone from its journal when it had not reached the switch point', async () => {
    const { ctx, plan, events, settled } = setup({ commitAt: 'resume' });
    expect(recoveryOf(ctx, plan, ['pause', 'freeze', 'turn'])).toBe('undo');
    expect(await recoverPlan(ctx, plan, ['pause', 'freeze', 'turn'])).toBe('undone');
    expect(events).toEqual(['undo turn', 'undo freeze', 'undo pause']);
    expect(settled).toEqual(['prepared']);
  });

  test('an interrupted run is finished from its journal past the switch point: the last step is taken again', async () => {
    const { ctx, plan, events, settled } = setup({ commitAt: 'resume' });
    // `commits` is asked of the journaled steps: the journal alone says resume was reached.
    plan.steps[3]!.commits = () => true;
    expect(recoveryOf(ctx, plan, ['pause', 'freeze', 'turn', 'resume'])).toBe('finish');
    expect(await recoverPlan(ctx, plan, ['pause', 'freeze', 'turn', 'resume'])).toBe('finished');
    expect(events).toEqual(['run resume', 'journal follow', 'run follow']);
    expect(settled).toEqual(['switched']);
  });

  test('a step taken again that fails before the switch point is undone after all', async () => {
    const { ctx, plan, events, settled } = setup({ fail: 'resume' });
    plan.steps[3]!.commits = () => true;
    expect(await recoverPlan(ctx, plan, ['pause', 'freeze', 'turn', 'resume'])).toBe('undone');
    expect(events).toEqual([
      'run resume',
      'undo resume (failed here)',
      'undo turn',
      'undo freeze',
      'undo pause',
    ]);
    expect(settled).toEqual(['prepared']);
  });

  test('an undo that fails keeps the journal and says how to finish the clean-up', async () => {
    const { ctx, plan, settled } = setup({ fail: 'turn' });
    plan.steps[1]!.undo = async () => {
      throw new Error('no connection');
    };
    const error = await failure(runPlan(ctx, plan));
    expect(error.hint).toMatch(/not everything could be put back/);
    expect(settled).toEqual([]);
  });
});
