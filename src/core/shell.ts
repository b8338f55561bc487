import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Logger } from './logger.js';

/** One run of a user's shell command (a rollback, a switch-command). */
export interface ShellRun {
  startedAt: string;
  endedAt: string;
  durationMs: number;
  /** The command's exit code; null when it could not start, was killed or timed out. */
  exitCode: number | null;
  /** Why it has no exit code (a signal, a timeout, a spawn error). */
  error?: string;
}

export interface ShellOptions {
  /** Added to the environment of this process. */
  env: Record<string, string>;
  /** The whole process group is killed after this long (0: no limit). */
  timeoutMs: number;
  /** The input's name: the prefix of every relayed line. */
  label: string;
  /** The input that sets the timeout, for the message (default `<label>-timeout`). */
  timeoutInput?: string;
  logger: Logger;
}

/** How long the output of a finished command is still relayed (background writers). */
const OUTPUT_GRACE_MS = 200;

function shell(): string {
  return existsSync('/bin/bash') ? '/bin/bash' : '/bin/sh';
}

/**
 * Runs a command once in a shell (bash where there is one, like a workflow's `run:`), its
 * output passed line by line to the logger, and waits for the shell to exit. Never throws:
 * the caller judges the exit code.
 */
export function runShell(command: string, options: ShellOptions): Promise<ShellRun> {
  const { timeoutMs, label, logger } = options;
  const startedAt = new Date();
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(shell(), ['-c', command], {
      env: { ...process.env, ...options.env },
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
        for (const line of lines) log(`${label}: ${line}`);
      });
      stream.on('end', () => {
        if (rest) log(`${label}: ${rest}`);
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
      const run: ShellRun = {
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
        if (timedOut)
          finish(
            null,
            `killed after ${timeoutMs}ms (${options.timeoutInput ?? `${label}-timeout`})`,
          );
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
