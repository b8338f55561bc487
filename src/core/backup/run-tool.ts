import { spawn } from 'node:child_process';
import type { Logger } from '../logger.js';
import type { PgTool } from './tool-version.js';

export interface ToolRun {
  exitCode: number | null;
  /** Standard output, when `captureStdout` was set. */
  stdout: string;
  /** The last non-empty line of standard error (what explains a failure), or ''. */
  lastError: string;
  durationMs: number;
}

/**
 * The line that explains a failure: the last one reporting an error (pg_restore follows its
 * error with the failing command, e.g. `Command was: CREATE TABLE …` ending in `);`), else the
 * last non-empty line.
 */
export function lastErrorLine(lines: readonly string[]): string {
  const nonEmpty = lines.filter(Boolean);
  return nonEmpty.findLast((l) => /\b(error|fatal):/i.test(l)) ?? nonEmpty.at(-1) ?? '';
}

/** Standard error kept, characters: the end is what explains a failure. */
const KEEP = 8000;

/**
 * Runs a PostgreSQL client binary without a shell. The argv holds options and file paths only:
 * the connection comes from `env` (see passfile.ts), so nothing secret is in the process table.
 * Never throws for a failing command; the caller turns the exit code into an error.
 */
export function runTool(
  tool: PgTool,
  args: readonly string[],
  env: Record<string, string>,
  logger: Logger,
  options: { captureStdout?: boolean } = {},
): Promise<ToolRun> {
  const started = Date.now();
  logger.debug(`running ${tool.path} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(tool.path, [...args], {
      env,
      stdio: ['ignore', options.captureStdout ? 'pipe' : 'ignore', 'pipe'],
    });
    const out: Buffer[] = [];
    if (options.captureStdout) child.stdout?.on('data', (c: Buffer) => out.push(c));
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-KEEP);
    });
    const done = (exitCode: number | null, extra = '') => {
      const lines = `${stderr}\n${extra}`.split('\n').map((l) => l.trim());
      resolve({
        exitCode,
        stdout: Buffer.concat(out).toString('utf8'),
        lastError: lastErrorLine(lines),
        durationMs: Date.now() - started,
      });
    };
    child.on('error', (error) => done(null, error.message));
    child.on('close', (code) => done(code));
  });
}
