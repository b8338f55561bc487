import { spawn, type ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import type { Logger } from '../logger.js';
import { trackChild } from './exit-cleanup.js';
import type { PgTool } from './tool-version.js';

export interface ToolRun {
  exitCode: number | null;
  /** Standard output, when `captureStdout` was set. */
  stdout: string;
  /** The last non-empty line of standard error (what explains a failure), or ''. */
  lastError: string;
  durationMs: number;
  /** Why the input stream failed (e.g. a refused archive), when it did; the tool was stopped. */
  inputError?: Error | undefined;
  /** Why the output stream failed, when it did; the tool was stopped. */
  outputError?: Error | undefined;
}

export interface RunToolOptions {
  captureStdout?: boolean;
  /** Piped into the tool's standard input (a decompressed archive); else stdin is closed. */
  input?: Readable;
  /**
   * Consumes the tool's standard output (a compressor writing the archive); the run ends when
   * both the tool and the returned promise have. A rejection stops the tool.
   */
  output?: (stdout: Readable) => Promise<void>;
  /**
   * A program and its arguments that run the tool (e.g. `stdbuf --output=1M`, see
   * stdout-buffer.ts): it must exec the tool in its own process, so signals still reach it.
   */
  prefix?: readonly string[];
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

/** An EPIPE on a tool's stdin: the tool stopped reading (pg_restore --list reads only the head). */
const isEpipe = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code === 'EPIPE';

/**
 * Runs a PostgreSQL client binary without a shell. The argv holds options and file paths only:
 * the connection comes from `env` (see passfile.ts), so nothing secret is in the process table.
 * The tool runs in its own process group, watched by a guard that ends the group when this
 * process dies in any way, kill -9 included (see exit-cleanup.ts): a killed step leaves no
 * pg_dump behind to finish a file. Never throws for a failing command; the caller turns the
 * exit code into an error.
 */
export function runTool(
  tool: PgTool,
  args: readonly string[],
  env: Record<string, string>,
  logger: Logger,
  options: RunToolOptions = {},
): Promise<ToolRun> {
  const started = Date.now();
  const [program, ...argv] = [...(options.prefix ?? []), tool.path, ...args] as [
    string,
    ...string[],
  ];
  logger.debug(`running ${program} ${argv.join(' ')}`);
  return new Promise((resolve) => {
    const stdout = options.captureStdout || options.output ? 'pipe' : 'ignore';
    const child: ChildProcess = spawn(program, argv, {
      env,
      stdio: [options.input ? 'pipe' : 'ignore', stdout, 'pipe'],
      detached: process.platform !== 'win32',
    });
    const untrack = trackChild(child);
    const out: Buffer[] = [];
    if (options.captureStdout) child.stdout?.on('data', (c: Buffer) => out.push(c));
    let inputError: Error | undefined;
    let outputError: Error | undefined;
    const stop = () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    };
    const written = options.output && child.stdout ? options.output(child.stdout) : undefined;
    written?.catch((e: unknown) => {
      outputError ??= e instanceof Error ? e : new Error(String(e));
      stop();
    });
    if (options.input && child.stdin) {
      const source = options.input;
      const stdin = child.stdin;
      stdin.on('error', (e) => {
        if (!isEpipe(e)) inputError ??= e;
      });
      source.on('error', (e) => {
        inputError ??= e;
        source.unpipe(stdin);
        stop();
      });
      source.pipe(stdin);
    }
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-KEEP);
    });
    const done = (exitCode: number | null, extra = '') => {
      untrack();
      options.input?.destroy();
      const lines = `${stderr}\n${extra}`.split('\n').map((l) => l.trim());
      resolve({
        exitCode,
        stdout: Buffer.concat(out).toString('utf8'),
        lastError: lastErrorLine(lines),
        durationMs: Date.now() - started,
        inputError,
        outputError,
      });
    };
    child.on('error', (error) => done(null, error.message));
    child.on('close', (code) => {
      // The archive is complete only when the compressor has flushed it to the file.
      if (!written) return done(code);
      void written.then(
        () => done(code),
        () => done(code),
      );
    });
  });
}
