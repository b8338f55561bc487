// A migration the replication cannot carry (a dropped or renamed column, a type change …) is
// refused by prepare before anything is created, named by the linter's blue-green rule; a
// reviewed exception (db-deploy-ignore) goes through; and a green whose schema lost a column
// anyway is refused by the switch in one line, before anything is paused. PostgreSQL (dumpableMajor) with
// wal_level=logical and Debian's pg_dump / pg_restore; no PgBouncer (a switch-command routes).
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { memoryLogger } from '../../src/core/logger.js';
import { runSwitch } from '../../src/core/switch/run.js';
import { SWITCH_DEFAULTS, type SwitchOptions } from '../../src/core/switch/options.js';
import { dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { pgDumpServes, requireBinaries } from '../helpers/binaries.js';
import { query } from '../helpers/database.js';
import { failure } from '../helpers/expect.js';
import {
  roleSubscribes,
  useLogicalPostgres,
  type LogicalPostgres,
} from '../helpers/logical-postgres.js';
import { SHOP_SCHEMA } from '../helpers/switch-traffic.js';

// Every case prepares a logical clone: it needs a pg_dump that serves the server and a role that
// may subscribe (a managed role before PostgreSQL 16 meets blue-green.test.ts's refusal instead).
const describeIf =
  requireBinaries(['pg_dump', 'pg_restore']) &&
  pgDumpServes(dumpableMajor()) &&
  roleSubscribes(dumpableMajor())
    ? describe
    : describe.skip;
const FIXTURES = resolve('__tests__/fixtures/blue-green');

describeIf('blue-green-switch: migrations must be additive', () => {
  const logical = useLogicalPostgres();
  let server: LogicalPostgres;
  let dir: string;

  beforeAll(async () => {
    server = await logical();
    dir = await mkdtemp(join(tmpdir(), 'db-deploy-additive-'));
  }, 60_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const onServer = (name: string) => server.url.replace(/\/postgres$/, `/${name}`);
  const pair = async (name: string) => {
    const blueUrl = await server.database(name);
    await query(blueUrl, SHOP_SCHEMA);
    const routed = join(dir, `${name}.route`);
    const options = (o: Partial<SwitchOptions>): SwitchOptions => ({
      ...SWITCH_DEFAULTS,
      command: 'status',
      databaseUrl: blueUrl,
      switchCommand: `printf %s "$DB_DEPLOY_ACTIVE_DATABASE" > '${routed}'`,
      ...o,
    });
    return { blueUrl, greenUrl: onServer(`${name}_green`), routed, options };
  };
  const databases = (like: string) =>
    query(server.url, 'SELECT datname FROM pg_database WHERE datname LIKE $1', [like]);
  const slots = () => query(server.url, 'SELECT slot_name FROM pg_replication_slots');

  test('prepare refuses a DROP COLUMN up front, naming the file, the line and the change; nothing is created', async () => {
    const { options } = await pair('drop');
    const logger = memoryLogger();
    const refused = await failure(
      runSwitch(
        options({ command: 'prepare', migrationsDir: join(FIXTURES, 'non-additive') }),
        logger,
      ),
    );
    expect(refused.code).toBe('not-additive');
    expect(refused.toLine()).toMatch(
      /1700000000002_drop_note\.sql:3: not additive, so the replication cannot carry it — DROP COLUMN (public\.)?orders\.note on green: .* — keep note in this deploy .*\(rule blue-green-drop-column; validate with deploy-strategy: blue-green lists them all\); nothing was created$/,
    );
    expect(await databases('drop_green')).toEqual([]);
    expect(await slots()).toEqual([]);
    expect((await runSwitch(options({}), logger)).phase).toBe('none');
    // A clean-up step's abort has nothing to do, and says so without failing.
    expect(await runSwitch(options({ command: 'abort' }), logger)).toMatchObject({
      phase: 'none',
      activeDatabase: 'drop',
      standbyDatabase: '',
    });
  });

  test('migrations blue has applied already are not checked again', async () => {
    const { blueUrl, options } = await pair('applied');
    await query(
      blueUrl,
      `CREATE TABLE pgmigrations (id serial PRIMARY KEY, name varchar(255) NOT NULL, run_on timestamp NOT NULL);
       INSERT INTO pgmigrations (name, run_on)
       VALUES ('1700000000001_orders_priority', now()), ('1700000000002_drop_note', now())`,
    );
    const logger = memoryLogger();
    const prepared = await runSwitch(
      options({ command: 'prepare', migrationsDir: join(FIXTURES, 'non-additive') }),
      logger,
    );
    expect(prepared).toMatchObject({ phase: 'prepared', migrated: [] });
    await runSwitch(options({ command: 'abort' }), logger);
  });

  test('a reviewed exception (db-deploy-ignore above the statement) goes through', async () => {
    const { options } = await pair('widen');
    const logger = memoryLogger();
    const prepared = await runSwitch(
      options({ command: 'prepare', migrationsDir: join(FIXTURES, 'reviewed') }),
      logger,
    );
    expect(prepared.migrated).toEqual([
      '1700000000001_orders_priority',
      '1700000000002_widen_customer',
    ]);
    await runSwitch(options({ command: 'abort' }), logger);
    expect(await slots()).toEqual([]);
  });

  test('a green that lost a column anyway: the switch refuses in one line before anything moves', async () => {
    const { blueUrl, greenUrl, routed, options } = await pair('lost');
    const logger = memoryLogger();
    await runSwitch(
      options({ command: 'prepare', migrationsDir: join(FIXTURES, 'migrations') }),
      logger,
    );
    // Green is read-only for everyone but the replication: a hand-made change needs READ WRITE.
    await query(greenUrl, 'BEGIN READ WRITE; ALTER TABLE orders DROP COLUMN note; COMMIT');
    const refused = await failure(runSwitch(options({ command: 'switch' }), logger));
    expect(refused.code).toBe('schema-diverged');
    expect(refused.toLine()).toMatch(
      /^green lacks what blue replicates: column public\.orders\.note \(dropped or renamed on green\) \(\S+\/lost_green\) — .*abort, make the migration additive/,
    );
    // Nothing moved: blue live and writable, the route untouched, green still following.
    expect(existsSync(routed)).toBe(false);
    await query(blueUrl, "INSERT INTO orders (note) VALUES ('still on blue')");
    expect((await runSwitch(options({}), logger)).phase).toBe('prepared');
    await runSwitch(options({ command: 'abort' }), logger);
    expect(await slots()).toEqual([]);
    expect(await databases('lost_green')).toEqual([]);
  });
});
