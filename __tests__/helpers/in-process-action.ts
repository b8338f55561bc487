// Runs an action adapter's run() inside the test process, with the environment a runner gives a
// step: INPUT_* variables with the action.yml defaults applied, GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, RUNNER_TEMP and GITHUB_WORKSPACE. It is the in-process twin of
// action-runner.ts (which runs the committed bundle), for code that is not bundled yet. The
// process environment, stdout and process.exitCode are put back after every run.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  inputEnvironment,
  parseOutputFile,
  readActionMetadata,
  unescapeCommandData,
  type InputValues,
} from '../../scripts/lib/run-action.mjs';
import { setEnv } from './env.js';

export interface InProcessRun {
  /** process.exitCode after the run: 1 when the action called setFailed. */
  exitCode: number;
  /** Everything the toolkit wrote to stdout (workflow commands included). */
  stdout: string;
  /** What went to console.* meanwhile (e.g. Octokit's request log). */
  console: string;
  outputs: Record<string, string>;
  summary: string;
  /** The `::error::` lines of stdout, as printed. */
  errorLines: string[];
  /** Their messages, unescaped. */
  errors: string[];
  runnerTemp: string;
}

export interface InProcessRunner {
  /**
   * Runs `adapter` as the step `uses: ./<action>` with `inputs`; `env` adds runner variables
   * (undefined removes one).
   */
  run(
    action: string,
    adapter: () => Promise<void>,
    options: { inputs: InputValues; env?: Record<string, string | undefined> },
  ): Promise<InProcessRun>;
  /** Removes the runner's files. */
  cleanup(): Promise<void>;
}

/** A runner for one test file; `workspace` is GITHUB_WORKSPACE. */
export async function inProcessRunner(workspace: string): Promise<InProcessRunner> {
  const dir = await mkdtemp(join(tmpdir(), 'db-deploy-in-process-'));
  // One summary file for every run: @actions/core caches the first GITHUB_STEP_SUMMARY it sees.
  const outputFile = join(dir, 'github-output');
  const summaryFile = join(dir, 'step-summary');
  return {
    async run(action, adapter, { inputs, env = {} }) {
      const metadata = await readActionMetadata(action);
      await writeFile(outputFile, '');
      await writeFile(summaryFile, '');
      const runnerTemp = await mkdtemp(join(dir, 'runner-temp-'));
      const restoreEnv = setEnv({
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: workspace,
        RUNNER_TEMP: runnerTemp,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        ...inputEnvironment(metadata.inputs, inputs),
        ...env,
      });
      let stdout = '';
      let logged = '';
      const write = process.stdout.write;
      const levels = ['log', 'info', 'warn', 'error', 'debug'] as const;
      const consoles = levels.map((level) => [level, console[level]] as const);
      for (const level of levels)
        console[level] = (...args: unknown[]) => {
          logged += `${args.map(String).join(' ')}\n`;
        };
      process.stdout.write = ((chunk: string | Uint8Array) => {
        stdout += String(chunk);
        return true;
      }) as typeof process.stdout.write;
      // Only this run's exit code counts: a value left by an earlier test file of this worker
      // (one whose late callbacks ran after it ended) would read as this run's failure.
      process.exitCode = undefined;
      try {
        await adapter();
      } finally {
        process.stdout.write = write;
        for (const [level, original] of consoles) console[level] = original;
        restoreEnv();
      }
      const exitCode = Number(process.exitCode ?? 0);
      process.exitCode = undefined;
      const errorLines = stdout.split(/\r?\n/).filter((line) => /^::error(?: [^:]*)?::/.test(line));
      return {
        exitCode,
        stdout,
        console: logged,
        outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
        summary: await readFile(summaryFile, 'utf8'),
        errorLines,
        errors: errorLines.map((l) => unescapeCommandData(l.replace(/^::error(?: [^:]*)?::/, ''))),
        runnerTemp,
      };
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
