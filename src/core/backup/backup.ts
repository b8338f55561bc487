/**
 * The backup: pg_dump into a temporary name, renamed only when it succeeded, then checked (sha256,
 * `pg_restore --list`), optionally restored and compared, and uploaded. Options and result types
 * are in options.ts, the snapshot-consistent row counts in dump-counted.ts.
 */
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { join } from 'node:path';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { parseDatabaseUrl, redact, secretsOf } from '../db/index.js';
import { formatDuration } from '../duration.js';
import { checkArchive, type BackupFormat } from './archive.js';
import { checkOptions, type BackupOptions, type BackupResult } from './options.js';
import { archiveSize, sha256Archive, writeChecksum } from './checksum.js';
import {
  compressionArgs,
  defaultCompression,
  formatCompression,
  type Compression,
} from './compression.js';
import { findPgTool } from './discovery.js';
import { dumpCounted, type Counted } from './dump-counted.js';
import { registerTemporary, removeStale } from './exit-cleanup.js';
import { Coalesce, hasZstd, zstdCompressor } from './stream-compression.js';
import { pgDumpArgs } from './dump-args.js';
import { inspectSource } from './inspect.js';
import { DEFAULT_NAME_TEMPLATE, renderBackupName } from './name.js';
import { withToolEnv } from './passfile.js';
import { runTool } from './run-tool.js';
import { parseS3Uris, uploadBackupToS3, type S3Location, type S3Upload } from './s3.js';
import { largeStdoutPrefix } from './stdout-buffer.js';
import { checkVerifyDatabase, verifyRestore } from './verify-restore.js';

export type { BackupOptions, BackupResult } from './options.js';

const EXTENSION: Record<BackupFormat, string> = { custom: '.dump', directory: '', plain: '.sql' };

/**
 * The zstd level of the default `.dump.zst`: zstd's own default, with a longer minimum match
 * (see MIN_MATCH in stream-compression.ts). Measured by `npm run bench:backup` against
 * `pg_dump | gzip` (BENCHMARKS.md): smaller than gzip -6 there and on plain text, where level 1,
 * which cost the backup about 1.3 s less client CPU on that benchmark, was 9% larger.
 */
export const STREAM_ZSTD_LEVEL = 3;

/** What the default archive's compressor is fed at a time (see Coalesce). */
const COALESCE_BYTES = 1024 * 1024;

/** `.<name>.db-deploy-partial-<pid>`: an archive being written, and the run writing it. */
const PARTIAL = /^\..+\.db-deploy-partial-(\d+)$/;

/**
 * Backs up a database with pg_dump: chooses a pg_dump that can read the server, writes the
 * archive under a temporary name and renames it only when pg_dump succeeded (no partial file
 * is ever left), then checks it (sha256 beside it, `pg_restore --list` reads it).
 */
