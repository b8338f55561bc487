import { readFile, writeFile } from 'node:fs/promises';
import pg from 'pg';
import { DbDeployError } from '../errors.js';
import { parseDatabaseUrl } from '../db/index.js';
import { cancelled } from './cancel.js';
import type { PgBouncerTarget } from './options.js';

/**
 * PgBouncer's admin console (simple query protocol only) and its config file. PAUSE waits for
 * the database's running transactions to end and holds new queries; it is always bounded, and
 * whoever pauses resumes, whatever happens.
 */
export interface PgBouncerControl {
  /** PAUSE, bounded by `timeoutMs`; a cancel of the job gives up waiting (the caller resumes). */
  pause(timeoutMs: number, signal?: AbortSignal): Promise<number>;
  resume(): Promise<void>;
  reload(): Promise<void>;
  /** Points the entry at `dbname` in the config file (RELOAD applies it). */
  repoint(dbname: string): Promise<void>;
  /** server_login_retry as PgBouncer holds it now. */
  readLoginRetry(): Promise<string | undefined>;
  /**
   * Sets server_login_retry: 0 from the switch point until shortly after RESUME, since a server
   * login that PAUSE interrupted marks the pool as failing, and the pool would then open no
   * connection to the new side for server_login_retry (default 15 s).
   */
  setLoginRetry(value: string): Promise<void>;
  /**
   * Waits (bounded) until no client of the entry waits for a server connection: after RESUME,
   * before server_login_retry goes back up, so a login that PAUSE interrupted cannot hold the
   * pool's clients for server_login_retry.
   */
  waitForClients(timeoutMs: number): Promise<void>;
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
  return {
    async readLoginRetry() {
      const { rows } = await spare.query<{ key: string; value: string }>('SHOW CONFIG');
      return rows.find((r) => r.key === 'server_login_retry')?.value;
    },
    async setLoginRetry(value) {
      if (/^\d+$/.test(value)) await spare.query(`SET server_login_retry = ${value}`);
    },
    async waitForClients(timeoutMs) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const { rows } = await spare.query<{ database: string; cl_waiting: string }>('SHOW POOLS');
        const waiting = rows
          .filter((r) => r.database === db)
          .reduce((n, r) => n + Number(r.cl_waiting), 0);
        if (waiting === 0 || Date.now() > deadline) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    async pause(timeoutMs, signal) {
      const started = Date.now();
      let timer: NodeJS.Timeout | undefined;
      let onAbort: (() => void) | undefined;
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
        onAbort = () => reject(cancelled("PgBouncer's PAUSE waited for running transactions"));
        if (signal?.aborted) onAbort();
        else signal?.addEventListener('abort', onAbort, { once: true });
      });
      try {
        await Promise.race([main.query(`PAUSE ${db}`), timeout]);
        return Date.now() - started;
      } finally {
        clearTimeout(timer);
        if (onAbort) signal?.removeEventListener('abort', onAbort);
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
      const text = await readFile(path, 'utf8');
      await writeFile(path, repointEntry(text, target.database, dbname));
    },
    async close() {
      // A PAUSE given up on never answers: do not wait for its connection to end politely.
      const end = (c: pg.Client) =>
        Promise.race([c.end().catch(() => undefined), new Promise((r) => setTimeout(r, 1000))]);
      await Promise.all([end(main), end(spare)]);
    },
  };
}
