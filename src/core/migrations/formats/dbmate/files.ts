import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { DbDeployError } from '../../../errors.js';
import type { Migration, SqlSection } from '../../engine/types.js';
import {
  duplicateVersion,
  isFileEntry,
  noMigrationFiles,
  readMigrationsDir,
  sqlMigration,
  unplacedFile,
} from '../sql-files.js';

/**
 * dbmate's migrations: `<version>_<name>.sql` files, each with a `-- migrate:up` and a
 * `-- migrate:down` section, options on the section's line (`transaction:false`). Read as dbmate
 * 2 reads them (pkg/dbmate/migration.go `parseMigrationContents`, pkg/dbmate/db.go
 * `migrationFileRegexp`): the version is the file name's leading digits, the up section runs
 * from its marker to the down marker, the down section to the end of the file.
 */

/** dbmate's `migrationFileRegexp`: leading digits are the version. */
const FILE = /^(\d+).*\.sql$/;
export const EXPECTED = '<version>_<name>.sql, e.g. 20240101120000_create_users.sql';

/** dbmate's `upRegExp` and `downRegExp` (multi-line: `^` and `$` at each line). */
const UP = /^--\s*migrate:up(?:[^\S\n]*$|\s+\S+)/m;
const DOWN = /^--\s*migrate:down(?:[^\S\n]*$|\s+\S+)$/m;

/** Whether a file's text has dbmate's section markers (detection reads this). */
export const hasDbmateMarkers = (content: string): boolean => UP.test(content);

export const isDbmateFile = (fileName: string): boolean => FILE.test(fileName);

/** A section's options from its marker line, as dbmate's `parseMigrationOptions` reads them. */
function options(block: string): Map<string, string> {
  const line = (block.split('\n', 1)[0] ?? '').replace(/^--\s*migrate:(?:up|down)/, '').trim();
  const found = new Map<string, string>();
  for (const pair of line === '' ? [] : line.split(/\s+/)) {
    const parts = pair.split(':');
    if (parts.length === 2) found.set(parts[0]!, parts[1]!);
  }
  return found;
}

function parseError(file: string, message: string): DbDeployError {
  return new DbDeployError('migration-parse-failed', `dbmate migration ${file}: ${message}`, {
    where: file,
    hint: 'start the file with "-- migrate:up", then the up SQL, then "-- migrate:down" and the down SQL, as dbmate requires',
  });
}

/** Splits a dbmate file into its sections; refuses what dbmate itself refuses. */
export function splitDbmateFile(
  content: string,
  file: string,
): { up: SqlSection; down: SqlSection; upNoTx: boolean; downNoTx: boolean } {
  const up = UP.exec(content)?.index;
  const down = DOWN.exec(content)?.index;
  if (up === undefined) throw parseError(file, 'it has no "-- migrate:up" section');
  if (down === undefined) throw parseError(file, 'it has no "-- migrate:down" section');
  if (up > down) throw parseError(file, '"-- migrate:up" must come before "-- migrate:down"');
  const before = content.slice(0, up).split('\n');
  if (before.some((line) => line.trim() !== '' && !/^\s*--/.test(line)))
    throw parseError(file, 'it has statements before "-- migrate:up"');
  const upSql = content.slice(up, down);
  const downSql = content.slice(down);
  return {
    up: { sql: upSql, offset: up },
    down: { sql: downSql, offset: down },
    upNoTx: options(upSql).get('transaction') === 'false',
    downNoTx: options(downSql).get('transaction') === 'false',
  };
}

/** Reads one dbmate migration file. */
export async function readDbmateFile(path: string, baseDir: string): Promise<Migration> {
  const content = await readFile(path, 'utf8');
  const fileName = basename(path);
  const version = FILE.exec(fileName)?.[1];
  const file = relative(baseDir, path);
  if (version === undefined) throw unplacedFile(fileName, file, 'dbmate', EXPECTED);
  const parts = splitDbmateFile(content, file);
  const migration = sqlMigration({
    id: version,
    name: fileName.slice(0, -'.sql'.length),
    path,
    baseDir,
    content,
    up: parts.up,
    down: parts.down,
    noTransaction: parts.upNoTx,
    addDown: 'write the down SQL under "-- migrate:down"',
  });
  migration.sql!.downNoTransaction = parts.downNoTx;
  return migration;
}

/** dbmate's migrations of a directory, in file-name order (dbmate's). */
export async function listDbmateFiles(dir: string, baseDir: string): Promise<Migration[]> {
  const display = relative(baseDir, dir) || '.';
  const files = (await readMigrationsDir(dir, display)).filter(
    (e) => isFileEntry(e) && e.name.endsWith('.sql'),
  );
  const unplaced = files.find((e) => !isDbmateFile(e.name));
  if (unplaced) throw unplacedFile(unplaced.name, display, 'dbmate', EXPECTED);
  if (files.length === 0) throw noMigrationFiles(display, 'dbmate', EXPECTED);
  const migrations = await Promise.all(
    files.map((e) => readDbmateFile(join(dir, e.name), baseDir)),
  );
  const seen = new Map<string, string>();
  for (const m of migrations) {
    const other = seen.get(m.id);
    if (other) throw duplicateVersion(m.id, other, basename(m.path), display);
    seen.set(m.id, basename(m.path));
  }
  return migrations;
}
