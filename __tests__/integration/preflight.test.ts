import { createServer, type Server, type Socket } from 'node:net';
import type pg from 'pg';
import { main } from '../../src/cli/main.js';
import { preflight } from '../../src/core/monitor/preflight.js';
import { LOCK_WAITERS, LOCK_WAITERS_BEFORE_14 } from '../../src/core/monitor/preflight-queries.js';
import type { PreflightResult } from '../../src/core/monitor/preflight-types.js';
import type { PreflightOptions } from '../../src/core/monitor/options.js';
import { preflightFailure } from '../../src/core/monitor/preflight-verdict.js';
import { silentLogger } from '../../src/core/logger.js';
import { capture } from '../helpers/cli-io.js';
import {
  adminUrl,
  asSuperuser,
  freshDatabase,
  openClient,
  query,
  testRoleName,
} from '../helpers/database.js';

const created: string[] = [];
const clients: pg.Client[] = [];
const roles: string[] = [];

/** A fresh database, dropped after the test. */
async function database(): Promise<string> {
  const url = await freshDatabase('preflight');
  created.push(new URL(url).pathname.slice(1));
  return url;
}

/** A connection ended after the test. */
async function client(url: string): Promise<pg.Client> {
  const opened = await openClient(url);
  clients.push(opened);
  return opened;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.end().catch(() => undefined)));
  for (const name of created.splice(0))
    await query(adminUrl(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  for (const role of roles.splice(0)) await query(adminUrl(), `DROP ROLE IF EXISTS "${role}"`);
});

