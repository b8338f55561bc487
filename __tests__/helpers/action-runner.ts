// Runs a committed bundle (dist/<action>/index.js) on Node 24 exactly as a GitHub runner does;
// the emulation itself lives in scripts/lib/run-action.mjs, shared with `npm run demo`.
import {
  runAction as runBundle,
  type ActionRun,
  type RunActionOptions,
} from '../../scripts/lib/run-action.mjs';

export type { ActionRun, RunActionOptions } from '../../scripts/lib/run-action.mjs';

const finished: ActionRun[] = [];

/**
 * Runs `dist/<action>/index.js` with a clean runner environment: INPUT_<NAME> variables (hyphens
 * kept) with the action.yml defaults applied, fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and
 * RUNNER_TEMP. Resolves when the process exits (or is killed after `timeoutMs`, default 60 s).
 * The run's files stay until `removeActionRunFiles()`, so tests can read the reports it names.
 */
export async function runAction(
  action: string,
  options: RunActionOptions = {},
): Promise<ActionRun> {
  const run = await runBundle(action, options);
  finished.push(run);
  return run;
}

/** Removes the temp files of every run so far (call it in afterAll). */
export async function removeActionRunFiles(): Promise<void> {
  await Promise.all(finished.splice(0).map((run) => run.cleanup()));
}

/** stdout without the `::add-mask::` commands, which necessarily carry the secrets they mask. */
export function logWithoutMaskCommands(run: ActionRun): string {
  return run.stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}
