// Diesel migrations through db-deploy. diesel_cli is a Rust binary with no npm or Debian
// package here, so its ledger is checked against its documented definition
// (diesel_migrations: `__diesel_schema_migrations (version VARCHAR(50) PRIMARY KEY NOT NULL,
// run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)`; migrations_internals
// `version_from_string`).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { silentLogger } from '../../../src/core/logger.js';
import { freshDatabase, query } from '../../helpers/database.js';
import { failure } from '../../helpers/expect.js';
import { copyExample, formatOptions, migrate } from '../../helpers/formats.js';

const versions = async (url: string) =>
  (
    await query<{ version: string }>(
      url,
      'SELECT version FROM __diesel_schema_migrations ORDER BY version',
    )
  ).map((r) => r.version);

/** Diesel's own table, as diesel_migrations creates it. */
const DIESEL_TABLE = `CREATE TABLE IF NOT EXISTS __diesel_schema_migrations (
       version VARCHAR(50) PRIMARY KEY NOT NULL,
       run_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP)`;

describe('Diesel migrations', () => {
  test("detected from diesel.toml; versions as Diesel derives them; metadata.toml's run_in_transaction honoured", async () => {
    const url = await freshDatabase('diesel');
    const project = await copyExample('diesel');
    const result = await migrate(formatOptions(url, project), silentLogger);
    expect(result.format).toBe('diesel');
    expect(result.migrationsDir).toBe('migrations');
    expect(result.migrationsTable).toBe('public.__diesel_schema_migrations');
    expect(result.applied.map((m) => [m.name, m.transactional])).toEqual([
      ['2024-01-01-000001_create_users', true],
      ['2024-01-01-000002_create_categories', true],
      ['2024-01-01-000003_create_products', true],
      ['2024-01-01-000004_create_orders', true],
      ['2024-01-01-000005_create_order_items', true],
      ['2024-01-01-000006_index_orders_by_status', false],
      ['2024-01-01-000007_add_products_description', true],
    ]);
    expect(await versions(url)).toEqual([1, 2, 3, 4, 5, 6, 7].map((i) => `2024010100000${i}`));
  });

  test('down runs down.sql and deletes the row, as diesel migration revert does; halfway databases are finished', async () => {
    const url = await freshDatabase('diesel');
    const project = await copyExample('diesel');
    await query(url, DIESEL_TABLE);
    const up = await readFile(
      join(project, 'migrations/2024-01-01-000001_create_users/up.sql'),
      'utf8',
    );
    await query(url, up);
    await query(url, "INSERT INTO __diesel_schema_migrations (version) VALUES ('20240101000001')");
    const result = await migrate(formatOptions(url, project), silentLogger);
    expect(result.adopted).toEqual(['2024-01-01-000001_create_users']);
    await migrate(formatOptions(url, project, { direction: 'down', count: 2 }), silentLogger);
    expect(await versions(url)).toHaveLength(5);
    expect(await query(url, "SELECT to_regclass('orders_status_created_at_idx') AS i")).toEqual([
      { i: null },
    ]);
  });

  test('a folder with only down.sql, or a stray .sql file, is refused before anything runs', async () => {
    const url = await freshDatabase('diesel');
    const project = await copyExample('diesel');
    await mkdir(join(project, 'migrations/2024-02-01-000000_orphan'));
    await writeFile(
      join(project, 'migrations/2024-02-01-000000_orphan/down.sql'),
      'DROP TABLE users;\n',
    );
    expect((await failure(migrate(formatOptions(url, project), silentLogger))).code).toBe(
      'orphan-down-migration',
    );
    expect(await query(url, "SELECT to_regclass('__diesel_schema_migrations') AS t")).toEqual([
      { t: null },
    ]);
  });
});
