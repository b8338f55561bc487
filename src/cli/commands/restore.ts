import { restore, type RestoreResult } from '../../core/backup/index.js';
import { redact } from '../../core/db/index.js';
import { DbDeployError } from '../../core/errors.js';
import { integerOption, pathOption } from '../args.js';
import { cliLogger, type CliIo } from '../output.js';
import { commandPreamble } from '../preamble.js';
import { commandOptions } from '../help.js';

const OPTIONS = commandOptions('restore', [
  { input: 'database-url', arg: 'URL', text: 'target connection URL', fallback: '$DATABASE_URL' },
  {
    input: 'backup-path',
    flag: 'backup',
    arg: 'PATH',
    text: 'the archive: a .dump, .dump.zst, .sql or .sql.gz file, or a directory-format directory',
  },
  { input: 'clean', fallback: false },
  { input: 'jobs', arg: 'N', text: 'parallel restore jobs (then not one transaction)' },
  {
    input: 'confirm',
    arg: 'NAME',
    text: "the target database's name: required when the target is not empty",
  },
  { input: 'pg-bin', arg: 'DIR' },
  { flag: 'json', text: 'print the result as JSON on stdout' },
  { flag: 'verbose', text: 'print debug output (the commands run)' },
]);

export const RESTORE_HELP = `Usage: db-deploy restore --backup PATH [options]

Restores a backup into a database. Checks first, before touching the target: the archive's
sha256 (when a .sha256 is beside it), that pg_restore reads it, and that the target is empty
or --confirm names it. Stops at the first error; with one job the restore is one transaction.
A GitHub artifact (the restore action's artifact-name) needs a workflow job's runner token: from
a terminal, download it first (gh run download RUN_ID -n NAME -D DIR) and pass the archive inside.

Options:
${OPTIONS.help}
Exit code: 0 when everything was restored, 1 otherwise, 2 for a usage error.`;

/** One line for people. */
export function renderRestore(result: RestoreResult): string {
  const checked = result.checksumVerified ? 'sha256 verified' : 'archive read in full';
  return `restored ${result.restoredTables} table${result.restoredTables === 1 ? '' : 's'} from a ${result.format} backup in ${result.durationMs} ms (${checked})`;
}

/** `db-deploy restore`. Returns the exit code. */
export async function restoreCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = commandPreamble(argv, io, {
    command: 'restore',
    options: OPTIONS.parser,
    help: RESTORE_HELP,
    databaseUrl: 'required',
  });
  if (!parsed) return 0;
  const { values: v, databaseUrl } = parsed;
  if (!v.backup)
    throw new DbDeployError('usage', '--backup PATH is required', {
      hint: 'run db-deploy restore --help',
    });
  const result = await restore(
    {
      databaseUrl,
      backupPath: pathOption(v.backup, ''),
      clean: v.clean ?? false,
      jobs: integerOption(v.jobs, 'jobs', 1),
      confirm: v.confirm,
      pgBinDir: v['pg-bin'] === undefined ? undefined : pathOption(v['pg-bin'], ''),
    },
    cliLogger(io, v.verbose ?? false),
  );
  io.out(redact(v.json ? JSON.stringify(result, null, 2) : renderRestore(result), io.secrets));
  return 0;
}
