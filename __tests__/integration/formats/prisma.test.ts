// Prisma Migrate's migrations through db-deploy. Prisma's migration engine is a native binary
// downloaded at install time (not from npm), so `_prisma_migrations` is checked against its
// documented definition (prisma-engines schema-engine sql-schema-connector: the table,
// record_migration_started / record_successful_step / record_migration_finished /
// record_failed_step, mark_migration_rolled_back_by_id).
import { createHash } from 'node:crypto';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { migrationStatus } from '../../../src/core/migrations/index.js';
import { silentLogger } from '../../../src/core/logger.js';
import { freshDatabase, query } from '../../helpers/database.js';
import { failure } from '../../helpers/expect.js';
import { copyExample, formatOptions, migrate } from '../../helpers/formats.js';

const DIR = 'prisma/migrations';
interface Row {
  id: string;
  checksum: string;
  migration_name: string;
  finished: boolean;
  logs: string | null;
  rolled_back: boolean;
  applied_steps_count: number;
}
const rows = (url: string, schema = 'public') =>
  query<Row>(
    url,
    `SELECT id, checksum, migration_name, finished_at IS NOT NULL AS finished, logs,
            rolled_back_at IS NOT NULL AS rolled_back, applied_steps_count
       FROM "${schema}"._prisma_migrations ORDER BY started_at, migration_name`,
  );
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** Prisma's own table, as `prisma migrate deploy` creates it. */
const PRISMA_TABLE = `CREATE TABLE "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

describe('Prisma migrations', () => {
  test('detected from prisma/schema.prisma; each row as prisma migrate deploy leaves it', async () => {
    const url = await freshDatabase('prisma');
    const project = await copyExample('prisma');
    const result = await migrate(formatOptions(url, project), silentLogger);
    expect(result.format).toBe('prisma');
    expect(result.migrationsDir).toBe(DIR);
    expect(result.applied.map((m) => m.transactional)).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      true,
    ]);
    const recorded = await rows(url);
    const first = await readFile(
      join(project, DIR, '20240101000001_create_users/migration.sql'),
      'utf8',
    );
    expect(recorded[0]).toEqual({
      id: expect.stringMatching(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      ),
      checksum: sha256(first),
      migration_name: '20240101000001_create_users',
      finished: true,
      logs: null,
      rolled_back: false,
      applied_steps_count: 1,
    });
    expect(recorded).toHaveLength(7);
  });

  test('finishes a database Prisma migrated halfway; a rollback is refused as forward-only', async () => {
    const url = await freshDatabase('prisma');
    const project = await copyExample('prisma');
    await query(url, PRISMA_TABLE);
    const first = await readFile(
      join(project, DIR, '20240101000001_create_users/migration.sql'),
      'utf8',
    );
    await query(url, first);
    await query(
      url,
      `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
       VALUES (gen_random_uuid()::text, $1, now(), '20240101000001_create_users', now(), 1)`,
      [sha256(first)],
    );
    const result = await migrate(formatOptions(url, project), silentLogger);
    expect(result.adopted).toEqual(['20240101000001_create_users']);
    expect(result.applied).toHaveLength(6);
    const error = await failure(
      migrate(formatOptions(url, project, { direction: 'down' }), silentLogger),
    );
    expect(error.toLine()).toBe(
      'cannot roll back 20240101000007_add_products_description: it is forward-only (its tool has no down migration for it) (prisma/migrations/20240101000007_add_products_description/migration.sql) — Prisma has no down migrations: write a new migration that reverses it (prisma migrate diff can generate one), or restore the database from a backup',
    );
  });

  test('a failed migration leaves the row Prisma leaves; it is refused until prisma migrate resolve', async () => {
    const url = await freshDatabase('prisma');
    const project = await copyExample('prisma');
    const folder = join(project, DIR, '20240101000008_fails');
    await mkdir(folder);
    await writeFile(
      join(folder, 'migration.sql'),
      'CREATE TABLE notes (body text);\nSELECT 1/0;\n',
    );
    const error = await failure(migrate(formatOptions(url, project), silentLogger));
    expect(error.message).toMatch(
      /^migration 20240101000008_fails \(up\) failed: 22012 division by zero/,
    );
    const failed = (await rows(url)).at(-1)!;
    expect(failed).toMatchObject({
      migration_name: '20240101000008_fails',
      finished: false,
      rolled_back: false,
      applied_steps_count: 0,
      logs: 'Database error code: 22012\n\nDatabase error:\nERROR: division by zero\n',
    });
    // Nothing of it stayed: it ran in a transaction.
    expect(await query(url, "SELECT to_regclass('notes') AS t")).toEqual([{ t: null }]);
    const refused = await failure(migrate(formatOptions(url, project), silentLogger));
    expect(refused.code).toBe('failed-migration-recorded');
    expect(refused.hint).toContain('prisma migrate resolve --rolled-back "20240101000008_fails"');
    expect((await failure(migrationStatus(formatOptions(url, project)))).code).toBe(
      'failed-migration-recorded',
    );
    // `prisma migrate resolve --rolled-back` sets rolled_back_at; the fixed migration then runs.
    await query(
      url,
      "UPDATE _prisma_migrations SET rolled_back_at = now() WHERE migration_name = '20240101000008_fails'",
    );
    await writeFile(join(folder, 'migration.sql'), 'CREATE TABLE notes (body text);\n');
    const again = await migrate(formatOptions(url, project), silentLogger);
    expect(again.applied.map((m) => m.name)).toEqual(['20240101000008_fails']);
    expect((await rows(url)).filter((r) => r.migration_name === '20240101000008_fails')).toEqual([
      expect.objectContaining({ finished: false, rolled_back: true }),
      expect.objectContaining({ finished: true, rolled_back: false, applied_steps_count: 1 }),
    ]);
  });

  test("the URL's schema parameter places the ledger and the migrations, as Prisma does", async () => {
    const url = await freshDatabase('prisma');
    await query(url, 'CREATE SCHEMA shop');
    const project = await copyExample('prisma');
    const result = await migrate(
      formatOptions(`${url}?schema=shop`, project, { count: 2 }),
      silentLogger,
    );
    expect(result.migrationsTable).toBe('shop._prisma_migrations');
    expect(await rows(url, 'shop')).toHaveLength(2);
    expect(await query(url, "SELECT to_regclass('shop.users') IS NOT NULL AS found")).toEqual([
      { found: true },
    ]);
  });
});
