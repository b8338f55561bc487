// blue-green-switch beyond the default path: the point-in-time clone methods (template, dump), a
// green on another server, the rename switch target and a rollback without return replication.
// Real PostgreSQL servers of one major (two with wal_level=logical, one with replica),
// pg_dump/pg_restore and a real PgBouncer started as `nobody`. Where pg_dump is older than the
// server (PG_MAJOR 16+ with Debian's client 15), the methods that copy with it skip loudly.
import { resolve } from 'node:path';
import { databaseEntry, findPgBouncer, startPgBouncer } from '../../scripts/lib/pgbouncer.mjs';
import {
  LOGICAL_FLAGS,
  createDatabase,
  startPostgres,
  dumpableMajor,
} from '../../scripts/lib/postgres.mjs';
import { runSwitch } from '../../src/core/switch/run.js';
import { SWITCH_DEFAULTS, type SwitchOptions } from '../../src/core/switch/options.js';
import { memoryLogger } from '../../src/core/logger.js';
import { pgDumpServes, requireBinaries } from '../helpers/binaries.js';
import { openClient, query } from '../helpers/database.js';
import {
  QUICK_WORKER_START,
  roleSubscribes,
  useLogicalPostgres,
  type LogicalPostgres,
} from '../helpers/logical-postgres.js';
import { SHOP_SCHEMA as SCHEMA, startWriters } from '../helpers/switch-traffic.js';
import { failure, waitFor } from '../helpers/expect.js';

const available =
  requireBinaries(['pg_dump', 'pg_restore']) &&
  requireBinaries([findPgBouncer() ?? 'pgbouncer'], 'PgBouncer (apt-get install pgbouncer)');
const describeIf = available ? describe : describe.skip;
// As a managed service's master user a subscription needs PostgreSQL 16: before, the logical
// cycles skip (blue-green.test.ts checks the refusal) and the template switch has no return
// replication, so its rollback must accept the lost writes.
const subscribes = roleSubscribes(dumpableMajor());
const testCopy = available && pgDumpServes(dumpableMajor()) && subscribes ? test : test.skip;

// Before PostgreSQL 15 (no column lists) blue cannot follow a green whose migration added a
// column (blue-green.test.ts proves that refusal): these cycles then migrate green with a new
// table only, so their lossless rollbacks run on every major.
const columnLists = dumpableMajor() >= 15;
const MIGRATIONS = resolve(
  `__tests__/fixtures/blue-green/${columnLists ? 'migrations' : 'migrations-no-new-column'}`,
);
const MIGRATED = columnLists ? '1700000000001_orders_priority' : '1700000000001_shipments';

function onDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The replication slots a pair left on a server (dbd_<green>_fwd/_back). */
const slotsOf = (url: string, blue: string) =>
  query(url, 'SELECT slot_name FROM pg_replication_slots WHERE slot_name LIKE $1', [
    `dbd_${blue}%`,
  ]);

/** Whether the database is the migrated one (both fixtures create shipments). */
const isMigrated = (url: string) =>
  query<{ n: number }>(
    url,
    "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'shipments'",
  ).then((rows) => rows[0]?.n === 1);

const orderCount = (url: string) =>
  query<{ n: number }>(url, 'SELECT count(*)::int AS n FROM orders').then((r) => r[0]?.n ?? -1);

