import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { DbDeployError } from '../../../errors.js';
import type { Migration } from '../../engine/types.js';
import {
  duplicateVersion,
  isFileEntry,
  noMigrationFiles,
  readMigrationsDir,
  sqlMigration,
  unplacedFile,
} from '../sql-files.js';
import { splitGooseFile } from './annotations.js';

/**
 * goose's SQL migrations: `<version>_<name>.sql`, the version the digits before the first `_`
 * (goose's `NumericComponent`: a positive int64), applied in version order. goose's Go
 * migrations (`.go`) are compiled into the goose binary of their project: db-deploy cannot run
 * them, so a directory holding one is refused.
 */

const FILE = /^(\d+)_.*\.sql$/;
export const EXPECTED = '<version>_<name>.sql, e.g. 20240101120000_create_users.sql';

export const isGooseFile = (fileName: string): boolean => FILE.test(fileName);

/** Reads one goose SQL migration. */
export async function readGooseFile(path: string, baseDir: string): Promise<Migration> {
  const fileName = basename(path);
  const file = relative(baseDir, path);
  const version = FILE.exec(fileName)?.[1];
  if (version === undefined || BigInt(version) < 1n)
    throw unplacedFile(fileName, file, 'goose', EXPECTED);
  const content = await readFile(path, 'utf8');
  const parts = splitGooseFile(content, file, process.env);
  return sqlMigration({
    // goose records the version as a bigint: no leading zeros.
    id: BigInt(version).toString(),
    name: fileName.slice(0, -'.sql'.length),
    path,
    baseDir,
    content,
    up: parts.up,
    down: parts.down,
    noTransaction: parts.noTransaction,
    addDown: 'write the down SQL under "-- +goose Down"',
  });
}

/** goose's SQL migrations of a directory, in version order. */
export async function listGooseFiles(dir: string, baseDir: string): Promise<Migration[]> {
  const display = relative(baseDir, dir) || '.';
  const entries = (await readMigrationsDir(dir, display)).filter(isFileEntry);
  const go = entries.find((e) => /^\d+_.*\.go$/.test(e.name) && !e.name.endsWith('_test.go'));
  if (go) {
    throw new DbDeployError(
      'unsupported-migration',
      `${go.name} is a goose Go migration, which only the goose binary it is compiled into can run`,
      {
        where: display,
        hint: 'write it as a SQL migration (-- +goose Up / -- +goose Down), or run these migrations with goose',
      },
    );
  }
  const files = entries.filter((e) => e.name.endsWith('.sql'));
  const unplaced = files.find((e) => !isGooseFile(e.name));
  if (unplaced) throw unplacedFile(unplaced.name, display, 'goose', EXPECTED);
  if (files.length === 0) throw noMigrationFiles(display, 'goose', EXPECTED);
  const migrations = await Promise.all(files.map((e) => readGooseFile(join(dir, e.name), baseDir)));
  migrations.sort((a, b) =>
    BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0,
  );
  for (const [i, m] of migrations.entries()) {
    const before = migrations[i - 1];
    if (before?.id === m.id)
      throw duplicateVersion(m.id, basename(before.path), basename(m.path), display);
  }
  return migrations;
}
