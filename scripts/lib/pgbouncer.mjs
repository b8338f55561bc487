// A real PgBouncer for the blue-green tests and benchmarks: Debian's `pgbouncer` binary on a free
// loopback port, with its own config and auth file in a temporary directory removed on stop.
// PgBouncer refuses to run as root ("PgBouncer should not run as root"), so as root it runs as
// `nobody`; the directory and both files are handed to that user, and root (the process that
// repoints a database entry in the config) can still write them.
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { chmod, chown, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';
import { freePort } from './postgres.mjs';

/** Where Debian and most distributions put the binary, after PATH (often without /usr/sbin). */
const USUAL_PATHS = [
  '/usr/sbin/pgbouncer',
  '/usr/local/sbin/pgbouncer',
  '/usr/local/bin/pgbouncer',
];

/** Log lines kept in memory for error messages and `logs()`. */
const KEEP_LINES = 400;

/**
 * The path of a runnable pgbouncer binary (PATH first, then the usual sbin locations), or
 * undefined when there is none. Synchronous, so a test file can decide to skip at load time.
 * @returns {string | undefined}
 */
export function findPgBouncer() {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return [...dirs.map((d) => join(d, 'pgbouncer')), ...USUAL_PATHS].find((path) => {
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** The uid and gid of `name` from /etc/passwd. */
async function systemUser(name) {
  const passwd = await readFile('/etc/passwd', 'utf8');
  const line = passwd.split('\n').find((l) => l.startsWith(`${name}:`));
  if (!line)
    throw new Error(`PgBouncer refuses to run as root and there is no '${name}' user to run it as`);
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

/** A value in pgbouncer.ini: plain when safe, else single-quoted. */
function iniValue(value) {
  const text = String(value);
  return /^[\w.,:/@=-]*$/.test(text) ? text : `'${text.replace(/'/g, "''")}'`;
}

/** One auth_file line, `"user" "password"`, a `"` doubled (PgBouncer docs, "auth_file format"). */
function authLine(user, password) {
  const quote = (s) => `"${String(s).replace(/"/g, '""')}"`;
  return `${quote(user)} ${quote(password)}\n`;
}

/**
 * The text of pgbouncer.ini.
 * @param {{ databases: Record<string, string>, port: number, authFile: string, authType: string,
 *   adminUser: string, poolMode: string, settings: Record<string, string | number> }} c
 */
function renderConfig(c) {
  const databases = Object.entries(c.databases).map(([name, target]) => `${name} = ${target}`);
  const settings = {
    listen_addr: '127.0.0.1',
    listen_port: c.port,
    // No Unix socket: instances (or Debian's own service) would share /tmp/.s.PGSQL.<port>.
    unix_socket_dir: '',
    auth_type: c.authType,
    auth_file: c.authFile,
    admin_users: c.adminUser,
    stats_users: c.adminUser,
    pool_mode: c.poolMode,
    max_client_conn: 500,
    default_pool_size: 20,
    ...c.settings,
  };
  const lines = Object.entries(settings).map(([key, value]) => `${key} = ${iniValue(value)}`);
  return `[databases]\n${databases.join('\n')}\n\n[pgbouncer]\n${lines.join('\n')}\n`;
}

/** Waits until the admin console answers; rejects when the process exits or the time is up. */
async function waitReady(adminUrl, exited, logs, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    const code = exited();
    if (code !== undefined) {
      throw new Error(
        `pgbouncer exited (${code}) before accepting connections:\n${logs().slice(-20).join('\n')}`,
      );
    }
    const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 1000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SHOW VERSION');
      await client.end();
      return;
    } catch (error) {
      last = error;
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 25));
    }
  }
  const tail = logs().slice(-20).join('\n');
  throw new Error(
    `pgbouncer did not accept connections in ${timeoutMs} ms (${last?.message ?? last}):\n${tail}`,
  );
}

/**
 * Starts a throw-away PgBouncer on a free loopback port.
 *
 * Database entries carry no password: PgBouncer logs into PostgreSQL as the client's user with
 * that user's password from the auth file, so the file holds plain-text passwords (needed for
 * PostgreSQL's `password` and `scram-sha-256` methods). Clients log into PgBouncer with
 * `authType` against the same file.
 *
 * Everything else keeps PgBouncer's defaults, so tests see what production sees. One of them
 * matters to a switch: a server connection still logging in when PAUSE closes it counts as a
 * failed login, and the pool then opens no connection for `server_login_retry` (15 s) after
 * RESUME. Pass `settings: { server_login_retry: … }` to change it.
 *
 * @param {object} options
 * @param {Record<string, string>} options.databases `[databases]` entries, name -> libpq-style
 *   `host=… port=… dbname=…` (see `databaseEntry`).
 * @param {Record<string, string>} [options.users] login roles and passwords, for clients and for
 *   PostgreSQL. Default `{ postgres: 'postgres' }` (the embedded server's superuser).
 * @param {string} [options.adminUser] admin console user (PAUSE, RESUME, RELOAD, SHOW …); a
 *   PgBouncer-only user, not a PostgreSQL role. Default `pgbouncer_admin`.
 * @param {string} [options.adminPassword] Default `pgbouncer_admin`.
 * @param {'transaction' | 'session'} [options.poolMode] Default `transaction`.
 * @param {'scram-sha-256' | 'md5'} [options.authType] how clients log in. Default `scram-sha-256`.
 * @param {Record<string, string | number>} [options.settings] extra or overriding `[pgbouncer]`
 *   settings.
 * @param {string} [options.runAs] the user to run as when started as root. Default `nobody`.
 * @param {number} [options.timeoutMs] how long to wait for it to accept connections. Default 10000.
 */
export async function startPgBouncer(options) {
  const binary = findPgBouncer();
  if (!binary)
    throw new Error(
      'pgbouncer not found on PATH or in /usr/sbin: install it (apt-get install pgbouncer)',
    );
  const users = options.users ?? { postgres: 'postgres' };
  const adminUser = options.adminUser ?? 'pgbouncer_admin';
  const adminPassword = options.adminPassword ?? 'pgbouncer_admin';
  const poolMode = options.poolMode ?? 'transaction';
  if (poolMode !== 'transaction' && poolMode !== 'session')
    throw new Error(`poolMode must be 'transaction' or 'session', got ${poolMode}`);

  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const owner = asRoot ? await systemUser(options.runAs ?? 'nobody') : undefined;
  const dir = await mkdtemp(join(tmpdir(), 'db-deploy-pgbouncer-'));
  const configPath = join(dir, 'pgbouncer.ini');
  const authFile = join(dir, 'userlist.txt');
  const port = await freePort();
  const auth = [...Object.entries(users), [adminUser, adminPassword]]
    .map(([u, p]) => authLine(u, p))
    .join('');
  const config = renderConfig({
    databases: options.databases,
    port,
    authFile,
    authType: options.authType ?? 'scram-sha-256',
    adminUser,
    poolMode,
    settings: options.settings ?? {},
  });
  await writeFile(authFile, auth, { mode: 0o600 });
  await writeFile(configPath, config, { mode: 0o644 });
  if (owner) {
    for (const path of [dir, authFile, configPath]) await chown(path, owner.uid, owner.gid);
  }
  await chmod(dir, 0o700);

  const lines = [];
  const logs = () => lines.slice();
  const child = spawn(binary, [configPath], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
  });
  let exitCode;
  const exited = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exitCode = code ?? signal ?? 'unknown';
      resolve();
    });
    child.on('error', (error) => {
      lines.push(String(error?.message ?? error));
      exitCode = 'spawn error';
      resolve();
    });
  });
  const collect = (chunk) => {
    for (const line of String(chunk).split('\n')) if (line) lines.push(line);
    if (lines.length > KEEP_LINES) lines.splice(0, lines.length - KEEP_LINES);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  // A test process that dies without stop() must not leave a PgBouncer behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  const login = (user, password, database) =>
    `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/` +
    encodeURIComponent(database);
  const url = (database, user = Object.keys(users)[0]) => login(user, users[user] ?? '', database);
  const adminUrl = login(adminUser, adminPassword, 'pgbouncer');

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', killOnExit);
    if (exitCode === undefined) {
      // SIGTERM is PgBouncer's immediate shutdown; SIGINT would wait for clients to leave.
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    await waitReady(adminUrl, () => exitCode, logs, options.timeoutMs ?? 10_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, url, adminUrl, configPath, authFile, dir, binary, pid: child.pid, logs, stop };
}

/**
 * A `[databases]` entry for a PostgreSQL URL: `host=… port=… dbname=…`, without user or
 * password (PgBouncer takes both from the client's login and the auth file).
 * @param {string} url
 * @param {string} [dbname] another database on the same server
 */
export function databaseEntry(url, dbname) {
  const u = new URL(url);
  const name = dbname ?? decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!/^[\w.-]+$/.test(name))
    throw new Error(`database name needs quoting in pgbouncer.ini: ${name}`);
  return `host=${u.hostname} port=${u.port || 5432} dbname=${name}`;
}
