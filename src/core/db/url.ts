import { DbDeployError } from '../errors.js';

/** A parsed connection URL. `url` and `password` are secrets: never log them. */
export interface DatabaseTarget {
  /** The URL as given (a secret). */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly database: string;
  readonly user: string;
  /** The decoded password, or '' (a secret). */
  readonly password: string;
  /** `host:port/database`: the only form of the target that may be printed. */
  readonly display: string;
}

const SCHEMES = new Set(['postgres:', 'postgresql:']);

/**
 * The strings that must be masked before any other work: the URL, the password as written
 * in the URL (percent-encoded) and decoded, from `user:password@` or a `password=` parameter. Works on malformed URLs too, so a bad URL
 * never leaks its password through the error that rejects it.
 */
export function secretsOf(rawUrl: string): string[] {
  const secrets = new Set<string>();
  const raw = rawUrl.trim();
  if (raw) secrets.add(raw);
  // user:password@ — taken textually so that it works even when URL parsing fails.
  const match = /^[a-z]+:\/\/[^:/?#]*:(.*)@[^@]*$/i.exec(raw);
  const encoded = match?.[1];
  if (encoded) {
    secrets.add(encoded);
    try {
      secrets.add(decodeURIComponent(encoded));
    } catch {
      // an invalid escape: the encoded form is masked already
    }
  }
  // libpq and node-postgres also take the password as a query parameter (`?password=…`).
  for (const [, value] of raw.matchAll(/[?&]password=([^&#]*)/gi)) {
    if (!value) continue;
    secrets.add(value);
    try {
      secrets.add(decodeURIComponent(value.replace(/\+/g, ' ')));
      secrets.add(decodeURIComponent(value));
    } catch {
      // an invalid escape: the encoded form is masked already
    }
  }
  for (const value of [...secrets]) if (value.length < 3) secrets.delete(value);
  return [...secrets];
}

/** Replaces every secret in `text` with `***` (longest first, so no fragment survives). */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret) out = out.split(secret).join('***');
  }
  return out;
}

/**
 * Parses and validates a PostgreSQL connection URL (`postgres://user:pass@host:5432/db`).
 * @param name the input or option name, for the error message
 */
export function parseDatabaseUrl(rawUrl: string, name = 'database-url'): DatabaseTarget {
  const raw = rawUrl.trim();
  const hint =
    'use postgres://USER:PASSWORD@HOST:PORT/DATABASE, with special characters in the password percent-encoded';
  if (!raw) {
    throw new DbDeployError('bad-input', `${name} is empty`, {
      hint: 'pass the connection URL from a secret, e.g. ${{ secrets.DATABASE_URL }}',
    });
  }
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new DbDeployError('bad-input', `${name} is not a valid URL`, { hint });
  }
  if (!SCHEMES.has(parsed.protocol)) {
    throw new DbDeployError('bad-input', `${name} must start with postgres:// or postgresql://`, {
      hint,
    });
  }
  let password: string;
  let user: string;
  try {
    password = decodeURIComponent(parsed.password);
    user = decodeURIComponent(parsed.username);
  } catch {
    throw new DbDeployError(
      'bad-input',
      `${name} has an invalid percent-escape in its user or password`,
      { hint },
    );
  }
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1') || parsed.searchParams.get('host') || '';
  if (!host) throw new DbDeployError('bad-input', `${name} has no host`, { hint });
  const port = parsed.port ? Number(parsed.port) : 5432;
  let database = user || 'postgres';
  try {
    database = decodeURIComponent(parsed.pathname.replace(/^\//, '')) || database;
  } catch {
    throw new DbDeployError(
      'bad-input',
      `${name} has an invalid percent-escape in its database name`,
      { hint },
    );
  }
  return { url: raw, host, port, database, user, password, display: `${host}:${port}/${database}` };
}
