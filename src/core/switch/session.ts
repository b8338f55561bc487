import { connect, disconnect, type DbClient } from '../db/connect.js';
import { parseDatabaseUrl, type DatabaseTarget } from '../db/url.js';
import { quoteIdent } from '../db/sql.js';
import { greenTarget, replicationNames } from './names.js';
import type { SwitchOptions } from './types.js';

/** The pair a command works on: both targets, connections opened on demand, names. */
export interface Pair {
  blue: DatabaseTarget;
  green: DatabaseTarget;
  names: ReturnType<typeof replicationNames>;
  blueClient(): Promise<DbClient>;
  greenClient(): Promise<DbClient>;
  close(): Promise<void>;
}

export function openPair(options: SwitchOptions): Pair {
  const blue = parseDatabaseUrl(options.databaseUrl);
  const green = greenTarget(blue, options.greenDatabase);
  const clients = new Map<string, Promise<DbClient>>();
  const client = (target: DatabaseTarget) => {
    let opened = clients.get(target.database);
    if (!opened) {
      opened = connect(target, {
        connectTimeoutMs: options.connectTimeoutMs,
        applicationName: 'db-deploy blue-green',
      }).then(async (c) => {
        // db-deploy's own sessions write on a side that is read-only for everyone else.
        await c.query('SET default_transaction_read_only = off');
        return c;
      });
      clients.set(target.database, opened);
    }
    return opened;
  };
  return {
    blue,
    green,
    names: replicationNames(green.database),
    blueClient: () => client(blue),
    greenClient: () => client(green),
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
  await admin.query(
    readOnly
      ? `ALTER DATABASE ${quoteIdent(database)} SET default_transaction_read_only = on`
      : `ALTER DATABASE ${quoteIdent(database)} RESET default_transaction_read_only`,
  );
}

/** Whether new sessions of `database` are read-only (the guard prepare sets on green). */
export async function isReadOnly(admin: DbClient, database: string): Promise<boolean> {
  const { rows } = await admin.query<{ ro: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase
        WHERE d.datname = $1 AND s.setrole = 0 AND 'default_transaction_read_only=on' = ANY (s.setconfig)) AS ro`,
    [database],
  );
  return rows[0]?.ro === true;
}

/** Ends every client session of `database` but ours: they would go on writing to the old side. */
export async function endSessions(admin: DbClient, database: string): Promise<number> {
  const { rows } = await admin.query<{ n: number }>(
    `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
      WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'
        AND application_name <> 'db-deploy blue-green'`,
    [database],
  );
  return rows[0]?.n ?? 0;
}
