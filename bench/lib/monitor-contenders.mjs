// The monitor benchmark's two contenders, each its own process probing the same application:
// the `monitor` action's bundle run as a runner runs it, and the seed's bash loop of `curl -f`
// calls that rolls back on the first failed call. Both call the same rollback script, which
// appends its start time (`date +%s%3N`, ms since the epoch) to a file of the caller's.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT, runAction } from '../../scripts/lib/run-action.mjs';

/** The bundle the runs use (`runs.main` of monitor/action.yml). */
export const MONITOR_BUNDLE = join(REPO_ROOT, 'dist/monitor/index.js');

/** sha256 of the monitor bundle, to notice a rebuild of dist/monitor during the run. */
export async function bundleSha() {
  return createHash('sha256')
    .update(await readFile(MONITOR_BUNDLE))
    .digest('hex');
}

/**
 * The seed's health gate, as it was: one `curl -f` per interval, the rollback script on the first
 * failed call. Positional parameters: URL, rounds, interval (s), timeout (s), rollback script, its
 * argument (the file it records to).
 */
export const SEED_LOOP = `for i in $(seq 1 "$2"); do
  curl -fsS -o /dev/null --max-time "$4" "$1" || { "$5" "$6"; exit 1; }
  sleep "$3"
done`;

/** The seed loop with its values filled in, for the figures' prose. */
export function seedLoopText({ rounds, intervalS, timeoutS }) {
  return `for i in $(seq 1 ${rounds}); do curl -fsS -o /dev/null --max-time ${timeoutS} "$URL" || { ./rollback.sh; exit 1; }; sleep ${intervalS}; done`;
}

const ROLLBACK_SCRIPT = `#!/bin/bash
# Stand-in rollback for the monitor benchmark: records when it started (ms since the epoch).
echo "$(date +%s%3N)" >> "$1"
`;

/** Writes the shared rollback script into `dir`; returns its path. */
export async function writeRollbackScript(dir) {
  const path = join(dir, 'rollback.sh');
  await writeFile(path, ROLLBACK_SCRIPT, { mode: 0o755 });
  return path;
}

/** The start times (ms since the epoch) the rollback script recorded in `file`, oldest first. */
export async function rollbackTimes(file) {
  if (!existsSync(file)) return [];
  return (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(Number);
}

const quote = (text) => `'${text.replaceAll("'", `'\\''`)}'`;

function exited(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

const within = (promise, ms) =>
  Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms).unref())]);

/**
 * Every child process of the benchmark, so that an error or a Ctrl-C ends each one. After
 * `stopAll()` nothing new may start (`stopping` is true and `start*` throw).
 */
export function processTracker() {
  const live = new Map();
  const tracker = {
    stopping: false,
    add(child, stop) {
      live.set(child, stop);
      child.once('exit', () => live.delete(child));
    },
    async stopAll() {
      tracker.stopping = true;
      await Promise.all([...live.values()].map((stop) => stop()));
    },
  };
  return tracker;
}

/** SIGTERM (a runner's cancel: the action stops probing and rolls nothing back), then SIGKILL. */
function stopAction(child) {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await within(exited(child), 5000);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited(child);
  };
}

/**
 * Starts one watch of the `monitor` action: `runAction` runs dist/monitor/index.js on Node 24
 * with the INPUT_* variables of `inputs` and the action.yml defaults of the others.
 * @param {{ url: string, durationS: number, settings: Record<string, string>,
 *   rollbackScript: string, rollbackFile: string, workRoot: string, tracker: ReturnType<typeof processTracker> }} options
 * @returns {{ stop: () => Promise<void>, done: Promise<{ exitCode: number | null,
 *   signal: string | null, outputs: Record<string, string>, errors: string[], stderr: string,
 *   durationMs: number, report: any }> }}
 */
export function startAction({
  url,
  durationS,
  settings,
  rollbackScript,
  rollbackFile,
  workRoot,
  tracker,
}) {
  if (tracker.stopping) throw new Error('stopping: no new watch');
  let child;
  const done = (async () => {
    const run = await runAction('monitor', {
      inputs: {
        'health-url': `${url}/health`,
        duration: `${durationS}s`,
        ...settings,
        'rollback-command': `${quote(rollbackScript)} ${quote(rollbackFile)}`,
      },
      timeoutMs: durationS * 1000 + 60_000,
      tempParent: workRoot,
      onSpawn: (spawned) => {
        child = spawned;
        tracker.add(spawned, stopAction(spawned));
      },
    });
    try {
      const reportFile = run.outputs['report-json'];
      const report =
        reportFile && existsSync(reportFile) ? JSON.parse(await readFile(reportFile, 'utf8')) : {};
      return {
        exitCode: run.exitCode,
        signal: run.signal,
        outputs: run.outputs,
        errors: run.errors,
        stderr: run.stderr.slice(-2000),
        durationMs: run.durationMs,
        // The samples are left out: 600 per healthy watch add nothing the counts do not say.
        report: {
          verdict: report.verdict,
          rounds: report.rounds,
          startedAt: report.startedAt,
          firstFailureAt: report.firstFailureAt,
          rollback: report.rollback,
          timeline: report.timeline,
          checks: report.checks,
        },
      };
    } finally {
      await run.cleanup();
    }
  })();
  return { stop: () => (child ? stopAction(child)() : Promise.resolve()), done };
}

/**
 * Starts the seed loop in its own process group (so curl and sleep end with it).
 * @param {{ url: string, rounds: number, intervalS: number, timeoutS: number, rollbackScript: string,
 *   rollbackFile: string, tracker: ReturnType<typeof processTracker> }} options
 * @returns {{ spawnedAt: number, stop: () => Promise<void>, done: Promise<{ code: number | null,
 *   signal: string | null, stderr: string, ms: number }> }}
 */
export function startSeedLoop({
  url,
  rounds,
  intervalS,
  timeoutS,
  rollbackScript,
  rollbackFile,
  tracker,
}) {
  if (tracker.stopping) throw new Error('stopping: no new seed loop');
  const spawnedAt = Date.now();
  const child = spawn(
    'bash',
    [
      '-c',
      SEED_LOOP,
      'bash',
      `${url}/health`,
      String(rounds),
      String(intervalS),
      String(timeoutS),
      rollbackScript,
      rollbackFile,
    ],
    {
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/' },
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
    },
  );
  const group = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    group('SIGTERM');
    await within(exited(child), 3000);
    group('SIGKILL');
    await exited(child);
  };
  tracker.add(child, stop);
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  const done = new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) =>
      resolve({ code, signal, stderr, ms: Date.now() - spawnedAt }),
    );
  });
  return { spawnedAt, stop, done };
}