export async function backup(options: BackupOptions, logger: Logger): Promise<BackupResult> {
  const started = Date.now();
  const format = options.format ?? 'custom';
  const jobs = options.jobs ?? 1;
  checkOptions(options, format, jobs);
  const s3 = parseS3Uris(options.s3Uris ?? []);
  const verify = options.verify ?? true;
  const target = parseDatabaseUrl(options.databaseUrl);
  if (options.verifyRestore) await checkVerifyDatabase(options.verifyRestore, target);
  const source = await inspectSource(target);
  const find = { binDir: options.pgBinDir };
  const pgDump = await findPgTool('pg_dump', source.major, logger, find);
  const pgRestore =
    verify && format !== 'plain'
      ? await findPgTool('pg_restore', source.major, logger, find)
      : undefined;
  // The default custom archive is compressed by Node as one zstd stream (see STREAM_ZSTD_LEVEL).
  const streamed = format === 'custom' && options.compression === undefined && hasZstd();
  if (format === 'custom' && options.compression === undefined && !streamed)
    logger.info(
      `Node ${process.version} has no zstd: pg_dump compresses the archive itself (.dump, not .dump.zst)`,
    );
  const compression: Compression | undefined =
    format === 'plain'
      ? undefined
      : streamed
        ? { method: 'none' }
        : (options.compression ?? defaultCompression(pgDump.major));
  const compress = compression ? compressionArgs(compression, pgDump.major, pgDump.version) : [];
  const extension = `${EXTENSION[format]}${streamed ? '.zst' : ''}`;
  const compressionLabel = streamed
    ? `zstd:${STREAM_ZSTD_LEVEL} (whole file)`
    : compression
      ? formatCompression(compression)
      : 'none';

  const name = renderBackupName(
    options.name ?? DEFAULT_NAME_TEMPLATE,
    target.database,
    options.now ?? new Date(),
  );
  const path = join(options.dir, `${name}${extension}`);
  const checksumPath = join(options.dir, `${name}.sha256`);
  for (const existing of [path, checksumPath]) {
    if (await stat(existing).catch(() => undefined))
      throw new DbDeployError('backup-exists', 'a backup with this name exists already', {
        where: existing,
        hint: 'keep {timestamp} in the name template, or move the old backup away',
      });
  }
  await mkdir(options.dir, { recursive: true });
  for (const stale of await removeStale(options.dir, PARTIAL))
    logger.info(`removed ${stale}, left by an interrupted backup`);
  const partial = join(options.dir, `.${name}${extension}.db-deploy-partial-${process.pid}`);
  const args = (snapshot: string) =>
    pgDumpArgs({
      snapshot,
      format,
      file: streamed ? undefined : partial,
      compression: compress,
      jobs,
      schemaOnly: options.schemaOnly ?? false,
      excludeTableData: options.excludeTableData ?? [],
    });
  logger.info(
    `backing up ${target.display} with pg_dump ${pgDump.version} (${format}, ${compressionLabel})`,
  );
  // pg_dump writes the uncompressed archive to its stdout; zstd compresses it on Node's
  // thread pool, in 1 MiB chunks, while pg_dump goes on reading.
  const output = streamed
    ? (stdout: Readable) =>
        pipeline(
          stdout,
          new Coalesce(COALESCE_BYTES),
          zstdCompressor(STREAM_ZSTD_LEVEL),
          createWriteStream(partial, { flags: 'wx' }),
        )
    : undefined;
  let counted: Counted;
  const unregister = registerTemporary(partial);
  try {
    const prefix = streamed ? await largeStdoutPrefix() : [];
    counted = await dumpCounted(target, options.verifyRestore !== undefined, (snapshot) =>
      withToolEnv(target, (env) =>
        runTool(pgDump, args(snapshot), env, logger, { output, prefix }),
      ),
    );
    const { run } = counted;
    if (run.exitCode !== 0 || run.outputError) {
      const why = run.outputError
        ? `writing the archive failed: ${run.outputError.message}`
        : redact(run.lastError, secretsOf(target.url)) || `exit code ${run.exitCode}`;
      throw new DbDeployError('pg-dump-failed', `pg_dump failed: ${why}`, {
        where: target.display,
        hint: 'fix the cause above and run the backup again; no archive was written',
      });
    }
    await rename(partial, path);
  } finally {
    await rm(partial, { recursive: true, force: true });
    unregister();
  }

  let sha256: string | undefined;
  try {
    if (verify) {
      // Two independent reads of the new archive, side by side.
      [, sha256] = await Promise.all([
        checkArchive(
          path,
          { format, stream: streamed ? 'zstd' : 'none' },
          pgRestore,
          logger,
          false,
        ),
        sha256Archive(path),
      ]);
      await writeChecksum(checksumPath, path, sha256);
    }
  } catch (error) {
    await rm(path, { recursive: true, force: true });
    await rm(checksumPath, { force: true });
    throw error;
  }
  const { tables, checksums } = counted;
  const verified =
    options.verifyRestore && checksums
      ? await verifyRestore(
          path,
          checksums,
          { ...options.verifyRestore, pgBinDir: options.pgBinDir },
          logger,
        )
      : undefined;
  const result: BackupResult = {
    path,
    name,
    format,
    compression: compressionLabel,
    sizeBytes: await archiveSize(path),
    sha256,
    checksumPath: verify ? checksumPath : undefined,
    durationMs: Date.now() - started,
    pgDumpVersion: pgDump.version,
    tables,
    verifyRestore: verified,
  };
  logger.info(
    `backup ${name} written: ${result.sizeBytes} bytes in ${formatDuration(result.durationMs)}`,
  );
  if (s3.length > 0) result.uploads = await uploads(result, s3, logger);
  return result;
}

/** The S3 uploads of a finished backup; a backup whose restored copy differs is not uploaded. */
async function uploads(
  result: BackupResult,
  locations: S3Location[],
  logger: Logger,
): Promise<S3Upload[]> {
  if (result.verifyRestore?.verified === false) {
    const reason = 'the restored copy differs from the source';
    return locations.map(({ uri }) => ({ status: 'skipped', uri, reason }));
  }
  return uploadBackupToS3(result, locations, logger);
}
