import { redact } from '../core/db/index.js';
import type { Logger } from '../core/logger.js';

/** Where the CLI writes, with secrets removed from everything. Injectable for tests. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  secrets: string[];
}

export const processIo = (): CliIo => ({
  out: (t) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  secrets: [],
});

/** Progress goes to stderr so that stdout stays machine-readable (--json). */
export function cliLogger(io: CliIo, verbose: boolean): Logger {
  const clean = (m: string) => redact(m, io.secrets);
  return {
    debug: (m) => (verbose ? io.err(clean(m)) : undefined),
    info: (m) => io.err(clean(m)),
    warn: (m) => io.err(`warning: ${clean(m)}`),
    error: (m) => io.err(`error: ${clean(m)}`),
  };
}
