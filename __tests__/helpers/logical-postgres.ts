import {
  LOGICAL_FLAGS,
  createDatabase,
  startPostgres,
  dumpableMajor,
  testRole,
} from '../../scripts/lib/postgres.mjs';
import { query } from './database.js';
export interface LogicalPostgres {
  /** The test role's URL of the `postgres` database (the superuser, or the managed role). */
  url: string;
  port: number;
  /** e.g. `15.18`. */
  version: string;
  /** Creates (or re-creates) a database and returns its superuser URL. */
  database(name: string): Promise<string>;
  /**
   * A libpq key/value string for `name` on this server, as CREATE SUBSCRIPTION wants it
   * (`host=127.0.0.1 port=… dbname=… user=postgres password=postgres`).
   */
  conninfo(name: string): string;
  stop(): Promise<void>;
}

/**
 * Starts a PostgreSQL server of dumpableMajor() (PG_MAJOR, else the newest major the installed
 * pg_dump can dump: the schema copy needs it) with `wal_level=logical`, on a free loopback port.
 * About 1 s. DATABASE_URL does not apply: the shared test server runs with `wal_level=replica`.
 */
export async function startLogicalPostgres(
  flags: readonly string[] = [],
): Promise<LogicalPostgres> {
  const server = await startPostgres({
    major: dumpableMajor(),
    postgresFlags: [...LOGICAL_FLAGS, ...flags],
  });
  const { username, password } = new URL(server.url);
  return {
    url: server.url,
    port: server.port,
    version: server.version,
    database: (name) => createDatabase(server.url, name),
    conninfo: (name) =>
      `host=127.0.0.1 port=${server.port} dbname=${name} user=${decodeURIComponent(username)} ` +
      `password=${decodeURIComponent(password)}`,
    stop: () => server.stop(),
  };
}

/**
 * Whether the test role may create subscriptions on a server of `major`: a superuser always; the
 * managed role (DB_DEPLOY_TEST_ROLE=managed) from PostgreSQL 16, through pg_create_subscription.
 * Before 16 only a superuser may (managed services let their admin role through their own
 * patches, which a plain server cannot imitate): the tests then expect the one-line refusal.
 */
export function roleSubscribes(major: number): boolean {
  return testRole() !== 'managed' || major >= 16;
}

/** The role a blue-green e2e test deploys as: its password and its URL of a database. */
export interface Deployer {
  password: string;
  url(database: string): string;
}

/**
 * Who runs the blue-green bundles in the e2e tests. With DB_DEPLOY_TEST_ROLE=managed, as on a
 * managed service, the master user itself (the managed test role, which owns the databases it
 * created); otherwise a superuser role `name` with `password` (one that needs percent-encoding,
 * for the masking checks), created here.
 */
export async function deployer(
  server: LogicalPostgres,
  name: string,
  password: string,
): Promise<Deployer> {
  const at = (user: string, secret: string) => (database: string) =>
    `postgres://${user}:${encodeURIComponent(secret)}@127.0.0.1:${server.port}/${database}`;
  if (testRole() === 'managed') {
    const { username, password: managed } = new URL(server.url);
    const secret = decodeURIComponent(managed);
    return { password: secret, url: at(decodeURIComponent(username), secret) };
  }
  await query(server.url, `CREATE ROLE ${name} LOGIN SUPERUSER PASSWORD '${password}'`);
  return { password, url: at(name, password) };
}

/**
 * PostgreSQL's launcher starts subscription workers at most once per
 * wal_retrieve_retry_interval (5 s): a test that creates and drops many subscriptions in a row
 * (the interruption table) waits seconds for each. The product copes with the default (it waits
 * up to 10-15 s for a worker); these tests are about something else.
 */
export const QUICK_WORKER_START = Object.freeze(['-c', 'wal_retrieve_retry_interval=100ms']);

/**
 * One logical-replication server for the calling test file: started lazily by the first call
 * of the returned function (so a skipped file starts nothing), stopped in `afterAll`.
 */
export function useLogicalPostgres(flags: readonly string[] = []): () => Promise<LogicalPostgres> {
  let server: Promise<LogicalPostgres> | undefined;
  afterAll(async () => {
    const running = server;
    server = undefined;
    if (running) await (await running).stop();
  });
  return () => (server ??= startLogicalPostgres(flags));
}
