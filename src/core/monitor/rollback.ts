import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Logger } from '../logger.js';

export interface RollbackRun {
  startedAt: string;
  endedAt: string;
  durationMs: number;
  /** The command's exit code; null when it could not start, was killed or timed out. */
  exitCode: number | null;
  /** Why it has no exit code (a signal, a timeout, a spawn error). */
  error?: string;
}

/** Environment given to the rollback command: which check failed and how. */
export interface RollbackReason {
  check: string;
  label: string;
  value: string;
  message: string;
  firstFailureAt: string;
}

/** How long the output of a finished rollback command is still relayed (background writers). */
const OUTPUT_GRACE_MS = 200;

function shell(): string {
  return existsSync('/bin/bash') ? '/bin/bash' : '/bin/sh';
}

/**
 * Runs the rollback command once in a shell (bash where there is one, like a workflow's
 * `run:`), its output passed line by line to the logger, and waits for it. After `timeoutMs`
 * its whole process group is killed.
 */
export function runRollback(
  command: string,
  reason: RollbackReason,
  timeoutMs: number,
  logger: Logger,
): Promise<RollbackRun> {
  const startedAt = new Date();
  const started = performance.now();
  const env = {
    ...process.env,
    DB_DEPLOY_FAILED_CHECK: reason.check,
    DB_DEPLOY_FAILED_CHECK_LABEL: reason.label,
    DB_DEPLOY_FAILED_VALUE: reason.value,
    DB_DEPLOY_FAILED_MESSAGE: reason.message,
    DB_DEPLOY_FIRST_FAILURE_AT: reason.firstFailureAt,
  };
  return new Promise((resolve) => {
    const child = spawn(shell(), ['-c', command], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let timedOut = false;
    const timer =
      timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            killGroup(child.pid);
          }, timeoutMs)
        : undefined;
    const relay = (stream: NodeJS.ReadableStream, log: (line: string) => void) => {
      let rest = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        const lines = (rest + chunk).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) log(`rollback: ${line}`);
      });
      stream.on('end', () => {
        if (rest) log(`rollback: ${rest}`);
      });
    };
    relay(child.stdout, (l) => logger.info(l));
    relay(child.stderr, (l) => logger.info(l));
    let settled = false;
    const finish = (exitCode: number | null, error?: string) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      // A background process may still hold the pipes: let go of them so this process can end.
      child.stdout.destroy();
      child.stderr.destroy();
      child.unref();
      const run: RollbackRun = {
        startedAt: startedAt.toISOString(),
        endedAt: new Date().toISOString(),
        durationMs: Math.round(performance.now() - started),
        exitCode,
        ...(error ? { error } : {}),
      };
      resolve(run);
    };
    child.on('error', (error) => finish(null, `could not start: ${error.message}`));
    // The verdict is the shell's exit, not the end of its output: a command that leaves a
    // process running in the background (`nohup … &`) has still finished. Its output is
    // waited for a moment (until every writer has closed it, at most OUTPUT_GRACE_MS).
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      const verdict = (): void => {
        if (timedOut) finish(null, `killed after ${timeoutMs}ms (rollback-timeout)`);
        else if (signal) finish(null, `ended by ${signal}`);
        else finish(code);
      };
      const grace = setTimeout(verdict, OUTPUT_GRACE_MS);
      child.once('close', () => {
        clearTimeout(grace);
        verdict();
      });
    });
  });
}

function killGroup(pid: number | undefined): void {
  if (!pid) return;
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
}