/** The backend pid of a connection. */
async function pidOf(c: pg.Client): Promise<number> {
  return ((await c.query('SELECT pg_backend_pid() AS pid')).rows[0] as { pid: number }).pid;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function run(url: string, options: Partial<PreflightOptions> = {}): Promise<PreflightResult> {
  return preflight({ databaseUrl: url, ...options }, silentLogger);
}

function check(result: PreflightResult, id: string) {
  const found = result.checks.find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id} in ${JSON.stringify(result.checks)}`);
  return found;
}

const failedIds = (result: PreflightResult) =>
  result.checks.filter((c) => c.status === 'fail').map((c) => c.id);

/** `count` sessions running pg_sleep, active in pg_stat_activity until the test ends. */
async function busySessions(url: string, count: number): Promise<number[]> {
  const busy = await Promise.all(Array.from({ length: count }, () => client(url)));
  const pids = await Promise.all(busy.map(pidOf));
  for (const c of busy) void c.query('SELECT pg_sleep(60)').catch(() => undefined);
  for (let i = 0; i < 100; i += 1) {
    const [row] = await query<{ n: number }>(
      adminUrl(),
      "SELECT count(*)::int AS n FROM pg_stat_activity WHERE pid = ANY ($1) AND state = 'active'",
      [pids],
    );
    if (row?.n === count) return pids;
    await sleep(50);
  }
  throw new Error('the sleeping sessions never became active');
}

/** Leaves an INVALID index behind: a unique index built concurrently over duplicates. */
async function invalidIndex(url: string): Promise<void> {
  await query(url, 'CREATE TABLE dup (x int); INSERT INTO dup VALUES (1), (1)');
  await expect(query(url, 'CREATE UNIQUE INDEX CONCURRENTLY idx_dup ON dup (x)')).rejects.toThrow(
    /could not create unique index/,
  );
}

/** A TCP server that accepts connections and never says a word. */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

describe('preflight against real PostgreSQL', () => {
  test('passes every check on a quiet database and reports every figure', async () => {
    const url = await database();
    const result = await run(url);
    expect(failedIds(result)).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.database).toBe(`127.0.0.1:${new URL(url).port}${new URL(url).pathname}`);
    expect(result.checks.map((c) => [c.id, c.status])).toEqual([
      ['connection', 'pass'],
      ['server-version', 'info'],
      ['database-size', 'info'],
      ['active-connections', 'pass'],
      ['connection-usage', 'pass'],
      ['transaction-age', 'pass'],
      ['lock-waiters', 'pass'],
      ['replication-lag', 'pass'],
      ['invalid-indexes', 'pass'],
    ]);
    const [server] = await query<{ server_version: string }>(url, 'SHOW server_version');
    expect(result.figures).toMatchObject({
      'server-version': server?.server_version,
      'active-connections': 0,
      'oldest-transaction-seconds': 0,
      'lock-waiters': 0,
      'replication-lag-seconds': 0,
      'replication-lag-bytes': 0,
      replicas: 0,
      'invalid-indexes': 0,
    });
    for (const value of Object.values(result.figures)) expect(value).not.toBeNull();
    expect(result.figures['database-size-bytes']).toBeGreaterThan(1_000_000);
    expect(result.figures['max-connections']).toBeGreaterThan(0);
    expect(result.figures['total-connections']).toBeGreaterThanOrEqual(1);
    expect(check(result, 'replication-lag').value).toBe('no replicas');
    expect(preflightFailure(result)).toBeUndefined();
  });

  test('too many active connections (opened by the test) and an INVALID index: both are listed in one error line', async () => {
    const url = await database();
    await invalidIndex(url);
    await busySessions(url, 5);
    const result = await run(url, { maxActiveConnections: 3 });
    expect(result.passed).toBe(false);
    expect(failedIds(result)).toEqual(['active-connections', 'invalid-indexes']);
    expect(result.figures['active-connections']).toBe(5);
    expect(result.figures['invalid-indexes']).toBe(1);
    expect(check(result, 'invalid-indexes').detail).toBe('public.idx_dup');
    const line = preflightFailure(result)?.toLine() ?? '';
    expect(line).toContain('preflight failed 2 of 9 checks: ');
    expect(line).toContain('active-connections: 5 > 3; invalid-indexes: 1 > 0 (public.idx_dup)');
    expect(line).toContain(`(${result.database}) — fix each failed check`);
    expect(line).not.toMatch(/\n/);
  });

  test('sessions over the share of max_connections fail the connection-usage check', async () => {
    const url = await database();
    const result = await run(url, { maxConnectionsUsage: 0.001 });
    expect(failedIds(result)).toEqual(['connection-usage']);
    const usage = check(result, 'connection-usage');
    const { 'total-connections': total, 'max-connections': max } = result.figures;
    expect(usage.value).toMatch(new RegExp(`^${total} of ${max} \\(\\d+(\\.\\d)?%\\)$`));
    expect(usage).toMatchObject({ limit: '0.1% of max_connections', detail: 'at most 0 allowed' });
  });

  test('a transaction open longer than max-transaction-age fails, naming its session', async () => {
    const url = await database();
    const held = await client(url);
    const heldPid = await pidOf(held);
    await held.query('BEGIN');
    await held.query('SELECT txid_current()');
    await sleep(1_300);
    const result = await run(url, { maxTransactionAgeMs: 1_000 });
    expect(failedIds(result)).toEqual(['transaction-age']);
    expect(result.figures['oldest-transaction-seconds']).toBeGreaterThanOrEqual(1.2);
    expect(check(result, 'transaction-age').detail).toMatch(
      new RegExp(`^pid ${heldPid} idle in transaction for \\d\\.\\ds, role "${testRoleName()}"$`),
    );
    expect(preflightFailure(result)?.toLine()).toMatch(
      /preflight failed 1 of 9 checks: transaction-age: \d\.\ds > 1\.0s \(pid \d+ idle in transaction .*— let the long transaction finish/,
    );
  });

  test('a session waiting on a lock longer than max-lock-wait fails, naming what blocks it; a shorter wait does not count', async () => {
    const url = await database();
    await query(url, 'CREATE TABLE t (x int)');
    const holder = await client(url);
    const holderPid = await pidOf(holder);
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE t IN ACCESS EXCLUSIVE MODE');
    const waiter = await client(url);
    const waiterPid = await pidOf(waiter);
    const waiting = waiter.query('SELECT * FROM t').catch(() => undefined);
    await sleep(1_200);

    const strict = await run(url, { maxLockWaitMs: 500 });
    expect(failedIds(strict)).toEqual(['lock-waiters']);
    expect(strict.figures['lock-waiters']).toBe(1);
    expect(check(strict, 'lock-waiters').detail).toMatch(
      new RegExp(
        `^pid ${waiterPid} has waited \\d\\.\\ds for AccessShareLock on public\\.t, blocked by pid ${holderPid}$`,
      ),
    );
    const relaxed = await run(url);
    expect(relaxed.passed).toBe(true);
    expect(check(relaxed, 'lock-waiters').value).toBe('0 (+1 waiting less)');

    // Both forms of the query (PostgreSQL 14+ and before) see the same waiter.
    for (const sql of [LOCK_WAITERS, LOCK_WAITERS_BEFORE_14]) {
      const observer = await client(url);
      const rows = (await observer.query(sql)).rows as { pid: number; wait_seconds: number }[];
      expect(rows.map((r) => r.pid)).toEqual([waiterPid]);
      expect(rows[0]?.wait_seconds).toBeGreaterThan(1);
    }
    await holder.query('ROLLBACK');
    await waiting;
  });

  test('an unreachable database fails the connection check within the connect timeout and skips the rest', async () => {
    const silent = await silentServer();
    try {
      // The server accepts the connection and never answers: returning at all is the bound.
      const result = await run(`postgres://app:secret-pw@127.0.0.1:${silent.port}/app`, {
        connectTimeoutMs: 1_000,
      });
      expect(result.passed).toBe(false);
      expect(check(result, 'connection')).toMatchObject({
        status: 'fail',
        value: 'no answer from the server within 1.0s',
        hint: expect.stringContaining('raise connect-timeout'),
      });
      expect(result.checks.filter((c) => c.status === 'skipped')).toHaveLength(8);
      expect(result.figures['server-version']).toBeNull();
      expect(preflightFailure(result)?.toLine()).toBe(
        `preflight failed 1 of 9 checks: connection: no answer from the server within 1.0s (127.0.0.1:${silent.port}/app) — check the host and port and that the runner can reach the database, or raise connect-timeout`,
      );
    } finally {
      await silent.close();
    }
  });

  test('a wrong password fails the connection check without the password anywhere', async () => {
    const url = new URL(await database());
    url.password = 'wrong-pw-1234';
    const result = await run(url.toString());
    expect(check(result, 'connection')).toMatchObject({
      status: 'fail',
      value: `authentication failed for user "${testRoleName()}"`,
    });
    const everything = JSON.stringify(result) + (preflightFailure(result)?.toLine() ?? '');
    expect(everything).not.toContain('wrong-pw-1234');
    expect(everything).not.toContain(url.toString());
  });

  test('a role that may not run a check query fails that check alone, and sessions it cannot see are noted', async () => {
    const url = await database();
    const role = `preflight_role_${process.pid}`;
    roles.push(role);
    await query(adminUrl(), `CREATE ROLE "${role}" LOGIN PASSWORD 'role-pw'`);
    await query(asSuperuser(url), 'REVOKE EXECUTE ON FUNCTION pg_database_size(name) FROM PUBLIC');
    await busySessions(url, 1);
    const limited = new URL(url);
    limited.username = role;
    limited.password = 'role-pw';
    const result = await run(limited.toString());
    expect(failedIds(result)).toEqual(['database-size']);
    expect(check(result, 'database-size')).toMatchObject({
      value: 'not measured',
      detail: 'permission denied: permission denied for function pg_database_size',
      hint: 'grant this role pg_monitor, or run as a role that has it',
    });
    expect(result.figures['database-size-bytes']).toBeNull();
    expect(check(result, 'active-connections')).toMatchObject({
      status: 'pass',
      value: '0',
      detail: expect.stringMatching(/^1 session of other roles cannot be seen by this role/),
    });
    expect(check(result, 'invalid-indexes').status).toBe('pass');
  });
});

