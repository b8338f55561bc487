import { symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { migrate, MIGRATE_DEFAULTS, type MigrateOptions } from '../../src/core/migrations/index.js';
import { migrationStatus } from '../../src/core/migrations/index.js';
import { memoryLogger, silentLogger } from '../../src/core/logger.js';
import { freshDatabase, openClient, query } from '../helpers/database.js';
import { tempTree } from '../helpers/fixtures.js';
import { installKnex, knexCli, knexLedgerRows, knexList, knexProject } from '../helpers/knex.js';
import { startWriters } from '../helpers/traffic.js';
import { failure } from '../helpers/expect.js';

function options(databaseUrl: string, baseDir: string, overrides: Partial<MigrateOptions> = {}) {
  return {
    ...MIGRATE_DEFAULTS,
    databaseUrl,
    baseDir,
    environment: 'development',
    ...overrides,
  };
}

/** Polls `check` until it holds (no wall-clock assertion: only the test's own timeout bounds it). */
async function until(check: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await check())) await new Promise((r) => setTimeout(r, 50));
}

const ALL = [
  '20240101000000_create_customers.js',
  '20240102000000_create_products.js',
  '20240103000000_create_orders.js',
  '20240104000000_index_orders_status.js',
];

const isLocked = async (url: string) =>
  (await query<{ is_locked: number }>(url, 'SELECT is_locked FROM knex_migrations_lock'))[0]
    ?.is_locked;

