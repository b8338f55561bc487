// The backup and restore bundles on Node 24, really killed while pg_dump / pg_restore runs: with
// kill -9 (no code of the process runs), and with SIGTERM and SIGINT as a job cancel sends them.
// pg_dump is held on a lock so that it is certainly running when the signal arrives: on a
// sequence, which pg_dump reads and db-deploy's own row counts do not.
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, startPostgres, dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { runAction, type ActionRun } from '../helpers/action-runner.js';
import { createLoginRole, openClient, query } from '../helpers/database.js';
import { requireBinaries } from '../helpers/binaries.js';
import { waitFor } from '../helpers/expect.js';

const available = requireBinaries(['pg_dump', 'pg_restore']);
const describeIf = available ? describe : describe.skip;

const ROLE = `dbd_interrupt_${process.pid}`;
const PASSWORD = 'kill-me-not-9';

let server: Awaited<ReturnType<typeof startPostgres>>;
let work: string;
let counter = 0;

async function database(prefix: string): Promise<string> {
  counter += 1;
  const name = `${prefix}_${counter}`;
  await createDatabase(server.url, name);
  await query(server.url, `ALTER DATABASE "${name}" OWNER TO ${ROLE}`);
  return `postgres://${ROLE}:${PASSWORD}@${new URL(server.url).host}/${name}`;
}

/** The pids of `name` processes whose parent is `parent` (from /proc). */
async function childrenNamed(parent: number, name: string): Promise<number[]> {
  const found: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const status = await readFile(`/proc/${entry}/status`, 'utf8').catch(() => '');
    const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1]);
    const comm = /^Name:\s+(\S+)/m.exec(status)?.[1];
    if (ppid === parent && comm === name) found.push(Number(entry));
  }
  return found;
}

/** Every file or directory under `dir`, recursively, as relative paths. */
async function tree(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true }).catch(() => [])) {
    out.push(e.name);
    if (e.isDirectory()) out.push(...(await tree(join(dir, e.name))).map((n) => `${e.name}/${n}`));
  }
  return out;
}

const alive = (pid: number) => existsSync(`/proc/${pid}`);

