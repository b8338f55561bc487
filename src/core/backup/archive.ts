import { open, stat } from 'node:fs/promises';
import { devNull } from 'node:os';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { runTool } from './run-tool.js';
import type { PgTool } from './tool-version.js';

/** The archive formats db-deploy writes and reads. */
export type BackupFormat = 'custom' | 'directory' | 'plain';

export const BACKUP_FORMATS: readonly BackupFormat[] = ['custom', 'directory', 'plain'];

/** The last line of every complete plain-format dump (pg_dump writes it at the very end). */
const PLAIN_TRAILER = 'PostgreSQL database dump complete';

/** The environment for pg_restore runs that read an archive without connecting anywhere. */
function offlineEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !/^PG/.test(k)) env[k] = v;
  return env;
}

/**
 * The format of an archive on disk: a directory with a `toc.dat` is a directory-format dump,
 * a file starting with `PGDMP` a custom-format dump, anything else is taken as plain SQL.
 */
export async function detectFormat(path: string): Promise<BackupFormat> {
  if ((await stat(path)).isDirectory()) {
    const toc = await stat(`${path}/toc.dat`).catch(() => undefined);
    if (!toc) throw corrupt(path, 'is a directory without toc.dat, not a directory-format dump');
    return 'directory';
  }
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(5);
    await file.read(head, 0, 5, 0);
    return head.toString('latin1') === 'PGDMP' ? 'custom' : 'plain';
  } finally {
    await file.close();
  }
}

function corrupt(path: string, what: string): DbDeployError {
  return new DbDeployError('backup-corrupt', `the backup ${what}`, {
    where: path,
    hint: 'take a new backup, or restore another one; nothing was restored',
  });
}

/**
 * Checks that an archive is readable before anything touches a database. custom/directory:
 * `pg_restore --list` reads the table of contents; with `full`, `pg_restore --file=/dev/null`
 * also decodes every data block, which catches a truncated or corrupted archive the table of
 * contents alone does not. plain: the file must end with pg_dump's completion comment.
 * Returns the number of entries in the table of contents (0 for plain).
 */
export async function checkArchive(
  path: string,
  format: BackupFormat,
  pgRestore: PgTool | undefined,
  logger: Logger,
  full: boolean,
): Promise<number> {
  if (format === 'plain') {
    const info = await stat(path);
    const file = await open(path, 'r');
    try {
      const size = Math.min(info.size, 256);
      const tail = Buffer.alloc(size);
      await file.read(tail, 0, size, info.size - size);
      if (!tail.toString('utf8').includes(PLAIN_TRAILER)) {
        throw corrupt(path, "is incomplete: the SQL does not end with pg_dump's completion line");
      }
    } finally {
      await file.close();
    }
    return 0;
  }
  if (!pgRestore) throw new Error('checkArchive: pg_restore is required for a non-plain archive');
  const list = await runTool(pgRestore, ['--list', path], offlineEnv(), logger, {
    captureStdout: true,
  });
  if (list.exitCode !== 0) throw corrupt(path, `is unreadable: ${list.lastError}`);
  if (full) {
    const read = await runTool(pgRestore, [`--file=${devNull}`, path], offlineEnv(), logger);
    if (read.exitCode !== 0) throw corrupt(path, `is damaged: ${read.lastError}`);
  }
  return list.stdout.split('\n').filter((l) => l && !l.startsWith(';')).length;
}
