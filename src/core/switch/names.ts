import { DbDeployError } from '../errors.js';
import { parseDatabaseUrl, type DatabaseTarget } from '../db/url.js';

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

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .slice(0, 40);
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

/** The green database's name and URL (blue's URL with another database). */
export function greenTarget(blue: DatabaseTarget, green: string | undefined): DatabaseTarget {
  const name = green ?? `${blue.database}_green`;
  if (!/^[A-Za-z_][A-Za-z0-9_$-]{0,62}$/.test(name) || name === blue.database) {
    throw new DbDeployError('bad-input', `green-database "${name}" is not usable`, {
      hint: 'use a plain database name (letters, digits, _), other than blue’s',
    });
  }
  const url = new URL(blue.url);
  url.pathname = `/${encodeURIComponent(name)}`;
  return parseDatabaseUrl(url.toString());
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
