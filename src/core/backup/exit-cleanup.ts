import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { readdir, rm, lstat } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * What db-deploy leaves on disk or running while a client tool runs — passfiles holding a raw
 * password, partial archives, tool process groups — and how each is removed whatever way the
 * process ends:
 * - a normal end or a thrown error: the `finally` of the code that made it;
 * - SIGINT, SIGTERM, SIGHUP (a job cancel): the handlers below, installed only while something
 *   is registered, remove every registered path, end every tool's process group, then let the
 *   signal end the process as it would have;
 * - kill -9, where no code of ours runs: each tool's process group has a guard (`sh`, reading a
 *   pipe from this process) that ends the group when the pipe closes without `done`, which the
 *   kernel does when this process dies; the files are removed by the next run (removeStale),
 *   recognised by their names, which carry the pid of the run that made them.
 */

/** Paths to remove, and process groups to end, when the process is interrupted. */
const paths = new Set<string>();
const groups = new Set<number>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let installed = false;

/** The guard: ends process group $1 unless this process says `done` before the pipe closes. */
const GUARD = `IFS= read -r line
[ "$line" = done ] && exit 0
kill -TERM -"$1" 2>/dev/null
sleep 2
kill -KILL -"$1" 2>/dev/null
exit 0`;

function cleanupNow(): void {
  for (const pgid of groups) {
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      // the group has ended already
    }
  }
  for (const path of paths) rmSync(path, { recursive: true, force: true });
  paths.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  cleanupNow();
  // Alone on this signal: end the process as the signal would have. With another listener
  // (an action that finishes its step first), leave the ending to it.
  if (process.listenerCount(signal) === 1) {
    uninstall();
    process.kill(process.pid, signal);
  }
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const s of SIGNALS) process.on(s, onSignal);
  process.on('exit', cleanupNow);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const s of SIGNALS) process.off(s, onSignal);
  process.off('exit', cleanupNow);
}

function settle(): void {
  if (paths.size === 0 && groups.size === 0) uninstall();
}

/** Removes `path` if the process is interrupted before the returned function is called. */
export function registerTemporary(path: string): () => void {
  paths.add(path);
  install();
  return () => {
    paths.delete(path);
    settle();
  };
}

/**
 * Watches a child started with `detached: true` (its own process group): a signal to this
 * process ends the group, and so does this process's death by kill -9 (through the guard).
 * Returns the function to call once the child has exited.
 */
export function trackChild(child: ChildProcess): () => void {
  const pgid = child.pid;
  if (pgid === undefined || process.platform === 'win32') return () => undefined;
  groups.add(pgid);
  install();
  let guard: ChildProcess | undefined;
  try {
    guard = spawn('/bin/sh', ['-c', GUARD, 'db-deploy-guard', String(pgid)], {
      stdio: ['pipe', 'ignore', 'ignore'],
      // Its own group: a Ctrl-C or a cancel sent to our group must not end the guard first.
      detached: true,
    });
    guard.on('error', () => undefined);
    guard.stdin?.on('error', () => undefined);
    guard.unref();
    (guard.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  } catch {
    guard = undefined;
  }
  return () => {
    groups.delete(pgid);
    guard?.stdin?.end('done\n');
    settle();
  };
}

/** Whether a process with this pid exists (EPERM: it does, another user's). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what an earlier, killed run left in `dir`: entries whose name matches `pattern`,
 * whose first capture group is the pid of the run that made them, when that process is gone
 * and the entry is owned by this user. Returns the names removed. Never throws.
 */
export async function removeStale(dir: string, pattern: RegExp): Promise<string[]> {
  const removed: string[] = [];
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const name of entries) {
    const pid = Number(pattern.exec(name)?.[1]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isAlive(pid)) continue;
    const path = join(dir, name);
    const info = await lstat(path).catch(() => undefined);
    if (!info || (process.getuid && info.uid !== process.getuid())) continue;
    await rm(path, { recursive: true, force: true }).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}
