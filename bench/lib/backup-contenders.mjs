// The backup benchmark's contenders and their measurement: each command runs under GNU time
// (`/usr/bin/time -v`), whose user + system time covers the whole process tree it waited for
// (Node → pg_dump, or bash → pg_dump + gzip), and the server's CPU is read from /proc around it.
import { cp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  inputEnvironment,
  parseOutputFile,
  readActionMetadata,
} from '../../scripts/lib/run-action.mjs';
import { NODE, ROOT, runProcess } from './contenders.mjs';

export const GNU_TIME = '/usr/bin/time';

/** Bytes of a file, or the sum of the files of a directory (a directory-format archive). */
export async function sizeOf(path) {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const entry of await readdir(path)) total += await sizeOf(join(path, entry));
  return total;
}

/**
 * Copies an action's bundle and its action.yml into `dir` (dir/<action>/action.yml beside
 * dir/dist/<action>/), so a rebuild of dist/ during the run cannot change what is measured.
 * @param {string} dir
 * @param {'backup' | 'restore'} action
 * @returns {Promise<{ main: string, inputs: Record<string, { default?: unknown }> }>}
 */
export async function privateBundle(dir, action) {
  await cp(join(ROOT, 'dist', action), join(dir, 'dist', action), { recursive: true });
  await mkdir(join(dir, action));
  await cp(join(ROOT, action, 'action.yml'), join(dir, action, 'action.yml'));
  const { inputs } = await readActionMetadata(action);
  return { main: join(dir, 'dist', action, 'index.js'), inputs };
}

/** Seconds of CPU (utime + stime + reaped children's) of a process, from /proc/<pid>/stat. */
async function processCpuTicks(pid) {
  const text = await readFile(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime is field 14, cstime field 17 (1-based).
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return fields.slice(11, 15).reduce((sum, v) => sum + Number(v), 0);
}

/**
 * The CPU the PostgreSQL server spent: the postmaster's own and its reaped children's (backends
 * that exited), plus its live children's. Ticks of 10 ms (USER_HZ 100 on Linux).
 */
export async function serverCpuMs(postmasterPid) {
  let ticks = await processCpuTicks(postmasterPid);
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const text = await readFile(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(text.slice(text.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmasterPid) ticks += await processCpuTicks(Number(entry));
    } catch {
      // The process exited between readdir and readFile.
    }
  }
  return ticks * 10;
}

/**
 * Runs a command under GNU time; throws with its output when it does not exit 0.
 * @param {string} what
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, timeFile: string, postmasterPid?: number }} options
 * @returns {Promise<{ ms: number, cpuMs: number, serverCpuMs: number, stdout: string }>}
 */
export async function measured(what, command, args, { cwd, env, timeFile, postmasterPid }) {
  const serverBefore = await serverCpuMs(postmasterPid);
  const run = await runProcess(GNU_TIME, ['-v', '-o', timeFile, command, ...args], { cwd, env });
  // Backends exit just after their client; give the postmaster a moment to reap them.
  await new Promise((r) => setTimeout(r, 300));
  const serverAfter = await serverCpuMs(postmasterPid);
  if (run.code !== 0)
    throw new Error(
      `${what} exited with ${run.code ?? run.signal}\n--- stdout\n${run.stdout.slice(-3000)}\n--- stderr\n${run.stderr.slice(-3000)}`,
    );
  const report = await readFile(timeFile, 'utf8');
  const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1]);
  const cpuMs = (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000;
  return { ms: run.ms, cpuMs, serverCpuMs: serverAfter - serverBefore, stdout: run.stdout };
}

/** A minimal environment for the client tools: the passfile, nothing of the caller's. */
export function clientEnv(passfile) {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', PGPASSFILE: passfile };
  if (process.env.HOME) env.HOME = process.env.HOME;
  return env;
}

/**
 * An action bundle as a runner runs it: Node 24, the action.yml defaults as INPUT_* variables
 * (overridden by `inputs`), fresh GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and RUNNER_TEMP.
 * @returns the measurement and the parsed outputs
 */
export async function runBundle(what, bundle, { inputs, workDir, timeFile, postmasterPid }) {
  const runDir = join(workDir, 'runner');
  await mkdir(join(runDir, 'temp'), { recursive: true });
  const outputFile = join(runDir, 'github-output');
  await writeFile(outputFile, '');
  await writeFile(join(runDir, 'step-summary'), '');
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? runDir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workDir,
    RUNNER_TEMP: join(runDir, 'temp'),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: join(runDir, 'step-summary'),
    ...inputEnvironment(bundle.inputs, inputs),
  };
  const result = await measured(what, NODE, [bundle.main], {
    cwd: workDir,
    env,
    timeFile,
    postmasterPid,
  });
  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
  return { ...result, outputs };
}

/** The backup bundle (see runBundle); returns the archive's path too. */
export async function runBackupAction(bundle, options) {
  const run = await runBundle('the backup action', bundle, options);
  if (!run.outputs['backup-path'])
    throw new Error(`the backup action set no backup-path:\n${run.stdout}`);
  return { ...run, archive: run.outputs['backup-path'] };
}
