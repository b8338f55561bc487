import pg from 'pg';
import { parseIntoClientConfig } from 'pg-connection-string';
import { DbDeployError } from '../errors.js';
import type { DatabaseTarget } from './url.js';
import { pgErrorFields } from './pg-error.js';
import { formatDuration } from '../duration.js';

export type DbClient = pg.Client;

export interface ConnectOptions {
  /** Give up connecting after this many milliseconds (default 10 000). */
  connectTimeoutMs?: number;
  /** Shown in pg_stat_activity (default `db-deploy`). */
  applicationName?: string;
  /**
   * Give up waiting for any one query's answer after this many milliseconds, on the client
   * side (node-postgres' `query_timeout`): a guard for a server that stops answering, where
   * `statement_timeout` cannot help. Default: no limit.
   */
  queryTimeoutMs?: number;
}

/**
 * Opens one connection, turning every way a connection can fail into one clear line that
 * names `host:port/database` and never the URL or the password.
 */
export async function connect(
  target: DatabaseTarget,
  options: ConnectOptions = {},
): Promise<DbClient> {
  const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
  const client = new pg.Client({
    ...clientConfig(target),
    connectionTimeoutMillis: connectTimeoutMs,
    application_name: options.applicationName ?? 'db-deploy',
    ...(options.queryTimeoutMs ? { query_timeout: options.queryTimeoutMs } : {}),
  });
  // An idle connection that the server drops must not crash the process with an unhandled 'error'.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw connectionError(error, target, connectTimeoutMs);
  }
  return client;
}

/**
 * node-postgres settings for a target: its SSL and other options as node-postgres reads them from
 * the URL, but host, port, database, user and password always the ones parseDatabaseUrl resolved.
 * node-postgres alone would re-parse the URL its own way (`decodeURI` leaves `%3B` in a database
 * name encoded, where libpq and pg_restore decode it), and check one database while the client
 * tools write another.
 */
export function clientConfig(target: DatabaseTarget): pg.ClientConfig {
  const config: pg.ClientConfig = parseIntoClientConfig(target.url);
  return {
    ...config,
    host: target.host,
    port: target.port,
    database: target.database,
    user: target.user || undefined,
    password: target.password || undefined,
  };
}

/** Closes a client, ignoring errors from a connection that is already gone. */
export async function disconnect(client: DbClient | undefined): Promise<void> {
  if (client) await client.end().catch(() => undefined);
}

/** Maps a connection failure to a DbDeployError with the action a user should take. */
export function connectionError(
  error: unknown,
  target: DatabaseTarget,
  connectTimeoutMs: number,
): DbDeployError {
  const { code, message } = pgErrorFields(error);
  const where = target.display;
  const user = target.user || '(default user)';
  switch (code) {
    case '28P01':
      return new DbDeployError('auth-failed', `authentication failed for user "${user}"`, {
        where,
        hint: 'check the user and password in the database URL secret',
        cause: error,
      });
    case '28000':
      return new DbDeployError(
        'auth-failed',
        `the server refused user "${user}" (pg_hba.conf has no matching entry or the role cannot log in)`,
        {
          where,
          hint: 'allow this client in pg_hba.conf or use a role with LOGIN',
          cause: error,
        },
      );
    case '3D000':
      return new DbDeployError('database-missing', `database "${target.database}" does not exist`, {
        where,
        hint: 'create it first or fix the database name in the URL',
        cause: error,
      });
    case '53300':
      return new DbDeployError('too-many-connections', 'the server has no free connection slots', {
        where,
        hint: 'retry later or raise max_connections',
        cause: error,
      });
    case 'ECONNREFUSED':
      return new DbDeployError(
        'unreachable',
        'connection refused: nothing listens on that host and port',
        {
          where,
          hint: 'check the host and port, and that the server is running and reachable from the runner',
          cause: error,
        },
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new DbDeployError('unreachable', `host "${target.host}" does not resolve`, {
        where,
        hint: 'check the host name in the database URL',
        cause: error,
      });
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
      return new DbDeployError('unreachable', `cannot reach the server (${code})`, {
        where,
        hint: 'check the host, firewall rules and that the runner can reach the database network',
        cause: error,
      });
    default:
      break;
  }
  if (/timeout/i.test(message)) {
    return new DbDeployError(
      'unreachable',
      `no answer from the server within ${formatDuration(connectTimeoutMs)}`,
      {
        where,
        hint: 'check the host and port and that the runner can reach the database, or raise connect-timeout',
        cause: error,
      },
    );
  }
  if (/SSL/i.test(message)) {
    return new DbDeployError('ssl', `SSL negotiation failed: ${message}`, {
      where,
      hint: 'set sslmode in the URL to match the server (e.g. ?sslmode=require or ?sslmode=disable)',
      cause: error,
    });
  }
  return new DbDeployError(
    'connect-failed',
    `cannot connect: ${code ? `${code} ` : ''}${message}`,
    {
      where,
      hint: 'check the database URL and that the server accepts connections',
      cause: error,
    },
  );
}
