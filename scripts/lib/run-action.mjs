// Runs a committed action bundle (dist/<action>/index.js) the way a GitHub runner does, for the
// e2e tests and `npm run demo`: Node 24, a clean environment, INPUT_<NAME> variables (upper-cased,
// hyphens kept), the action.yml defaults applied by us because the runner applies them, not the
// toolkit, and fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and RUNNER_TEMP directory.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

/** The repository root (this file is scripts/lib/run-action.mjs). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The Node 24 that `runs.using: node24` means: the `node` npm package, else the current Node. */
export function nodeBinary() {
  const pinned = join(REPO_ROOT, 'node_modules', 'node', 'bin', 'node');
  return existsSync(pinned) ? pinned : process.execPath;
}

/**
 * Reads `<action>/action.yml`.
 * @param {string} action
 * @returns {Promise<{ inputs: Record<string, { default?: unknown, required?: boolean }>, outputs: Record<string, unknown>, main: string }>}
 */
export async function readActionMetadata(action) {
  const file = join(REPO_ROOT, action, 'action.yml');
  const doc = /** @type {any} */ (load(await readFile(file, 'utf8')));
  if (!doc?.runs?.main) throw new Error(`${file} has no runs.main`);
  return {
    inputs: doc.inputs ?? {},
    outputs: doc.outputs ?? {},
    main: resolve(dirname(file), doc.runs.main),
  };
}

/** The runner's name for an input's variable: `database-url` → `INPUT_DATABASE-URL`. */
export function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * The INPUT_* variables a runner sets: every input given in `with:`, and the declared default of
 * every input that was not. An input the action does not declare is refused (a typo in a test).
 * @param {Record<string, { default?: unknown }>} declared
 * @param {Record<string, string | number | boolean>} given
 */
export function inputEnvironment(declared, given) {
  const unknown = Object.keys(given).filter((name) => !(name in declared));
  if (unknown.length > 0)
    throw new Error(
      `unexpected input(s) ${unknown.join(', ')}; declared: ${Object.keys(declared).join(', ')}`,
    );
  /** @type {Record<string, string>} */
  const env = {};
  for (const [name, spec] of Object.entries(declared)) {
    if (name in given) env[inputVariable(name)] = String(given[name]);
    else if (spec && spec.default !== undefined && spec.default !== null)
      env[inputVariable(name)] = String(spec.default);
  }
  return env;
}

/**
 * Parses a GITHUB_OUTPUT file: `name<<DELIMITER` heredocs (what @actions/core writes) and plain
 * `name=value` lines. A later value for the same name wins, as on a runner.
 * @param {string} text
 * @returns {Record<string, string>}
 */
export function parseOutputFile(text) {
  /** @type {Record<string, string>} */
  const outputs = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = /** @type {string} */ (lines[i]);
    if (!line) continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = /** @type {[string, string, string]} */ (
        /** @type {unknown} */ (heredoc)
      );
      const end = lines.indexOf(delimiter, i + 1);
      if (end < 0) throw new Error(`GITHUB_OUTPUT: no closing ${delimiter} for ${name}`);
      outputs[name] = lines.slice(i + 1, end).join('\n');
      i = end;
      continue;
    }
    const eq = line.indexOf('=');
    if (eq < 0) throw new Error(`GITHUB_OUTPUT: cannot parse line ${i + 1}: ${line}`);
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return outputs;
}

/** Undoes the toolkit's escaping of workflow-command data (`%25`, `%0D`, `%0A`). */
export function unescapeCommandData(text) {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/**
 * @typedef {object} ActionRun
 * @property {number | null} exitCode null when the process was killed
 * @property {NodeJS.Signals | null} signal
 * @property {boolean} timedOut killed after `timeoutMs`
 * @property {string} stdout
 * @property {string} stderr
 * @property {Record<string, string>} outputs parsed from GITHUB_OUTPUT
 * @property {string} summary the job summary file's text
 * @property {number} durationMs wall time of the process
 * @property {string[]} errorLines the `::error…::` workflow-command lines of stdout, as printed
 * @property {string[]} errors their messages, unescaped
 * @property {string} runnerTemp the RUNNER_TEMP directory (report files live there)
 * @property {string} tempDir everything this run wrote outside the workspace; see `cleanup`
 * @property {() => Promise<void>} cleanup removes `tempDir`
 */

/**
 * Runs `dist/<action>/index.js` (as named by `runs.main`) as a runner would.
 * @param {string} action folder name, e.g. `migrate`
 * @param {{ inputs?: Record<string, string | number | boolean>, env?: Record<string, string>,
 *   workspace?: string, timeoutMs?: number, node?: string, tempParent?: string, signal?: AbortSignal,
 *   onSpawn?: (child: import('node:child_process').ChildProcess) => void }} [options]
 *   `env` is added to (and may override) the runner variables; `workspace` is GITHUB_WORKSPACE and
 *   the working directory (default: the repository root); `timeoutMs` (default 60 000) kills the run;
 *   `tempParent` is where the run's temp directory is made (default: the OS temp directory);
 *   aborting `signal` kills the run (the promise then rejects); `onSpawn` gets the process (to send
 *   it a signal as a runner does when the job is cancelled).
 * @returns {Promise<ActionRun>}
 */
export async function runAction(action, options = {}) {
  const metadata = await readActionMetadata(action);
  const inputEnv = inputEnvironment(metadata.inputs, options.inputs ?? {});
  const workspace = resolve(options.workspace ?? REPO_ROOT);
  const tempDir = await mkdtemp(join(options.tempParent ?? tmpdir(), `db-deploy-${action}-run-`));
  const runnerTemp = join(tempDir, 'runner-temp');
  const outputFile = join(tempDir, 'github-output');
  const summaryFile = join(tempDir, 'step-summary');
  await mkdir(runnerTemp);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? tempDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    // jiti's file cache in /tmp/jiti could hide a bundle that cannot load TypeScript by itself.
    JITI_FS_CACHE: 'false',
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    ...inputEnv,
    ...options.env,
  };
  const timeoutMs = options.timeoutMs ?? 60_000;
  const started = performance.now();
  const child = spawn(options.node ?? nodeBinary(), [metadata.main], {
    cwd: workspace,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    signal: options.signal,
  });
  options.onSpawn?.(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  /** @type {[number | null, NodeJS.Signals | null]} */
  let exit;
  try {
    exit = await new Promise((resolveExit, rejectExit) => {
      child.on('error', rejectExit);
      child.on('close', (code, sig) => resolveExit([code, sig]));
    });
  } catch (error) {
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  } finally {
    clearTimeout(timer);
  }
  const [exitCode, signal] = exit;
  const durationMs = Math.round(performance.now() - started);
  const errorLines = stdout.split(/\r?\n/).filter((line) => /^::error(?: [^:]*)?::/.test(line));
  return {
    exitCode,
    signal,
    timedOut,
    stdout,
    stderr,
    outputs: parseOutputFile(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    durationMs,
    errorLines,
    errors: errorLines.map((line) =>
      unescapeCommandData(line.replace(/^::error(?: [^:]*)?::/, '')),
    ),
    runnerTemp,
    tempDir,
    cleanup: () => rm(tempDir, { recursive: true, force: true }),
  };
}
