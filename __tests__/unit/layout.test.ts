// Other tools' layouts db-deploy would run wrongly (a down file forward, a dbmate file whole)
// are refused where migration files are listed and read, one line naming the layout.
import { listMigrationFiles } from '../../src/core/migrations/formats/node-pg-migrate/files.js';
import { readMigrationFiles } from '../../src/core/migrations/formats/node-pg-migrate/load.js';
import { collectMigrationFiles } from '../../src/core/lint/files.js';
import { failure } from '../helpers/expect.js';
import { tempTree } from '../helpers/fixtures.js';

const directory = (files: Record<string, string>) => tempTree(files, 'layout');

const UP = 'CREATE TABLE teams (id int);\n';
const DOWN = 'DROP TABLE IF EXISTS teams;\n';

const KEEP_OUT =
  'db-deploy reads node-pg-migrate migrations (one file each, the down under "-- Down Migration") until this layout is supported';
const readWith = (format: string) =>
  `these are ${format} migrations: set migration-format: ${format} (--format in the CLI; lint: --migration-format), or leave it on auto with only ${format} files in the directory`;

describe("another tool's down files are refused by name where node-pg-migrate migrations are read", () => {
  test.each([
    [
      "golang-migrate's NAME.up.sql + NAME.down.sql",
      { '000001_create_teams.up.sql': UP, '000001_create_teams.down.sql': DOWN },
      '000001_create_teams.down.sql',
      readWith('golang-migrate'),
    ],
    [
      "Flyway's U<version>__NAME.sql undo",
      { 'V1__create_teams.sql': UP, 'U1__create_teams.sql': DOWN },
      'U1__create_teams.sql',
      `move down files out of the migrations directory; ${KEEP_OUT}`,
    ],
    [
      "Flyway's U<version>__NAME.sql undo",
      { 'V1.1__create_teams.sql': UP, 'U1.1__create_teams.sql': DOWN },
      'U1.1__create_teams.sql',
      `move down files out of the migrations directory; ${KEEP_OUT}`,
    ],
  ])('%s layout', async (layout, files, down, hint) => {
    const error = await failure(listMigrationFiles(await directory(files), 'db/migrations'));
    expect(error.code).toBe('foreign-layout');
    expect(error.toLine()).toBe(
      `migration file "${down}" is a down migration of ${layout} layout, which db-deploy would run forward (db/migrations) — ${hint}`,
    );
  });

  test("a down.sql in a per-migration folder (Diesel's layout), even beside files db-deploy reads", async () => {
    const dir = await directory({
      '001_init.sql': UP,
      '2024-01-01-000000_create_teams/up.sql': UP,
      '2024-01-01-000000_create_teams/down.sql': DOWN,
    });
    const error = await failure(listMigrationFiles(dir, 'db/migrations'));
    expect(error.toLine()).toBe(
      `migrations directory "db/migrations" has Diesel's NAME/up.sql + NAME/down.sql layout (2024-01-01-000000_create_teams/down.sql is a down migration), which node-pg-migrate does not read — ${readWith('diesel')}`,
    );
  });

  test.each([
    [
      "Prisma's NAME/migration.sql",
      { '20240101000000_init/migration.sql': UP },
      '20240101000000_init/',
    ],
    ["Diesel's NAME/up.sql + NAME/down.sql", { '2024-01-01_init/up.sql': UP }, '2024-01-01_init/'],
  ])(
    'a directory holding only %s folders is refused as that layout, not as empty',
    async (layout, files, folder) => {
      const error = await failure(listMigrationFiles(await directory(files), 'prisma/migrations'));
      expect(error.code).toBe('foreign-layout');
      expect(error.message).toBe(
        `migrations directory "prisma/migrations" has ${layout} layout (${folder}), which node-pg-migrate does not read, and no migration file it does`,
      );
    },
  );
});

