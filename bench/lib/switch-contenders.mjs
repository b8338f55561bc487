// The switch benchmark's contenders, each its own process: the `blue-green-switch` bundle run as a
// runner runs it (one command per run; PgBouncer's entry repointed, or with `rename` the database
// names swapped), and the seed's switch as a bash step would do it with psql and sed: end blue's
// sessions, CREATE DATABASE green TEMPLATE blue, point PgBouncer's entry at green, RELOAD. The
// seed's rollback points the entry back at blue.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT, runAction } from '../../scripts/lib/run-action.mjs';

export const ACTION = 'blue-green-switch';
/** The bundle `runs.main` of blue-green-switch/action.yml names. */
export const SWITCH_BUNDLE = join(REPO_ROOT, 'dist/blue-green-switch/index.js');

/** sha256 of the bundle, to notice a rebuild of dist/blue-green-switch during the run. */
export async function bundleSha() {
  return createHash('sha256')
    .update(await readFile(SWITCH_BUNDLE))
    .digest('hex');
}

/** Epoch milliseconds (another process's clock) on this process's `performance.now()` scale. */
export const fromEpoch = (ms) => ms - performance.timeOrigin;

/**
 * Runs one command of the action with `runAction` (the action.yml default of every input not
 * given) and reads its JSON report.
 * @param {string} command prepare, switch, rollback, abort, …
 * @param {{ blueUrl: string, green: string, bouncer: { adminUrl: string, configPath: string },
 *   entry: string, rename?: boolean, workspace: string, timeoutMs: number, signal: AbortSignal }}
 *   target `workspace` is the checkout (GITHUB_WORKSPACE): prepare applies its `migrations` folder
 *   (the default of migrations-dir) to green. `rename`: `rename: 'true'` instead of
 *   `pgbouncer-config` (the names are swapped inside PgBouncer's PAUSE; the entry keeps pointing at
 *   blue's name), on every command, as a workflow's steps would all pass it
 * @returns the run's times on this process's clock (`startedAt`, `endedAt`), outputs, report
 *   (steps with `at` converted to `atMs` on the same clock), and its log and summary
 */
export async function runSwitchAction(command, target) {
  const startedAt = performance.now();
  const run = await runAction(ACTION, {
    inputs: {
      command,
      'database-url': target.blueUrl,
      'green-database': target.green,
      'pgbouncer-admin-url': target.bouncer.adminUrl,
      'pgbouncer-database': target.entry,
      ...(target.rename ? { rename: 'true' } : { 'pgbouncer-config': target.bouncer.configPath }),
    },
    workspace: target.workspace,
    timeoutMs: target.timeoutMs,
    signal: target.signal,
  });
  const endedAt = performance.now();
  let report;
  try {
    if (run.outputs['report-json'])
      report = JSON.parse(await readFile(run.outputs['report-json'], 'utf8'));
  } finally {
    await run.cleanup();
  }
  const steps = (report?.steps ?? []).map((s) => ({ ...s, atMs: fromEpoch(Date.parse(s.at)) }));
  return {
    command,
    ok: run.exitCode === 0,
    exitCode: run.exitCode ?? run.signal,
    startedAt,
    endedAt,
    processMs: run.durationMs,
    outputs: run.outputs,
    pauseMs: run.outputs['pause-ms'] === '' ? undefined : Number(run.outputs['pause-ms']),
    durationMs: Number(run.outputs['duration-ms']) || undefined,
    steps,
    errors: run.errors,
    log: run.stdout,
    stderr: run.stderr,
    summary: run.summary,
  };
}

/** The deploy's migration, applied to green by prepare: additive, so replication goes on both ways. */
export const MIGRATION = {
  file: '1800000000001_orders_gift_note.sql',
  text: `-- Up Migration
ALTER TABLE orders ADD COLUMN gift_note text;

-- Down Migration
ALTER TABLE orders DROP COLUMN gift_note;
`,
};

