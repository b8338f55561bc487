import { readFile, writeFile } from 'node:fs/promises';
import pg from 'pg';
import { DbDeployError } from '../errors.js';
import { parseDatabaseUrl } from '../db/url.js';
import type { PgBouncerTarget } from './types.js';

/**
 * PgBouncer's admin console (simple query protocol only) and its config file. PAUSE waits for
 * the database's running transactions to end and holds new queries; it is always bounded, and
 * whoever pauses resumes, whatever happens.
 */
export interface PgBouncerControl {
  pause(timeoutMs: number): Promise<number>;
  resume(): Promise<void>;
  reload(): Promise<void>;
  /** Points the entry at `dbname` in the config file (RELOAD applies it); returns the old text. */
  repoint(dbname: string): Promise<string>;
  restoreConfig(text: string): Promise<void>;
  /**
   * server_login_retry 0 until `restoreLoginRetry`: a server login that PAUSE interrupted marks
   * the pool as failing, and the pool would then open no connection to the new side for
   * server_login_retry (default 15 s).
   */
  loginRetryOff(): Promise<void>;
  restoreLoginRetry(): Promise<void>;
  close(): Promise<void>;
}

async function adminClient(url: string, connectTimeoutMs: number): Promise<pg.Client> {
  const target = parseDatabaseUrl(url, 'pgbouncer-admin-url');
  const client = new pg.Client({
    connectionString: target.url,
    connectionTimeoutMillis: connectTimeoutMs,
  });
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new DbDeployError(
      'pgbouncer-unreachable',
      `cannot reach the PgBouncer admin console: ${(error as Error).message}`,
      {
        where: target.display,
        hint: 'check pgbouncer-admin-url: the user must be in admin_users and the database pgbouncer',
      },
    );
  }
  return client;
}

/** A dbname as PgBouncer's connection strings take it: bare when plain, else single-quoted. */
function connstringValue(value: string): string {
  return /^[A-Za-z0-9_.$-]+$/.test(value) ? value : `'${value.replace(/'/g, "''")}'`;
}

/** Rewrites `name = … dbname=X …` in the [databases] section to `dbname` (keeps CRLF endings). */
export function repointEntry(config: string, name: string, dbname: string): string {
  const lines = config.split('\n');
  let section = '';
  let found = false;
  const setting = `dbname=${connstringValue(dbname)}`;
  const out = lines.map((raw) => {
    const cr = raw.endsWith('\r') ? '\r' : '';
    const line = cr ? raw.slice(0, -1) : raw;
    const header = /^\s*\[([^\]]+)\]\s*$/.exec(line);
    if (header) section = (header[1] ?? '').trim().toLowerCase();
    const entry = /^(\s*)("?)([^=\s"]+)\2(\s*=\s*)(.*)$/.exec(line);
    if (section !== 'databases' || !entry || entry[3] !== name) return raw;
    found = true;
    const value = entry[5] ?? '';
    const current = /(^|\s)dbname\s*=\s*('(?:[^']|'')*'|\S+)/;
    const next = current.test(value)
      ? value.replace(current, (_match, lead: string) => `${lead}${setting}`)
      : `${value} ${setting}`.trim();
    return `${entry[1]}${entry[2]}${entry[3]}${entry[2]}${entry[4]}${next}${cr}`;
  });
  if (!found)
    throw new DbDeployError(
      'pgbouncer-entry-missing',
      `PgBouncer's config has no [databases] entry "${name}"`,
      {
        hint: 'set pgbouncer-database to the name clients connect to',
      },
    );
  return out.join('\n');
}

export async function pgBouncerControl(
  target: PgBouncerTarget,
  connectTimeoutMs: number,
): Promise<PgBouncerControl> {
  // Two connections: a PAUSE that does not finish is answered with RESUME from the other.
  const [main, spare] = await Promise.all([
    adminClient(target.adminUrl, connectTimeoutMs),
    adminClient(target.adminUrl, connectTimeoutMs),
  ]);
  const db = target.database.replace(/[^A-Za-z0-9_.-]/g, '');
  let loginRetry: string | undefined;
  return {
    async loginRetryOff() {
      const { rows } = await spare.query<{ key: string; value: string }>('SHOW CONFIG');
      loginRetry = rows.find((r) => r.key === 'server_login_retry')?.value;
      await spare.query('SET server_login_retry = 0');
    },
    async restoreLoginRetry() {
      if (loginRetry !== undefined && /^\d+$/.test(loginRetry))
        await spare.query(`SET server_login_retry = ${loginRetry}`);
    },
    async pause(timeoutMs) {
      const started = Date.now();
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new DbDeployError(
                'pause-timeout',
                `PgBouncer's PAUSE did not finish within ${timeoutMs}ms (a transaction kept running)`,
                {
                  hint: 'traffic was resumed on blue; retry when long transactions have ended, or raise switch-timeout',
                },
              ),
            ),
          timeoutMs,
        );
      });
      try {
        await Promise.race([main.query(`PAUSE ${db}`), timeout]);
        return Date.now() - started;
      } finally {
        clearTimeout(timer);
      }
    },
    async resume() {
      await spare.query(`RESUME ${db}`).catch(async (error: Error) => {
        // "database is not paused" is fine: nothing to resume.
        if (!/not paused/i.test(error.message)) throw error;
      });
    },
    async reload() {
      await spare.query('RELOAD');
    },
    async repoint(dbname) {
      const path = target.configPath;
      if (!path) throw new Error('no pgbouncer-config to repoint');
      // Written in place: the file keeps its owner and mode (PgBouncer's user must read it).
      const old = await readFile(path, 'utf8');
      await writeFile(path, repointEntry(old, target.database, dbname));
      return old;
    },
    async restoreConfig(text) {
      if (target.configPath) await writeFile(target.configPath, text);
    },
    async close() {
      // A PAUSE given up on never answers: do not wait for its connection to end politely.
      const end = (c: pg.Client) =>
        Promise.race([c.end().catch(() => undefined), new Promise((r) => setTimeout(r, 1000))]);
      await Promise.all([end(main), end(spare)]);
    },
  };
}