describe('db-deploy preflight (CLI)', () => {
  test('--help shows the options; a clean database exits 0 with one line per check, or JSON', async () => {
    const help = capture();
    expect(await main(['preflight', '--help'], help)).toBe(0);
    expect(help.stdout).toContain('Usage: db-deploy preflight');
    expect(help.stdout).toContain('--max-active-connections N');

    const url = await database();
    const text = capture();
    expect(await main(['preflight', '--database-url', url], text)).toBe(0);
    const lines = text.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^preflight 127\.0\.0\.1:\d+\/preflight_\w+: all 9 checks passed/);
    expect(lines.slice(1).map((l) => l.trim().split(/\s+/).slice(0, 2))).toEqual([
      ['pass', 'connection'],
      ['info', 'server-version'],
      ['info', 'database-size'],
      ['pass', 'active-connections'],
      ['pass', 'connection-usage'],
      ['pass', 'transaction-age'],
      ['pass', 'lock-waiters'],
      ['pass', 'replication-lag'],
      ['pass', 'invalid-indexes'],
    ]);

    const json = capture();
    expect(await main(['preflight', '--database-url', url, '--json'], json)).toBe(0);
    const parsed = JSON.parse(json.stdout) as PreflightResult;
    expect(parsed.passed).toBe(true);
    expect(parsed.figures['invalid-indexes']).toBe(0);
  });

  test('a failed check exits 1 with the one error line, never printing the URL', async () => {
    const url = await database();
    await invalidIndex(url);
    const io = capture();
    expect(await main(['preflight', '--database-url', url, '--json'], io)).toBe(1);
    expect((JSON.parse(io.stdout) as PreflightResult).passed).toBe(false);
    expect(io.stderr).toContain(
      'db-deploy preflight: preflight failed 1 of 9 checks: invalid-indexes: 1 > 0 (public.idx_dup)',
    );
    expect(io.stdout + io.stderr).not.toContain(url);
    expect(io.stdout + io.stderr).not.toContain(new URL(url).password);
  });

  test.each([
    [['--bogus'], 2, /Unknown option '--bogus' — run db-deploy preflight --help/],
    [
      ['--max-connections-usage', '150%'],
      1,
      /--max-connections-usage: "150%" is not a share from 0 to 1 — use a fraction or a percentage/,
    ],
    [['--max-active-connections', 'many'], 1, /--max-active-connections: "many" is not a whole/],
    [['--max-transaction-age', '5'], 1, /--max-transaction-age: "5" is not a duration/],
  ])('refuses %j with exit code %d', async (args, code, message) => {
    const io = capture();
    const argv = ['preflight', '--database-url', 'postgres://u:hunter22@127.0.0.1:1/db', ...args];
    expect(await main(argv, io)).toBe(code);
    expect(io.stderr).toMatch(message);
    expect(io.stderr).not.toContain('hunter22');
  });
});
