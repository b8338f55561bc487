import { describeError, isDbDeployError } from '../core/errors.js';
import { redact } from '../core/db/index.js';
import type { CliIo } from './output.js';
import { warnOnWeakPasswords } from './secrets.js';

/** A command: its arguments (after the command name) → the exit code. */
export type CommandHandler = (argv: string[], io: CliIo) => Promise<number>;

/**
 * Runs one command and turns a failure into its one error line: exit 2 for a usage error, 1 for
 * anything else (secrets removed from the line). A short or common password among the secrets
 * the command registers is said once on stderr, never the password itself.
 */
export async function runCommand(
  command: string,
  handler: CommandHandler,
  argv: string[],
  io: CliIo,
): Promise<number> {
  warnOnWeakPasswords(io.secrets, (line) => io.err(`warning: ${line}`));
  try {
    return await handler(argv, io);
  } catch (error) {
    io.err(redact(`db-deploy ${command}: ${describeError(error)}`, io.secrets));
    return isDbDeployError(error) && error.code === 'usage' ? 2 : 1;
  }
}
