import {
  compressionArgs,
  defaultCompression,
  parseCompression,
} from '../../src/core/backup/compression.js';
import { isDbDeployError } from '../../src/core/errors.js';

describe('compression', () => {
  test.each([
    ['gzip', { method: 'gzip' }],
    ['gzip:9', { method: 'gzip', level: 9 }],
    ['LZ4', { method: 'lz4' }],
    ['zstd:19', { method: 'zstd', level: 19 }],
    ['none', { method: 'none' }],
  ])('parses %j', (text, expected) => {
    expect(parseCompression(text)).toEqual(expected);
  });

  test.each(['brotli', 'gzip:10', 'gzip:0', 'zstd:23', 'none:1', 'gzip:'])('refuses %j', (text) => {
    expect(() => parseCompression(text)).toThrow(/compression/);
  });

  test('pg_dump 16+ takes METHOD:LEVEL; 15 takes only a gzip level (-Z 0-9)', () => {
    expect(compressionArgs({ method: 'zstd', level: 3 }, 16, '16.4')).toEqual([
      '--compress=zstd:3',
    ]);
    expect(compressionArgs({ method: 'lz4' }, 17, '17.2')).toEqual(['--compress=lz4']);
    expect(compressionArgs({ method: 'gzip', level: 4 }, 15, '15.18')).toEqual(['--compress=4']);
    expect(compressionArgs({ method: 'gzip' }, 15, '15.18')).toEqual(['--compress=6']);
    expect(compressionArgs({ method: 'none' }, 15, '15.18')).toEqual(['--compress=0']);
  });

  test('lz4 and zstd with pg_dump 15 are refused in one line', () => {
    let error: unknown;
    try {
      compressionArgs({ method: 'zstd' }, 15, '15.18');
    } catch (e) {
      error = e;
    }
    expect(isDbDeployError(error) && error.code).toBe('compression-unsupported');
    expect((error as Error).message).toBe(
      'pg_dump 15.18 cannot compress with zstd (pg_dump 16 or newer can)',
    );
  });

  test('the default is zstd:1 from pg_dump 16, gzip:1 before', () => {
    expect(defaultCompression(17)).toEqual({ method: 'zstd', level: 1 });
    expect(defaultCompression(15)).toEqual({ method: 'gzip', level: 1 });
  });
});
