import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DbDeployError } from '../errors.js';

const run = promisify(execFile);

/**
 * Files added under `dir` between a pull request's base commit and HEAD (`git diff
 * --diff-filter=A base...HEAD`). Needs the base commit in the clone: actions/checkout with
 * `fetch-depth: 0`.
 * @returns paths relative to the repository root
 */
export async function filesAddedSince(
  baseSha: string,
  dir: string,
  cwd: string,
): Promise<string[]> {
  if (!/^[0-9a-f]{7,64}$/i.test(baseSha)) {
    throw new DbDeployError(
      'bad-event',
      `the pull request's base commit "${baseSha}" is not a commit id`,
      {
        hint: 'run validate on pull_request events, or set new-migrations',
      },
    );
  }
  try {
    const { stdout } = await run(
      'git',
      ['diff', '--name-only', '--no-renames', '--diff-filter=A', `${baseSha}...HEAD`, '--', dir],
      { cwd, maxBuffer: 16 * 1024 * 1024 },
    );
    return stdout.split('\n').filter(Boolean);
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? (error as Error).message);
    const missing = /symmetric difference|bad revision|unknown revision|no merge base/i.test(
      stderr,
    );
    throw new DbDeployError(
      'base-commit-missing',
      missing
        ? `the pull request's base commit ${baseSha.slice(0, 12)} is not in the clone (a shallow checkout), so the migrations the pull request adds cannot be listed`
        : `cannot list the migrations added since the pull request's base commit ${baseSha.slice(0, 12)}: ${stderr.split('\n')[0]}`,
      {
        where: cwd,
        hint: 'check out the full history: actions/checkout with fetch-depth: 0',
      },
    );
  }
}
