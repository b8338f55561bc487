import {
  connect,
  disconnect,
  type DbClient,
  parseDatabaseUrl,
  type DatabaseTarget,
} from '../db/index.js';
import {
  CONNECTED_SESSIONS,
  END_SESSIONS,
  IS_READ_ONLY,
  SESSION_WRITABLE,
  setReadOnly as setReadOnlySql,
} from './queries.js';
import { greenTarget, onServer, replicationNames, sameServer } from './names.js';
import type { SwitchOptions } from './options.js';

/** The pair a command works on: both targets, connections opened on demand, names. */
export interface Pair {
  blue: DatabaseTarget;
  green: DatabaseTarget;
  /** Green is a database of blue's server (template and rename need that). */
  sameServer: boolean;
  names: ReturnType<typeof replicationNames>;
  blueClient(): Promise<DbClient>;
  greenClient(): Promise<DbClient>;
  /**
   * A session on `side`'s server in neither database of the pair (`postgres`, else
   * `template1`): for CREATE/DROP/ALTER DATABASE on a database nobody may be connected to.
   */
  serverClient(side: 'blue' | 'green'): Promise<DbClient>;
  /** A session that can create and drop green: blue's on one server, else green's server's. */
  greenHost(): Promise<DbClient>;
  /** Closes the sessions of one database (before it is copied, renamed or dropped). */
  release(target: DatabaseTarget): Promise<void>;
  close(): Promise<void>;
}

export const SESSION_NAME = 'db-deploy blue-green';

export function openPair(options: SwitchOptions): Pair {
  const blue = parseDatabaseUrl(options.databaseUrl);
  const green = greenTarget(blue, options.greenDatabase, options.greenDatabaseUrl);
  const same = sameServer(blue, green);
  const clients = new Map<string, Promise<DbClient>>();
  const open = (target: DatabaseTarget) =>
    connect(target, {
      connectTimeoutMs: options.connectTimeoutMs,
      applicationName: SESSION_NAME,
    }).then(async (c) => {
      // db-deploy's own sessions write on a side that is read-only for everyone else.
      await c.query(SESSION_WRITABLE);
      return c;
    });
  const client = (target: DatabaseTarget) => {
    let opened = clients.get(target.display);
    if (!opened) {
      opened = open(target);
      clients.set(target.display, opened);
    }
    return opened;
  };
  const serverClient = (side: 'blue' | 'green') => {
    const base = side === 'blue' ? blue : green;
    const key = `server:${side === 'blue' || !same ? side : 'blue'}`;
    let opened = clients.get(key);
    if (!opened) {
      const names = ['postgres', 'template1'].filter(
        (n) => n !== blue.database && n !== green.database,
      );
      opened = (async () => {
        let last: unknown;
        for (const name of names) {
          try {
            return await open(onServer(base, name));
          } catch (error) {
            last = error;
          }
        }
        throw last;
      })();
      clients.set(key, opened);
    }
    return opened;
  };
  return {
    blue,
    green,
    sameServer: same,
    names: replicationNames(green.database),
    blueClient: () => client(blue),
    greenClient: () => client(green),
    serverClient,
    greenHost: () => (same ? client(blue) : serverClient('green')),
    async release(target) {
      const opened = clients.get(target.display);
      clients.delete(target.display);
      if (opened) await disconnect(await opened.catch(() => undefined));
    },
    async close() {
      for (const opened of clients.values()) await disconnect(await opened.catch(() => undefined));
      clients.clear();
    },
  };
}

/** New sessions of `database` may only read (the replication apply worker still writes). */
export async function setReadOnly(
  admin: DbClient,
  database: string,
  readOnly: boolean,
): Promise<void> {
  await admin.query(setReadOnlySql(database, readOnly));
}

/** Whether new sessions of `database` are read-only (the guard prepare sets on green). */
export async function isReadOnly(admin: DbClient, database: string): Promise<boolean> {
  const { rows } = await admin.query<{ ro: boolean }>(IS_READ_ONLY, [database]);
  return rows[0]?.ro === true;
}

/** Ends every client session of `database` but ours: they would go on writing to the old side. */
export async function endSessions(admin: DbClient, database: string): Promise<number> {
  const { rows } = await admin.query<{ n: number }>(END_SESSIONS, [database, SESSION_NAME]);
  return rows[0]?.n ?? 0;
}

/** Client sessions of `database` other than db-deploy's: what a template copy must not have. */
export async function connectedSessions(
  admin: DbClient,
  database: string,
): Promise<Array<{ pid: number; application: string; user: string }>> {
  const { rows } = await admin.query<{ pid: number; application: string; user: string }>(
    CONNECTED_SESSIONS,
    [database, SESSION_NAME],
  );
  return rows;
}
