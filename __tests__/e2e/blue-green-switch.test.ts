// The committed dist/blue-green-switch bundle (and the root action with command:
// blue-green-switch), run on Node 24 as a runner runs it, against PostgreSQL (PG_MAJOR, else the newest the installed pg_dump serves) with
// wal_level=logical and a real PgBouncer (as `nobody`) that writers go through.
import { resolve } from 'node:path';
import { databaseEntry, findPgBouncer, startPgBouncer } from '../../scripts/lib/pgbouncer.mjs';
import {
  logWithoutMaskCommands,
  removeActionRunFiles,
  runAction,
  type ActionRun,
} from '../helpers/action-runner.js';
import { pgDumpServes, requireBinaries, testIf } from '../helpers/binaries.js';
import { dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { query } from '../helpers/database.js';
import {
  deployer,
  roleSubscribes,
  useLogicalPostgres,
  type LogicalPostgres,
} from '../helpers/logical-postgres.js';
import { startWriters } from '../helpers/switch-traffic.js';

const available =
  requireBinaries(['pg_dump', 'pg_restore']) &&
  requireBinaries([findPgBouncer() ?? 'pgbouncer'], 'PgBouncer (apt-get install pgbouncer)');
const describeIf = available ? describe : describe.skip;
const major = dumpableMajor();
const copies = available && pgDumpServes(major);
// As a managed service's master user, a subscription needs PostgreSQL 16 (pg_create_subscription):
// before, prepare's refusal is what the user meets, and what is tested. (Without pg_dump for this
// major both tests skip, and pgDumpServes has said why.)
const subscribes = roleSubscribes(major);
const testCopy = copies
  ? testIf(
      subscribes,
      `blue-green-switch.test.ts's logical prepare → switch → rollback under writes: the managed test role may not subscribe on PostgreSQL ${major} (16 added pg_create_subscription); prepare's refusal is tested instead (on 16+, with a pg_dump of that major, the cycle runs as that role)`,
    )
  : test.skip;
const testRefusal = copies
  ? testIf(
      !subscribes,
      `blue-green-switch.test.ts's refusal of prepare for a role that may not subscribe: this test role may subscribe on PostgreSQL ${major}; DB_DEPLOY_TEST_ROLE=managed on 14 or 15 runs it`,
    )
  : test.skip;
/** prepare's one line for a role that may not subscribe. */
const SUBSCRIPTION_REFUSAL = new RegExp(
  `^blue-green-switch: a subscription \\(logical replication\\) needs a superuser on PostgreSQL ${major} \\(16 added pg_create_subscription\\), and "[^"]+" is not one .* — not possible on managed PostgreSQL ${major} except as the provider's admin role .*or use clone-method template or dump$`,
);

const ROLE = 'bg_deployer';
const PASSWORD = 'bg:p@ss/w%rd';
const runs: ActionRun[] = [];

describeIf('dist/blue-green-switch (Node 24, logical replication, PgBouncer)', () => {
  const logical = useLogicalPostgres();
  let server: LogicalPostgres;
  let bouncer: Awaited<ReturnType<typeof startPgBouncer>>;
  let blueUrl: string;
  let secret: string;

  beforeAll(async () => {
    server = await logical();
    const role = await deployer(server, ROLE, PASSWORD);
    const admin = await server.database('shop');
    await query(
      admin,
      `CREATE TABLE orders (id bigserial PRIMARY KEY, note text NOT NULL);
       INSERT INTO orders (note) SELECT 'seed ' || g FROM generate_series(1, 200) g;`,
    );
    blueUrl = role.url('shop');
    secret = role.password;
    bouncer = await startPgBouncer({ databases: { shop: databaseEntry(server.url, 'shop') } });
  }, 60_000);

  afterAll(async () => {
    await bouncer?.stop();
    for (const run of runs) {
      for (const text of [
        logWithoutMaskCommands(run),
        run.stderr,
        run.summary,
        JSON.stringify(run.outputs),
      ])
        expect(text).not.toContain(secret);
    }
    await removeActionRunFiles();
  });

  async function step(
    inputs: Record<string, string>,
    action = 'blue-green-switch',
  ): Promise<ActionRun> {
    const run = await runAction(action, {
      inputs: {
        'database-url': blueUrl,
        'pgbouncer-admin-url': bouncer.adminUrl,
        'pgbouncer-config': bouncer.configPath,
        'migrations-dir': resolve('__tests__/fixtures/blue-green/migrations'),
        ...inputs,
      },
      timeoutMs: 120_000,
    });
    runs.push(run);
    return run;
  }

  testCopy(
    'prepare → switch → rollback under writes through PgBouncer: no failed or lost write',
    async () => {
      const writers = startWriters(bouncer.url('shop'), 3);
      try {
        await writers.waitForMore(30);
        const prepared = await step({ command: 'prepare' });
        expect(prepared.errors).toEqual([]);
        expect(prepared.outputs).toMatchObject({
          'active-database': 'shop',
          'standby-database': 'shop_green',
          phase: 'prepared',
        });
        expect(prepared.summary).toMatch(
          /^## ✅ `shop_green` prepared: 1 table replicating from `shop`, 1 migration applied/,
        );

        const switched = await step({ command: 'switch' });
        expect(switched.errors).toEqual([]);
        expect(switched.outputs).toMatchObject({
          'active-database': 'shop_green',
          'standby-database': 'shop',
          phase: 'switched',
        });
        expect(Number(switched.outputs['pause-ms'])).toBeGreaterThan(0);
        await writers.waitForMore(50);
        expect(writers.acks.at(-1)?.db).toBe('shop_green');

        // Through the root action: command picks the action, blue-green-command its command.
        const status = await step(
          { command: 'blue-green-switch', 'blue-green-command': 'status' },
          '.',
        );
        expect(status.errors).toEqual([]);
        expect(status.outputs).toMatchObject({
          'active-database': 'shop_green',
          phase: 'switched',
        });

        const rolledBack = await step({ command: 'rollback' });
        expect(rolledBack.errors).toEqual([]);
        expect(rolledBack.outputs).toMatchObject({
          'active-database': 'shop',
          phase: 'rolled-back',
        });
        await writers.waitForMore(50);
        await writers.stop();
        expect(writers.failures).toEqual([]);
        const ids = new Set(
          (
            await query<{ id: string }>(
              server.url.replace(/\/postgres$/, '/shop'),
              'SELECT id::text FROM orders',
            )
          ).map((r) => r.id),
        );
        for (const ack of writers.acks) expect(ids.has(ack.id)).toBe(true);

        const aborted = await step({ command: 'abort' });
        expect(aborted.outputs).toMatchObject({ phase: 'aborted', 'active-database': 'shop' });
      } finally {
        await writers.stop();
      }
    },
    180_000,
  );

  testRefusal(
    'as a managed role before PostgreSQL 16, prepare is one line saying a subscription needs a superuser there, and creates nothing',
    async () => {
      const prepared = await step({ command: 'prepare' });
      expect(prepared.exitCode).toBe(1);
      expect(prepared.errors).toEqual([expect.stringMatching(SUBSCRIPTION_REFUSAL)]);
      expect(await query(server.url, 'SELECT slot_name FROM pg_replication_slots')).toEqual([]);
      expect(
        await query(server.url, "SELECT datname FROM pg_database WHERE datname = 'shop_green'"),
      ).toEqual([]);
    },
    60_000,
  );

  test('bad inputs and a step out of order are one error line', async () => {
    const noConfig = await step({ command: 'switch', 'pgbouncer-config': '' });
    expect(noConfig.exitCode).toBe(1);
    expect(noConfig.errors).toEqual([
      'blue-green-switch: input pgbouncer-config is required with pgbouncer-admin-url — give the path of pgbouncer.ini, writable by the runner (or switch with rename: true)',
    ]);
    const outOfOrder = await step({ command: 'finish' });
    expect(outOfOrder.exitCode).toBe(1);
    expect(outOfOrder.errors).toHaveLength(1);
    // After the copy test the pair is aborted; where it could not run, never prepared.
    expect(outOfOrder.errors[0]).toMatch(
      copies && subscribes
        ? /^blue-green-switch: finish needs switched, but shop_green is aborted/
        : /^blue-green-switch: finish needs switched, but shop_green is not prepared/,
    );
    // A migration the replication cannot carry is refused before anything is created.
    const notAdditive = await step({
      command: 'prepare',
      'migrations-dir': resolve('__tests__/fixtures/blue-green/non-additive'),
    });
    expect(notAdditive.exitCode).toBe(1);
    expect(notAdditive.errors).toHaveLength(1);
    // (A role that may not subscribe meets that refusal first, as the test above shows.)
    expect(notAdditive.errors[0]).toMatch(
      subscribes
        ? /^blue-green-switch: \S*1700000000002_drop_note\.sql:3: not additive, so the replication cannot carry it — DROP COLUMN (public\.)?orders\.note on green: /
        : SUBSCRIPTION_REFUSAL,
    );
    expect(
      await query(server.url, "SELECT datname FROM pg_database WHERE datname = 'shop_green'"),
    ).toEqual([]);
    const again = await step({ command: 'rollback' });
    if (copies && subscribes) {
      // rollback and abort of an aborted pair have nothing to do: they say so and succeed.
      expect(again.exitCode).toBe(0);
      expect(again.outputs).toMatchObject({ phase: 'aborted', 'active-database': 'shop' });
    } else {
      // A pair never prepared has nothing to roll back: one line.
      expect(again.exitCode).toBe(1);
      expect(again.errors).toEqual([
        expect.stringMatching(
          /^blue-green-switch: rollback needs switched or prepared, but shop_green is not prepared .* — run prepare first$/,
        ),
      ]);
    }
  }, 60_000);
  test('clone-method template with terminate-connections, then rename: the names swap, and back', async () => {
    await query(server.url, 'DROP DATABASE IF EXISTS shop_green WITH (FORCE)');
    const inputs = {
      'green-database': 'shop_tpl',
      'pgbouncer-admin-url': '',
      'pgbouncer-config': '',
      'clone-method': 'template',
    };
    const badMethod = await step({ ...inputs, command: 'prepare', 'clone-method': 'snapshot' });
    expect(badMethod.exitCode).toBe(1);
    expect(badMethod.errors).toHaveLength(1);
    expect(badMethod.errors[0]).toMatch(/^blue-green-switch: input clone-method: "snapshot"/);

    const prepared = await step({ ...inputs, command: 'prepare', 'terminate-connections': 'true' });
    expect(prepared.exitCode).toBe(0);
    expect(prepared.outputs).toMatchObject({
      phase: 'prepared',
      'active-database': 'shop',
      'standby-database': 'shop_tpl',
    });
    expect(prepared.summary).toContain('Clone method');
    await expect(query(blueUrl, "INSERT INTO orders (note) VALUES ('frozen?')")).rejects.toThrow(
      /read-only/,
    );
    const switched = await step({ ...inputs, command: 'switch', rename: 'true' });
    expect(switched.exitCode).toBe(0);
    expect(switched.outputs).toMatchObject({
      phase: 'switched',
      'active-database': 'shop',
      'standby-database': 'shop_tpl',
    });
    // The database now called shop is the migrated copy, and takes writes.
    await query(blueUrl, "INSERT INTO orders (note, priority) VALUES ('after rename', 1)");
    if (!subscribes) {
      // A managed role before PostgreSQL 16 may not subscribe: the switch said in one warning
      // that blue cannot follow green, and a rollback needs accept-lost-writes.
      expect(switched.stdout).toMatch(
        /^::warning::blue cannot follow green after the switch: a subscription \(logical replication\) needs a superuser on PostgreSQL \d+ /m,
      );
      const refused = await step({ ...inputs, command: 'rollback' });
      expect(refused.exitCode).toBe(1);
      expect(refused.errors).toEqual([
        expect.stringMatching(/^blue-green-switch: .*accept-lost-writes: true/),
      ]);
    }
    const rolledBack = await step({
      ...inputs,
      command: 'rollback',
      ...(subscribes ? {} : { 'accept-lost-writes': 'true' }),
    });
    expect(rolledBack.exitCode).toBe(0);
    expect(rolledBack.outputs).toMatchObject({ phase: 'rolled-back', 'active-database': 'shop' });
    // Back on the original: no priority column; the write made after the rename came back with
    // the return replication, or, without one, was lost as the switch warned.
    expect(
      await query(blueUrl, "SELECT count(*)::int AS n FROM orders WHERE note = 'after rename'"),
    ).toEqual([{ n: subscribes ? 1 : 0 }]);
    await expect(query(blueUrl, 'SELECT priority FROM orders LIMIT 1')).rejects.toThrow(/priority/);
    const aborted = await step({ ...inputs, command: 'abort' });
    expect(aborted.outputs).toMatchObject({ phase: 'aborted' });
    expect(await query(server.url, 'SELECT slot_name FROM pg_replication_slots')).toEqual([]);
  }, 120_000);
});
