import { createHash } from 'node:crypto';
import { DbDeployError } from '../errors.js';
import { parseDatabaseUrl, type DatabaseTarget } from '../db/index.js';

/** The schema db-deploy keeps its blue-green state and markers in, on both databases. */
export const CONTROL_SCHEMA = 'db_deploy';
export const STATE_TABLE = 'blue_green_state';
export const MARKER_TABLE = 'blue_green_marker';

/** Replication objects, named after the pair so two pairs on one cluster never collide. */
export interface ReplicationNames {
  publication: string;
  slot: string;
  subscription: string;
}

/**
 * The name as an identifier part: itself when it is plain lower case of at most 40 characters,
 * else lower-cased, other characters as `_`, cut to 33 and a short hash of the exact name added,
 * so `Shop`/`shop`, `a-b`/`a_b` and two long names with one prefix never share objects.
 */
function slug(text: string): string {
  const plain = text.toLowerCase().replace(/[^a-z0-9_]/g, '_');
  if (plain === text && plain.length <= 40) return plain;
  return `${plain.slice(0, 33)}_${createHash('sha256').update(text).digest('hex').slice(0, 6)}`;
}

/** Forward (blue → green) and back (green → blue) objects for a green database. */
export function replicationNames(green: string): {
  forward: ReplicationNames;
  back: ReplicationNames;
} {
  const base = `dbd_${slug(green)}`;
  return {
    forward: { publication: `${base}_fwd`, slot: `${base}_fwd`, subscription: `${base}_fwd` },
    back: { publication: `${base}_back`, slot: `${base}_back`, subscription: `${base}_back` },
  };
}

/** The same server and credentials as `target`, another database. */
export function onServer(target: DatabaseTarget, database: string): DatabaseTarget {
  const url = new URL(target.url);
  url.pathname = `/${encodeURIComponent(database)}`;
  return parseDatabaseUrl(url.toString());
}

/** Whether two targets are databases of one PostgreSQL server (as far as their URLs tell). */
export function sameServer(a: DatabaseTarget, b: DatabaseTarget): boolean {
  return a.host.toLowerCase() === b.host.toLowerCase() && a.port === b.port;
}

/**
 * Green: `green-database-url` (any server), or `green-database` on blue's server (default
 * `<blue>_green`).
 */
export function greenTarget(
  blue: DatabaseTarget,
  green: string | undefined,
  greenUrl?: string,
): DatabaseTarget {
  if (greenUrl) {
    const target = parseDatabaseUrl(greenUrl, 'green-database-url');
    if (green && green !== target.database)
      throw new DbDeployError(
        'bad-input',
        `green-database "${green}" differs from the database of green-database-url (${target.database})`,
        { hint: 'give one of them' },
      );
    if (sameServer(blue, target) && target.database === blue.database)
      throw new DbDeployError('bad-input', 'green-database-url points at blue itself', {
        where: target.display,
        hint: 'name another database, or another server',
      });
    return target;
  }
  const name = green ?? `${blue.database}_green`;
  if (!/^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/.test(name) || name === blue.database) {
    throw new DbDeployError('bad-input', `green-database "${name}" is not usable`, {
      hint: 'use a plain database name (letters, digits, _, $ or -; not starting with a digit), other than blue’s',
    });
  }
  return onServer(blue, name);
}

/** A libpq keyword/value connection string, as CREATE SUBSCRIPTION wants it (a secret). */
export function conninfo(target: DatabaseTarget): string {
  const quote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  const parts = [
    `host=${quote(target.host)}`,
    `port=${target.port}`,
    `dbname=${quote(target.database)}`,
    ...(target.user ? [`user=${quote(target.user)}`] : []),
    ...(target.password ? [`password=${quote(target.password)}`] : []),
  ];
  const sslmode = new URL(target.url).searchParams.get('sslmode');
  if (sslmode) parts.push(`sslmode=${quote(sslmode)}`);
  return parts.join(' ');
}
