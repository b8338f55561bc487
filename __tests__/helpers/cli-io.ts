import type { CliIo } from '../../src/cli/output.js';

/** An in-memory CliIo: what the CLI printed on stdout and stderr, a line per call. */
export function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    secrets: [] as string[],
    out: (t: string) => void (io.stdout += `${t}\n`),
    err: (t: string) => void (io.stderr += `${t}\n`),
  };
  return io;
}
