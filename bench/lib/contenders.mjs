// The two ways of applying migrations that the benchmarks compare, each run as its own process
// on the same Node binary: node-pg-migrate's CLI, and the migrate action's committed bundle run
// the way a GitHub runner runs it.
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { readActionMetadata, runAction as runActionBundle } from '../../scripts/lib/run-action.mjs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Node 24, the runtime of `runs.using: node24`, from the `node` devDependency. */
export const NODE = join(ROOT, 'node_modules/node/bin/node');
export const PLAIN_CLI = join(ROOT, 'node_modules/node-pg-migrate/bin/node-pg-migrate.js');
export const ACTION_BUNDLE = join(ROOT, 'dist/migrate/index.js');
export const KNEX_CLI = join(ROOT, 'node_modules/knex/bin/cli.js');

/**
 * Runs a command; never throws for a non-zero exit. With `timeoutMs`, a run still going then is
 * killed (SIGKILL) and reported `killed`.
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv | Record<string, string>, timeoutMs?: number }} options
 * @returns {Promise<{ code: number | null, signal: string | null, killed: boolean, stdout: string, stderr: string, startedAt: number, exitedAt: number, ms: number }>}
 */
export function runProcess(command, args, { cwd, env, timeoutMs }) {
  return new Promise((resolvePromise, reject) => {
    const startedAt = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let killed = false;
    const timer =
      timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            killed = true;
            child.kill('SIGKILL');
          }, timeoutMs);
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const exitedAt = performance.now();
      resolvePromise({
        code,
        signal,
        killed,
        stdout,
        stderr,
        startedAt,
        exitedAt,
        ms: exitedAt - startedAt,
      });
    });
  });
}

/** A minimal environment: nothing of the caller's leaks in (DATABASE_URL, INPUT_*, …). */
function baseEnv() {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  if (process.env.HOME) env.HOME = process.env.HOME;
  return env;
}

/**
 * Plain node-pg-migrate: `node-pg-migrate up -m <dir>` with DATABASE_URL set and every other
 * option at its CLI default (single transaction, advisory lock, check order, verbose).
 */
export function runPlain({ databaseUrl, workDir, migrationsDir }) {
  return runProcess(NODE, [PLAIN_CLI, 'up', '-m', migrationsDir], {
    cwd: workDir,
    env: { ...baseEnv(), DATABASE_URL: databaseUrl },
  });
}

/**
 * Plain knex: `knex migrate:latest` (its CLI) in the project directory with DATABASE_URL set; the
 * project has no node_modules, so knex's CLI finds the devDependency through KNEX_PATH.
 */
export function runKnex({ databaseUrl, workDir }) {
  return runProcess(NODE, [KNEX_CLI, 'migrate:latest'], {
    cwd: workDir,
    env: {
      ...baseEnv(),
      DATABASE_URL: databaseUrl,
      KNEX_PATH: join(ROOT, 'node_modules/knex/knex.js'),
      NO_COLOR: '1',
    },
  });
}

/** The `inputs:` defaults of migrate/action.yml (the runner, not the toolkit, applies them). */
export async function actionDefaults() {
  const { inputs } = await readActionMetadata('migrate');
  return Object.fromEntries(
    Object.entries(inputs)
      .filter(([, input]) => input.default !== undefined)
      .map(([name, input]) => [name, String(input.default)]),
  );
}

/**
 * The migrate action's bundle as a runner runs it (scripts/lib/run-action.mjs: Node 24, the
 * action.yml defaults as INPUT_* variables, fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and
 * RUNNER_TEMP), with `database-url` and `migrations-dir` set.
 * @returns the process result in runProcess's shape, plus the parsed outputs and the report-json content
 */
export async function runAction({ databaseUrl, workDir, migrationsDir }) {
  const run = await runActionBundle('migrate', {
    inputs: { 'database-url': databaseUrl, 'migrations-dir': migrationsDir },
    workspace: workDir,
    node: NODE,
    timeoutMs: 600_000,
  });
  const exitedAt = performance.now();
  try {
    const report = run.outputs['report-json']
      ? JSON.parse(await readFile(run.outputs['report-json'], 'utf8'))
      : undefined;
    const { exitCode: code, signal, stdout, stderr, outputs, durationMs: ms } = run;
    return {
      code,
      signal,
      stdout,
      stderr,
      outputs,
      report,
      ms,
      exitedAt,
      startedAt: exitedAt - ms,
    };
  } finally {
    await run.cleanup();
  }
}
