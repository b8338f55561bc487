import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable, Transform } from 'node:stream';
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

/** A decompressing transform for `c`; throws zstd-unavailable on a Node without zstd. */
export function decompressor(c: Exclude<StreamCompression, 'none'>): Transform {
  if (c === 'gzip') return zlib.createGunzip();
  if (!hasZstd()) throw zstdMissing('reading a .zst archive');
  return zlib.createZstdDecompress();
}

/**
 * A zstd compressor at `level` that uses every core of a small runner: zstd's own worker
 * threads (`nbWorkers`) compress while pg_dump writes. Throws zstd-unavailable without zstd.
 */
export function zstdCompressor(level: number, workers: number): Transform {
  if (!hasZstd()) throw zstdMissing('a zstd backup');
  const { ZSTD_c_compressionLevel, ZSTD_c_nbWorkers, ZSTD_c_checksumFlag } = zlib.constants;
  return zlib.createZstdCompress({
    params: {
      [ZSTD_c_compressionLevel]: level,
      [ZSTD_c_nbWorkers]: workers,
      // A frame checksum: `zstd -t` and every decompression notice a damaged file.
      [ZSTD_c_checksumFlag]: 1,
    },
  });
}

/** The archive's content as pg_dump wrote it: the file, decompressed on the fly when compressed. */
export function openDecompressed(path: string, c: StreamCompression): Readable {
  const file = createReadStream(path);
  if (c === 'none') return file;
  const inflate = decompressor(c);
  file.on('error', (e) => inflate.destroy(e));
  return file.pipe(inflate);
}
