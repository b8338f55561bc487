import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DbDeployError } from '../errors.js';

/**
 * Other migration tools' files found where node-pg-migrate migrations are read. node-pg-migrate
 * runs every `.sql` file forward, so a down file or a file with another tool's sections would
 * run wrongly (a `.down.sql` sorts before its `.up.sql` and drops what the up made): such a
 * directory is refused, one line naming the layout and, where db-deploy reads that tool's
 * layout, the `migration-format` that reads it (detection picks it when nothing else is there).
 * Marker-less SQL (`V1__init.sql`, `001_x.sql`) is not refused: it is an up-only
 * node-pg-migrate migration.
 *
 * This table is the one place that knows these layouts from node-pg-migrate's side.
 */
interface ForeignLayout {
  /** The tool and its layout, as the error line names it. */
  layout: string;
  /** The migration-format that reads this layout, once db-deploy reads it. */
  format?: string;
  /** A file name that marks a down or undo migration in this layout. */
  downFile?: RegExp;
  /** A section marker of this tool in a `.sql` file (db-deploy would run every section). */
  sectionMarker?: RegExp;
  /** A per-migration folder of this layout: the file names that mark it. */
  folderFiles?: readonly string[];
  /** A per-migration folder file that is a down migration (refused even beside readable files). */
  folderDownFile?: string;
}

const FOREIGN_LAYOUTS: readonly ForeignLayout[] = [
  {
    layout: "golang-migrate's NAME.up.sql + NAME.down.sql",
    format: 'golang-migrate',
    downFile: /\.down\.sql$/i,
  },
  { layout: "Flyway's U<version>__NAME.sql undo", downFile: /^U\d+(?:[._]\d+)*__.*\.sql$/ },
  {
    layout: "dbmate's -- migrate:up / -- migrate:down",
    format: 'dbmate',
    sectionMarker: /^[ \t]*--[ \t]*migrate:(?:up|down)\b/im,
  },
  {
    layout: "goose's -- +goose Up / -- +goose Down",
    format: 'goose',
    sectionMarker: /^[ \t]*--[ \t]*\+goose[ \t]+(?:up|down)\b/im,
  },
  {
    layout: "Diesel's NAME/up.sql + NAME/down.sql",
    format: 'diesel',
    folderFiles: ['up.sql'],
    folderDownFile: 'down.sql',
  },
  { layout: "Prisma's NAME/migration.sql", format: 'prisma', folderFiles: ['migration.sql'] },
];

const KEEP_OUT =
  'db-deploy reads node-pg-migrate migrations (one file each, the down under "-- Down Migration") until this layout is supported';

/** What to do about a foreign layout: use its format, or keep it out until one reads it. */
const readWith = (layout: ForeignLayout, otherwise: string): string =>
  layout.format
    ? `these are ${layout.format} migrations: set migration-format: ${layout.format} (--format in the CLI; lint: --migration-format), or leave it on auto with only ${layout.format} files in the directory`
    : `${otherwise}; ${KEEP_OUT}`;

/** Refuses a file whose name marks it as another tool's down or undo migration. */
export function checkForeignFileName(fileName: string, where: string): void {
  const layout = FOREIGN_LAYOUTS.find((l) => l.downFile?.test(fileName));
  if (!layout) return;
  throw new DbDeployError(
    'foreign-layout',
    `migration file "${fileName}" is a down migration of ${layout.layout} layout, which db-deploy would run forward`,
    { where, hint: readWith(layout, 'move down files out of the migrations directory') },
  );
}

/** Refuses a `.sql` migration holding another tool's section markers (its down would run right after its up). */
export function checkForeignSections(content: string, file: string): void {
  const layout = FOREIGN_LAYOUTS.find((l) => l.sectionMarker?.test(content));
  if (!layout) return;
  throw new DbDeployError(
    'foreign-layout',
    `migration file ${file} has ${layout.layout} sections, and db-deploy would run the whole file, its down section right after its up`,
    {
      where: file,
      hint: readWith(
        layout,
        'rewrite it with "-- Up Migration" / "-- Down Migration" markers, or keep it out of the migrations directory',
      ),
    },
  );
}

/**
 * Refuses per-migration folders of another tool: always when a folder holds a down file (it
 * would be mistaken for a migration as soon as the folders are read), and when the directory
 * holds no file db-deploy reads, so that the user hears which layout it is rather than "no
 * migration files".
 * @param folders the directory's subfolder names
 * @param readable whether the directory holds files db-deploy reads as migrations
 */
export async function checkForeignFolders(
  dir: string,
  folders: readonly string[],
  readable: boolean,
  display: string,
): Promise<void> {
  for (const folder of folders) {
    const names = new Set(await readdir(join(dir, folder)).catch(() => [] as string[]));
    const layout = FOREIGN_LAYOUTS.find(
      (l) =>
        (l.folderDownFile !== undefined && names.has(l.folderDownFile)) ||
        (!readable && l.folderFiles?.some((f) => names.has(f))),
    );
    if (!layout) continue;
    const down = layout.folderDownFile !== undefined && names.has(layout.folderDownFile);
    throw new DbDeployError(
      'foreign-layout',
      down
        ? `migrations directory "${display}" has ${layout.layout} layout (${folder}/${layout.folderDownFile} is a down migration), which node-pg-migrate does not read`
        : `migrations directory "${display}" has ${layout.layout} layout (${folder}/), which node-pg-migrate does not read, and no migration file it does`,
      { hint: readWith(layout, 'point migrations-dir at node-pg-migrate migrations') },
    );
  }
}

/**
 * Refuses a directory whose only SQL sits in folders no supported tool uses (e.g. versioned
 * schema folders applied by a project's own tool: `v1.0/…sql`, `v1.1/…sql`), naming what was
 * found, so that the user hears what db-deploy saw rather than "no migration files". Nothing of
 * it runs.
 * @param folders the directory's subfolder names
 */
export async function checkUnknownFolders(
  dir: string,
  folders: readonly string[],
  display: string,
): Promise<void> {
  const withSql: string[] = [];
  for (const folder of folders) {
    const names = await readdir(join(dir, folder)).catch(() => [] as string[]);
    if (names.some((n) => n.toLowerCase().endsWith('.sql'))) withSql.push(`${folder}/`);
  }
  if (withSql.length === 0) return;
  const shown = withSql.slice(0, 3).join(', ') + (withSql.length > 3 ? ', …' : '');
  throw new DbDeployError(
    'unknown-layout',
    `migrations directory "${display}" holds no migration files, only folders of SQL files (${shown}) in a layout no migration tool db-deploy reads uses`,
    {
      hint: 'these look like versioned schema files applied by a tool of their own: db-deploy runs none of them; point migrations-dir at migrations of node-pg-migrate, dbmate, golang-migrate, goose, Flyway, Prisma, drizzle-kit or Diesel',
    },
  );
}
