// The committed CLI bundle's `db-deploy switch` on Node 24, as an operator runs it: prepare →
// switch → status → rollback → abort on PostgreSQL (PG_MAJOR, else the newest the installed pg_dump serves) with wal_level=logical, traffic through a
// real PgBouncer (as `nobody`) while writers keep writing; the password never printed.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { databaseEntry, findPgBouncer, startPgBouncer } from '../../scripts/lib/pgbouncer.mjs';
import { nodeBinary } from '../../scripts/lib/run-action.mjs';
import { pgDumpServes, requireBinaries, testIf } from '../helpers/binaries.js';
import { dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { query } from '../helpers/database.js';
import { deployer, roleSubscribes, useLogicalPostgres } from '../helpers/logical-postgres.js';
import { SHOP_SCHEMA, startWriters } from '../helpers/switch-traffic.js';

const CLI = resolve('dist/cli/index.js');
const MIGRATIONS = resolve('__tests__/fixtures/blue-green/migrations');
const execFileAsync = promisify(execFile);
const available =
  requireBinaries(['pg_dump', 'pg_restore']) &&
  requireBinaries([findPgBouncer() ?? 'pgbouncer'], 'PgBouncer (apt-get install pgbouncer)');
const major = dumpableMajor();
const copies = available && pgDumpServes(major);
const describeIf = copies ? describe : describe.skip;
// As a managed service's master user, a subscription needs PostgreSQL 16 (pg_create_subscription):
// before, prepare's refusal is what the operator meets, and what is tested.
const subscribes = roleSubscribes(major);
// (Without pg_dump for this major, describeIf skips both, and pgDumpServes has said why.)
const testCycle = copies
  ? testIf(
      subscribes,
      `cli-switch.test.ts's prepare → switch → rollback under writes: the managed test role may not subscribe on PostgreSQL ${major} (16 added pg_create_subscription); the CLI's refusal of prepare is tested instead`,
    )
  : test.skip;
const testRefusal = copies
  ? testIf(
      !subscribes,
      `cli-switch.test.ts's refusal of prepare for a role that may not subscribe: this test role may subscribe on PostgreSQL ${major}; DB_DEPLOY_TEST_ROLE=managed on 14 or 15 runs it`,
    )
  : test.skip;

const PASSWORD = 'cli:sw/p@ss%';

describeIf('the db-deploy CLI bundle: switch', () => {
  const logical = useLogicalPostgres();

  testCycle(
    'prepare → switch → status → rollback → abort through PgBouncer under writes, nothing lost',
    async () => {
      const server = await logical();
      const role = await deployer(server, 'cli_deployer', PASSWORD);
      await query(await server.database('clishop'), SHOP_SCHEMA);
      const blueUrl = role.url('clishop');
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
          expect(text).not.toContain(role.password);
          expect(text).not.toContain(encodeURIComponent(role.password));
        }
      } finally {
        await writers.stop();
        await bouncer.stop();
      }
    },
    180_000,
  );

  testRefusal(
    'as a managed role before PostgreSQL 16, prepare is one line on stderr saying a subscription needs a superuser there, and creates nothing',
    async () => {
      const server = await logical();
      const role = await deployer(server, 'cli_deployer', PASSWORD);
      await query(await server.database('clishop'), SHOP_SCHEMA);
      const run = await execFileAsync(
        nodeBinary(),
        [CLI, 'switch', 'prepare', '--dir', MIGRATIONS],
        { env: { ...process.env, DATABASE_URL: role.url('clishop') } },
      ).then(
        ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(run.code).toBe(1);
      expect(run.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(
          new RegExp(
            `a subscription \\(logical replication\\) needs a superuser on PostgreSQL ${major} \\(16 added pg_create_subscription\\), and "[^"]+" is not one .* — not possible on managed PostgreSQL ${major} except as the provider's admin role .*or use clone-method template or dump$`,
          ),
        ),
      ]);
      expect(`${run.stdout}${run.stderr}`).not.toContain(role.password);
      expect(await query(server.url, 'SELECT slot_name FROM pg_replication_slots')).toEqual([]);
      expect(
        await query(server.url, "SELECT datname FROM pg_database WHERE datname = 'clishop_green'"),
      ).toEqual([]);
    },
    60_000,
  );
});