describeIf('a killed backup or restore leaves no tool running and no password file', () => {
  beforeAll(async () => {
    server = await startPostgres({ major: dumpableMajor() });
    work = await mkdtemp(join(tmpdir(), 'db-deploy-interrupt-'));
    await createLoginRole(server.url, ROLE, PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test.each(['SIGKILL', 'SIGTERM', 'SIGINT'] as const)(
    'backup killed with %s while pg_dump runs: pg_dump dies with it, the next run cleans up',
    async (signal) => {
      const source = await database('source');
      await query(
        source,
        'CREATE TABLE t (id int); INSERT INTO t SELECT generate_series(1, 1000); CREATE SEQUENCE s',
      );
      const workspace = join(work, `ws_${counter}`);
      const runnerTemp = join(work, `temp_${counter}`);
      await mkdir(workspace);
      await mkdir(runnerTemp);
      // Another session holds the sequence (an uncommitted rename takes its ACCESS EXCLUSIVE
      // lock): pg_dump waits when it reads it, certainly still running.
      const holder = await openClient(source);
      await holder.query('BEGIN');
      await holder.query('ALTER SEQUENCE s RENAME TO s_held');
      let child: ChildProcess | undefined;
      const killed = runAction('backup', {
        workspace,
        inputs: { 'database-url': source, path: 'backups' },
        env: { RUNNER_TEMP: runnerTemp },
        timeoutMs: 120_000,
        onSpawn: (c) => (child = c),
      });
      let pgDump = 0;
      await waitFor(
        'pg_dump waiting on the lock',
        async () => {
          pgDump = child?.pid ? ((await childrenNamed(child.pid, 'pg_dump'))[0] ?? 0) : 0;
          const waiting = await query(
            server.url,
            "SELECT 1 FROM pg_stat_activity WHERE application_name = 'db-deploy' AND wait_event_type = 'Lock'",
          );
          return pgDump > 0 && waiting.length > 0;
        },
        60_000,
        50,
      );
      const passfiles = (await readdir(runnerTemp)).filter((n) =>
        n.startsWith('db-deploy-pgpass-'),
      );
      expect(passfiles).toHaveLength(1);
      expect(await tree(join(workspace, 'backups'))).toEqual([
        expect.stringMatching(/^\.source_\d+_\d{8}_\d{6}\.dump\.zst\.db-deploy-partial-\d+$/),
      ]);

      child?.kill(signal);
      const run: ActionRun = await killed;
      expect(run.signal ?? run.exitCode).not.toBe(0);
      // pg_dump dies with the step: it never gets the lock and never finishes the partial file.
      await waitFor('pg_dump to end', async () => !alive(pgDump), 30_000, 50);
      await waitFor(
        'the server to see pg_dump gone',
        async () =>
          (
            await query(
              server.url,
              "SELECT 1 FROM pg_stat_activity WHERE application_name = 'db-deploy'",
            )
          ).length === 0,
        30_000,
        50,
      );
      await holder.query('ROLLBACK');
      await holder.end();
      const left = await readdir(runnerTemp);
      if (signal === 'SIGKILL') {
        // Nothing of the killed process ran: its passfile and partial are left for the next run.
        expect(left).toEqual(passfiles);
      } else {
        expect(left).toEqual([]);
        expect(await tree(join(workspace, 'backups'))).toEqual([]);
      }

      // The next run (another pid) removes what the killed one made, and only that.
      await writeFile(join(runnerTemp, 'db-deploy-pgpass-not-ours'), 'keep');
      await writeFile(join(workspace, 'backups', '.keep.partial-1'), 'keep');
      const next = await runAction('backup', {
        workspace,
        inputs: { 'database-url': source, path: 'backups' },
        env: { RUNNER_TEMP: runnerTemp },
        timeoutMs: 120_000,
      });
      await next.cleanup();
      expect(next.errors).toEqual([]);
      expect(next.exitCode).toBe(0);
      // (RUNNER_TEMP/db-deploy holds the run's JSON report.)
      expect((await readdir(runnerTemp)).filter((n) => n !== 'db-deploy').sort()).toEqual([
        'db-deploy-pgpass-not-ours',
      ]);
      expect((await tree(join(workspace, 'backups'))).sort()).toEqual([
        '.keep.partial-1',
        expect.stringMatching(/^source_\d+_\d{8}_\d{6}\.dump\.zst$/),
        expect.stringMatching(/^source_\d+_\d{8}_\d{6}\.sha256$/),
      ]);
      await run.cleanup();
    },
    240_000,
  );

  test.each(['SIGKILL', 'SIGTERM'] as const)(
    'restore killed with %s while pg_restore runs: pg_restore dies with it, nothing restored',
    async (signal) => {
      const source = await database('rsource');
      await query(source, 'CREATE TABLE t (id int); INSERT INTO t SELECT generate_series(1, 1000)');
      const workspace = join(work, `ws_${counter}`);
      const runnerTemp = join(work, `temp_${counter}`);
      await mkdir(workspace);
      await mkdir(runnerTemp);
      const made = await runAction('backup', {
        workspace,
        inputs: { 'database-url': source, path: 'backups' },
        env: { RUNNER_TEMP: runnerTemp },
        timeoutMs: 120_000,
      });
      await made.cleanup();
      expect(made.exitCode).toBe(0);
      // The target holds a table of the same name that another session reads: pg_restore's
      // --clean DROP waits for that session's lock, certainly still running when killed.
      const target = await database('rtarget');
      await query(target, 'CREATE TABLE t (id int); INSERT INTO t VALUES (42)');
      const holder = await openClient(target);
      await holder.query('BEGIN');
      await holder.query('SELECT * FROM t');
      let child: ChildProcess | undefined;
      const killed = runAction('restore', {
        workspace,
        inputs: {
          'database-url': target,
          'backup-path': made.outputs['backup-path'] ?? '',
          clean: 'true',
          confirm: new URL(target).pathname.slice(1),
        },
        env: { RUNNER_TEMP: runnerTemp },
        timeoutMs: 120_000,
        onSpawn: (c) => (child = c),
      });
      let tool = 0;
      await waitFor(
        'pg_restore waiting on the lock',
        async () => {
          tool = child?.pid ? ((await childrenNamed(child.pid, 'pg_restore'))[0] ?? 0) : 0;
          const waiting = await query(
            server.url,
            "SELECT 1 FROM pg_stat_activity WHERE application_name = 'db-deploy' AND wait_event_type = 'Lock'",
          );
          return tool > 0 && waiting.length > 0;
        },
        60_000,
        50,
      );
      expect(
        (await readdir(runnerTemp)).filter((n) => n.startsWith('db-deploy-pgpass-')),
      ).toHaveLength(1);
      child?.kill(signal);
      const run = await killed;
      await waitFor('pg_restore to end', async () => !alive(tool), 30_000, 50);
      await holder.query('ROLLBACK');
      await holder.end();
      expect(run.exitCode).not.toBe(0);
      const left = await readdir(runnerTemp);
      expect(left.filter((n) => n.startsWith('db-deploy-pgpass-'))).toHaveLength(
        signal === 'SIGKILL' ? 1 : 0,
      );
      // The one transaction of the killed restore never committed: the table is as it was.
      expect(await query(target, 'SELECT id FROM t')).toEqual([{ id: 42 }]);
      await run.cleanup();
    },
    240_000,
  );
});
