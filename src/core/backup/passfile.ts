import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseTarget } from '../db/index.js';
import { registerTemporary, removeStale } from './exit-cleanup.js';

/** `db-deploy-pgpass-<pid>-XXXXXX`: a passfile directory, and the run that made it. */
const PASSFILE_DIR = /^db-deploy-pgpass-(\d+)-[A-Za-z0-9]{6}$/;

/**
 * libpq settings that must not leak from the caller's environment into a child: a stray
 * PGPASSWORD would be visible in /proc/<pid>/environ, and PGSERVICE or PGHOSTADDR could point
 * the child at another server than the one named by the URL.
 */
const CLEARED = /^PG[A-Z_]+$/;

/** URL query parameters passed on to libpq as their environment variables. */
const URL_PARAMS: Record<string, string> = {
  sslmode: 'PGSSLMODE',
  sslrootcert: 'PGSSLROOTCERT',
  sslcert: 'PGSSLCERT',
  sslkey: 'PGSSLKEY',
  connect_timeout: 'PGCONNECT_TIMEOUT',
};

/** Escapes a passfile field: `\` and `:` are backslash-escaped (libpq, "The Password File"). */
function passfileField(value: string): string {
  return value.replace(/[\\:]/g, (c) => `\\${c}`);
}

/** The passfile's single line: any host, port and database, this user, this password. */
export function passfileLine(target: DatabaseTarget): string {
  const user = target.user ? passfileField(target.user) : '*';
  return `*:*:*:${user}:${passfileField(target.password)}\n`;
}

/**
 * The environment of a pg_dump / pg_restore / psql child: the caller's environment without any
 * PG* variable, plus the connection from the parsed URL. No URL and no password: the password
 * is read by libpq from `passfile`.
 */
export function toolEnv(
  target: DatabaseTarget,
  passfile: string | undefined,
  base: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(base)) {
    if (value !== undefined && !CLEARED.test(key)) env[key] = value;
  }
  env.PGHOST = target.host;
  env.PGPORT = String(target.port);
  env.PGDATABASE = target.database;
  if (target.user) env.PGUSER = target.user;
  env.PGAPPNAME = 'db-deploy';
  for (const [param, variable] of Object.entries(URL_PARAMS)) {
    const value = target.params[param];
    if (value) env[variable] = value;
  }
  if (passfile) env.PGPASSFILE = passfile;
  return env;
}

/** Where passfile directories are made: RUNNER_TEMP, else the system temp directory. */
export function passfileRoot(): string {
  return process.env.RUNNER_TEMP || tmpdir();
}

/**
 * Runs `fn` with the child environment for `target`. When the URL has a password, it is written
 * to a 0600 passfile in a fresh directory `db-deploy-pgpass-<pid>-…` under RUNNER_TEMP (or the
 * system temp directory), removed afterwards whether `fn` succeeds or fails, and on SIGINT,
 * SIGTERM or SIGHUP too. One left by a run killed with -9 (its pid gone) is removed first.
 */
export async function withToolEnv<T>(
  target: DatabaseTarget,
  fn: (env: Record<string, string>) => Promise<T>,
): Promise<T> {
  if (!target.password) return fn(toolEnv(target, undefined));
  const root = passfileRoot();
  await removeStale(root, PASSFILE_DIR);
  const dir = await mkdtemp(join(root, `db-deploy-pgpass-${process.pid}-`));
  const unregister = registerTemporary(dir);
  try {
    const passfile = join(dir, 'pgpass');
    // mode applies at creation: the file is never readable by others, not even briefly.
    await writeFile(passfile, passfileLine(target), { mode: 0o600, flag: 'wx' });
    return await fn(toolEnv(target, passfile));
  } finally {
    await rm(dir, { recursive: true, force: true });
    unregister();
  }
}