describeIf('blue-green-switch: clone methods, another server, rename', () => {
  // Subscription workers start at most once per wal_retrieve_retry_interval (5 s): after a switch
  // that a failing switch-command undid, the next switch's catch-up once ran into switch-timeout
  // (10 s) on a loaded machine with PostgreSQL 14. These cycles are about the methods.
  const logical = useLogicalPostgres(QUICK_WORKER_START);
  let server: LogicalPostgres;
  let other: Awaited<ReturnType<typeof startPostgres>> | undefined;
  let bouncer: Awaited<ReturnType<typeof startPgBouncer>>;

  const options = (blueUrl: string, o: Partial<SwitchOptions>): SwitchOptions => ({
    ...SWITCH_DEFAULTS,
    command: 'status',
    databaseUrl: blueUrl,
    ...o,
  });

  beforeAll(async () => {
    server = await logical();
    // PgBouncer logs in as the test role (the managed one in a managed run), as a managed
    // service's application would: a switch run as that role could not end a superuser's session.
    const login = new URL(server.url);
    bouncer = await startPgBouncer({
      databases: {
        tpl: databaseEntry(server.url, 'tpl'),
        ren: databaseEntry(server.url, 'ren'),
      },
      users: { [decodeURIComponent(login.username)]: decodeURIComponent(login.password) },
    });
  }, 60_000);

  afterAll(async () => {
    await bouncer?.stop();
    await other?.stop();
  });

  test('template: refused while sessions are connected; with terminate-connections blue is frozen, copied, switched and rolled back losslessly', async () => {
    const blueUrl = await server.database('tpl');
    await query(blueUrl, SCHEMA);
    const logger = memoryLogger();
    const idle = await openClient(blueUrl);
    idle.on('error', () => undefined);
    const refused = await failure(
      runSwitch(
        options(blueUrl, {
          command: 'prepare',
          cloneMethod: 'template',
          migrationsDir: MIGRATIONS,
        }),
        logger,
      ),
    );
    expect(refused.code).toBe('sessions-connected');
    expect(refused.toLine()).toMatch(
      /^1 sessions are connected to blue \(.+\); clone-method template copies a quiet database .*terminate-connections: true/,
    );
    // Nothing created, blue still writable, the idle session untouched.
    expect(
      await query(server.url, "SELECT datname FROM pg_database WHERE datname = 'tpl_green'"),
    ).toEqual([]);
    await idle.query("INSERT INTO customers (email) VALUES ('still-writable@example.com')");

    const prepared = await runSwitch(
      options(blueUrl, {
        command: 'prepare',
        cloneMethod: 'template',
        terminateConnections: true,
        migrationsDir: MIGRATIONS,
      }),
      logger,
    );
    expect(prepared).toMatchObject({
      phase: 'prepared',
      cloneMethod: 'template',
      migrated: [MIGRATED],
      activeDatabase: 'tpl',
      standbyDatabase: 'tpl_green',
    });
    await expect(idle.query('SELECT 1')).rejects.toThrow();
    const greenUrl = onDatabase(server.url, 'tpl_green');
    expect(await isMigrated(greenUrl)).toBe(true);
    expect(await orderCount(greenUrl)).toBe(300);
    // Blue takes no write until the switch (none could be lost); reads go on.
    await expect(query(blueUrl, "INSERT INTO orders (note) VALUES ('lost?')")).rejects.toThrow(
      /read-only/,
    );
    expect(await orderCount(blueUrl)).toBe(300);
    expect((await runSwitch(options(blueUrl, {}), logger)).cloneMethod).toBe('template');

    const pgBouncer = {
      adminUrl: bouncer.adminUrl,
      database: 'tpl',
      configPath: bouncer.configPath,
    };
    const switched = await runSwitch(options(blueUrl, { command: 'switch', pgBouncer }), logger);
    expect(switched).toMatchObject({ phase: 'switched', activeDatabase: 'tpl_green' });
    const writers = startWriters(bouncer.url('tpl'), 2);
    try {
      await writers.waitForMore(40);
      // The server decodes its WAL, so blue follows green: a rollback loses nothing (unless the
      // role may not subscribe, which the switch said in one line).
      if (!subscribes)
        expect(logger.lines).toContainEqual(
          expect.stringMatching(
            /^warn: blue cannot follow green after the switch: a subscription \(logical replication\) needs a superuser/,
          ),
        );
      const rolledBack = await runSwitch(
        options(blueUrl, { command: 'rollback', pgBouncer, acceptLostWrites: !subscribes }),
        logger,
      );
      expect(rolledBack).toMatchObject({ phase: 'rolled-back', activeDatabase: 'tpl' });
      await writers.waitForMore(40);
      await writers.stop();
      expect(writers.failures).toEqual([]);
      expect(new Set(writers.acks.map((a) => a.db))).toEqual(new Set(['tpl_green', 'tpl']));
      const inBlue = new Set(
        (await query<{ id: string }>(blueUrl, 'SELECT id::text FROM orders')).map((r) => r.id),
      );
      for (const ack of writers.acks.filter((a) => subscribes || a.db === 'tpl'))
        expect(inBlue.has(ack.id)).toBe(true);
    } finally {
      await writers.stop();
      await idle.end().catch(() => undefined);
    }
    await runSwitch(options(blueUrl, { command: 'abort' }), logger);
    expect(await slotsOf(server.url, 'tpl')).toEqual([]);
  }, 120_000);

  testCopy(
    'rename: the names swap inside a PgBouncer PAUSE (no config to rewrite); writers keep going and rollback swaps back',
    async () => {
      const blueUrl = await server.database('ren');
      await query(blueUrl, SCHEMA);
      const logger = memoryLogger();
      const pgBouncer = { adminUrl: bouncer.adminUrl, database: 'ren' };
      const writers = startWriters(bouncer.url('ren'), 3);
      try {
        await writers.waitForMore(30);
        await runSwitch(
          options(blueUrl, { command: 'prepare', migrationsDir: MIGRATIONS }),
          logger,
        );
        expect(await isMigrated(blueUrl)).toBe(false);
        const switched = await runSwitch(
          options(blueUrl, { command: 'switch', rename: true, pgBouncer }),
          logger,
        );
        // Blue's name now belongs to the migrated database; the old one goes by green's name.
        expect(switched).toMatchObject({
          phase: 'switched',
          activeDatabase: 'ren',
          standbyDatabase: 'ren_green',
        });
        expect(switched.steps.map((s) => s.step)).toContain('ren and ren_green swapped names');
        expect(switched.steps.map((s) => s.step)).toContain('traffic resumed on ren');
        expect(await isMigrated(blueUrl)).toBe(true);
        expect(await isMigrated(onDatabase(server.url, 'ren_green'))).toBe(false);
        await writers.waitForMore(60);
        expect(writers.failures).toEqual([]);
        expect((await runSwitch(options(blueUrl, {}), logger)).phase).toBe('switched');

        const rolledBack = await runSwitch(
          options(blueUrl, { command: 'rollback', pgBouncer }),
          logger,
        );
        expect(rolledBack).toMatchObject({ phase: 'rolled-back', activeDatabase: 'ren' });
        expect(await isMigrated(blueUrl)).toBe(false);
        await writers.waitForMore(60);
        await writers.stop();
        expect(writers.failures).toEqual([]);
        // Every acknowledged write — before, between and after both swaps — is in the original blue.
        const rows = await query<{ id: string; n: number }>(
          blueUrl,
          'SELECT id::text, count(*) OVER (PARTITION BY id)::int AS n FROM orders',
        );
        const ids = new Set(rows.map((r) => r.id));
        for (const ack of writers.acks) expect(ids.has(ack.id)).toBe(true);
        expect(rows.every((r) => r.n === 1)).toBe(true);
        // No database was left refusing connections.
        expect(
          await query(
            server.url,
            "SELECT datname FROM pg_database WHERE NOT datallowconn AND datname LIKE 'ren%'",
          ),
        ).toEqual([]);
      } finally {
        await writers.stop();
      }
      await runSwitch(options(blueUrl, { command: 'abort' }), logger);
      expect(await slotsOf(server.url, 'ren')).toEqual([]);
    },
    120_000,
  );

  testCopy(
    'rename: a failing switch-command (run before the swap, while nothing reaches green) leaves the names alone; blue stays live and writable',
    async () => {
      const blueUrl = await server.database('rev');
      await query(blueUrl, SCHEMA);
      const logger = memoryLogger();
      await runSwitch(options(blueUrl, { command: 'prepare', migrationsDir: MIGRATIONS }), logger);
      const failed = await failure(
        runSwitch(
          options(blueUrl, { command: 'switch', rename: true, switchCommand: 'exit 4' }),
          logger,
        ),
      );
      expect(failed.code).toBe('switch-command-failed');
      expect(logger.lines.join('\n')).not.toMatch(/swapped names/);
      // The names are back: blue's name leads to the original (no migration), writable, live.
      expect(await isMigrated(blueUrl)).toBe(false);
      expect(await isMigrated(onDatabase(server.url, 'rev_green'))).toBe(true);
      await query(blueUrl, "INSERT INTO orders (note) VALUES ('after the failed swap')");
      expect((await runSwitch(options(blueUrl, {}), logger)).phase).toBe('prepared');
      expect(
        await query(
          server.url,
          "SELECT datname FROM pg_database WHERE NOT datallowconn AND datname LIKE 'rev%'",
        ),
      ).toEqual([]);
      // The replication came back too: the next switch goes through with that write in green.
      const switched = await runSwitch(
        options(blueUrl, { command: 'switch', rename: true }),
        logger,
      );
      expect(switched.phase).toBe('switched');
      expect(
        await query(
          blueUrl,
          "SELECT count(*)::int AS n FROM orders WHERE note = 'after the failed swap'",
        ),
      ).toEqual([{ n: 1 }]);
      expect(await isMigrated(blueUrl)).toBe(true);
      await runSwitch(options(blueUrl, { command: 'finish' }), logger);
      expect(await slotsOf(server.url, 'rev')).toEqual([]);
    },
    120_000,
  );

  testCopy(
    'green on another server: logical replication across servers, switch with switch-command, rollback with nothing lost',
    async () => {
      const second = await startPostgres({
        major: dumpableMajor(),
        postgresFlags: [...LOGICAL_FLAGS],
      });
      other = second;
      const blueUrl = await server.database('far');
      await query(blueUrl, SCHEMA);
      const greenUrl = onDatabase(second.url, 'far');
      const logger = memoryLogger();
      const o = (x: Partial<SwitchOptions>) =>
        options(blueUrl, { greenDatabaseUrl: greenUrl, switchCommand: 'true', ...x });
      // A template copy and a name swap only exist within one server: refused, nothing created.
      const template = await failure(
        runSwitch(o({ command: 'prepare', cloneMethod: 'template' }), logger),
      );
      expect(template.toLine()).toMatch(
        /^clone-method template copies a database within its server/,
      );
      expect(
        await query(second.url, "SELECT datname FROM pg_database WHERE datname = 'far'"),
      ).toEqual([]);
      const prepared = await runSwitch(
        o({ command: 'prepare', migrationsDir: MIGRATIONS }),
        logger,
      );
      const renaming = await failure(runSwitch(o({ command: 'switch', rename: true }), logger));
      expect(renaming.toLine()).toMatch(/^rename swaps two database names on one server/);
      expect(prepared).toMatchObject({
        phase: 'prepared',
        activeDatabase: 'far',
        standbyDatabase: 'far',
      });
      // Green (on the other server) keeps receiving blue's writes.
      await query(blueUrl, "INSERT INTO orders (note) VALUES ('after prepare')");
      await waitFor('green to receive the write', async () => (await orderCount(greenUrl)) === 301);
      expect(await isMigrated(greenUrl)).toBe(true);

      const switched = await runSwitch(o({ command: 'switch' }), logger);
      expect(switched).toMatchObject({ phase: 'switched', activeDatabase: 'far' });
      await query(greenUrl, "INSERT INTO orders (note) VALUES ('on green')");
      await expect(query(blueUrl, "INSERT INTO orders (note) VALUES ('x')")).rejects.toThrow(
        /read-only/,
      );
      const rolledBack = await runSwitch(o({ command: 'rollback' }), logger);
      expect(rolledBack.phase).toBe('rolled-back');
      expect(
        await query(blueUrl, "SELECT count(*)::int AS n FROM orders WHERE note = 'on green'"),
      ).toEqual([{ n: 1 }]);
      await query(blueUrl, "INSERT INTO orders (note) VALUES ('blue writable again')");
      await runSwitch(o({ command: 'abort' }), logger);
      expect(
        await query(second.url, "SELECT datname FROM pg_database WHERE datname = 'far'"),
      ).toEqual([]);
      expect(await slotsOf(server.url, 'far')).toEqual([]);
      expect(await slotsOf(second.url, 'far')).toEqual([]);
    },
    120_000,
  );

  testCopy(
    'dump onto a server without logical decoding: the switch warns, rollback is refused unless accept-lost-writes',
    async () => {
      const plain = await startPostgres({ major: dumpableMajor() });
      try {
        const blueUrl = await createDatabase(plain.url, 'dmp');
        await query(blueUrl, SCHEMA);
        const logger = memoryLogger();
        const app = await openClient(blueUrl);
        app.on('error', () => undefined);
        const busy = await failure(
          runSwitch(options(blueUrl, { command: 'prepare', cloneMethod: 'dump' }), logger),
        );
        expect(busy.code).toBe('sessions-connected');
        // Refused: blue is writable again and the session was left alone.
        await app.query("INSERT INTO orders (note) VALUES ('before the copy')");
        const prepared = await runSwitch(
          options(blueUrl, {
            command: 'prepare',
            cloneMethod: 'dump',
            terminateConnections: true,
            migrationsDir: MIGRATIONS,
          }),
          logger,
        );
        await expect(app.query('SELECT 1')).rejects.toThrow();
        await app.end().catch(() => undefined);
        expect(prepared).toMatchObject({ phase: 'prepared', cloneMethod: 'dump' });
        expect(logger.lines.join('\n')).toMatch(/a rollback would lose green's writes/);
        const greenUrl = onDatabase(plain.url, 'dmp_green');
        expect(await orderCount(greenUrl)).toBe(301);
        // Someone made blue writable after the copy: its writes would be lost, so no switch.
        await query(plain.url, 'ALTER DATABASE dmp RESET default_transaction_read_only');
        const written = await failure(
          runSwitch(options(blueUrl, { command: 'switch', switchCommand: 'true' }), logger),
        );
        expect(written.code).toBe('blue-written');
        await query(plain.url, 'ALTER DATABASE dmp SET default_transaction_read_only = on');

        const switched = await runSwitch(
          options(blueUrl, { command: 'switch', switchCommand: 'true' }),
          logger,
        );
        expect(switched).toMatchObject({ phase: 'switched', activeDatabase: 'dmp_green' });
        expect(switched.replicationLagBytes).toBeUndefined();
        await query(greenUrl, "INSERT INTO orders (note) VALUES ('only on green')");
        const refused = await failure(
          runSwitch(options(blueUrl, { command: 'rollback', switchCommand: 'true' }), logger),
        );
        expect(refused.code).toBe('no-return-replication');
        expect(refused.toLine()).toMatch(/accept-lost-writes: true/);
        expect((await runSwitch(options(blueUrl, {}), logger)).phase).toBe('switched');
        const rolledBack = await runSwitch(
          options(blueUrl, { command: 'rollback', acceptLostWrites: true, switchCommand: 'true' }),
          logger,
        );
        expect(rolledBack.phase).toBe('rolled-back');
        await query(blueUrl, "INSERT INTO orders (note) VALUES ('blue again')");
        await expect(query(greenUrl, "INSERT INTO orders (note) VALUES ('x')")).rejects.toThrow(
          /read-only/,
        );
        await runSwitch(options(blueUrl, { command: 'abort' }), logger);
      } finally {
        await plain.stop();
      }
    },
    120_000,
  );
});
