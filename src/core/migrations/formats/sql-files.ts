import type { Dirent } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { type DbClient, quoteIdent, parseDatabaseUrl } from '../../db/index.js';
import { DbDeployError } from '../../errors.js';
import { migrationChecksum } from '../engine/checksum.js';
import { relationExists } from '../engine/checksums.js';
import type {
  FormatConfig,
  FormatName,
  FormatRequest,
  Ledger,
  LedgerLocation,
  Migration,
  SqlSection,
} from '../engine/types.js';
import { checkMigrationFileName } from '../names.js';
import { checkMigrationsDir } from './directory.js';

/**
 * What the plain-SQL formats (dbmate, golang-migrate, goose, …) share: reading a migrations
 * directory, naming what they cannot place, the URL's `search_path` their tools honour, and
 * the shape of a ledger table.
 */

/** Where a tool keeps its migrations and its ledger table by default. */
export interface ToolDefaults {
  /** Relative to the checkout. */
  migrationsDir: string;
  table: string;
}

/**
 * The configuration of a tool whose ledger sits in the URL's `search_path` schema (dbmate,
 * golang-migrate, goose): the inputs where given, else the tool's defaults.
 */
export function searchPathConfig(
  format: FormatName,
  defaults: ToolDefaults,
  request: FormatRequest,
): FormatConfig {
  const table = request.migrationsTable ?? defaults.table;
  return {
    format,
    migrationsDir: request.migrationsDir ?? resolve(request.baseDir, defaults.migrationsDir),
    ledger: {
      schema: searchPathSchema(request.schema, request.databaseUrl),
      table,
      checksums: `${table}_checksums`,
    },
  };
}

/** What every one-table ledger has: its place, whether it exists, the relations it owns. */
export function oneTableLedger(
  location: LedgerLocation,
  sessionSetup: readonly string[],
  sequences: readonly string[] = [],
): Pick<Ledger, 'location' | 'exists' | 'sessionSetup' | 'relations'> {
  return {
    location,
    exists: (client: DbClient) => relationExists(client, location.schema, location.table),
    sessionSetup,
    relations: { tables: [`${location.schema}.${location.table}`], sequences },
  };
}

/**
 * The entries of a migrations directory, refusing a missing one with the same lines as every
 * format. Dotfiles are left out.
 * @param display the directory as the user gave it (relative to the checkout)
 */
export async function readMigrationsDir(dir: string, display: string): Promise<Dirent[]> {
  await checkMigrationsDir(dir, display);
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) checkMigrationFileName(entry.name, display);
  return entries
    .filter((e) => !e.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Whether a directory entry is a file (a symbolic link counts, as the tools follow it). */
export const isFileEntry = (e: Dirent): boolean => e.isFile() || e.isSymbolicLink();

/** The refusal of a directory that holds none of the format's migrations. */
export function noMigrationFiles(display: string, tool: string, expected: string): DbDeployError {
  return new DbDeployError(
    'migrations-dir-empty',
    `migrations directory "${display}" holds no ${tool} migration files`,
    { hint: `add files named ${expected}, or fix migrations-dir or migration-format` },
  );
}

/**
 * The refusal of a `.sql` file in the migrations directory that the format cannot place: it
 * would never run, and a migration that silently never runs is worse than a stop.
 */
export function unplacedFile(file: string, display: string, tool: string, expected: string) {
  return new DbDeployError(
    'unplaced-migration-file',
    `"${file}" in the ${tool} migrations directory is not named as ${tool} names migrations (${expected}), so it would never run`,
    {
      where: display,
      hint: `rename it as ${expected}, or move it out of the migrations directory`,
    },
  );
}

/** The refusal of two migration files with the same version. */
export function duplicateVersion(version: string, a: string, b: string, display: string) {
  return new DbDeployError(
    'duplicate-migration',
    `two migration files share the version ${version}: ${a} and ${b}`,
    { where: display, hint: 'give one of them a new version' },
  );
}

/** The schemas of the URL's `search_path` parameter, in order, unquoted; empty when it has none. */
export function urlSearchPath(databaseUrl: string | undefined): string[] {
  if (!databaseUrl) return [];
  const value = parseDatabaseUrl(databaseUrl).params.search_path ?? '';
  return value
    .split(',')
    .map((s) => s.trim().replace(/^"(.*)"$/, '$1'))
    .filter((s) => s !== '');
}

/**
 * The ledger's schema as dbmate, golang-migrate and goose find it: the `schema` input, else the
 * first schema of the URL's `search_path` (which their drivers pass to the server), else public.
 */
export function searchPathSchema(schema: string | undefined, databaseUrl?: string): string {
  return schema ?? urlSearchPath(databaseUrl)[0] ?? 'public';
}

/**
 * The session setting a Go tool's driver (lib/pq, pgx) applies from the URL's `search_path`
 * parameter, so that migrations resolve unqualified names as under the tool itself.
 */
export function searchPathSetup(databaseUrl: string | undefined): string[] {
  const schemas = urlSearchPath(databaseUrl);
  return schemas.length ? [`SET search_path TO ${schemas.map(quoteIdent).join(', ')}`] : [];
}

/** The columns of a table (to tell tools' same-named ledgers apart). Reads the catalog; no lock. */
const TABLE_COLUMNS = `
SELECT a.attname AS name FROM pg_attribute a
 WHERE a.attrelid = to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped
 ORDER BY a.attnum`;

/** The column names of `schema.table`, empty when it does not exist. */
export async function tableColumns(
  client: DbClient,
  schema: string,
  table: string,
): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(TABLE_COLUMNS, [
    `${quoteIdent(schema)}.${quoteIdent(table)}`,
  ]);
  return rows.map((r) => r.name);
}

/** What a plain-SQL migration is made of, before the fields every migration carries. */
export interface SqlMigrationParts {
  id: string;
  name: string;
  path: string;
  baseDir: string;
  content: string;
  up: SqlSection;
  down: SqlSection | undefined;
  noTransaction: boolean;
  /** How to add a down in the tool's layout. */
  addDown: string;
  /** Text that is part of the migration besides `content` (a down file), for its checksum. */
  extra?: string;
}

/** A plain-SQL migration; its checksum covers everything that can run (a down file too). */
export function sqlMigration(parts: SqlMigrationParts): Migration {
  const checksummed =
    parts.extra === undefined ? parts.content : `${parts.content}\n${parts.extra}`;
  return {
    id: parts.id,
    name: parts.name,
    path: parts.path,
    file: relative(parts.baseDir, parts.path),
    kind: 'sql',
    content: parts.content,
    checksum: migrationChecksum(checksummed),
    sql: { up: parts.up, down: parts.down, noTransaction: parts.noTransaction },
    down: parts.down ? 'yes' : 'no',
    addDown: parts.addDown,
  };
}

/** The refusal of a ledger table whose columns are another tool's. */
export function foreignLedger(
  location: string,
  tool: string,
  columns: readonly string[],
  expected: string,
): DbDeployError {
  return new DbDeployError(
    'foreign-ledger',
    `the ledger ${location} has the columns (${columns.join(', ')}), not ${tool}'s (${expected})`,
    {
      where: location,
      hint: 'another tool keeps its ledger under that name: set migration-format to that tool, or migrations-table to the ledger of this one',
    },
  );
}