describe('knex migrations through the engine (real PostgreSQL, knex itself)', () => {
  test('applies a knex project as knex does, and knex migrate:list agrees', async () => {
    const url = await freshDatabase();
    const project = await knexProject();
    const logger = memoryLogger();
    const result = await migrate(options(url, project), logger);
    expect(result.format).toBe('knex');
    expect(result.migrationsDir).toBe('db/migrations');
    expect(result.migrationsTable).toBe('public.knex_migrations');
    expect(result.applied.map((m) => m.name)).toEqual(ALL);
    expect(result.applied.map((m) => m.transactional)).toEqual([true, true, true, false]);
    expect(await knexLedgerRows(url)).toEqual(ALL.map((name) => ({ name, batch: 1 })));
    expect(await isLocked(url)).toBe(0);
    expect(await knexList(project, url)).toEqual({ completed: ALL, pending: [] });
    const log = logger.lines.join('\n');
    expect(log).toMatch(/knex configuration: knexfile\.js, environment development/);
    expect(log).toMatch(/knex: db-deploy's bundled knex 3\.\d+\.\d+ \(the project has none/);
    expect(log).toMatch(
      /20240104000000_index_orders_status\.js \(outside a transaction: exports\.config\.transaction = false\)/,
    );
    // Nothing pending: a second run loads no migration code and changes nothing.
    const again = await migrate(options(url, project), silentLogger);
    expect(again.applied).toEqual([]);
  });

  test("uses the project's own knex when its node_modules has one, and says so", async () => {
    const url = await freshDatabase();
    const project = await knexProject();
    await installKnex(project);
    const logger = memoryLogger();
    await migrate(options(url, project, { count: 1 }), logger);
    expect(logger.lines.join('\n')).toMatch(
      /knex: the project's own knex 3\.\d+\.\d+ \(node_modules\/knex\)/,
    );
  });

  test('adopts a database knex migrated halfway: only the rest runs, and knex agrees', async () => {
    const url = await freshDatabase();
    const project = await knexProject();
    await knexCli(project, url, ['migrate:up']);
    await knexCli(project, url, ['migrate:up']);
    expect(await knexList(project, url)).toEqual({
      completed: ALL.slice(0, 2),
      pending: ALL.slice(2),
    });
    const result = await migrate(options(url, project), silentLogger);
    expect(result.adopted).toEqual(ALL.slice(0, 2));
    expect(result.applied.map((m) => m.name)).toEqual(ALL.slice(2));
    // knex numbered its two runs 1 and 2; db-deploy's run is batch 3.
    expect((await knexLedgerRows(url)).map((r) => r.batch)).toEqual([1, 2, 3, 3]);
    expect(await knexList(project, url)).toEqual({ completed: ALL, pending: [] });
    const status = await migrationStatus(options(url, project));
    expect(status.applied.map((a) => a.state)).toEqual(['ok', 'ok', 'ok', 'ok']);
  });

  test('db-deploy applies and knex rolls back its batch; knex applies and db-deploy rolls back the batch', async () => {
    const url = await freshDatabase();
    const project = await knexProject();
    await migrate(options(url, project, { count: 2 }), silentLogger);
    await migrate(options(url, project), silentLogger);
    const { stdout } = await knexCli(project, url, ['migrate:rollback']);
    expect(stdout).toMatch(/Batch 2 rolled back: 2 migrations/);
    expect(await knexList(project, url)).toEqual({
      completed: ALL.slice(0, 2),
      pending: ALL.slice(2),
    });
    expect(await query(url, "SELECT to_regclass('orders') AS t")).toEqual([{ t: null }]);

    await knexCli(project, url, ['migrate:latest']);
    const back = await migrate(
      options(url, project, { direction: 'down', count: 'batch' }),
      silentLogger,
    );
    expect(back.applied.map((m) => m.name)).toEqual([ALL[3], ALL[2]]);
    expect(await knexList(project, url)).toEqual({
      completed: ALL.slice(0, 2),
      pending: ALL.slice(2),
    });
    // knex migrate:down: one migration, the last.
    const one = await migrate(options(url, project, { direction: 'down', count: 1 }), silentLogger);
    expect(one.applied.map((m) => m.name)).toEqual([ALL[1]]);
    await knexCli(project, url, ['migrate:latest']);
    expect(await knexList(project, url)).toEqual({ completed: ALL, pending: [] });
  });

  test('count: batch is refused for direction up', async () => {
    const url = await freshDatabase();
    const project = await knexProject();
    const error = await failure(migrate(options(url, project, { count: 'batch' }), silentLogger));
    expect(error.message).toMatch(/count: batch undoes the last batch: it needs direction: down/);
  });

  test('four runners at once, with a transaction: false CONCURRENTLY migration: each migration applied once', async () => {
    const url = await freshDatabase();
    const project = await knexProject();
    const results = await Promise.all(
      [1, 2, 3, 4].map(() => migrate(options(url, project), silentLogger)),
    );
    const applied = results.flatMap((r) => r.applied.map((m) => m.name)).sort();
    expect(applied).toEqual(ALL);
    expect((await knexLedgerRows(url)).map((r) => r.name)).toEqual(ALL);
    expect(
      await query(
        url,
        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'orders_status_created_at_index'::regclass",
      ),
    ).toEqual([{ indisvalid: true }]);
    expect(await isLocked(url)).toBe(0);
  });

  test('a knex migrate:latest started while db-deploy applies stops at the lock row; a lock holder is retried and writers keep writing', async () => {
    const url = await freshDatabase();
    const project = await tempTree({
      'knexfile.js': `module.exports = { client: 'pg', connection: process.env.DATABASE_URL };\n`,
      'migrations/001_orders.js': `exports.up = (knex) => knex.schema.createTable('orders', (t) => { t.increments('id'); t.integer('total_cents'); });
exports.down = (knex) => knex.schema.dropTable('orders');\n`,
      'migrations/002_note.js': `exports.up = (knex) => knex.schema.alterTable('orders', (t) => { t.text('note'); });
exports.down = (knex) => knex.schema.alterTable('orders', (t) => { t.dropColumn('note'); });\n`,
    });
    await migrate(options(url, project, { count: 1 }), silentLogger);
    const writers = await startWriters(url, 4);
    const holder = await openClient(url);
    await holder.query('BEGIN');
    await holder.query('SELECT count(*) FROM orders');
    const logger = memoryLogger();
    const running = migrate(options(url, project), logger);
    await until(() => logger.lines.some((l) => l.includes('lock not granted within 100ms')));
    expect(await isLocked(url)).toBe(1);

    const knexRun = await knexCli(project, url, ['migrate:latest']).then(
      () => 'ran',
      (error: { stdout?: string; stderr?: string }) => `${error.stdout}\n${error.stderr}`,
    );
    expect(knexRun).toMatch(/Migration table is already locked/);

    // Writes go on while the migration waits for its lock.
    const before = (await query<{ n: string }>(url, 'SELECT count(*) AS n FROM orders'))[0]!.n;
    await until(async () => {
      const now = (await query<{ n: string }>(url, 'SELECT count(*) AS n FROM orders'))[0]!.n;
      return Number(now) >= Number(before) + 50;
    });
    await holder.query('COMMIT');
    await holder.end();
    const result = await running;
    const stats = await writers.stop();
    expect(result.applied[0]).toMatchObject({ name: '002_note.js' });
    expect(result.applied[0]!.retries).toBeGreaterThan(0);
    expect(stats.failures).toEqual([]);
    expect(await isLocked(url)).toBe(0);
    expect(await knexList(project, url)).toEqual({
      completed: ['001_orders.js', '002_note.js'],
      pending: [],
    });
  });

  test('a lock row knex left held is refused with the way out, and nothing runs', async () => {
    const url = await freshDatabase();
    const project = await knexProject();
    await knexCli(project, url, ['migrate:up']);
    await query(url, 'UPDATE knex_migrations_lock SET is_locked = 1');
    const error = await failure(migrate(options(url, project), silentLogger));
    expect(error.toLine()).toMatch(
      /knex's lock public\.knex_migrations_lock is held \(is_locked = 1\)/,
    );
    expect(error.hint).toMatch(/npx knex migrate:unlock/);
    expect((await knexLedgerRows(url)).length).toBe(1);
    await knexCli(project, url, ['migrate:unlock']);
    await migrate(options(url, project), silentLogger);
    expect((await knexLedgerRows(url)).length).toBe(4);
  });

  test('a failing knex migration rolls back whole and frees the lock row', async () => {
    const url = await freshDatabase();
    const project = await tempTree({
      'knexfile.js': `module.exports = { client: 'pg' };\n`,
      'migrations/001_fails.js': `exports.up = async (knex) => {
  await knex.schema.createTable('half', (t) => { t.increments(); });
  await knex.raw('SELECT 1/0');
};
exports.down = (knex) => knex.schema.dropTable('half');\n`,
    });
    const error = await failure(migrate(options(url, project), silentLogger));
    expect(error.message).toMatch(
      /^migration 001_fails\.js \(up\) failed: 22012 .*division by zero/,
    );
    expect(error.hint).toMatch(/rolled back, nothing of it was applied/);
    expect(await query(url, "SELECT to_regclass('half') AS t")).toEqual([{ t: null }]);
    expect(await isLocked(url)).toBe(0);
  });

  test('a dry run prints the SQL knex would send and writes nothing', async () => {
    const url = await freshDatabase();
    const project = await knexProject();
    const result = await migrate(options(url, project, { dryRun: true }), silentLogger);
    expect(result.planned.map((p) => p.name)).toEqual(ALL);
    expect(result.planned[1]!.sql).toMatch(
      /create table "products" \("id" uuid default gen_random_uuid\(\)/,
    );
    expect(result.planned[1]!.sql).toMatch(/create index "products_active_created_at_index"/);
    expect(result.planned[3]).toMatchObject({
      transactional: false,
      reasons: ['exports.config.transaction = false'],
    });
    expect(await query(url, "SELECT to_regclass('knex_migrations') AS t")).toEqual([{ t: null }]);
  });

  test('reads the knexfile as knex does: a function, environments, NODE_ENV, several directories, a schema', async () => {
    const url = await freshDatabase();
    const project = await tempTree({
      'knexfile.js': `module.exports = async () => ({
  staging: { client: 'pg', migrations: { directory: ['db/a', 'db/b'], tableName: 'history', schemaName: 'ops' } },
  development: { client: 'pg', migrations: { directory: 'nowhere' } },
});\n`,
      'db/a/002_second.js': `exports.up = (knex) => knex.schema.createTable('second', (t) => { t.increments(); });
exports.down = (knex) => knex.schema.dropTable('second');\n`,
      'db/b/001_first.js': `exports.up = (knex) => knex.schema.createTable('first', (t) => { t.increments(); });
exports.down = (knex) => knex.schema.dropTable('first');\n`,
    });
    await query(url, 'CREATE SCHEMA ops');
    const saved = process.env.NODE_ENV;
    process.env.NODE_ENV = 'staging';
    try {
      const result = await migrate(options(url, project, { environment: undefined }), silentLogger);
      expect(result.migrationsDir).toBe('db/a, db/b');
      expect(result.migrationsTable).toBe('ops.history');
      expect(result.applied.map((m) => m.name)).toEqual(['001_first.js', '002_second.js']);
    } finally {
      process.env.NODE_ENV = saved;
    }
    expect(await knexLedgerRows(url, 'ops.history')).toEqual([
      { name: '001_first.js', batch: 1 },
      { name: '002_second.js', batch: 1 },
    ]);
    expect(await query(url, 'SELECT is_locked FROM ops.history_lock')).toEqual([{ is_locked: 0 }]);
  });

  test('loads .js (CommonJS and ESM), .cjs, .mjs and .ts migrations, as knex lists them by loadExtensions', async () => {
    const url = await freshDatabase();
    const table = (name: string) =>
      `(knex) => knex.schema.createTable('${name}', (t) => { t.increments(); })`;
    const drop = (name: string) => `(knex) => knex.schema.dropTable('${name}')`;
    const project = await tempTree({
      'knexfile.js': `module.exports = { client: 'pg', migrations: { directory: 'db', loadExtensions: ['.js', '.cjs', '.mjs', '.ts'] } };\n`,
      'db/001_cjs.cjs': `exports.up = ${table('a')};\nexports.down = ${drop('a')};\n`,
      'db/002_esm.mjs': `export const up = ${table('b')};\nexport const down = ${drop('b')};\nexport const config = { transaction: false };\n`,
      'db/003_typed.ts': `import type { Knex } from 'knex';\nexport async function up(knex: Knex): Promise<void> { await knex.schema.createTable('c', (t) => { t.increments(); }); }\nexport async function down(knex: Knex): Promise<void> { await knex.schema.dropTable('c'); }\n`,
      'db/004_esm.js': `export function up(knex) { return knex.schema.createTable('d', (t) => { t.increments(); }); }\nexport function down(knex) { return knex.schema.dropTable('d'); }\n`,
      'db/package.json': '{ "type": "module" }\n',
    });
    const result = await migrate(options(url, project), silentLogger);
    expect(result.applied.map((m) => [m.name, m.transactional])).toEqual([
      ['001_cjs.cjs', true],
      ['002_esm.mjs', false],
      ['003_typed.ts', true],
      ['004_esm.js', true],
    ]);
    expect(await query(url, "SELECT to_regclass('d') IS NOT NULL AS made")).toEqual([
      { made: true },
    ]);
  });

  test.each([
    [
      'a missing dependency',
      `require('dotenv-not-installed').config();\nmodule.exports = { client: 'pg' };\n`,
      /knexfile\.js cannot be evaluated: Cannot find module 'dotenv-not-installed'/,
      /install the project's packages before db-deploy runs \(a step with npm ci\)/,
    ],
    [
      'a custom migration source',
      `module.exports = { client: 'pg', migrations: { migrationSource: { getMigrations: async () => [] } } };\n`,
      /knexfile\.js sets migrations\.migrationSource, a custom migration source/,
      /keep the migrations as files/,
    ],
    [
      'another database',
      `module.exports = { client: 'mysql2' };\n`,
      /knexfile\.js configures knex for mysql2, and db-deploy migrates PostgreSQL/,
      /client: "pg"/,
    ],
    [
      'an environment it does not have',
      `module.exports = { production: { client: 'pg' } };\n`,
      /knexfile\.js has no "development" environment \(it has production\)/,
      /knex-environment/,
    ],
  ])(
    'a knexfile with %s is one clear error, before anything connects',
    async (_, text, message, hint) => {
      const project = await tempTree({ 'knexfile.js': text, 'migrations/.keep': '' });
      const error = await failure(
        migrate(options('postgres://nobody:secret@127.0.0.1:1/none', project), silentLogger),
      );
      expect(error.toLine()).toMatch(message);
      expect(error.hint).toMatch(hint);
      expect(error.toLine()).not.toMatch(/secret/);
    },
  );

  test('knex code read as node-pg-migrate (detection overridden) is refused with one line naming both formats and the input', async () => {
    const url = await freshDatabase();
    const project = await knexProject();
    const error = await failure(
      migrate(
        options(url, project, {
          format: 'node-pg-migrate',
          migrationsDir: join(project, 'db/migrations'),
        }),
        silentLogger,
      ),
    );
    expect(error.toLine()).toMatch(
      /migration 20240101000000_create_customers is knex code \(it calls knex\.schema…\), but the migrations are read as node-pg-migrate/,
    );
    expect(error.hint).toMatch(/set migration-format: knex/);
    expect(await query(url, "SELECT to_regclass('customers') AS t")).toEqual([{ t: null }]);
  });

  test("a repository without a knexfile is read as knex when the database has knex's ledger", async () => {
    const url = await freshDatabase();
    const project = await knexProject();
    await knexCli(project, url, ['migrate:up']);
    const bare = await tempTree({});
    await symlink(join(project, 'db/migrations'), join(bare, 'migrations'));
    const logger = memoryLogger();
    const result = await migrate(options(url, bare), logger);
    expect(result.format).toBe('knex');
    expect(result.applied.map((m) => m.name)).toEqual(ALL.slice(1));
    expect(logger.lines.join('\n')).toMatch(
      /migration format: knex \(the database has knex's ledger/,
    );
  });
});