describe("another tool's section markers are refused when node-pg-migrate reads the file", () => {
  test.each([
    [
      "dbmate's -- migrate:up / -- migrate:down",
      'dbmate',
      '-- migrate:up\nCREATE TABLE teams (id int);\n\n-- migrate:down\nDROP TABLE teams;\n',
    ],
    [
      "goose's -- +goose Up / -- +goose Down",
      'goose',
      '-- +goose Up\nCREATE TABLE teams (id int);\n-- +goose Down\nDROP TABLE teams;\n',
    ],
    ["goose's -- +goose Up / -- +goose Down", 'goose', '  --   +goose up\nSELECT 1;\n'],
  ])('%s', async (layout, format, content) => {
    const dir = await directory({ '20240101_create_teams.sql': content });
    const error = await failure(readMigrationFiles(dir, dir));
    expect(error.code).toBe('foreign-layout');
    expect(error.toLine()).toBe(
      `migration file 20240101_create_teams.sql has ${layout} sections, and db-deploy would run the whole file, its down section right after its up (20240101_create_teams.sql) — ${readWith(format)}`,
    );
  });

  test('lint refuses such a file named on its own with migration-format node-pg-migrate', async () => {
    const dir = await directory({
      'x/000001_create_teams.down.sql': DOWN,
      'y/1_dbmate.sql': '-- migrate:up\n',
    });
    const lint = (path: string) => collectMigrationFiles([path], dir, 'node-pg-migrate');
    expect((await failure(lint('x/000001_create_teams.down.sql'))).code).toBe('foreign-layout');
    expect((await failure(lint('y/1_dbmate.sql'))).code).toBe('foreign-layout');
  });

  test('on auto, lint reads such a file as its own tool does, and refuses what that tool refuses', async () => {
    const dir = await directory({
      'x/000001_create_teams.down.sql': DOWN,
      'y/1_dbmate.sql': '-- migrate:up\n',
    });
    expect(
      (await failure(collectMigrationFiles(['x/000001_create_teams.down.sql'], dir))).code,
    ).toBe('orphan-down-migration');
    expect((await failure(collectMigrationFiles(['y/1_dbmate.sql'], dir))).message).toBe(
      'dbmate migration y/1_dbmate.sql: it has no "-- migrate:down" section',
    );
  });
});

describe('marker-less SQL stays an up-only node-pg-migrate migration', () => {
  test('V1__init.sql, 001_x.sql, an .up.sql without its down and a node-pg-migrate file are read', async () => {
    const dir = await directory({
      'V1__init.sql': UP,
      '001_x.sql': 'SELECT 1; -- not a migrate:down marker\n',
      '002_y.up.sql': UP,
      '003_z.sql': '-- Up Migration\nSELECT 1;\n-- Down Migration\nSELECT 2;\n',
    });
    const files = await readMigrationFiles(dir, dir);
    expect(files.map((f) => f.name).sort()).toEqual(['001_x', '002_y.up', '003_z', 'V1__init']);
  });
});

describe('what no supported tool reads is refused, naming what was found', () => {
  test('folders of versioned schema files applied by a tool of their own', async () => {
    const dir = await directory({
      'v1.0/manifest.json': '{}',
      'v1.0/schema.sql': UP,
      'v1.1/manifest.json': '{}',
      'v1.1/add_column.sql': 'ALTER TABLE teams ADD COLUMN name text;\n',
    });
    const error = await failure(listMigrationFiles(dir, 'schema/versioned'));
    expect(error.toLine()).toBe(
      'migrations directory "schema/versioned" holds no migration files, only folders of SQL files (v1.0/, v1.1/) in a layout no migration tool db-deploy reads uses — these look like versioned schema files applied by a tool of their own: db-deploy runs none of them; point migrations-dir at migrations of node-pg-migrate, dbmate, golang-migrate, goose, Flyway, Prisma, drizzle-kit or Diesel',
    );
  });
});
