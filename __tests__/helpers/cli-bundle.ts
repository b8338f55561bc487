// Runs the committed CLI bundle (dist/cli/index.js) on Node 24, as a user runs it.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { nodeBinary } from '../../scripts/lib/run-action.mjs';

const CLI = resolve('dist/cli/index.js');
const execFileAsync = promisify(execFile);

/** What a CLI run printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `db-deploy <args>` in `cwd` (default: the repository) with `env` added to the environment. */
export async function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<CliRun> {
  try {
    const { stdout, stderr } = await execFileAsync(nodeBinary(), [CLI, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: { ...process.env, ...options.env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
