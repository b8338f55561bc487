// Decision record: docs/adr/0016-default-backup-zstd-in-node.md (ADR 0016).
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type Readable, type TransformCallback } from 'node:stream';
import * as zlib from 'node:zlib';
import { DbDeployError } from '../errors.js';

/**
 * How a whole archive file is compressed around what pg_dump wrote: `zstd` is db-deploy's
 * default (`<name>.dump.zst`: a custom-format archive written uncompressed by pg_dump and
 * compressed as one zstd stream by Node on another thread); `gzip` is the classic
 * `pg_dump | gzip` (`.sql.gz`) or a gzipped custom archive; `none` is the file as pg_dump wrote it.
 */
export type StreamCompression = 'none' | 'gzip' | 'zstd';

/** gzip (RFC 1952) and zstd (RFC 8878) frame magic numbers. */
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);
const ZSTD_MAGIC = Buffer.from([0x28, 0xb5, 0x2f, 0xfd]);

/** The file ending a stream compression adds. */
export const STREAM_EXTENSION: Record<StreamCompression, string> = {
  none: '',
  gzip: '.gz',
  zstd: '.zst',
};

/** The first `n` bytes of a file (fewer when it is shorter). */
export async function readHead(path: string, n: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const head = Buffer.alloc(n);
    const { bytesRead } = await file.read(head, 0, n, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/** The stream compression a file starts with, by its magic number. */
export function streamCompressionOf(head: Buffer): StreamCompression {
  if (head.subarray(0, 2).equals(GZIP_MAGIC)) return 'gzip';
  if (head.subarray(0, 4).equals(ZSTD_MAGIC)) return 'zstd';
  return 'none';
}

/** Whether this Node has zstd streams (22.15+, 24; not 20). */
export function hasZstd(): boolean {
  return typeof (zlib as { createZstdCompress?: unknown }).createZstdCompress === 'function';
}

function zstdMissing(what: string): DbDeployError {
  return new DbDeployError(
    'zstd-unavailable',
    `${what} needs zstd, which Node ${process.version} does not have (Node 22.15 or newer does)`,
    {
      hint: 'run db-deploy on Node 22.15+ (the actions run on Node 24), or decompress by hand first: `zstd -d FILE.dump.zst` and restore FILE.dump',
    },
  );
}

/**
 * The output buffer of Node's gzip and zstd streams, instead of zlib's 16 KiB default. Each
 * buffer filled is one round trip between the main thread and the thread pool: decompressing
 * bench:backup's 95 MiB archive took 1.8 s of CPU with 16 KiB buffers and 0.8 s with 256 KiB.
 */
export const STREAM_CHUNK_BYTES = 256 * 1024;

/** A decompressing transform for `c`; throws zstd-unavailable on a Node without zstd. */
export function decompressor(c: Exclude<StreamCompression, 'none'>): Transform {
  if (c === 'gzip') return zlib.createGunzip({ chunkSize: STREAM_CHUNK_BYTES });
  if (!hasZstd()) throw zstdMissing('reading a .zst archive');
  return zlib.createZstdDecompress({ chunkSize: STREAM_CHUNK_BYTES });
}

/**
 * zstd's minimum match length for the default archive: 6, as zstd's own levels 1-2 use, instead
 * of level 3's 5. Hex digests, UUIDs and numbers fill database dumps with short chance matches
 * that cost more than they save: on bench:backup's archive level 3 wrote 94.6 MiB with 5 and
 * 91.3 MiB with 6 (gzip -6 of the same rows as SQL: 96.9 MiB), for the same CPU; on 40.8 MiB of
 * source code it wrote 9.39 MiB with 5 and 9.47 MiB with 6 (gzip -6: 9.54 MiB). Level 1 would be
 * cheaper still but wrote 10.39 MiB of that source code: 9% more than gzip -6.
 */
const MIN_MATCH = 6;

/**
 * A zstd compressor at `level`, with a frame checksum. It compresses on Node's thread pool,
 * off the main thread; zstd's own worker threads (`ZSTD_c_nbWorkers`) are left off because
 * Node's zstd stream fails with ERR_STREAM_PUSH_AFTER_EOF on inputs past a few megabytes when
 * they are on (nodejs/node#59899; reproduced on Node 24.21). Feed it large chunks (Coalesce).
 * Throws zstd-unavailable without zstd.
 */
export function zstdCompressor(level: number): Transform {
  if (!hasZstd()) throw zstdMissing('a zstd backup');
  const { ZSTD_c_compressionLevel, ZSTD_c_checksumFlag, ZSTD_c_minMatch } = zlib.constants;
  return zlib.createZstdCompress({
    chunkSize: STREAM_CHUNK_BYTES,
    params: {
      [ZSTD_c_compressionLevel]: level,
      [ZSTD_c_minMatch]: MIN_MATCH,
      // A frame checksum: `zstd -t` and every decompression notice a damaged file.
      [ZSTD_c_checksumFlag]: 1,
    },
  });
}

/**
 * Gathers a stream's chunks into chunks of at least `bytes` (the last may be smaller). pg_dump
 * writes to a pipe through stdio's 4 KiB buffer, so its standard output reaches Node in pieces
 * of mostly 4-8 KiB: 41,000 of them for bench:backup's 405 MiB archive, each one a thread-pool round
 * trip in the compressor. Gathered into 1 MiB chunks, the backup's client CPU fell from 6.2 s
 * to 4.7 s (most of it system time).
 */
export class Coalesce extends Transform {
  private parts: Buffer[] = [];
  private held = 0;

  constructor(private readonly bytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.parts.push(chunk);
    this.held += chunk.length;
    if (this.held >= this.bytes) this.release();
    done();
  }

  override _flush(done: TransformCallback): void {
    if (this.held > 0) this.release();
    done();
  }

  private release(): void {
    const whole = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts, this.held);
    this.parts = [];
    this.held = 0;
    this.push(whole);
  }
}

/** The archive's content as pg_dump wrote it: the file, decompressed on the fly when compressed. */
export function openDecompressed(path: string, c: StreamCompression): Readable {
  const file = createReadStream(path);
  if (c === 'none') return file;
  const inflate = decompressor(c);
  file.on('error', (e) => inflate.destroy(e));
  return file.pipe(inflate);
}
