import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DbDeployError } from '../../src/core/errors.js';
import {
  compareMigrationNames,
  IGNORE_PATTERN,
  isMigrationFile,
  listMigrationFiles,
  migrationName,
} from '../../src/core/migrations/formats/node-pg-migrate/files.js';

/** How node-pg-migrate applies IGNORE_PATTERN to each directory entry. */
const ignoredByNodePgMigrate = (name: string) => new RegExp(`^${IGNORE_PATTERN}$`).test(name);

describe('compareMigrationNames', () => {
  const sorted = (...names: string[]) => [...names].sort(compareMigrationNames);

  test.each([
    ['a smaller numeric prefix', '1_create_orders', '2_add_note'],
    ['a numeric prefix, not text', '2_x', '10_x'],
    ['a 13-digit timestamp prefix', '1700000000000_a', '1700000000001_b'],
    ['a 17-digit utc prefix', '20240101000000000_b', '20240101000000001_a'],
    ['the name, when prefixes are equal', '1_add_a', '1_add_b'],
    ['numbers inside the name, numerically', '1_v2', '1_v10'],
    ['plain names, alphabetically', 'add_index', 'create_orders'],
  ])('orders by %s', (_case, first, second) => {
    expect(compareMigrationNames(first, second)).toBeLessThan(0);
    expect(compareMigrationNames(second, first)).toBeGreaterThan(0);
  });

  test('compares a 17-digit utc prefix as the moment it names, among millisecond timestamps', () => {
    // 20231231235959999 is 2023-12-31T23:59:59.999Z, one millisecond before 1704067200000.
    expect(sorted('1704067200000_b', '20231231235959999_a', '1704067200001_c')).toEqual([
      '20231231235959999_a',
      '1704067200000_b',
      '1704067200001_c',
    ]);
  });

  test('sorts a directory of mixed prefixes in application order', () => {
    expect(sorted('10_c', '2_b', '1_a', '100_d', '1_a_2')).toEqual([
      '1_a',
      '1_a_2',
      '2_b',
      '10_c',
      '100_d',
    ]);
  });

  test('sees a name as equal only to itself', () => {
    expect(compareMigrationNames('1_a', '1_a')).toBe(0);
  });
});

describe('migrationName', () => {
  test.each([
    ['/repo/migrations/001_create_orders.sql', '001_create_orders'],
    ['002_add_note.ts', '002_add_note'],
    ['/repo/migrations/003_v1.2.mjs', '003_v1.2'],
  ])('names %s %j', (path, name) => {
    expect(migrationName(path)).toBe(name);
  });
});

describe('isMigrationFile and node-pg-migrate with IGNORE_PATTERN', () => {
  test.each([
    ['001_create_orders.sql', true],
    ['1_a.js', true],
    ['1_a.cjs', true],
    ['1_a.mjs', true],
    ['1_a.ts', true],
    ['1_a.cts', true],
    ['1_a.mts', true],
    ['20240101000000000_init.sql', true],
    ['1_a.d.sql', true],
    ['1_a.sql.js', true],
    ['.hidden.sql', false],
    ['.gitkeep', false],
    ['.eslintrc.js', false],
    ['types.d.ts', false],
    ['1_a.d.ts', false],
    ['1_a.d.cts', false],
    ['1_a.d.mts', false],
    ['README.md', false],
    ['package.json', false],
    ['tsconfig.json', false],
    ['notes.txt', false],
    ['Makefile', false],
    ['1_a', false],
    ['1_a.sql.bak', false],
    ['1_a.sql~', false],
    ['1_a.tsx', false],
    ['1_a.jsx', false],
    ['sql', false],
  ])('%s: migration %s, and node-pg-migrate agrees', (name, migration) => {
    expect(isMigrationFile(name)).toBe(migration);
    expect(ignoredByNodePgMigrate(name)).toBe(!migration);
  });

  // isMigrationFile lower-cases the ending; the pattern node-pg-migrate applies is case-sensitive.
  // db-deploy would plan `1_a.SQL` while node-pg-migrate cannot see it.
  test.each([['1_a.SQL'], ['1_a.Js'], ['1_a.TS'], ['types.D.TS']])(
    'agrees with node-pg-migrate on the upper-case ending of %s',
    (name) => {
      expect(ignoredByNodePgMigrate(name)).toBe(!isMigrationFile(name));
    },
  );
});

