import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DbDeployError } from '../errors.js';

const run = promisify(execFile);

/** How a pull request changes a migrations directory (paths relative to `cwd`). */
export interface MigrationChanges {
  added: string[];
  /** Files that exist on the base branch and were changed: production may have run the old text. */
  edited: string[];
  removed: string[];
}

/**
 * Files added, changed and removed under `dir` between a pull request's base commit and HEAD
 * (`git diff --name-status base...HEAD`). Needs the base commit in the clone: actions/checkout
 * with `fetch-depth: 0`.
 */
export async function migrationChangesSince(
  baseSha: string,
  dir: string,
  cwd: string,
): Promise<MigrationChanges> {
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
      ['diff', '--name-status', '--no-renames', '--relative', `${baseSha}...HEAD`, '--', dir],
      { cwd, maxBuffer: 16 * 1024 * 1024 },
    );
    const changes: MigrationChanges = { added: [], edited: [], removed: [] };
    for (const line of stdout.split('\n')) {
      const [status, path] = line.split('\t');
      if (!path) continue;
      if (status === 'A') changes.added.push(path);
      else if (status === 'D') changes.removed.push(path);
      else changes.edited.push(path);
    }
    return changes;
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

/** A file's text at a commit (`git show sha:path`), or undefined when it cannot be read there. */
export async function fileAtCommit(
  sha: string,
  path: string,
  cwd: string,
): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['show', `${sha}:./${path}`], {
      cwd,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch {
    return undefined;
  }
}
