import { stat } from 'node:fs/promises';
import { devNull } from 'node:os';
import { Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { PlainSqlScanner, UnsafeSqlError } from './plain-scan.js';
import { runTool } from './run-tool.js';
import {
  openDecompressed,
  readHead,
  streamCompressionOf,
  type StreamCompression,
} from './stream-compression.js';
import type { PgTool } from './tool-version.js';

/** The archive formats db-deploy writes and reads. */
export type BackupFormat = 'custom' | 'directory' | 'plain';

export const BACKUP_FORMATS: readonly BackupFormat[] = ['custom', 'directory', 'plain'];

/** What an archive on disk is: pg_dump's format, and the compression around the whole file. */
export interface ArchiveKind {
  format: BackupFormat;
  stream: StreamCompression;
}

/** The last line of every complete plain-format dump (pg_dump writes it at the very end). */
const PLAIN_TRAILER = 'PostgreSQL database dump complete';

/** The environment for pg_restore runs that read an archive without connecting anywhere. */
function offlineEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && !/^PG/.test(k)) env[k] = v;
  return env;
}

/** The first bytes of a compressed file's content (empty when it cannot be read). */
async function decompressedHead(path: string, c: StreamCompression, n: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  const source = openDecompressed(path, c);
  try {
    for await (const chunk of source as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= n) break;
    }
  } catch {
    // a damaged stream: the full check reports it
  } finally {
    source.destroy();
  }
  return Buffer.concat(chunks).subarray(0, n);
}

/**
 * What an archive is: a directory with a `toc.dat` is a directory-format dump; a file is
 * read by its first bytes, through gzip or zstd when it starts with their magic number (the
 * classic `pg_dump | gzip` `.sql.gz`, db-deploy's `.dump.zst`): `PGDMP` is a custom-format
 * dump, anything else is taken as plain SQL.
 */
export async function detectArchive(path: string): Promise<ArchiveKind> {
  if ((await stat(path)).isDirectory()) {
    const toc = await stat(`${path}/toc.dat`).catch(() => undefined);
    if (!toc) throw corrupt(path, 'is a directory without toc.dat, not a directory-format dump');
    return { format: 'directory', stream: 'none' };
  }
  const stream = streamCompressionOf(await readHead(path, 4));
  const head =
    stream === 'none' ? await readHead(path, 5) : await decompressedHead(path, stream, 5);
  return { format: head.toString('latin1') === 'PGDMP' ? 'custom' : 'plain', stream };
}

/** The format of an archive on disk (see detectArchive). */
export async function detectFormat(path: string): Promise<BackupFormat> {
  return (await detectArchive(path)).format;
}

export function corrupt(path: string, what: string): DbDeployError {
  return new DbDeployError('backup-corrupt', `the backup ${what}`, {
    where: path,
    hint: 'take a new backup, or restore another one; nothing was restored',
  });
}

/** The one line for a plain archive holding what db-deploy never lets psql run. */
export function unsafeArchive(path: string, error: UnsafeSqlError): DbDeployError {
  return new DbDeployError(
    'backup-unsafe',
    `the SQL backup holds what pg_dump does not write for one database and psql would run: ${error.finding.what}`,
    {
      where: `${path}:${error.finding.line}`,
      hint: 'restore only archives made by pg_dump (or backup); nothing was restored',
    },
  );
}

/**
 * A pass-through that scans plain SQL as it flows (see PlainSqlScanner) and passes on only
 * whole lines already scanned, so nothing reaches psql before it was checked; it fails with
 * UnsafeSqlError at the first refused line. Tracks the file's last 256 bytes for the trailer.
 */
export class ScannedSql extends Transform {
  private readonly scanner = new PlainSqlScanner();
  private held = Buffer.alloc(0);
  /** The last bytes seen, to check pg_dump's completion line at the end. */
  tail = '';

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      const safe = this.scanner.push(chunk);
      const all = Buffer.concat([this.held, chunk]);
      if (safe > 0) this.push(all.subarray(0, safe));
      this.held = all.subarray(safe);
      this.tail = (this.tail + chunk.toString('latin1')).slice(-256);
      done();
    } catch (error) {
      done(error as Error);
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.scanner.end();
      if (this.held.length > 0) this.push(this.held);
      done();
    } catch (error) {
      done(error as Error);
    }
  }
}

/** Reads a whole plain archive through the scanner; returns whether it ends like pg_dump's. */
async function scanPlain(path: string, stream: StreamCompression): Promise<boolean> {
  const scanned = new ScannedSql();
  try {
    const discard = new Writable({ write: (_chunk, _enc, done) => done() });
    await pipeline(openDecompressed(path, stream), scanned, discard);
  } catch (error) {
    if (error instanceof UnsafeSqlError) throw unsafeArchive(path, error);
    throw corrupt(path, `is unreadable: ${(error as Error).message}`);
  }
  return scanned.tail.includes(PLAIN_TRAILER);
}

/**
 * Checks that an archive is readable and safe before anything touches a database.
 * custom/directory: `pg_restore --list` reads the table of contents; with `full`,
 * `pg_restore --file=/dev/null` also decodes every data block, which catches a truncated or
 * corrupted archive the table of contents alone does not. A compressed file is decompressed
 * into pg_restore's standard input (a zstd or gzip stream also carries its own checksum).
 * plain: the whole SQL is scanned for psql meta-commands (refused) and must end with
 * pg_dump's completion line. Returns the number of entries in the table of contents (0 for plain).
 */
export async function checkArchive(
  path: string,
  kind: ArchiveKind | BackupFormat,
  pgRestore: PgTool | undefined,
  logger: Logger,
  full: boolean,
): Promise<number> {
  const { format, stream } =
    typeof kind === 'string' ? { format: kind, stream: 'none' as const } : kind;
  if (format === 'plain') {
    if (!(await scanPlain(path, stream)))
      throw corrupt(path, "is incomplete: the SQL does not end with pg_dump's completion line");
    return 0;
  }
  if (!pgRestore) throw new Error('checkArchive: pg_restore is required for a non-plain archive');
  const from = (args: string[]) =>
    stream === 'none'
      ? runTool(pgRestore, [...args, path], offlineEnv(), logger, { captureStdout: true })
      : runTool(pgRestore, args, offlineEnv(), logger, {
          captureStdout: true,
          input: openDecompressed(path, stream),
        });
  const list = await from(['--list']);
  if (list.exitCode !== 0 || list.inputError)
    throw corrupt(path, `is unreadable: ${list.inputError?.message ?? list.lastError}`);
  if (full) {
    const read = await from([`--file=${devNull}`]);
    if (read.exitCode !== 0 || read.inputError)
      throw corrupt(path, `is damaged: ${read.inputError?.message ?? read.lastError}`);
  }
  return list.stdout.split('\n').filter((l) => l && !l.startsWith(';')).length;
}
