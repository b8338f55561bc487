// Which format a run uses, without configuration: the files (names, section markers), the
// tool's settings, else the ledger already in the database (by table and columns).
import { detectFormat } from '../../../src/core/migrations/detect.js';
import { freshDatabase, query } from '../../helpers/database.js';
import { failure } from '../../helpers/expect.js';
import { tempTree } from '../../helpers/fixtures.js';

const DBMATE = '-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n';
const GOOSE = '-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n';
const NPM = '-- Up Migration\nSELECT 1;\n-- Down Migration\nSELECT 2;\n';

describe('format detection', () => {
  test.each([
    ['dbmate', { 'db/migrations/1_a.sql': DBMATE }, 'db/migrations', '1_a.sql has -- migrate:up'],
    ['goose', { 'db/migrations/1_a.sql': GOOSE }, 'db/migrations', '1_a.sql has -- +goose Up'],
    [
      'golang-migrate',
      { 'db/migrations/1_a.up.sql': 'SELECT 1;', 'db/migrations/1_a.down.sql': '' },
      'db/migrations',
      '1_a.down.sql is an up/down pair file',
    ],
    ['node-pg-migrate', { 'migrations/1_a.sql': NPM }, 'migrations', '1_a.sql has -- Up Migration'],
    [
      'flyway',
      { 'src/main/resources/db/migration/V1__a.sql': 'SELECT 1;' },
      'src/main/resources/db/migration',
      'V1__a.sql is named as Flyway names migrations',
    ],
    [
      'prisma',
      { 'prisma/schema.prisma': '', 'prisma/migrations/20240101_init/migration.sql': 'SELECT 1;' },
      'prisma/migrations',
      "prisma/schema.prisma is Prisma's",
    ],
    [
      'drizzle',
      { 'drizzle/meta/_journal.json': '{}', 'drizzle/0000_a.sql': 'SELECT 1;' },
      'drizzle',
      "meta/_journal.json is drizzle-kit's journal",
    ],
    [
      'diesel',
      { 'migrations/2024-01-01-000000_init/up.sql': 'SELECT 1;' },
      'migrations',
      '2024-01-01-000000_init/up.sql is a Diesel migration',
    ],
    [
      'dbmate',
      { '.env': 'DBMATE_MIGRATIONS_TABLE=schema_migrations\n' },
      'db/migrations',
      '.env sets DBMATE_*',
    ],
  ])('%s from its files in its default directory', async (name, files, dir, reason) => {
    const baseDir = await tempTree(files as Record<string, string>, 'detect');
    const found = await detectFormat('auto', { baseDir });
    expect(found).toEqual({ name, reason, migrationsDir: `${baseDir}/${dir}` });
  });

  test("a directory with two tools' files is one error naming both", async () => {
    const baseDir = await tempTree(
      { 'db/migrations/1_a.sql': DBMATE, 'db/migrations/2_b.sql': GOOSE },
      'detect',
    );
    const error = await failure(
      detectFormat('auto', { baseDir, migrationsDir: `${baseDir}/db/migrations` }),
    );
    expect(error.toLine()).toBe(
      'the migrations could be dbmate (1_a.sql has -- migrate:up) or goose (2_b.sql has -- +goose Up) (db/migrations) — set migration-format (--format in the CLI; lint: --migration-format) to one of dbmate, goose, and migrations-dir to its directory',
    );
  });

  test("Flyway's configuration file marks a Flyway project; its locations say where", async () => {
    const baseDir = await tempTree(
      {
        'flyway.toml': '[flyway]\nlocations = ["filesystem:database/sql"]\n',
        'database/sql/V1__a.sql': 'SELECT 1;',
      },
      'detect',
    );
    expect(await detectFormat('auto', { baseDir })).toEqual({
      name: 'flyway',
      reason: "flyway.toml is Flyway's configuration",
      migrationsDir: undefined,
    });
    const { openMigrationSet } = await import('../../../src/core/migrations/index.js');
    const set = await openMigrationSet({ baseDir });
    expect(set.displayDir).toBe('database/sql');
    expect(set.migrations.map((m) => m.name)).toEqual(['V1__a']);
  });

  test('migration-format overrides what the files show', async () => {
    const baseDir = await tempTree({ 'db/migrations/1_a.sql': DBMATE }, 'detect');
    expect(await detectFormat('goose', { baseDir })).toEqual({
      name: 'goose',
      reason: 'chosen by migration-format',
    });
  });

  test("where the files do not tell, the database's ledger does, by table and columns", async () => {
    const baseDir = await tempTree({ 'sql/1_a.sql': 'SELECT 1;' }, 'detect');
    const migrationsDir = `${baseDir}/sql`;
    const golang = await freshDatabase('detect');
    await query(
      golang,
      'CREATE TABLE schema_migrations (version bigint PRIMARY KEY, dirty boolean NOT NULL)',
    );
    expect(await detectFormat('auto', { baseDir, migrationsDir, databaseUrl: golang })).toEqual({
      name: 'golang-migrate',
      reason: "the database has golang-migrate's ledger (public.schema_migrations)",
      migrationsDir: undefined,
    });
    const dbmate = await freshDatabase('detect');
    await query(dbmate, 'CREATE TABLE schema_migrations (version varchar(255) PRIMARY KEY)');
    expect((await detectFormat('auto', { baseDir, migrationsDir, databaseUrl: dbmate })).name).toBe(
      'dbmate',
    );
    const empty = await freshDatabase('detect');
    expect(await detectFormat('auto', { baseDir, migrationsDir, databaseUrl: empty })).toEqual({
      name: 'node-pg-migrate',
      reason: 'the default format',
      fallback: true,
    });
  });

  test("two tools' files, one tool's ledger: the ledger settles it", async () => {
    const baseDir = await tempTree(
      { 'db/migrations/1_a.sql': DBMATE, 'db/migrations/2_b.sql': GOOSE },
      'detect',
    );
    const url = await freshDatabase('detect');
    await query(
      url,
      'CREATE TABLE goose_db_version (id serial, version_id bigint, is_applied boolean, tstamp timestamp)',
    );
    const found = await detectFormat('auto', { baseDir, databaseUrl: url });
    expect(found.name).toBe('goose');
    expect(found.migrationsDir).toBe(`${baseDir}/db/migrations`);
  });

  test("a knexfile makes .js migrations knex's; beside another tool's files it is one error naming both", async () => {
    const js = 'exports.up = (knex) => knex.schema.createTable("a", () => {});\n';
    const knex = await tempTree({ 'knexfile.js': 'module.exports = {};', 'migrations/1_a.js': js });
    expect(await detectFormat('auto', { baseDir: knex })).toMatchObject({
      name: 'knex',
      reason: 'knexfile.js found',
    });
    // Without the knexfile, .js files are node-pg-migrate's by default (a knex ledger may still tell).
    const bare = await tempTree({ 'migrations/1_a.js': js });
    expect(await detectFormat('auto', { baseDir: bare })).toMatchObject({
      name: 'node-pg-migrate',
      fallback: true,
    });
    const both = await tempTree({
      'knexfile.js': 'module.exports = {};',
      'db/migrations/1_a.sql': DBMATE,
    });
    const error = await failure(detectFormat('auto', { baseDir: both }));
    expect(error.toLine()).toMatch(
      /^the migrations could be knex \(knexfile\.js found\) or dbmate \(1_a\.sql has -- migrate:up\)/,
    );
  });
});
