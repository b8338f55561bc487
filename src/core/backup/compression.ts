import { DbDeployError } from '../errors.js';

/** A compression method and optional level, e.g. `zstd:3`; `none` writes uncompressed. */
export interface Compression {
  readonly method: 'gzip' | 'lz4' | 'zstd' | 'none';
  readonly level?: number;
}

const LEVELS = { gzip: [1, 9], lz4: [1, 12], zstd: [1, 22], none: [0, 0] } as const;

const HINT = 'use gzip[:1-9], lz4[:1-12], zstd[:1-22] or none';

/** Parses `gzip`, `gzip:6`, `lz4`, `zstd:3`, `none`. */
export function parseCompression(text: string, name = 'compression'): Compression {
  const match = /^(gzip|lz4|zstd|none)(?::(\d+))?$/.exec(text.trim().toLowerCase());
  const method = match?.[1] as Compression['method'] | undefined;
  if (!match || !method) {
    throw new DbDeployError('bad-input', `${name}: "${text}" is not a compression`, { hint: HINT });
  }
  if (match[2] === undefined) return { method };
  const level = Number(match[2]);
  const [min, max] = LEVELS[method];
  if (method === 'none' || level < min || level > max) {
    throw new DbDeployError('bad-input', `${name}: level ${level} is out of range for ${method}`, {
      hint: HINT,
    });
  }
  return { method, level };
}

/** `gzip:6` / `zstd` / `none`, as shown in logs and reports. */
export function formatCompression(c: Compression): string {
  return c.level === undefined ? c.method : `${c.method}:${c.level}`;
}

/**
 * The fastest good default for a pg_dump major: zstd level 1 from pg_dump 16 (much faster than
 * gzip and usually smaller); gzip level 1 before (pg_dump 15 knows only gzip, `-Z 0-9`).
 */
export function defaultCompression(pgDumpMajor: number): Compression {
  return pgDumpMajor >= 16 ? { method: 'zstd', level: 1 } : { method: 'gzip', level: 1 };
}

/**
 * pg_dump's compression arguments. pg_dump 16 takes `--compress=METHOD[:LEVEL]` (gzip, lz4,
 * zstd); pg_dump 15 and older take only a gzip level, `--compress=0-9` (checked against
 * `pg_dump --help` of 15.18: "-Z, --compress=0-9").
 */
export function compressionArgs(c: Compression, pgDumpMajor: number, version: string): string[] {
  if (c.method === 'none') return ['--compress=0'];
  if (pgDumpMajor >= 16) return [`--compress=${formatCompression(c)}`];
  if (c.method === 'gzip') return [`--compress=${c.level ?? 6}`];
  throw new DbDeployError(
    'compression-unsupported',
    `pg_dump ${version} cannot compress with ${c.method} (pg_dump 16 or newer can)`,
    { hint: 'use gzip[:level], or install the PostgreSQL 16+ client' },
  );
}
