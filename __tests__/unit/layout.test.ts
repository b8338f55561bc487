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

describe("another tool's down files are refused by name", () => {
  test.each([
    [
      "golang-migrate's NAME.up.sql + NAME.down.sql",
      { '000001_create_teams.up.sql': UP, '000001_create_teams.down.sql': DOWN },
      '000001_create_teams.down.sql',
    ],
    [
      "Flyway's U<version>__NAME.sql undo",
      { 'V1__create_teams.sql': UP, 'U1__create_teams.sql': DOWN },
      'U1__create_teams.sql',
    ],
    [
      "Flyway's U<version>__NAME.sql undo",
      { 'V1.1__create_teams.sql': UP, 'U1.1__create_teams.sql': DOWN },
      'U1.1__create_teams.sql',
    ],
  ])('%s layout', async (layout, files, down) => {
    const error = await failure(listMigrationFiles(await directory(files), 'db/migrations'));
    expect(error.code).toBe('foreign-layout');
    expect(error.toLine()).toBe(
      `migration file "${down}" is a down migration of ${layout} layout, which db-deploy would run forward (db/migrations) — move down files out of the migrations directory; db-deploy reads node-pg-migrate migrations (one file each, the down under "-- Down Migration") until this layout is supported`,
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
      `migrations directory "db/migrations" has Diesel's NAME/up.sql + NAME/down.sql layout (2024-01-01-000000_create_teams/down.sql is a down migration), which db-deploy does not read — point migrations-dir at node-pg-migrate migrations; db-deploy reads node-pg-migrate migrations (one file each, the down under "-- Down Migration") until this layout is supported`,
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
        `migrations directory "prisma/migrations" has ${layout} layout (${folder}), which db-deploy does not read, and no migration file it does`,
      );
    },
  );
});

describe("another tool's section markers are refused when the file is read", () => {
  test.each([
    [
      "dbmate's -- migrate:up / -- migrate:down",
      '-- migrate:up\nCREATE TABLE teams (id int);\n\n-- migrate:down\nDROP TABLE teams;\n',
    ],
    [
      "goose's -- +goose Up / -- +goose Down",
      '-- +goose Up\nCREATE TABLE teams (id int);\n-- +goose Down\nDROP TABLE teams;\n',
    ],
    ["goose's -- +goose Up / -- +goose Down", '  --   +goose up\nSELECT 1;\n'],
  ])('%s', async (layout, content) => {
    const dir = await directory({ '20240101_create_teams.sql': content });
    const error = await failure(readMigrationFiles(dir, dir));
    expect(error.code).toBe('foreign-layout');
    expect(error.toLine()).toBe(
      `migration file 20240101_create_teams.sql has ${layout} sections, and db-deploy would run the whole file, its down section right after its up (20240101_create_teams.sql) — rewrite it with "-- Up Migration" / "-- Down Migration" markers, or keep it out of the migrations directory; db-deploy reads node-pg-migrate migrations (one file each, the down under "-- Down Migration") until this layout is supported`,
    );
  });

  test('lint refuses such a file named on its own as well', async () => {
    const dir = await directory({
      'x/000001_create_teams.down.sql': DOWN,
      'y/1_dbmate.sql': '-- migrate:up\n',
    });
    expect(
      (await failure(collectMigrationFiles(['x/000001_create_teams.down.sql'], dir))).code,
    ).toBe('foreign-layout');
    expect((await failure(collectMigrationFiles(['y/1_dbmate.sql'], dir))).code).toBe(
      'foreign-layout',
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
