// golang-migrate migrations through db-deploy. golang-migrate is a Go binary with no npm or
// Debian package here, so its ledger is checked against its documented definition
// (database/postgres/postgres.go: `schema_migrations (version bigint not null primary key,
// dirty boolean not null)`, one row written by SetVersion, read by Version with LIMIT 1).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrationStatus } from '../../../src/core/migrations/index.js';
import { silentLogger } from '../../../src/core/logger.js';
import { freshDatabase, query } from '../../helpers/database.js';
import { failure } from '../../helpers/expect.js';
import { copyExample, formatOptions, migrate } from '../../helpers/formats.js';

const ledger = (url: string) =>
  query<{ version: string; dirty: boolean }>(
    url,
    'SELECT version::text, dirty FROM schema_migrations',
  );
const migrationsOf = (project: string) => join(project, 'db/migrations');

/** What golang-migrate leaves after `migrate up N`: the SQL of the first N up files and its one row. */
async function golangMigrateUp(url: string, project: string, count: number, dirty = false) {
  await query(
    url,
    'CREATE TABLE IF NOT EXISTS schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)',
  );
  for (let v = 1; v <= count; v += 1) {
    const up = (await readdir(migrationsOf(project))).find(
      (n) => n.startsWith(`${String(v).padStart(6, '0')}_`) && n.endsWith('.up.sql'),
    )!;
    await query(url, await readFile(join(migrationsOf(project), up), 'utf8'));
  }
  await query(url, 'TRUNCATE schema_migrations');
  await query(url, 'INSERT INTO schema_migrations (version, dirty) VALUES ($1, $2)', [
    count,
    dirty,
  ]);
}

describe('golang-migrate migrations', () => {
  test('detected by their .up.sql/.down.sql pairs; the ledger is one row, the current version', async () => {
    const url = await freshDatabase('gm');
    const project = await copyExample('golang-migrate');
    const result = await migrate(formatOptions(url, project), silentLogger);
    expect(result.format).toBe('golang-migrate');
    expect(result.applied.map((m) => m.name)).toEqual([
      '000001_create_users',
      '000002_create_categories',
      '000003_create_products',
      '000004_create_orders',
      '000005_create_order_items',
      '000006_index_orders_by_status',
      '000007_add_products_description',
    ]);
    expect(result.applied[5]?.transactional).toBe(false);
    expect(await ledger(url)).toEqual([{ version: '7', dirty: false }]);
  });

  test('down by count runs the .down.sql files and moves the row back; none left is no row, as golang-migrate leaves it', async () => {
    const url = await freshDatabase('gm');
    const project = await copyExample('golang-migrate');
    await migrate(formatOptions(url, project), silentLogger);
    await migrate(formatOptions(url, project, { direction: 'down', count: 2 }), silentLogger);
    expect(await ledger(url)).toEqual([{ version: '5', dirty: false }]);
    expect(await query(url, "SELECT to_regclass('orders_status_created_at_idx') AS i")).toEqual([
      { i: null },
    ]);
    await migrate(formatOptions(url, project, { direction: 'down', count: 5 }), silentLogger);
    expect(await ledger(url)).toEqual([]);
    expect(await query(url, "SELECT to_regclass('users') AS t")).toEqual([{ t: null }]);
  });

  test('finishes a database golang-migrate migrated halfway, adopting the versions below its row', async () => {
    const url = await freshDatabase('gm');
    const project = await copyExample('golang-migrate');
    await golangMigrateUp(url, project, 3);
    const result = await migrate(formatOptions(url, project), silentLogger);
    expect(result.adopted).toEqual([
      '000001_create_users',
      '000002_create_categories',
      '000003_create_products',
    ]);
    expect(result.applied).toHaveLength(4);
    expect(await ledger(url)).toEqual([{ version: '7', dirty: false }]);
  });

  test('a dirty ledger is refused with the command that clears it, before anything runs', async () => {
    const url = await freshDatabase('gm');
    const project = await copyExample('golang-migrate');
    await golangMigrateUp(url, project, 3, true);
    const error = await failure(migrate(formatOptions(url, project), silentLogger));
    expect(error.toLine()).toBe(
      'golang-migrate\'s ledger public.schema_migrations is dirty at version 3: that migration failed half-way under golang-migrate (public.schema_migrations) — repair the database by hand, then clear the flag with `migrate -path db/migrations -database "$DATABASE_URL" force 3` if the migration\'s changes are all in place, or `migrate -path db/migrations -database "$DATABASE_URL" force 2` if none are, and run again',
    );
    expect(await ledger(url)).toEqual([{ version: '3', dirty: true }]);
    // status reports it the same way.
    expect((await failure(migrationStatus(formatOptions(url, project)))).code).toBe('dirty-ledger');
  });

  test("a file's own BEGIN … COMMIT gives way to db-deploy's transaction; a COMMIT in the middle is refused", async () => {
    const url = await freshDatabase('gm');
    const project = await copyExample('golang-migrate');
    const dir = migrationsOf(project);
    await writeFile(join(dir, '000008_notes.down.sql'), 'DROP TABLE notes;\n');
    await writeFile(
      join(dir, '000008_notes.up.sql'),
      'BEGIN;\nCREATE TABLE notes (body text);\nINSERT INTO notes VALUES (1/0);\nCOMMIT;\n',
    );
    const error = await failure(migrate(formatOptions(url, project), silentLogger));
    expect(error.message).toMatch(/^migration 000008_notes \(up\) failed: 22012 division by zero/);
    expect(error.where).toBe('db/migrations/000008_notes.up.sql');
    // Nothing of it stayed, and the ledger stayed at 7: the whole file was one transaction.
    expect(await query(url, "SELECT to_regclass('notes') AS t")).toEqual([{ t: null }]);
    expect(await ledger(url)).toEqual([{ version: '7', dirty: false }]);
    await writeFile(
      join(dir, '000008_notes.up.sql'),
      'CREATE TABLE notes (body text);\nCOMMIT;\nCREATE INDEX ON notes (body);\n',
    );
    const refused = await failure(migrate(formatOptions(url, project), silentLogger));
    expect(refused.code).toBe('own-transaction-control');
  });

  test('a down failure is reported at the line of the .down.sql file', async () => {
    const url = await freshDatabase('gm');
    const project = await copyExample('golang-migrate');
    await migrate(formatOptions(url, project), silentLogger);
    await writeFile(
      join(migrationsOf(project), '000007_add_products_description.down.sql'),
      '\nALTER TABLE products DROP COLUMN description;\nSELEC 1;\n',
    );
    const error = await failure(
      migrate(formatOptions(url, project, { direction: 'down', allowEdited: true }), silentLogger),
    );
    expect(error.where).toBe('db/migrations/000007_add_products_description.down.sql:3:1');
  });

  test('a down file without its up, or a second file of one version, is refused before anything runs', async () => {
    const url = await freshDatabase('gm');
    const project = await copyExample('golang-migrate');
    await writeFile(join(migrationsOf(project), '000009_orphan.down.sql'), 'DROP TABLE users;\n');
    expect((await failure(migrate(formatOptions(url, project), silentLogger))).code).toBe(
      'orphan-down-migration',
    );
    expect(await query(url, "SELECT to_regclass('schema_migrations') AS t")).toEqual([{ t: null }]);
  });
});
