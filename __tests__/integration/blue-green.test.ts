// blue-green-switch's core against real programs: PostgreSQL (PG_MAJOR, else the newest major
// the installed pg_dump serves) with wal_level=logical, pg_dump / pg_restore for the schema copy,
// and a real PgBouncer (as `nobody`) that writers go through during prepare → switch → more
// writes → rollback. Where pg_dump is older than the server, the cycles that need the schema copy
// skip loudly and the refusal that a user would meet is checked instead.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { databaseEntry, findPgBouncer, startPgBouncer } from '../../scripts/lib/pgbouncer.mjs';
import { runSwitch } from '../../src/core/switch/run.js';
import { waitForSubscription } from '../../src/core/switch/replication.js';
import { replicationNames } from '../../src/core/switch/names.js';
import { SWITCH_DEFAULTS, type SwitchOptions } from '../../src/core/switch/options.js';
import { memoryLogger } from '../../src/core/logger.js';
import { pgDumpServes, requireBinaries } from '../helpers/binaries.js';
import { dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { adminUrl, openClient, query } from '../helpers/database.js';
import {
  roleSubscribes,
  useLogicalPostgres,
  type LogicalPostgres,
} from '../helpers/logical-postgres.js';
import { SHOP_SCHEMA as SCHEMA, startWriters } from '../helpers/switch-traffic.js';
import { failure } from '../helpers/expect.js';

const available =
  requireBinaries(['pg_dump', 'pg_restore']) &&
  requireBinaries([findPgBouncer() ?? 'pgbouncer'], 'PgBouncer (apt-get install pgbouncer)');
const describeIf = available ? describe : describe.skip;
const major = dumpableMajor();
const copies = available && pgDumpServes(major);
// As a managed service's master user, a subscription needs PostgreSQL 16 (pg_create_subscription).
const subscribes = roleSubscribes(major);
const testCopy = copies && subscribes ? test : test.skip;
// Before PostgreSQL 15 a publication sends every column (column lists are 15+): blue cannot
// follow a green whose migration added a column, so the switch sets up no return replication and
// a rollback needs accept-lost-writes, losing what green took.
const returns = major >= 15;

const MIGRATIONS = resolve('__tests__/fixtures/blue-green/migrations');
type Bouncer = Awaited<ReturnType<typeof startPgBouncer>>;

describeIf('blue-green-switch core (logical replication + PgBouncer)', () => {
  const logical = useLogicalPostgres();
  let server: LogicalPostgres;
  let bouncer: Bouncer;
  let counter = 0;

  /** A fresh blue database with the schema, behind PgBouncer's entry `app<n>`. */
  async function pair(): Promise<{
    blueUrl: string;
    entry: string;
    options: (o: Partial<SwitchOptions>) => SwitchOptions;
  }> {
    counter += 1;
    const name = `shop${counter}`;
    const blueUrl = await server.database(name);
    await query(blueUrl, SCHEMA);
    return {
      blueUrl,
      entry: name,
      options: (o) => ({
        ...SWITCH_DEFAULTS,
        command: 'status',
        databaseUrl: blueUrl,
        pgBouncer: { adminUrl: bouncer.adminUrl, database: name, configPath: bouncer.configPath },
        ...o,
      }),
    };
  }

  beforeAll(async () => {
    server = await logical();
    const names = ['shop1', 'shop2', 'shop3', 'shop4'];
    bouncer = await startPgBouncer({
      databases: Object.fromEntries(names.map((n) => [n, databaseEntry(server.url, n)])),
    });
  }, 60_000);

  afterAll(async () => {
    await bouncer?.stop();
  });

  testCopy(
    'prepare → switch → rollback under live writes: every acknowledged write kept, none failed, no duplicate key',
    async () => {
      const { blueUrl, entry, options } = await pair();
      const logger = memoryLogger();
      const writers = startWriters(bouncer.url(entry), 4);
      try {
        await writers.waitForMore(50);
        const prepared = await runSwitch(
          options({ command: 'prepare', migrationsDir: MIGRATIONS }),
          logger,
        );
        expect(prepared).toMatchObject({
          activeDatabase: entry,
          standbyDatabase: `${entry}_green`,
          phase: 'prepared',
          migrated: ['1700000000001_orders_priority'],
          tables: 2,
        });
        const greenUrl = blueUrl.replace(/\/shop\d+$/, `/${entry}_green`);
        // Green has the migration and keeps receiving blue's writes; nobody else may write to it.
        await writers.waitForMore(50);
        expect(
          await query(
            greenUrl,
            "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'priority'",
          ),
        ).toEqual([{ n: 1 }]);
        await expect(
          query(greenUrl, "INSERT INTO customers (email) VALUES ('x@example.com')"),
        ).rejects.toThrow(/read-only/);

        const switched = await runSwitch(options({ command: 'switch' }), logger);
        expect(switched).toMatchObject({
          activeDatabase: `${entry}_green`,
          standbyDatabase: entry,
          phase: 'switched',
        });
        expect(switched.sequences).toBeGreaterThanOrEqual(3);
        await writers.waitForMore(100);
        expect(writers.acks.at(-1)?.db).toBe(`${entry}_green`);
        expect(writers.failures).toEqual([]);
        // Every write acknowledged so far, on either side, is in green, once.
        const acked = writers.acks.slice();
        const inGreen = new Set(
          (await query<{ id: string }>(greenUrl, 'SELECT id::text FROM orders')).map((r) => r.id),
        );
        for (const ack of acked) expect(inGreen.has(ack.id)).toBe(true);
        expect(new Set(acked.map((a) => a.id)).size).toBe(acked.length);
        // Blue follows green now (for rollback) and takes no writes of its own.
        await expect(
          query(blueUrl, "INSERT INTO customers (email) VALUES ('y@example.com')"),
        ).rejects.toThrow(/read-only/);

        const status = await runSwitch(options({ command: 'status' }), logger);
        expect(status).toMatchObject({ activeDatabase: `${entry}_green`, phase: 'switched' });

        if (!returns) {
          expect(logger.lines).toContainEqual(
            expect.stringMatching(
              /^warn: PostgreSQL 1\d replicates every column \(column lists need 15\+\) and green has columns blue lacks \(public\.orders\.priority\): blue will not follow green/,
            ),
          );
          const refused = await failure(runSwitch(options({ command: 'rollback' }), logger));
          expect(refused.code).toBe('no-return-replication');
        }
        const rolledBack = await runSwitch(
          options({ command: 'rollback', acceptLostWrites: !returns }),
          logger,
        );
        expect(rolledBack).toMatchObject({
          activeDatabase: entry,
          standbyDatabase: `${entry}_green`,
          phase: 'rolled-back',
        });
        await writers.waitForMore(100);
        expect(writers.acks.at(-1)?.db).toBe(entry);
        await writers.stop();
        expect(writers.failures).toEqual([]);
        // Every acknowledged write — before, during and after both switches — is in blue, once
        // (before PostgreSQL 15: every write blue itself took; green's were given up).
        const inBlue = await query<{ id: string; n: number }>(
          blueUrl,
          'SELECT id::text, count(*) OVER (PARTITION BY id)::int AS n FROM orders',
        );
        const blueIds = new Set(inBlue.map((r) => r.id));
        for (const ack of writers.acks.filter((a) => returns || a.db === entry))
          expect(blueIds.has(ack.id)).toBe(true);
        expect(inBlue.every((r) => r.n === 1)).toBe(true);
        // Nothing left behind: no slot keeps WAL on the cluster.
        expect(await query(server.url, 'SELECT slot_name FROM pg_replication_slots')).toEqual([]);
        // abort drops the kept green.
        const aborted = await runSwitch(options({ command: 'abort' }), logger);
        expect(aborted.phase).toBe('aborted');
        expect(
          await query(
            server.url,
            `SELECT datname FROM pg_database WHERE datname = '${entry}_green'`,
          ),
        ).toEqual([]);
      } finally {
        await writers.stop();
      }
    },
    120_000,
  );

  testCopy(
    'guardrails: an old transaction on blue, a stopped replication and a writable green refuse the switch; nothing is paused',
    async () => {
      const { blueUrl, entry, options } = await pair();
      const logger = memoryLogger();
      await runSwitch(options({ command: 'prepare' }), logger);
      const old = await openClient(blueUrl);
      try {
        await old.query('BEGIN');
        await old.query('SELECT txid_current()');
        await new Promise((r) => setTimeout(r, 1200));
        const refused = await failure(
          runSwitch(options({ command: 'switch', maxTransactionAgeMs: 1000 }), logger),
        );
        expect(refused.code).toBe('old-transactions');
        expect(refused.toLine()).toMatch(/^blue has 1 transactions older than max-transaction-age/);
      } finally {
        await old.query('ROLLBACK');
        await old.end();
      }
      // Green's replication stopped (as an apply error stops it): refused.
      const sub = `dbd_${entry}_green_fwd`;
      await query(
        server.url.replace(/\/postgres$/, `/${entry}_green`),
        `BEGIN READ WRITE; ALTER SUBSCRIPTION ${sub} DISABLE; COMMIT`,
      );
      const stopped = await failure(runSwitch(options({ command: 'switch' }), logger));
      expect(stopped.code).toBe('replication-unhealthy');
      await query(
        server.url.replace(/\/postgres$/, `/${entry}_green`),
        `BEGIN READ WRITE; ALTER SUBSCRIPTION ${sub} ENABLE; COMMIT`,
      );
      const green = await openClient(server.url.replace(/\/postgres$/, `/${entry}_green`));
      try {
        expect(
          await waitForSubscription(green, replicationNames(`${entry}_green`).forward, 30_000),
        ).toBe(true);
      } finally {
        await green.end();
      }
      // Someone made green writable: it may have taken writes of its own.
      await query(server.url, `ALTER DATABASE ${entry}_green RESET default_transaction_read_only`);
      const written = await failure(runSwitch(options({ command: 'switch' }), logger));
      expect(written.code).toBe('green-written');
      // Traffic still flows to blue: nothing was paused or repointed.
      const writers = startWriters(bouncer.url(entry), 1);
      await writers.waitForMore(10);
      await writers.stop();
      expect(writers.acks.every((a) => a.db === entry)).toBe(true);
      expect((await runSwitch(options({ command: 'status' }), logger)).phase).toBe('prepared');
      await runSwitch(options({ command: 'abort' }), logger);
    },
    60_000,
  );

  testCopy(
    'a switch that cannot PAUSE within switch-timeout is reverted and resumes on blue',
    async () => {
      const { entry, options } = await pair();
      const logger = memoryLogger();
      await runSwitch(options({ command: 'prepare' }), logger);
      // A transaction through PgBouncer that stays open: PAUSE waits for it.
      const holder = await openClient(bouncer.url(entry));
      await holder.query('BEGIN');
      await holder.query('SELECT count(*) FROM orders');
      // The switch gives up while the transaction is still open: it never waited for it to end.
      const error = await failure(
        runSwitch(options({ command: 'switch', switchTimeoutMs: 1000 }), logger),
      );
      expect(error.code).toBe('pause-timeout');
      expect(
        (await holder.query<{ open: boolean }>('SELECT now() = statement_timestamp() AS open'))
          .rows,
      ).toEqual([{ open: false }]);
      await holder.query('COMMIT');
      await holder.end();
      const writers = startWriters(bouncer.url(entry), 2);
      await writers.waitForMore(20);
      await writers.stop();
      expect(writers.failures).toEqual([]);
      expect(writers.acks.every((a) => a.db === entry)).toBe(true);
      expect((await runSwitch(options({ command: 'status' }), logger)).phase).toBe('prepared');
      await runSwitch(options({ command: 'abort' }), logger);
      expect(await query(server.url, 'SELECT slot_name FROM pg_replication_slots')).toEqual([]);
    },
    60_000,
  );

  testCopy(
    'without PgBouncer, switch-command runs at the switch point; a failing one reverts the switch',
    async () => {
      const { blueUrl, entry, options } = await pair();
      const logger = memoryLogger();
      const dir = await mkdtemp(join(tmpdir(), 'db-deploy-switch-command-'));
      try {
        await runSwitch(options({ command: 'prepare' }), logger);
        const plain = (o: Partial<SwitchOptions>) => {
          const rest = options(o);
          delete rest.pgBouncer;
          return rest;
        };
        // A failing command: everything put back, blue still live and writable.
        const failed = await failure(
          runSwitch(plain({ command: 'switch', switchCommand: 'echo nope >&2; exit 3' }), logger),
        );
        expect(failed.code).toBe('switch-command-failed');
        await query(blueUrl, "INSERT INTO customers (email) VALUES ('after-revert@example.com')");
        expect((await runSwitch(options({ command: 'status' }), logger)).phase).toBe('prepared');

        const file = join(dir, 'active');
        const switched = await runSwitch(
          plain({
            command: 'switch',
            switchCommand: `echo "$DB_DEPLOY_ACTIVE_DATABASE $DB_DEPLOY_STANDBY_DATABASE" > '${file}'`,
          }),
          logger,
        );
        expect(switched).toMatchObject({ activeDatabase: `${entry}_green`, phase: 'switched' });
        expect((await readFile(file, 'utf8')).trim()).toBe(`${entry}_green ${entry}`);
        // The write made on blue after the failed attempt reached green before the switch.
        const greenUrl = blueUrl.replace(/\/shop\d+$/, `/${entry}_green`);
        expect(
          await query(
            greenUrl,
            "SELECT count(*)::int AS n FROM customers WHERE email = 'after-revert@example.com'",
          ),
        ).toEqual([{ n: 1 }]);
        await runSwitch(plain({ command: 'finish' }), logger);
        expect(await query(server.url, 'SELECT slot_name FROM pg_replication_slots')).toEqual([]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    60_000,
  );

  (available && !subscribes ? test : test.skip)(
    'as a managed role before PostgreSQL 16, prepare says a subscription needs a superuser there, before creating anything',
    async () => {
      const { options } = await pair();
      const error = await failure(runSwitch(options({ command: 'prepare' }), memoryLogger()));
      expect(error.code).toBe('permission');
      expect(error.toLine()).toMatch(
        new RegExp(
          `^a subscription \\(logical replication\\) needs a superuser on PostgreSQL ${major} \\(16 added pg_create_subscription\\), and "managed_admin" is not one .* — not possible on managed PostgreSQL ${major} except as the provider's admin role .*or use clone-method template or dump$`,
        ),
      );
      expect(await query(server.url, 'SELECT slot_name FROM pg_replication_slots')).toEqual([]);
      expect(
        await query(server.url, "SELECT datname FROM pg_database WHERE datname LIKE '%_green'"),
      ).toEqual([]);
    },
  );

  (available && !copies && subscribes ? test : test.skip)(
    'prepare with a pg_dump older than the server names the client to install and leaves no green behind',
    async () => {
      const { options } = await pair();
      const error = await failure(runSwitch(options({ command: 'prepare' }), memoryLogger()));
      expect(error.code).toBe('pg-dump-too-old');
      expect(error.toLine()).toMatch(
        new RegExp(`pg_dump is too old for a PostgreSQL ${major} server: found 1\\d`),
      );
      expect(await query(server.url, 'SELECT slot_name FROM pg_replication_slots')).toEqual([]);
      expect(
        await query(server.url, "SELECT datname FROM pg_database WHERE datname LIKE '%_green'"),
      ).toEqual([]);
    },
  );

  test('prepare says how to enable logical replication when wal_level is not logical', async () => {
    const blueUrl = await server.database('unused').then(() => adminUrl());
    const error = await failure(
      runSwitch(
        {
          ...SWITCH_DEFAULTS,
          command: 'prepare',
          databaseUrl: blueUrl,
          greenDatabase: `nope_${process.pid}`,
        },
        memoryLogger(),
      ),
    );
    expect(error.code).toBe('wal-level');
    expect(error.toLine()).toMatch(
      /wal_level is replica; logical replication needs logical .* ALTER SYSTEM SET wal_level = logical/,
    );
  });
});
