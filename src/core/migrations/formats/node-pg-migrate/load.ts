import { readFile } from 'node:fs/promises';
import { extname, relative } from 'node:path';
import type { ColumnDefinitions, MigrationBuilder } from 'node-pg-migrate';
import { DbDeployError } from '../../../errors.js';
import { migrationChecksum, moduleChecksum } from '../../engine/checksum.js';
import type { Migration, MigrationKind } from '../../engine/types.js';
import { listMigrationFiles, migrationName } from './files.js';
import { splitSqlMigration } from './sql-file.js';
import { checkForeignSections } from '../../layout.js';
import { importMigration } from '../../module-loader.js';
import { readDeclared } from '../../metadata.js';
import { refuseForeignCode } from '../../foreign-code.js';

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

/**
 * Reads one migration file (no code is executed); its id is its name, as node-pg-migrate records
 * it. A `.sql` file with another tool's sections is refused (see layout.ts).
 */
export async function readMigrationFile(path: string, baseDir: string): Promise<Migration> {
  const content = await readFile(path, 'utf8');
  const kind = kindOf(path);
  const file = relative(baseDir, path);
  if (kind === 'sql') checkForeignSections(content, file);
  const name = migrationName(path);
  const sql = kind === 'sql' ? splitSqlMigration(content) : undefined;
  const sums = sql ? { checksum: migrationChecksum(content) } : moduleChecksum(content);
  return {
    id: name,
    name,
    path,
    file,
    kind,
    checksum: sums.checksum,
    ...(sums.accepted ? { acceptedChecksums: sums.accepted } : {}),
    content,
    sql: sql && { up: sql.up, down: sql.down, noTransaction: sql.forceNoTransaction },
    // A JS/TS module without `down` is reversed automatically by node-pg-migrate; known once loaded.
    down: sql ? (sql.down ? 'yes' : 'no') : 'unknown',
  };
}

/**
 * Loads a JavaScript or TypeScript migration module the way node-pg-migrate 9 loads it: through
 * jiti (its default loader for .js, .cjs, .mjs, .ts, .cts and .mts), see importModule.
 */
export async function loadModuleActions(migration: Migration): Promise<MigrationBuilderActions> {
  refuseForeignCode(migration, 'node-pg-migrate');
  const mod = await importMigration(migration);
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
  // The tutorial's metadata block (`exports.config`): `transaction: false` = pgm.noTransaction().
  migration.declared = readDeclared(actions, migration.content);
  return {
    up: actions.up as MigrationBuilderActions['up'],
    down: actions.down as MigrationBuilderActions['down'],
    shorthands: actions.shorthands as MigrationBuilderActions['shorthands'],
  };
}
