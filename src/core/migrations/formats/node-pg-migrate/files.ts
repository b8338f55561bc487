import { readdir } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { DbDeployError } from '../../../errors.js';
import { checkForeignFileName, checkForeignFolders, checkUnknownFolders } from '../../layout.js';
import { checkMigrationFileName } from '../../names.js';
import { checkMigrationsDir } from '../directory.js';

/** File endings db-deploy loads as migrations; everything else in the directory is ignored. */
export const MIGRATION_EXTENSIONS = ['.sql', '.js', '.cjs', '.mjs', '.ts', '.cts', '.mts'] as const;

/**
 * node-pg-migrate's `ignorePattern` (anchored by it as `^…$`): skip dotfiles, declaration
 * files and anything that is not a migration ending, so a README beside the migrations is harmless.
 */
export const IGNORE_PATTERN =
  '(?:\\..*|.*\\.d\\.[cm]?ts|(?!.*\\.(?:sql|js|cjs|mjs|ts|cts|mts)$).*)';

export function isMigrationFile(fileName: string): boolean {
  if (fileName.startsWith('.')) return false;
  if (/\.d\.[cm]?ts$/.test(fileName)) return false;
  // Case-sensitive, like IGNORE_PATTERN, which node-pg-migrate applies as written.
  return (MIGRATION_EXTENSIONS as readonly string[]).includes(extname(fileName));
}

/** A migration's name: its file name without the ending (what node-pg-migrate records). */
export function migrationName(filePath: string): string {
  return basename(filePath, extname(filePath));
}

function numericPrefix(name: string): number | undefined {
  const prefix = /^(\d+)/.exec(name)?.[1];
  if (!prefix) return undefined;
  if (prefix.length === 17) {
    // node-pg-migrate's `utc` format, YYYYMMDDHHmmssSSS, compares as a point in time.
    const iso = `${prefix.slice(0, 4)}-${prefix.slice(4, 6)}-${prefix.slice(6, 8)}T${prefix.slice(8, 10)}:${prefix.slice(10, 12)}:${prefix.slice(12, 14)}.${prefix.slice(14)}Z`;
    return new Date(iso).valueOf();
  }
  return Number(prefix);
}

/** The order node-pg-migrate applies files in: numeric prefix first, then a numeric-aware name compare. */
export function compareMigrationNames(a: string, b: string): number {
  const pa = numericPrefix(a);
  const pb = numericPrefix(b);
  if (pa !== undefined && pb !== undefined && pa !== pb) return pa - pb;
  return a.localeCompare(b, 'en', { usage: 'sort', numeric: true, sensitivity: 'variant' });
}

/**
 * Refuses a migration file db-deploy cannot run as what it is: another tool's down file, or a
 * name that node-pg-migrate cannot record safely.
 * @param where the directory or path as the user gave it
 */
export function checkMigrationFile(fileName: string, where: string): void {
  checkForeignFileName(fileName, where);
  checkMigrationFileName(fileName, where);
}

/**
 * Lists the migration files of a directory in application order. The one place that decides
 * which files are migrations: migrate, validate, lint, status and dry runs all list through it.
 * @param dir absolute path
 * @param display how to name the directory in errors (the path the user gave)
 */
export async function listMigrationFiles(dir: string, display: string): Promise<string[]> {
  await checkMigrationsDir(dir, display);
  const entries = await readdir(dir, { withFileTypes: true });
  const files = entries
    .filter((e) => (e.isFile() || e.isSymbolicLink()) && isMigrationFile(e.name))
    .map((e) => e.name)
    .sort(
      (a, b) => compareMigrationNames(migrationName(a), migrationName(b)) || a.localeCompare(b),
    );
  const folders = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.'));
  await checkForeignFolders(
    dir,
    folders.map((e) => e.name),
    files.length > 0,
    display,
  );
  for (const file of files) checkMigrationFile(file, display);
  if (files.length === 0) {
    await checkUnknownFolders(
      dir,
      folders.map((e) => e.name),
      display,
    );
    throw new DbDeployError(
      'migrations-dir-empty',
      `migrations directory "${display}" holds no migration files`,
      {
        hint: `add files ending in ${MIGRATION_EXTENSIONS.join(', ')} or fix migrations-dir`,
      },
    );
  }
  const seen = new Map<string, string>();
  for (const file of files) {
    const name = migrationName(file);
    const other = seen.get(name);
    if (other) {
      throw new DbDeployError(
        'duplicate-migration',
        `two migration files share the name "${name}": ${other} and ${file}`,
        {
          where: display,
          hint: 'rename or remove one of them',
        },
      );
    }
    seen.set(name, file);
  }
  return files.map((f) => resolve(join(dir, f)));
}
