// The two ways of applying migrations that the benchmarks compare, each run as its own process
// on the same Node binary: node-pg-migrate's CLI, and the migrate action's committed bundle run
// the way a GitHub runner runs it.
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Node 24, the runtime of `runs.using: node24`, from the `node` devDependency. */
export const NODE = join(ROOT, 'node_modules/node/bin/node');
export const PLAIN_CLI = join(ROOT, 'node_modules/node-pg-migrate/bin/node-pg-migrate.js');
export const ACTION_BUNDLE = join(ROOT, 'dist/migrate/index.js');
const ACTION_YML = join(ROOT, 'migrate/action.yml');

/**
 * Runs a command; never throws for a non-zero exit.
 * @returns {Promise<{ code: number | null, signal: string | null, stdout: string, stderr: string, startedAt: number, exitedAt: number, ms: number }>}
 */
export function runProcess(command, args, { cwd, env }) {
  return new Promise((resolvePromise, reject) => {
    const startedAt = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const exitedAt = performance.now();
      resolvePromise({
        code,
        signal,
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

/** The `inputs:` defaults of migrate/action.yml (the runner, not the toolkit, applies them). */
export async function actionDefaults() {
  const text = await readFile(ACTION_YML, 'utf8');
  const defaults = {};
  let section = '';
  let input = '';
  for (const line of text.split('\n')) {
    const top = /^(\w[\w-]*):/.exec(line);
    if (top) {
      section = top[1];
      continue;
    }
    if (section !== 'inputs') continue;
    const name = /^ {2}([\w-]+):\s*$/.exec(line);
    if (name) {
      input = name[1];
      continue;
    }
    const value = /^ {4}default:\s*(.*)$/.exec(line);
    if (value && input) defaults[input] = unquote(value[1].trim());
  }
  if (!('lock-timeout' in defaults))
    throw new Error(`could not read the input defaults of ${ACTION_YML}`);
  return defaults;
}

function unquote(value) {
  if (value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replaceAll("''", "'");
  if (value.startsWith('"') && value.endsWith('"')) return JSON.parse(value);
  return value;
}

/**
 * The migrate action's bundle as a runner runs it: Node 24, every action.yml default as an
 * INPUT_* variable (hyphens kept), `database-url` and `migrations-dir` set, fresh
 * GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and a RUNNER_TEMP.
 * @returns the process result plus the parsed outputs and the report-json content
 */
export async function runAction({ databaseUrl, workDir, migrationsDir, defaults }) {
  const runnerDir = join(workDir, `runner-${Date.now()}-${Math.floor(Math.random() * 1e6)}`);
  const temp = join(runnerDir, 'temp');
  await mkdir(temp, { recursive: true });
  const files = {
    GITHUB_OUTPUT: join(runnerDir, 'output'),
    GITHUB_STEP_SUMMARY: join(runnerDir, 'summary'),
    GITHUB_ENV: join(runnerDir, 'env'),
    GITHUB_STATE: join(runnerDir, 'state'),
  };
  await Promise.all(Object.values(files).map((f) => writeFile(f, '')));
  const inputs = { ...defaults, 'database-url': databaseUrl, 'migrations-dir': migrationsDir };
  const env = {
    ...baseEnv(),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workDir,
    RUNNER_TEMP: temp,
    ...files,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v])),
  };
  const result = await runProcess(NODE, [ACTION_BUNDLE], { cwd: workDir, env });
  const outputs = parseOutputFile(await readFile(files.GITHUB_OUTPUT, 'utf8'));
  const report = outputs['report-json']
    ? JSON.parse(await readFile(outputs['report-json'], 'utf8'))
    : undefined;
  await rm(runnerDir, { recursive: true, force: true });
  return { ...result, outputs, report };
}

/** Parses a GITHUB_OUTPUT file (`name<<delimiter` blocks and `name=value` lines). */
export function parseOutputFile(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[i]);
    if (heredoc) {
      const value = [];
      for (i += 1; i < lines.length && lines[i] !== heredoc[2]; i += 1) value.push(lines[i]);
      outputs[heredoc[1]] = value.join('\n');
      continue;
    }
    const eq = lines[i].indexOf('=');
    if (eq > 0) outputs[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
  }
  return outputs;
}