describe('listMigrationFiles', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'db-deploy-files-'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function directoryWith(...names: string[]): Promise<string> {
    const dir = join(root, 'migrations');
    await mkdir(dir, { recursive: true });
    for (const name of names) await writeFile(join(dir, name), '-- Up Migration\nSELECT 1;\n');
    return dir;
  }

  async function refusal(dir: string): Promise<DbDeployError> {
    try {
      await listMigrationFiles(dir, 'db/migrations');
    } catch (error) {
      if (error instanceof DbDeployError) return error;
      throw error;
    }
    throw new Error('expected the listing to be refused');
  }

  test('lists migration files as absolute paths, in application order', async () => {
    const dir = await directoryWith('10_c.sql', '2_b.js', '1_a.sql', '20240101000000000_d.ts');
    expect(await listMigrationFiles(dir, 'db/migrations')).toEqual([
      join(dir, '1_a.sql'),
      join(dir, '2_b.js'),
      join(dir, '10_c.sql'),
      join(dir, '20240101000000000_d.ts'),
    ]);
  });

  test('skips dotfiles, declaration files, other files and folders', async () => {
    const dir = await directoryWith(
      '1_a.sql',
      '.gitkeep',
      'README.md',
      'types.d.ts',
      'package.json',
    );
    await mkdir(join(dir, '2_folder.sql'));
    expect(await listMigrationFiles(dir, 'db/migrations')).toEqual([join(dir, '1_a.sql')]);
  });

  test('follows symbolic links to migration files', async () => {
    const dir = await directoryWith('1_a.sql');
    await writeFile(join(root, 'shared.sql'), 'SELECT 1;\n');
    await symlink(join(root, 'shared.sql'), join(dir, '2_shared.sql'));
    expect(await listMigrationFiles(dir, 'db/migrations')).toEqual([
      join(dir, '1_a.sql'),
      join(dir, '2_shared.sql'),
    ]);
  });

  test('refuses a directory that does not exist, naming it as the user gave it', async () => {
    const error = await refusal(join(root, 'nowhere'));
    expect(error.code).toBe('migrations-dir-missing');
    expect(error.message).toBe('migrations directory "db/migrations" does not exist');
    expect(error.hint).toContain('actions/checkout');
  });

  test('refuses a file given as the directory', async () => {
    const file = join(root, '1_a.sql');
    await writeFile(file, 'SELECT 1;\n');
    const error = await refusal(file);
    expect(error.code).toBe('migrations-dir-missing');
    expect(error.message).toBe('"db/migrations" is not a directory');
  });

  test.each([
    ['empty', []],
    ['holding no migration file', ['README.md', '.gitkeep', 'schema.d.ts']],
  ])('refuses a directory %s', async (_case, names) => {
    const error = await refusal(await directoryWith(...names));
    expect(error.code).toBe('migrations-dir-empty');
    expect(error.message).toBe('migrations directory "db/migrations" holds no migration files');
    expect(error.hint).toContain('.sql, .js, .cjs, .mjs, .ts, .cts, .mts');
  });

  test('refuses two files with the same migration name, naming both', async () => {
    const error = await refusal(await directoryWith('1_a.sql', '1_a.js', '2_b.sql'));
    expect(error.code).toBe('duplicate-migration');
    expect(error.message).toBe('two migration files share the name "1_a": 1_a.js and 1_a.sql');
    expect(error.where).toBe('db/migrations');
  });
});
