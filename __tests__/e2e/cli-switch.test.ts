// The committed CLI bundle's `db-deploy switch` on Node 24, as an operator runs it: prepare →
// switch → status → rollback → abort on PostgreSQL (PG_MAJOR, else the newest the installed pg_dump serves) with wal_level=logical, traffic through a
// real PgBouncer (as `nobody`) while writers keep writing; the password never printed.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { databaseEntry, findPgBouncer, startPgBouncer } from '../../scripts/lib/pgbouncer.mjs';
import { nodeBinary } from '../../scripts/lib/run-action.mjs';
import { pgDumpServes, requireBinaries } from '../helpers/binaries.js';
import { dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { query } from '../helpers/database.js';
import { useLogicalPostgres } from '../helpers/logical-postgres.js';
import { SHOP_SCHEMA, startWriters } from '../helpers/switch-traffic.js';

const CLI = resolve('dist/cli/index.js');
const MIGRATIONS = resolve('__tests__/fixtures/blue-green/migrations');
const execFileAsync = promisify(execFile);
const available =
  requireBinaries(['pg_dump', 'pg_restore']) &&
  requireBinaries([findPgBouncer() ?? 'pgbouncer'], 'PgBouncer (apt-get install pgbouncer)');
const describeIf = available && pgDumpServes(dumpableMajor()) ? describe : describe.skip;

const PASSWORD = 'cli:sw/p@ss%';

describeIf('the db-deploy CLI bundle: switch', () => {
  const logical = useLogicalPostgres();

  test('prepare → switch → status → rollback → abort through PgBouncer under writes, nothing lost', async () => {
    const server = await logical();
    await query(server.url, `CREATE ROLE cli_deployer LOGIN SUPERUSER PASSWORD '${PASSWORD}'`);
    await query(await server.database('clishop'), SHOP_SCHEMA);
    const port = new URL(server.url).port;
    const blueUrl = `postgres://cli_deployer:${encodeURIComponent(PASSWORD)}@127.0.0.1:${port}/clishop`;
    const bouncer = await startPgBouncer({
      databases: { clishop: databaseEntry(server.url, 'clishop') },
    });
    const writers = startWriters(bouncer.url('clishop'), 3);
    const outputs: string[] = [];
    const cli = async (...args: string[]) => {
      try {
        const { stdout, stderr } = await execFileAsync(
          nodeBinary(),
          [CLI, 'switch', ...args, '--pgbouncer-admin-url', bouncer.adminUrl],
          { env: { ...process.env, DATABASE_URL: blueUrl }, maxBuffer: 16 * 1024 * 1024 },
        );
        outputs.push(stdout, stderr);
        return { code: 0, stdout };
      } catch (error) {
        const e = error as { code: number; stdout: string; stderr: string };
        outputs.push(e.stdout, e.stderr);
        return { code: e.code, stdout: e.stdout };
      }
    };
    try {
      await writers.waitForMore(30);
      const prepared = await cli('prepare', '--dir', MIGRATIONS, '--json');
      expect(prepared.code).toBe(0);
      expect(JSON.parse(prepared.stdout)).toMatchObject({
        phase: 'prepared',
        activeDatabase: 'clishop',
        migrated: ['1700000000001_orders_priority'],
      });
      const switched = await cli('switch', '--pgbouncer-config', bouncer.configPath);
      expect(switched.code).toBe(0);
      expect(switched.stdout).toMatch(/^switch: switched; live clishop_green, standby clishop\n/);
      expect(switched.stdout).toMatch(/ {2}write pause: \d+ ms/);
      await writers.waitForMore(60);
      expect(writers.acks.at(-1)?.db).toBe('clishop_green');
      const status = await cli('status', '--json');
      expect(JSON.parse(status.stdout)).toMatchObject({
        phase: 'switched',
        activeDatabase: 'clishop_green',
      });
      const rolledBack = await cli('rollback', '--pgbouncer-config', bouncer.configPath);
      expect(rolledBack.code).toBe(0);
      expect(rolledBack.stdout).toMatch(/^rollback: rolled-back; live clishop, standby/);
      await writers.waitForMore(60);
      await writers.stop();
      expect(writers.failures).toEqual([]);
      const ids = new Set(
        (await query<{ id: string }>(blueUrl, 'SELECT id::text FROM orders')).map((r) => r.id),
      );
      for (const ack of writers.acks) expect(ids.has(ack.id)).toBe(true);
      expect((await cli('abort')).code).toBe(0);
      expect(await query(server.url, 'SELECT slot_name FROM pg_replication_slots')).toEqual([]);
      for (const text of outputs) {
        expect(text).not.toContain(PASSWORD);
        expect(text).not.toContain(encodeURIComponent(PASSWORD));
      }
    } finally {
      await writers.stop();
      await bouncer.stop();
    }
  }, 180_000);
});
