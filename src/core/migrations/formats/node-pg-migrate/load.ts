import { readFile } from 'node:fs/promises';
import { extname, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createJiti } from 'jiti';
import type { ColumnDefinitions, MigrationBuilder } from 'node-pg-migrate';
import { DbDeployError } from '../../../errors.js';
import { migrationChecksum } from '../../engine/checksum.js';
import type { Migration, MigrationKind } from '../../engine/types.js';
import { listMigrationFiles, migrationName } from './files.js';
import { splitSqlMigration } from './sql-file.js';

/** A migration function as node-pg-migrate calls it (a second argument marks callback style). */
export type MigrationAction = (pgm: MigrationBuilder, run?: () => void) => Promise<void> | void;

/** What a migration module provides (node-pg-migrate's MigrationBuilderActions, which it does not export). */
export interface MigrationBuilderActions {
  up?: MigrationAction | false;
  down?: MigrationAction | false;
  shorthands?: ColumnDefinitions;
}

function kindOf(path: string): MigrationKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.sql') return 'sql';
  if (ext === '.ts' || ext === '.cts' || ext === '.mts') return 'ts';
  return 'js';
}

/**
 * Reads every migration file of a directory (no code is executed yet).
 * @param dir absolute directory
 * @param baseDir paths in reports are relative to this (the workspace)
 */
export async function readMigrationFiles(dir: string, baseDir: string): Promise<Migration[]> {
  const display = relative(baseDir, dir) || '.';
  const paths = await listMigrationFiles(dir, display);
  return Promise.all(paths.map((path) => readMigrationFile(path, baseDir)));
}

/** Reads one migration file (no code is executed); its id is its name, as node-pg-migrate records it. */
export async function readMigrationFile(path: string, baseDir: string): Promise<Migration> {
  const content = await readFile(path, 'utf8');
  const kind = kindOf(path);
  const name = migrationName(path);
  const sql = kind === 'sql' ? splitSqlMigration(content) : undefined;
  return {
    id: name,
    name,
    path,
    file: relative(baseDir, path),
    kind,
    checksum: migrationChecksum(content),
    content,
    sql: sql && { up: sql.up, down: sql.down, noTransaction: sql.forceNoTransaction },
    // A JS/TS module without `down` is reversed automatically by node-pg-migrate; known once loaded.
    down: sql ? (sql.down ? 'yes' : 'no') : 'unknown',
  };
}

let tsLoader: ReturnType<typeof createJiti> | undefined;

/**
 * Loads a JavaScript or TypeScript migration module. `.js/.cjs/.mjs` use Node's own `import()`
 * (CommonJS and ESM alike); TypeScript goes through jiti, as node-pg-migrate itself does.
 */
export async function loadModuleActions(migration: Migration): Promise<MigrationBuilderActions> {
  let mod: Record<string, unknown>;
  try {
    if (migration.kind === 'ts') {
      tsLoader ??= createJiti(migration.path, {
        fsCache: false,
        moduleCache: false,
        interopDefault: true,
      });
      mod = (await tsLoader.import(migration.path)) as Record<string, unknown>;
    } else {
      mod = (await import(/* webpackIgnore: true */ pathToFileURL(migration.path).href)) as Record<
        string,
        unknown
      >;
    }
  } catch (error) {
    throw new DbDeployError(
      'migration-load-failed',
      `cannot load migration ${migration.name}: ${(error as Error).message}`,
      {
        where: migration.file,
        hint: 'fix the syntax or the imports of the migration file',
        cause: error,
      },
    );
  }
  const actions =
    (typeof mod.up === 'function' ? mod : (mod.default as Record<string, unknown> | undefined)) ??
    {};
  if (typeof actions.up !== 'function') {
    throw new DbDeployError(
      'migration-load-failed',
      `migration ${migration.name} exports no up function`,
      {
        where: migration.file,
        hint: 'export `up` (and `down`) functions, e.g. `exports.up = (pgm) => { … }`',
      },
    );
  }
  return {
    up: actions.up as MigrationBuilderActions['up'],
    down: actions.down as MigrationBuilderActions['down'],
    shorthands: actions.shorthands as MigrationBuilderActions['shorthands'],
  };
}
