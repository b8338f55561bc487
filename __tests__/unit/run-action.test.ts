// The one failure path: runAction runs main, then the report hook (with the result, or with the
// error and its one line), and fails the step with exactly one line. Real @actions/core, real
// runner files, through the in-process runner.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DbDeployError } from '../../src/core/errors.js';
import { runAction, type Outcome } from '../../src/github/run-action.js';
import { inProcessRunner, type InProcessRunner } from '../helpers/in-process-action.js';

let workspace: string;
let runner: InProcessRunner;

beforeAll(async () => {
  workspace = await mkdtemp(join(tmpdir(), 'db-deploy-run-action-'));
  runner = await inProcessRunner(workspace);
});
afterAll(async () => {
  await runner.cleanup();
  await rm(workspace, { recursive: true, force: true });
});

const refused = () =>
  new DbDeployError('bad-input', 'input count: "many" is not an integer', {
    hint: 'give 1 or more',
  });

/** Runs a spec as the restore action would run (its action.yml gives the inputs). */
async function runSpec(
  main: () => Promise<number>,
  report: (outcome: Outcome<number>) => Promise<void>,
) {
  const seen: Outcome<number>[] = [];
  const run = await runner.run(
    'restore',
    () =>
      runAction<number>({
        name: 'restore',
        secretInputs: [],
        main,
        report: async (outcome) => {
          seen.push(outcome);
          await report(outcome);
        },
      }),
    { inputs: {} },
  );
  return { run, seen };
}

describe('runAction', () => {
  test("reports main's result once and succeeds", async () => {
    const { run, seen } = await runSpec(
      async () => 42,
      async () => undefined,
    );
    expect(seen).toEqual([{ ok: true, result: 42 }]);
    expect(run.exitCode).toBe(0);
    expect(run.errors).toEqual([]);
  });

  test("reports main's error with its one line, and fails the step with that line", async () => {
    const { run, seen } = await runSpec(
      async () => {
        throw refused();
      },
      async () => undefined,
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      ok: false,
      line: 'input count: "many" is not an integer — give 1 or more',
    });
    expect(run.exitCode).toBe(1);
    expect(run.errors).toEqual(['restore: input count: "many" is not an integer — give 1 or more']);
  });

  test('a report that fails the step after reporting a result (a failed verdict) is not called again', async () => {
    const { run, seen } = await runSpec(
      async () => 3,
      async (outcome) => {
        if (outcome.ok) throw new DbDeployError('unhealthy', 'verdict: 3 checks failed');
      },
    );
    expect(seen).toEqual([{ ok: true, result: 3 }]);
    expect(run.errors).toEqual(['restore: verdict: 3 checks failed']);
  });

  test("a report that breaks on the failure path leaves main's error as the step's one line", async () => {
    const { run } = await runSpec(
      async () => {
        throw refused();
      },
      async () => {
        throw new Error('summary file is gone');
      },
    );
    expect(run.errors).toEqual(['restore: input count: "many" is not an integer — give 1 or more']);
  });
});
