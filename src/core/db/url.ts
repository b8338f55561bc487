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
  /**
   * The URL's other libpq parameters (`sslmode`, `sslrootcert`, `connect_timeout`, …), decoded.
   * host, port, dbname, user and password are resolved into the fields above and left out.
   */
  readonly params: Readonly<Record<string, string>>;
}

/** Query parameters that name the connection itself; resolved into DatabaseTarget's fields. */
const CONNECTION_PARAMS = new Set(['host', 'port', 'dbname', 'user', 'password']);

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
  // ?password=… (libpq and node-postgres both read it): masked as written and decoded.
  for (const written of raw.matchAll(/[?&]password=([^&#]*)/gi)) {
    const value = written[1] ?? '';
    secrets.add(value);
    try {
      secrets.add(decodeURIComponent(value.replace(/\+/g, ' ')));
      secrets.add(decodeURIComponent(value));
    } catch {
      // an invalid escape: the written form is masked already
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
  const decode = (value: string, what: string): string => {
    try {
      return decodeURIComponent(value);
    } catch {
      throw new DbDeployError('bad-input', `${name} has an invalid percent-escape in its ${what}`, {
        hint,
      });
    }
  };
  const query = parsed.searchParams;
  /**
   * One value for each connection field: the URL's own part, or the same-named query
   * parameter (libpq reads both), never two different ones: tools would not agree on which wins.
   */
  const field = (what: string, param: string, own: string): string => {
    const values = query.getAll(param);
    const fromQuery = values[0];
    if (values.length > 1 || (fromQuery !== undefined && own && fromQuery !== own))
      throw new DbDeployError(
        'bad-input',
        `${name} gives its ${what} twice, with different values`,
        {
          hint: `give the ${what} once, in the URL itself or as ?${param}=`,
        },
      );
    return own || fromQuery || '';
  };
  const password = field('password', 'password', decode(parsed.password, 'user or password'));
  const user = field('user', 'user', decode(parsed.username, 'user or password'));
  const host = field('host', 'host', parsed.hostname.replace(/^\[(.*)\]$/, '$1'));
  if (!host) throw new DbDeployError('bad-input', `${name} has no host`, { hint });
  const portText = field('port', 'port', parsed.port);
  const port = portText ? Number(portText) : 5432;
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new DbDeployError('bad-input', `${name} has an invalid port`, { hint });
  const database =
    field('database name', 'dbname', decode(parsed.pathname.replace(/^\//, ''), 'database name')) ||
    user ||
    'postgres';
  const params: Record<string, string> = {};
  for (const [key, value] of query) if (!CONNECTION_PARAMS.has(key)) params[key] = value;
  return {
    url: raw,
    host,
    port,
    database,
    user,
    password,
    display: `${host}:${port}/${database}`,
    params,
  };
}
