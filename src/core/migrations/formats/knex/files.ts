import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { DbDeployError } from '../../../errors.js';
import { moduleChecksum } from '../../engine/checksum.js';
import type { Migration } from '../../engine/types.js';
import { checkMigrationFileName } from '../../names.js';
import type { KnexSettings } from './knexfile.js';

/** The endings db-deploy can load (knex loads CoffeeScript and LiveScript too, through its CLI's require hooks). */
export const LOADABLE_EXTENSIONS = ['.js', '.cjs', '.mjs', '.ts'];

/**
 * The migrations as knex's FsMigrations lists them (lib/migrations/migrate/sources/fs-migrations.js):
 * every file of every directory whose ending is in `loadExtensions`, sorted by file name across
 * directories (lodash `sortBy`, code-unit order), or directory by directory with
 * `sortDirsSeparately`. A migration's ledger name is its file name with its ending.
 */
export async function listKnexMigrations(
  settings: KnexSettings,
  baseDir: string,
): Promise<Migration[]> {
  const found: { file: string; dir: string }[] = [];
  for (const dir of settings.directories) {
    const display = relative(baseDir, dir) || '.';
    const info = await stat(dir).catch(() => undefined);
    if (!info?.isDirectory()) {
      throw new DbDeployError(
        'migrations-dir-missing',
        info
          ? `"${display}" is not a directory`
          : `migrations directory "${display}" does not exist`,
        {
          hint: `check migrations.directory in ${settings.knexfile?.display ?? 'the knexfile'} or migrations-dir (relative paths resolve against the repository checkout), and that the workflow ran actions/checkout`,
        },
      );
    }
    const entries = await readdir(dir, { withFileTypes: true });
    let files = entries
      .filter((e) => (e.isFile() || e.isSymbolicLink()) && isKnexMigrationFile(e.name, settings))
      .map((e) => e.name);
    if (settings.sortDirsSeparately) files = files.sort(byCodeUnits);
    found.push(...files.map((file) => ({ file, dir })));
  }
  const ordered = settings.sortDirsSeparately
    ? found
    : [...found].sort((a, b) => byCodeUnits(a.file, b.file));
  const seen = new Map<string, string>();
  for (const { file, dir } of ordered) {
    const where = relative(baseDir, join(dir, file));
    checkMigrationFileName(file, where);
    if (!LOADABLE_EXTENSIONS.includes(extname(file))) {
      throw new DbDeployError(
        'migration-load-failed',
        `migration ${where} is ${extname(file)} code, which db-deploy cannot load`,
        {
          where,
          hint: `write knex migrations in ${LOADABLE_EXTENSIONS.join(', ')} (compile the others first), or take ${extname(file)} out of migrations.loadExtensions`,
        },
      );
    }
    const other = seen.get(file);
    if (other) {
      throw new DbDeployError(
        'duplicate-migration',
        `two knex migrations share the name "${file}": ${other} and ${where}; knex records migrations by file name`,
        { where, hint: 'rename one of them' },
      );
    }
    seen.set(file, where);
  }
  if (ordered.length === 0) {
    throw new DbDeployError(
      'migrations-dir-empty',
      `migrations directory "${settings.directories.map((d) => relative(baseDir, d) || '.').join('", "')}" holds no knex migration files`,
      {
        hint: `add files ending in ${settings.loadExtensions.filter((e) => LOADABLE_EXTENSIONS.includes(e)).join(', ')} or fix migrations.directory`,
      },
    );
  }
  return Promise.all(ordered.map(({ file, dir }) => readKnexMigration(join(dir, file), baseDir)));
}

/** Whether knex would list a file (by its ending, as loadExtensions says). */
export function isKnexMigrationFile(
  fileName: string,
  settings: Pick<KnexSettings, 'loadExtensions'>,
) {
  return settings.loadExtensions.includes(extname(fileName));
}

/** Sorted as JavaScript's default sort and lodash's sortBy compare strings. */
function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Reads one knex migration file (no code runs); its ledger name is its file name. */
export async function readKnexMigration(path: string, baseDir: string): Promise<Migration> {
  const content = await readFile(path, 'utf8');
  const name = basename(path);
  const sums = moduleChecksum(content);
  return {
    id: name,
    name,
    path,
    file: relative(baseDir, path),
    kind: /\.[cm]?ts$/.test(name) ? 'ts' : 'js',
    content,
    checksum: sums.checksum,
    ...(sums.accepted ? { acceptedChecksums: sums.accepted } : {}),
    down: 'unknown',
  };
}
