import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { DbDeployError } from '../../../errors.js';
import type { Migration } from '../../engine/types.js';
import { withoutOwnTransaction } from '../plain-sql.js';
import { noMigrationFiles, readMigrationsDir, sqlMigration } from '../sql-files.js';

/**
 * Prisma Migrate's migrations: one folder per migration, `<timestamp>_<name>/migration.sql`,
 * applied in folder-name order, beside `migration_lock.toml` (whose provider must be
 * postgresql). Prisma has no down migrations: each one is forward-only. The script is sent as
 * it is, so a file's own `BEGIN … COMMIT` gives way to db-deploy's transaction.
 */

export const EXPECTED = '<timestamp>_<name>/migration.sql';

export const isPrismaMigrationPath = (path: string): boolean => basename(path) === 'migration.sql';

/** Refuses a migration_lock.toml for another database: Prisma itself would refuse it. */
async function checkLock(dir: string, display: string): Promise<void> {
  const lock = await readFile(join(dir, 'migration_lock.toml'), 'utf8').catch(() => undefined);
  const provider = lock && /^\s*provider\s*=\s*"([^"]*)"/m.exec(lock)?.[1];
  if (provider && provider !== 'postgresql') {
    throw new DbDeployError(
      'wrong-provider',
      `Prisma's migration_lock.toml says these migrations are for ${provider}, not PostgreSQL`,
      {
        where: `${display}/migration_lock.toml`,
        hint: 'point migrations-dir at the PostgreSQL migrations',
      },
    );
  }
}

/** Reads one Prisma migration from its migration.sql. */
export async function readPrismaMigration(path: string, baseDir: string): Promise<Migration> {
  const folder = basename(join(path, '..'));
  const file = relative(baseDir, path);
  const content = await readFile(path, 'utf8');
  const migration = sqlMigration({
    // The folder name is what Prisma records as migration_name.
    id: folder,
    name: folder,
    path,
    baseDir,
    content,
    up: await withoutOwnTransaction({ sql: content, offset: 0 }, file),
    down: undefined,
    noTransaction: false,
    addDown:
      'Prisma has no down migrations: write a new migration that reverses it (prisma migrate diff can generate one), or restore the database from a backup',
  });
  return { ...migration, forwardOnly: true };
}

/** Prisma's migrations of a directory, in folder-name order. */
export async function listPrismaMigrations(dir: string, baseDir: string): Promise<Migration[]> {
  const display = relative(baseDir, dir) || '.';
  await checkLock(dir, display);
  const entries = await readMigrationsDir(dir, display);
  const folders = entries.filter((e) => e.isDirectory());
  const stray = entries.find((e) => !e.isDirectory() && e.name.endsWith('.sql'));
  if (stray) {
    throw new DbDeployError(
      'unplaced-migration-file',
      `"${stray.name}" in the Prisma migrations directory is not in a migration folder (${EXPECTED}), so it would never run`,
      {
        where: display,
        hint: `move it into a folder as ${EXPECTED}, or out of the migrations directory`,
      },
    );
  }
  const migrations: Migration[] = [];
  for (const folder of folders) {
    const names = new Set(
      (await readMigrationsDir(join(dir, folder.name), display)).map((e) => e.name),
    );
    if (!names.has('migration.sql')) {
      throw new DbDeployError(
        'unplaced-migration-file',
        `the Prisma migration folder "${folder.name}" has no migration.sql`,
        {
          where: display,
          hint: 'add its migration.sql, or remove the folder (Prisma refuses it too)',
        },
      );
    }
    migrations.push(await readPrismaMigration(join(dir, folder.name, 'migration.sql'), baseDir));
  }
  if (migrations.length === 0) throw noMigrationFiles(display, 'Prisma', EXPECTED);
  return migrations;
}
