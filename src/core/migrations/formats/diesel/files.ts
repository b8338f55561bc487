import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { DbDeployError } from '../../../errors.js';
import type { Migration } from '../../engine/types.js';
import { withoutOwnTransaction } from '../plain-sql.js';
import {
  duplicateVersion,
  noMigrationFiles,
  readMigrationsDir,
  sqlMigration,
} from '../sql-files.js';

/**
 * Diesel's migrations: one folder per migration, `<version>_<name>/up.sql` and `down.sql`, as
 * diesel_migrations reads them (migrations_internals `valid_sql_migration_directory`: a folder
 * holding up.sql; `version_from_string`: the folder name before the first `_`, dashes dropped,
 * so `2024-01-01-000000_create_users` is version `20240101000000`), applied in version order.
 * `metadata.toml` with `run_in_transaction = false` runs it outside a transaction.
 */

export const EXPECTED = '<version>_<name>/up.sql with its down.sql';

export const isDieselMigrationPath = (path: string): boolean =>
  /(?:^|[\\/])(?:up|down)\.sql$/.test(path);

/** Diesel's version of a migration folder. */
export const dieselVersion = (folder: string): string =>
  (folder.split('_')[0] ?? '').replace(/-/g, '');

/** `run_in_transaction = false` in metadata.toml. */
async function runsOutsideTransaction(dir: string): Promise<boolean> {
  const text = await readFile(join(dir, 'metadata.toml'), 'utf8').catch(() => '');
  return /^\s*run_in_transaction\s*=\s*false\s*(?:#.*)?$/m.test(text);
}

/** Reads one Diesel migration folder. */
export async function readDieselMigration(dir: string, baseDir: string): Promise<Migration> {
  const folder = basename(dir);
  const upPath = join(dir, 'up.sql');
  const downPath = join(dir, 'down.sql');
  const content = await readFile(upPath, 'utf8');
  const downText = await readFile(downPath, 'utf8').catch(() => undefined);
  const file = relative(baseDir, upPath);
  const downFile = relative(baseDir, downPath);
  return sqlMigration({
    id: dieselVersion(folder),
    name: folder,
    path: upPath,
    baseDir,
    content,
    up: await withoutOwnTransaction({ sql: content, offset: 0 }, file),
    down:
      downText === undefined
        ? undefined
        : await withoutOwnTransaction(
            { sql: downText, offset: 0, source: { file: downFile, content: downText } },
            downFile,
          ),
    noTransaction: await runsOutsideTransaction(dir),
    addDown: `write ${folder}/down.sql`,
    extra: downText,
  });
}

/** Diesel's migrations of a directory, in version order. */
export async function listDieselMigrations(dir: string, baseDir: string): Promise<Migration[]> {
  const display = relative(baseDir, dir) || '.';
  const entries = await readMigrationsDir(dir, display);
  const stray = entries.find((e) => !e.isDirectory() && e.name.endsWith('.sql'));
  if (stray) {
    throw new DbDeployError(
      'unplaced-migration-file',
      `"${stray.name}" in the Diesel migrations directory is not in a migration folder (${EXPECTED}), so it would never run`,
      {
        where: display,
        hint: `move it into a folder as ${EXPECTED}, or out of the migrations directory`,
      },
    );
  }
  const migrations: Migration[] = [];
  for (const folder of entries.filter((e) => e.isDirectory())) {
    const names = new Set(
      (await readMigrationsDir(join(dir, folder.name), display)).map((e) => e.name),
    );
    if (!names.has('up.sql')) {
      if (names.has('down.sql'))
        throw new DbDeployError(
          'orphan-down-migration',
          `${folder.name}/down.sql is a down migration without its up.sql`,
          { where: display, hint: `add ${folder.name}/up.sql or remove the folder` },
        );
      continue;
    }
    if (!/^\d/.test(folder.name) || dieselVersion(folder.name) === '') {
      throw new DbDeployError(
        'unplaced-migration-file',
        `the Diesel migration folder "${folder.name}" has no version before its first "_"`,
        { where: display, hint: 'name it <version>_<name>, e.g. 2024-01-01-000000_create_users' },
      );
    }
    migrations.push(await readDieselMigration(join(dir, folder.name), baseDir));
  }
  migrations.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const [i, m] of migrations.entries()) {
    const before = migrations[i - 1];
    if (before?.id === m.id) throw duplicateVersion(m.id, before.name, m.name, display);
  }
  if (migrations.length === 0) throw noMigrationFiles(display, 'Diesel', EXPECTED);
  return migrations;
}
