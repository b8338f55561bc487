import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  Coalesce,
  decompressor,
  STREAM_CHUNK_BYTES,
  zstdCompressor,
} from '../../src/core/backup/stream-compression.js';
import { findStdbuf } from '../../src/core/backup/stdout-buffer.js';

/** `total` bytes in pieces of 4-8 KiB (as pg_dump's stdout arrives), half of them random. */
function pieces(total: number): Buffer[] {
  const out: Buffer[] = [];
  let made = 0;
  for (let i = 0; made < total; i += 1) {
    const size = Math.min(4096 + ((i * 1237) % 4096), total - made);
    const piece = Buffer.alloc(size);
    for (let j = 0; j < size; j += 1) piece[j] = j % 2 === 0 ? (i * 31 + j) % 251 : (j * 7) % 10;
    if (i % 2 === 0) createHash('sha512').update(String(i)).digest().copy(piece, 0);
    out.push(piece);
    made += size;
  }
  return out;
}

/** Every chunk a stream writes, in order. */
function collector(): { sink: Writable; chunks: Buffer[] } {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk);
      done();
    },
  });
  return { sink, chunks };
}

describe('the default archive stream', () => {
  test('Coalesce passes every byte on in order, in chunks of at least its size but the last', async () => {
    const input = pieces(5 * 1024 * 1024 + 123);
    const { sink, chunks } = collector();
    await pipeline(Readable.from(input), new Coalesce(1024 * 1024), sink);
    expect(Buffer.concat(chunks).equals(Buffer.concat(input))).toBe(true);
    expect(chunks.slice(0, -1).every((c) => c.length >= 1024 * 1024)).toBe(true);
    expect(chunks.length).toBe(5);
  });

  test('Coalesce passes an empty stream on as nothing', async () => {
    const { sink, chunks } = collector();
    await pipeline(Readable.from([]), new Coalesce(1024), sink);
    expect(chunks).toEqual([]);
  });

  test('32 MiB through Coalesce and zstd come back byte for byte, as one checksummed frame', async () => {
    // Past the few megabytes where Node's zstd stream breaks with worker threads (nodejs/node#59899).
    const input = Buffer.concat(pieces(32 * 1024 * 1024));
    const packed = collector();
    await pipeline(
      Readable.from(pieces(32 * 1024 * 1024)),
      new Coalesce(1024 * 1024),
      zstdCompressor(3),
      packed.sink,
    );
    const archive = Buffer.concat(packed.chunks);
    expect(archive.subarray(0, 4)).toEqual(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]));
    // Frame header descriptor: bit 2 is the content checksum flag (RFC 8878 3.1.1.1.1).
    expect((archive[4] ?? 0) & 0x04).toBe(0x04);
    expect(archive.length).toBeLessThan(input.length);
    const unpacked = collector();
    await pipeline(Readable.from([archive]), decompressor('zstd'), unpacked.sink);
    expect(Buffer.concat(unpacked.chunks).equals(input)).toBe(true);
    // Output buffers of STREAM_CHUNK_BYTES: far fewer than zlib's 16 KiB default would make.
    expect(unpacked.chunks.length).toBeLessThanOrEqual(
      Math.ceil(input.length / STREAM_CHUNK_BYTES) + 1,
    );
    const zstd = spawnSync('zstd', ['-t', '-q'], { input: archive });
    if (!zstd.error) expect(zstd.status).toBe(0);
  });
});

describe("pg_dump's 1 MiB stdout buffer", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'db-deploy-stdbuf-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('uses stdbuf from PATH when it works (coreutils, Linux)', async () => {
    const found = await findStdbuf();
    if (process.platform !== 'linux') return expect(found).toBeUndefined();
    const probe = spawnSync('stdbuf', ['--version']);
    if (probe.error) return expect(found).toBeUndefined();
    expect(found).toMatch(/\/stdbuf$/);
  });

  test('runs pg_dump as it is when PATH has no stdbuf, or a stdbuf that fails', async () => {
    expect(await findStdbuf(dir)).toBeUndefined();
    const broken = join(dir, 'stdbuf');
    await writeFile(
      broken,
      '#!/bin/sh\necho "stdbuf: failed to find \'libstdbuf.so\'" >&2\nexit 125\n',
    );
    await chmod(broken, 0o755);
    expect(await findStdbuf(dir)).toBeUndefined();
  });
});
