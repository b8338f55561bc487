// dbmate migrations through db-deploy, checked against the real dbmate (npm `dbmate`, which
// ships the Linux binary): the ledger is dbmate's own, both ways.
import { join } from 'node:path';
import { migrationStatus } from '../../../src/core/migrations/index.js';
import { memoryLogger, silentLogger } from '../../../src/core/logger.js';
import { freshDatabase, query } from '../../helpers/database.js';
import { failure } from '../../helpers/expect.js';
import {
  copyExample,
  dbmate,
  formatOptions,
  keepFirst,
  migrate,
  schemaWithout,
} from '../../helpers/formats.js';

const LEDGER = ['public.schema_migrations', 'public.schema_migrations_checksums'];
const versions = async (url: string, table = 'public.schema_migrations') =>
  (await query<{ version: string }>(url, `SELECT version FROM ${table} ORDER BY version`)).map(
    (r) => r.version,
  );
const migrationsOf = (project: string) => join(project, 'db/migrations');

describe('dbmate migrations', () => {
  test('detected without configuration, applied as dbmate applies them, and dbmate sees nothing pending', async () => {
    const [byTool, byDbDeploy] = await Promise.all([freshDatabase('dbmate'), freshDatabase('dbd')]);
    const project = await copyExample('dbmate');
    await dbmate(byTool, migrationsOf(project), 'migrate');
    const logger = memoryLogger();
    const result = await migrate(formatOptions(byDbDeploy, project), logger);
    expect(result.format).toBe('dbmate');
    expect(result.migrationsDir).toBe('db/migrations');
    expect(result.migrationsTable).toBe('public.schema_migrations');
    expect(result.applied.map((m) => [m.name, m.transactional])).toEqual([
      ['20240101000001_create_users', true],
      ['20240101000002_create_categories', true],
      ['20240101000003_create_products', true],
      ['20240101000004_create_orders', true],
      ['20240101000005_create_order_items', true],
      ['20240101000006_index_orders_by_status', false],
      ['20240101000007_add_products_description', true],
    ]);
    expect(await versions(byDbDeploy)).toEqual(await versions(byTool));
    expect(await schemaWithout(byDbDeploy, LEDGER)).toBe(await schemaWithout(byTool, LEDGER));
    const status = await dbmate(byDbDeploy, migrationsOf(project), 'status');
    expect(status).toContain('Applied: 7');
    expect(status).toContain('Pending: 0');
  });

  test('finishes a database dbmate migrated halfway, adopting what dbmate applied', async () => {
    const url = await freshDatabase('dbmate');
    const project = await copyExample('dbmate');
    const half = await copyExample('dbmate');
    await keepFirst(migrationsOf(half), 3, (n) => n.endsWith('.sql'));
    await dbmate(url, migrationsOf(half), 'migrate');
    const result = await migrate(formatOptions(url, project), silentLogger);
    expect(result.adopted).toHaveLength(3);
    expect(result.applied).toHaveLength(4);
    expect(await dbmate(url, migrationsOf(project), 'status')).toContain('Pending: 0');
  });

  test('rolls back by count with the down sections; dbmate then applies them again', async () => {
    const url = await freshDatabase('dbmate');
    const project = await copyExample('dbmate');
    await migrate(formatOptions(url, project), silentLogger);
    const down = await migrate(
      formatOptions(url, project, { direction: 'down', count: 2 }),
      silentLogger,
    );
    expect(down.applied.map((m) => [m.name, m.transactional])).toEqual([
      ['20240101000007_add_products_description', true],
      ['20240101000006_index_orders_by_status', false],
    ]);
    expect(await versions(url)).toHaveLength(5);
    expect(await dbmate(url, migrationsOf(project), 'status')).toContain('Pending: 2');
    await dbmate(url, migrationsOf(project), 'migrate');
    const again = await migrate(formatOptions(url, project), silentLogger);
    expect(again.applied).toEqual([]);
    expect(again.adopted).toHaveLength(2);
    // dbmate's own rollback is read back by db-deploy.
    await dbmate(url, migrationsOf(project), 'rollback');
    const status = await migrationStatus(formatOptions(url, project));
    expect(status.pending.map((p) => p.name)).toEqual(['20240101000007_add_products_description']);
  });

  test("keeps its ledger in the schema of the URL's search_path, as dbmate does", async () => {
    const url = await freshDatabase('dbmate');
    await query(url, 'CREATE SCHEMA app');
    const withPath = `${url}?search_path=app`;
    const project = await copyExample('dbmate');
    const result = await migrate(formatOptions(withPath, project, { count: 2 }), silentLogger);
    expect(result.migrationsTable).toBe('app.schema_migrations');
    // The migrations ran with that search_path: their tables are in app.
    expect(await query(url, "SELECT to_regclass('app.users') IS NOT NULL AS found")).toEqual([
      { found: true },
    ]);
    await dbmate(withPath, migrationsOf(project), 'migrate');
    expect(await versions(url, 'app.schema_migrations')).toHaveLength(7);
    expect((await migrate(formatOptions(withPath, project), silentLogger)).applied).toEqual([]);
  });

  test('a dry run prints each section as it would run and writes nothing', async () => {
    const url = await freshDatabase('dbmate');
    const project = await copyExample('dbmate');
    const logger = memoryLogger();
    const result = await migrate(formatOptions(url, project, { dryRun: true }), logger);
    expect(result.planned).toHaveLength(7);
    const index = result.planned[5]!;
    expect(index.transactional).toBe(false);
    expect(index.reasons).toEqual(['CREATE INDEX CONCURRENTLY']);
    expect(index.sql).toMatch(/^-- migrate:up transaction:false\n/);
    expect(index.sql).not.toContain('DROP INDEX');
    expect(await query(url, "SELECT to_regclass('public.schema_migrations') AS t")).toEqual([
      { t: null },
    ]);
  });

  test("golang-migrate's schema_migrations is told apart by its columns and refused", async () => {
    const url = await freshDatabase('dbmate');
    await query(
      url,
      'CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL)',
    );
    const project = await copyExample('dbmate');
    const error = await failure(
      migrate(formatOptions(url, project, { format: 'dbmate' }), silentLogger),
    );
    expect(error.message).toContain(
      "the ledger public.schema_migrations has the columns (version, dirty), not dbmate's (version)",
    );
  });
});