/** A checkout for the action runs: `migrations/` with MIGRATION. Returns its path. */
export async function writeWorkspace(dir) {
  await mkdir(join(dir, 'migrations'), { recursive: true });
  await writeFile(join(dir, 'migrations', MIGRATION.file), MIGRATION.text);
  return dir;
}

/**
 * The seed's switch. Positional parameters: server URL, live database, copy, pgbouncer.ini,
 * entry, PgBouncer admin URL. CREATE DATABASE … TEMPLATE refuses a source anyone is connected to
 * (after waiting 5 s for them to leave), so its sessions are ended first, in the same psql session
 * (two -c, sent one after the other), and the pair is tried again when a session came back in
 * between. Lines starting with @ are timestamps (ms since the epoch).
 */
export const SEED_SWITCH = String.raw`set -euo pipefail
stamp() { echo "@$(date +%s%3N) $*"; }
stamp start
for attempt in 1 2 3 4 5; do
  stamp attempt "$attempt"
  if psql -X -q -t -A -v ON_ERROR_STOP=1 -d "$1" \
      -c "SELECT 'terminated ' || count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '$2' AND pid <> pg_backend_pid()" \
      -c "CREATE DATABASE \"$3\" TEMPLATE \"$2\""; then
    stamp copied "$attempt"
    break
  fi
  stamp refused "$attempt"
  if [ "$attempt" = 5 ]; then exit 1; fi
done
sed -i "s/^\($5 = .*dbname=\)[^ ]*/\1$3/" "$4"
psql -X -q -v ON_ERROR_STOP=1 -d "$6" -c RELOAD
stamp reloaded
`;

/** The seed's rollback: the entry back to the old database, RELOAD. Same parameters. */
export const SEED_REPOINT = String.raw`set -euo pipefail
stamp() { echo "@$(date +%s%3N) $*"; }
stamp start
sed -i "s/^\($5 = .*dbname=\)[^ ]*/\1$3/" "$4"
psql -X -q -v ON_ERROR_STOP=1 -d "$6" -c RELOAD
stamp reloaded
`;

/**
 * Writes a passfile for psql: the server's superuser and PgBouncer's admin console.
 * @returns {Promise<string>} its path
 */
export async function writePassfile(dir, entries) {
  const path = join(dir, 'pgpass');
  const text = entries
    .map(
      ({ port, database, user, password }) => `127.0.0.1:${port}:${database}:${user}:${password}`,
    )
    .join('\n');
  await writeFile(path, `${text}\n`, { mode: 0o600 });
  return path;
}

/**
 * Runs one of the seed scripts with bash; never throws for a non-zero exit.
 * @param {string} script SEED_SWITCH or SEED_REPOINT
 * @param {string[]} args the six positional parameters
 * @param {{ passfile: string, children: Set<import('node:child_process').ChildProcess> }} options
 *   `children` holds the process while it runs (clean-up kills what is left)
 */
export function runSeed(script, args, { passfile, children }) {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const child = spawn('bash', ['-c', script, 'seed-switch', ...args], {
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: process.env.HOME ?? '/tmp',
        PGPASSFILE: passfile,
        PGCONNECT_TIMEOUT: '10',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', (error) => {
      children.delete(child);
      reject(error);
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      const endedAt = performance.now();
      const stamps = [];
      for (const line of stdout.split('\n')) {
        const m = /^@(\d+) (\w+)(?: (\d+))?/.exec(line);
        if (m) stamps.push({ atMs: fromEpoch(Number(m[1])), what: m[2], n: Number(m[3]) });
      }
      const terminated = [...stdout.matchAll(/^terminated (\d+)$/gm)].map((m) => Number(m[1]));
      const at = (what) => stamps.findLast((s) => s.what === what)?.atMs;
      resolve({
        ok: code === 0,
        exitCode: code ?? signal,
        startedAt,
        endedAt,
        scriptStartAt: at('start'),
        lastAttemptAt: at('attempt'),
        copiedAt: at('copied'),
        reloadedAt: at('reloaded'),
        refusals: stamps.filter((s) => s.what === 'refused').length,
        terminated,
        log: stdout,
        stderr,
      });
    });
  });
}
