import { runCommand } from './command.js';
import { VERSION } from '../core/version.js';
import { migrateCommand } from './commands/migrate.js';
import { statusCommand } from './commands/status.js';
import { lintCommand } from './commands/lint.js';
import { validateCommand } from './commands/validate.js';
import { backupCommand } from './commands/backup.js';
import { restoreCommand } from './commands/restore.js';
import { preflightCommand } from './commands/preflight.js';
import { monitorCommand } from './commands/monitor.js';
import { switchCommand } from './commands/switch.js';
import type { CliIo } from './output.js';

export const HELP = `db-deploy ${VERSION} — safe PostgreSQL migrations

Usage: db-deploy <command> [options]

Commands:
  migrate   apply pending migrations (or --down to roll back), as the migrate action does;
            --targets FILE rolls them out over many databases (canary, lanes, halt)
  status    list applied, pending and edited migrations (read-only)
  lint      lint migrations for locks, rewrites, data loss and breaking changes (no database)
  validate  lint, then prove the newest migrations up → down → up on an empty scratch database
  backup    pg_dump the database, then verify the archive (sha256, pg_restore --list)
  restore   restore a verified backup; refuses a non-empty target unless --confirm names it
  preflight read-only checks before a deployment: connections, old transactions, locks, lag, indexes
  monitor   watch a deployment (health URLs, error rate, database) and roll back when unhealthy
  switch    blue-green: prepare a replicated, migrated copy; switch to it; roll back; status

Run db-deploy <command> --help for its options.`;

const COMMANDS: Record<string, (argv: string[], io: CliIo) => Promise<number>> = {
  migrate: migrateCommand,
  status: statusCommand,
  lint: lintCommand,
  validate: validateCommand,
  backup: backupCommand,
  restore: restoreCommand,
  preflight: preflightCommand,
  monitor: monitorCommand,
  switch: switchCommand,
};

/** Runs the CLI and returns its exit code: 0 success, 1 failure, 2 usage error. */
export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(HELP);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    io.out(VERSION);
    return 0;
  }
  const handler = COMMANDS[command];
  if (!handler) {
    io.err(`db-deploy: unknown command "${command}" — run db-deploy --help`);
    return 2;
  }
  return runCommand(command, handler, rest, io);
}
