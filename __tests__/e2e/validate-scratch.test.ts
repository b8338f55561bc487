// The committed validate, migrate, backup and restore bundles on Node 24 around validate's scratch
// database: validate never empties a database it cannot prove it alone used, migrate refuses the
// scratch database, and the marker never travels in a backup.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, startPostgres, dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { removeActionRunFiles, runAction } from '../helpers/action-runner.js';
import { requireBinaries } from '../helpers/binaries.js';
import { freshDatabase, query } from '../helpers/database.js';
import { fixturePath } from '../helpers/fixtures.js';
import { expectOneErrorLine, expectStepSuccess } from '../helpers/step-checks.js';

const SAFE = '1700000000010_add_note.sql';

/** A checkout with the validate fixtures: the baseline migrations and one new, safe one. */
async function checkout(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'db-deploy-validate-scratch-'));
  await cp(fixturePath('validate/baseline'), join(root, 'migrations'), { recursive: true });
  await cp(join(fixturePath('validate/cases'), SAFE), join(root, 'migrations', SAFE));
  await cp(fixturePath('validate/seed.sql'), join(root, 'seed.sql'));
  return root;
}

/** The validate bundle on a push: the newest migration is the new one, no comment. */
const validateOn = (root: string, url: string, inputs: Record<string, string> = {}) =>
  runAction('validate', {
    workspace: root,
    inputs: {
      'database-url': url,
      'new-migrations': '1',
      'seed-file': 'seed.sql',
      comment: 'false',
      ...inputs,
    },
    env: { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'acme/shop' },
  });

/** User tables and sequences outside the marker schema, `schema.name`. */
async function relations(url: string): Promise<string[]> {
  const rows = await query<{ name: string }>(
    url,
    `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'S') AND n.nspname !~ '^pg_' AND n.nspname NOT IN ('information_schema', 'db_deploy_scratch')
      ORDER BY 1`,
  );
  return rows.map((r) => r.name);
}

const markerState = async (url: string) =>
  (await query<{ state: string }>(url, 'SELECT state FROM db_deploy_scratch.marker')).map(
    (r) => r.state,
  );

afterAll(async () => {
  await removeActionRunFiles();
});

describe("the validate bundle and validate's scratch database", () => {
  test('validate on an empty database, then migrate, then the application writes 1000 users: migrate and the next validate refuse, and the 1000 rows stay', async () => {
    const url = await freshDatabase('e2e_scratch');
    const root = await checkout();

    expectStepSuccess(await validateOn(root, url));
    expect(await relations(url)).toEqual([]);
    expect(await markerState(url)).toEqual(['clean']);

    const migrate = await runAction('migrate', {
      workspace: root,
      inputs: { 'database-url': url, 'migrations-dir': 'migrations' },
    });
    expectOneErrorLine(
      migrate,
      'migrate',
      "database-url points at validate's scratch database (it carries the db_deploy_scratch marker schema), which validate empties at the end of each run",
    );
    expect(await relations(url)).toEqual([]);

    // The application, pointed at the same database, makes its table and writes to it anyway.
    await query(url, 'CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL)');
    await query(
      url,
      "INSERT INTO users (email) SELECT 'u' || g || '@example.com' FROM generate_series(1, 1000) g",
    );

    const again = await validateOn(root, url);
    expectOneErrorLine(
      again,
      'validate',
      "validate's scratch database holds objects no validate run left there: 1 sequence, 1 table: public.users_id_seq, public.users",
    );
    expect(again.errors[0]).toContain('validate never empties a database on a guess');
    expect(await query(url, 'SELECT count(*)::int AS n FROM users')).toEqual([{ n: 1000 }]);
    expect(await relations(url)).toEqual(['public.users', 'public.users_id_seq']);
  });

  test('a run killed half-way leaves its tables; the next run refuses them and empties nothing', async () => {
    const url = await freshDatabase('e2e_scratch');
    const root = await checkout();
    // test-command runs after the new migration's up: it kills validate itself (kill -9, no clean-up).
    const killed = await validateOn(root, url, { 'test-command': 'kill -9 $PPID' });
    expect(killed.exitCode).not.toBe(0);
    expect(await markerState(url)).toEqual(['running']);
    const left = await relations(url);
    expect(left).toEqual(expect.arrayContaining(['public.orders', 'public.products']));

    const next = await validateOn(root, url);
    expectOneErrorLine(
      next,
      'validate',
      'a validate run on this database was interrupted (it began ',
    );
    expect(next.errors[0]).toContain(
      'drop and recreate this database, or point database-url at a fresh one',
    );
    expect(await relations(url)).toEqual(left);
    expect(await query(url, 'SELECT count(*)::int AS n FROM products')).toEqual([{ n: 500 }]);
  });
});

const pgDumpAvailable = requireBinaries(['pg_dump', 'pg_restore']);
const describeIf = pgDumpAvailable ? describe : describe.skip;

describeIf('backup and restore (PostgreSQL 15) with the marker', () => {
  let server: Awaited<ReturnType<typeof startPostgres>>;

  beforeAll(async () => {
    server = await startPostgres({ major: dumpableMajor() });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  test('backup leaves the marker out; the restored copy holds the data and validate refuses it', async () => {
    const url = await createDatabase(server.url, `scratch_${process.pid}`);
    const root = await checkout();
    expectStepSuccess(await validateOn(root, url));
    await query(url, 'CREATE TABLE users (id int PRIMARY KEY)');
    await query(url, 'INSERT INTO users SELECT generate_series(1, 1000)');

    const backup = await runAction('backup', {
      workspace: root,
      inputs: { 'database-url': url, path: 'backups' },
    });
    expectStepSuccess(backup);
    const copy = await createDatabase(server.url, `restored_${process.pid}`);
    expectStepSuccess(
      await runAction('restore', {
        workspace: root,
        inputs: { 'database-url': copy, 'backup-path': backup.outputs['backup-path'] ?? '' },
      }),
    );
    expect(
      await query(copy, "SELECT 1 FROM pg_namespace WHERE nspname = 'db_deploy_scratch'"),
    ).toEqual([]);
    expect(await query(copy, 'SELECT count(*)::int AS n FROM users')).toEqual([{ n: 1000 }]);

    const refused = await validateOn(root, copy);
    expectOneErrorLine(
      refused,
      'validate',
      'database-url points at a database that is not empty: it holds 1 table: public.users',
    );
    expect(await query(copy, 'SELECT count(*)::int AS n FROM users')).toEqual([{ n: 1000 }]);
  });
});
