import { spawn } from 'node:child_process';

export interface CommandResult {
  exitCode: number | null;
  /** The last lines of combined stdout and stderr. */
  output: string;
  durationMs: number;
}

/** Output kept from a command, characters (the end is what explains a failure). */
const KEEP = 4000;

/**
 * Runs a shell command (seed-command, test-command) with extra environment variables, e.g.
 * DATABASE_URL of the scratch database. Never throws for a failing command.
 */
export function runCommand(
  command: string,
  options: { cwd: string; env: Record<string, string>; onOutput?: (text: string) => void },
): Promise<CommandResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn('sh', ['-c', command], {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const keep = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      options.onOutput?.(text);
      output = (output + text).slice(-KEEP);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('error', (error) =>
      resolve({ exitCode: null, output: error.message, durationMs: Date.now() - started }),
    );
    child.on('close', (code) =>
      resolve({ exitCode: code, output: output.trimEnd(), durationMs: Date.now() - started }),
    );
  });
}
