import { createWriteStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { parseDatabaseUrl, redact, secretsOf, type DatabaseTarget } from '../db/index.js';
import { formatDuration } from '../duration.js';
import {
  checkArchive,
  detectArchive,
  ScannedSql,
  unsafeArchive,
  type ArchiveKind,
  type BackupFormat,
} from './archive.js';
import { readChecksum, sha256Archive } from './checksum.js';
import { findPgTool } from './discovery.js';
import { pgRestoreArgs, psqlArgs } from './dump-args.js';
import { countTables, inspectTarget, type TargetState } from './inspect.js';
import { registerTemporary, removeStale } from './exit-cleanup.js';
import { passfileRoot, withToolEnv } from './passfile.js';
import { UnsafeSqlError } from './plain-scan.js';
import { runTool, type RunToolOptions } from './run-tool.js';
import { openDecompressed } from './stream-compression.js';
import type { PgTool } from './tool-version.js';
import type { RestoreOptions } from './options.js';

export interface RestoreResult {
  /** User tables in the target after the restore. */
  restoredTables: number;
  format: BackupFormat;
  /** Whether a `.sha256` beside the archive was checked. */
  checksumVerified: boolean;
  durationMs: number;
}

/** `<dir>/<name>.sha256` (as backup writes it) or `<archive>.sha256`, whichever exists. */
async function findChecksum(path: string): Promise<string | undefined> {
  const stem = basename(path).replace(/\.(dump|sql)(\.(gz|zst))?$/, '');
  for (const candidate of [join(dirname(path), `${stem}.sha256`), `${path}.sha256`]) {
    if (await stat(candidate).catch(() => undefined)) return candidate;
  }
  return undefined;
}

/** Compares the archive with the sha256 beside it; true when one was found and matched. */
async function verifyChecksum(path: string, logger: Logger): Promise<boolean> {
  const file = await findChecksum(path);
  if (!file) {
    logger.info('no .sha256 beside the backup: reading the whole archive to check it instead');
    return false;
  }
  const expected = await readChecksum(file);
  const actual = await sha256Archive(path);
  if (expected !== actual) {
    throw new DbDeployError(
      'backup-corrupt',
      `the backup does not match its checksum (sha256 ${actual.slice(0, 12)}…, expected ${expected?.slice(0, 12) ?? 'an unreadable .sha256'}…)`,
      {
        where: path,
        hint: 'the archive is truncated or damaged: restore another backup; nothing was restored',
      },
    );
  }
  logger.info(`sha256 matches ${basename(file)}`);
  return true;
}

function refuseNonEmpty(
  target: DatabaseTarget,
  state: TargetState,
  confirm: string | undefined,
): void {
  if (confirm !== undefined && confirm !== target.database)
    throw new DbDeployError(
      'confirm-mismatch',
      `confirm "${confirm}" is not the target database's name`,
      {
        where: target.display,
        hint: `pass confirm ${target.database} to restore into this database`,
      },
    );
  if (state.objects > 0 && confirm === undefined)
    throw new DbDeployError(
      'target-not-empty',
      `the target database is not empty (${state.found})`,
      {
        where: target.display,
        hint: `pass confirm ${target.database} to restore into it anyway (add clean to drop the archive's objects first)`,
      },
    );
}

async function restoreTool(
  format: BackupFormat,
  major: number,
  logger: Logger,
  binDir?: string,
): Promise<PgTool> {
  if (format !== 'plain') return findPgTool('pg_restore', major, logger, { binDir });
  try {
    return await findPgTool('psql', major, logger, { binDir, anyMajor: true });
  } catch {
    throw new DbDeployError(
      'psql-missing',
      'a plain-format (SQL) backup is restored with psql, and psql was not found',
      {
        hint: 'install the PostgreSQL client (e.g. `sudo apt-get install postgresql-client`; no npm package ships psql), or back up in the custom format',
      },
    );
  }
}

/** `.db-deploy-restore-<pid>-<name>`: a compressed archive decompressed for a parallel restore. */
const DECOMPRESSED = /^db-deploy-restore-(\d+)-/;

/**
 * Hands the restore tool its archive: a file or directory pg_restore reads itself; a plain SQL
 * file streamed (decompressed when compressed) through the meta-command scanner into psql's
 * standard input; a compressed custom archive streamed into pg_restore's standard input, or,
 * for a parallel restore (which needs a seekable file), decompressed first into a temporary
 * file under RUNNER_TEMP that is removed afterwards, on a signal too.
 */
async function withRestoreInput<T>(
  path: string,
  kind: ArchiveKind,
  jobs: number,
  logger: Logger,
  fn: (archive: string | undefined, input: RunToolOptions) => Promise<T>,
): Promise<T> {
  if (kind.format === 'plain')
    return fn(undefined, { input: openDecompressed(path, kind.stream).pipe(new ScannedSql()) });
  if (kind.stream === 'none') return fn(path, {});
  if (jobs === 1) return fn(undefined, { input: openDecompressed(path, kind.stream) });
  const root = passfileRoot();
  await removeStale(root, DECOMPRESSED);
  const file = join(root, `db-deploy-restore-${process.pid}-${basename(path)}.dump`);
  const unregister = registerTemporary(file);
  try {
    logger.info(`decompressing ${basename(path)} for a parallel restore`);
    await pipeline(openDecompressed(path, kind.stream), createWriteStream(file, { mode: 0o600 }));
    return await fn(file, {});
  } finally {
    await rm(file, { force: true });
    unregister();
  }
}

/**
 * Restores an archive into a database. Everything that can be checked is checked before the
 * target is touched: the archive exists, matches its sha256, and pg_restore can read it; the
 * target is empty or `confirm` names it. pg_restore then stops at the first error and, with one
 * job, runs as one transaction so a failure leaves the target as it was.
 */
export async function restore(options: RestoreOptions, logger: Logger): Promise<RestoreResult> {
  const started = Date.now();
  const jobs = options.jobs ?? 1;
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new DbDeployError('bad-input', `jobs: ${jobs} is not a whole number of at least 1`);
  const target = parseDatabaseUrl(options.databaseUrl);
  const path = options.backupPath;
  if (!(await stat(path).catch(() => undefined)))
    throw new DbDeployError('backup-missing', 'the backup does not exist', {
      where: path,
      hint: 'check the backup path (a .dump or .sql file, or a directory-format directory)',
    });
  const kind = await detectArchive(path);
  const { format } = kind;
  if (format === 'plain' && options.clean)
    throw new DbDeployError('bad-input', 'clean needs a custom or directory archive', {
      hint: 'restore a plain SQL backup into an empty database instead',
    });
  const checksumVerified = await verifyChecksum(path, logger);
  const state = await inspectTarget(target);
  const tool = await restoreTool(format, state.major, logger, options.pgBinDir);
  await checkArchive(path, kind, format === 'plain' ? undefined : tool, logger, !checksumVerified);
  refuseNonEmpty(target, state, options.confirm);

  logger.info(
    `restoring ${basename(path)} into ${target.display} with ${basename(tool.path)} ${tool.version}`,
  );
  const run = await withRestoreInput(path, kind, jobs, logger, (archive, input) => {
    const args =
      format === 'plain'
        ? psqlArgs(target.database, '-')
        : pgRestoreArgs({
            database: target.database,
            archive,
            clean: options.clean ?? false,
            jobs,
          });
    return withToolEnv(target, (env) => runTool(tool, args, env, logger, input));
  });
  if (run.inputError instanceof UnsafeSqlError) throw unsafeArchive(path, run.inputError);
  if (run.exitCode !== 0 || run.inputError) {
    const oneTransaction = format === 'plain' || jobs === 1;
    const why = run.inputError
      ? `reading the archive failed: ${run.inputError.message}`
      : redact(run.lastError, secretsOf(target.url)) || `exit code ${run.exitCode}`;
    throw new DbDeployError('restore-failed', `${basename(tool.path)} failed: ${why}`, {
      where: target.display,
      hint: oneTransaction
        ? 'the restore ran as one transaction and was rolled back: the target is unchanged'
        : 'a parallel restore is not one transaction: the target may be partly restored; restore again with clean, or into an empty database',
    });
  }
  const result = {
    restoredTables: await countTables(target),
    format,
    checksumVerified,
    durationMs: Date.now() - started,
  };
  logger.info(`restored ${result.restoredTables} tables in ${formatDuration(result.durationMs)}`);
  return result;
}
