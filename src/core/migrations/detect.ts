import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { connect, disconnect } from '../db/connect.js';
import { parseDatabaseUrl } from '../db/url.js';
import { DbDeployError } from '../errors.js';
import type { FormatName, FormatRequest } from './engine/types.js';
import { FORMAT_NAMES } from './engine/types.js';
import { LEDGER_TABLES } from './engine/queries.js';
import { NODE_PG_MIGRATE_DEFAULTS } from './formats/node-pg-migrate/index.js';
import { DBMATE_DEFAULTS } from './formats/dbmate/index.js';
import { hasDbmateMarkers } from './formats/dbmate/files.js';
import { GOLANG_MIGRATE_DEFAULTS } from './formats/golang-migrate/index.js';
import { GOOSE_DEFAULTS } from './formats/goose/index.js';
import { hasGooseAnnotations } from './formats/goose/annotations.js';
import { FLYWAY_DEFAULTS, FLYWAY_MARKERS } from './formats/flyway/index.js';
import { PRISMA_DEFAULTS, PRISMA_MARKERS } from './formats/prisma/index.js';
import { DRIZZLE_CONFIGS, DRIZZLE_DEFAULTS } from './formats/drizzle/index.js';
import { DIESEL_MARKER } from './formats/diesel/index.js';

/** What `migration-format` accepts. */
export const FORMAT_CHOICES = ['auto', ...FORMAT_NAMES] as const;
export type FormatChoice = (typeof FORMAT_CHOICES)[number];

/** The format a run uses and why, for the log and the summary. */
export interface DetectedFormat {
  name: FormatName;
  reason: string;
  /** Where detection found the migrations (absolute), when the request named no directory. */
  migrationsDir?: string;
}

/** A format a directory's files point to, and what showed it. */
interface Sign {
  format: FormatName;
  why: string;
}

/** What a directory's files say about their tool: file names first, then section markers. */
async function signsOf(dir: string): Promise<Sign[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name);
  const signs: Sign[] = [];
  const add = (format: FormatName, why: string) => {
    if (!signs.some((s) => s.format === format)) signs.push({ format, why });
  };
  for (const name of files) {
    if (/^\d+_.*\.(?:up|down)\.sql$/.test(name))
      add('golang-migrate', `${name} is an up/down pair file`);
    else if (/^\d+_.*\.go$/.test(name)) add('goose', `${name} is a goose Go migration`);
    else if (/^(?:[VU]\d+(?:[._]\d+)*|R)__.+\.sql$/.test(name))
      add('flyway', `${name} is named as Flyway names migrations`);
    else if (/\.(?:[cm]?js|[cm]?ts)$/.test(name) && !/\.d\.[cm]?ts$/.test(name))
      add('node-pg-migrate', `${name} is a JavaScript/TypeScript migration`);
  }
  if (files.includes('migration_lock.toml')) add('prisma', "migration_lock.toml is Prisma's");
  const meta = await readdir(join(dir, 'meta')).catch(() => [] as string[]);
  if (meta.includes('_journal.json')) add('drizzle', "meta/_journal.json is drizzle-kit's journal");
  for (const folder of entries.filter((e) => e.isDirectory()).map((e) => e.name)) {
    const inside = await readdir(join(dir, folder)).catch(() => [] as string[]);
    if (inside.includes('migration.sql'))
      add('prisma', `${folder}/migration.sql is a Prisma migration`);
    if (inside.includes('up.sql')) add('diesel', `${folder}/up.sql is a Diesel migration`);
  }
  for (const name of files.filter((f) => f.endsWith('.sql'))) {
    const text = await readFile(join(dir, name), 'utf8').catch(() => '');
    if (hasDbmateMarkers(text)) add('dbmate', `${name} has -- migrate:up`);
    else if (hasGooseAnnotations(text)) add('goose', `${name} has -- +goose Up`);
    else if (/^\s*--[\s-]*up\s+migration/im.test(text))
      add('node-pg-migrate', `${name} has -- Up Migration`);
  }
  return signs;
}

/** The repository's own settings for a tool: dbmate's DBMATE_* in `.env`, Flyway's config file. */
async function markerSigns(baseDir: string): Promise<Candidate[]> {
  const signs: Candidate[] = [];
  const env = await readFile(join(baseDir, '.env'), 'utf8').catch(() => '');
  if (/^\s*(?:export\s+)?DBMATE_[A-Z_]+\s*=/m.test(env))
    signs.push({
      format: 'dbmate',
      why: '.env sets DBMATE_*',
      dir: resolve(baseDir, DBMATE_DEFAULTS.migrationsDir),
    });
  for (const marker of PRISMA_MARKERS) {
    if (!(await isFile(join(baseDir, marker)))) continue;
    signs.push({
      format: 'prisma',
      why: `${marker} is Prisma's`,
      dir: resolve(baseDir, PRISMA_DEFAULTS.migrationsDir),
    });
    break;
  }
  for (const marker of DRIZZLE_CONFIGS) {
    if (!(await isFile(join(baseDir, marker)))) continue;
    // drizzle-kit's config says where its migrations are (`out`): the format reads it.
    signs.push({ format: 'drizzle', why: `${marker} is drizzle-kit's configuration` });
    break;
  }
  if (await isFile(join(baseDir, DIESEL_MARKER)))
    // diesel.toml says where its migrations are: the format reads it.
    signs.push({ format: 'diesel', why: `${DIESEL_MARKER} is Diesel's configuration` });
  for (const marker of FLYWAY_MARKERS) {
    if (!(await isFile(join(baseDir, marker)))) continue;
    // Flyway's own settings say where its migrations are: the format reads them.
    signs.push({ format: 'flyway', why: `${marker} is Flyway's configuration` });
    break;
  }
  return signs;
}

const isFile = (path: string) =>
  stat(path).then(
    (s) => s.isFile(),
    () => false,
  );

/** Each format's default directories, relative to the checkout, to look in when none is given. */
const DEFAULT_DIRS: readonly { format: FormatName; dir: string }[] = [
  { format: 'node-pg-migrate', dir: NODE_PG_MIGRATE_DEFAULTS.migrationsDir },
  { format: 'dbmate', dir: DBMATE_DEFAULTS.migrationsDir },
  { format: 'golang-migrate', dir: GOLANG_MIGRATE_DEFAULTS.migrationsDir },
  { format: 'goose', dir: GOOSE_DEFAULTS.migrationsDir },
  ...FLYWAY_DEFAULTS.migrationsDirs.map((dir) => ({ format: 'flyway' as const, dir })),
  { format: 'drizzle', dir: DRIZZLE_DEFAULTS.migrationsDir },
];

const isDirectory = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
    () => false,
  );

/** Whether the given directory, or any tool's default directory, exists. */
async function anyMigrationsDir(request: FormatRequest): Promise<boolean> {
  const dirs = request.migrationsDir
    ? [request.migrationsDir]
    : DEFAULT_DIRS.map((d) => resolve(request.baseDir, d.dir));
  for (const dir of dirs) if (await isDirectory(dir)) return true;
  return false;
}

/** A format detected with the directory it was found in. */
interface Candidate extends Sign {
  dir?: string;
}

/** Candidates from the files: the given directory's, else each format's default directory's. */
async function fileCandidates(request: FormatRequest): Promise<Candidate[]> {
  if (request.migrationsDir) return signsOf(request.migrationsDir);
  const found: Candidate[] = [];
  const dirs = [...new Set(DEFAULT_DIRS.map((d) => d.dir))];
  for (const dir of dirs) {
    const path = resolve(request.baseDir, dir);
    if (!(await isDirectory(path))) continue;
    for (const sign of await signsOf(path))
      if (!found.some((c) => c.format === sign.format)) found.push({ ...sign, dir: path });
  }
  for (const sign of await markerSigns(request.baseDir))
    if (!found.some((c) => c.format === sign.format)) found.push(sign);
  return found;
}

/** The tools whose ledgers the database holds, told apart by table and columns. */
async function ledgerCandidates(databaseUrl: string): Promise<Sign[]> {
  const client = await connect(parseDatabaseUrl(databaseUrl), { connectTimeoutMs: 10_000 });
  try {
    const { rows } = await client.query<{ schema: string; table: string; columns: string[] }>(
      LEDGER_TABLES,
      [
        [
          'pgmigrations',
          'schema_migrations',
          'goose_db_version',
          'flyway_schema_history',
          '_prisma_migrations',
          '__drizzle_migrations',
          '__diesel_schema_migrations',
        ],
      ],
    );
    const signs: Sign[] = [];
    for (const { schema, table, columns } of rows) {
      const has = (...names: string[]) => names.every((n) => columns.includes(n));
      const where = `${schema}.${table}`;
      let format: FormatName | undefined;
      if (table === 'pgmigrations' && has('name', 'run_on')) format = 'node-pg-migrate';
      else if (table === 'schema_migrations' && has('version', 'dirty')) format = 'golang-migrate';
      else if (table === 'schema_migrations' && has('version')) format = 'dbmate';
      else if (table === 'goose_db_version' && has('version_id', 'is_applied')) format = 'goose';
      else if (table === 'flyway_schema_history' && has('installed_rank', 'success'))
        format = 'flyway';
      else if (table === '_prisma_migrations' && has('migration_name', 'finished_at'))
        format = 'prisma';
      else if (table === '__drizzle_migrations' && has('hash', 'created_at')) format = 'drizzle';
      else if (table === '__diesel_schema_migrations' && has('version', 'run_on'))
        format = 'diesel';
      if (format && !signs.some((s) => s.format === format))
        signs.push({ format, why: `the database has its ledger ${where}` });
    }
    return signs;
  } finally {
    await disconnect(client);
  }
}

/**
 * Which migration format a run uses: the one the user chose, else what the repository shows
 * (a tool's files and section markers in the migrations directory — the given one, or each
 * tool's default directory — and its settings, like dbmate's DBMATE_* in `.env`), else the
 * tool's ledger already in the database (by table and columns). Two tools at once is one
 * error naming both, unless the database's ledger settles it. Nothing at all: node-pg-migrate,
 * the default. The one place every format's detection goes.
 */
export async function detectFormat(
  choice: FormatChoice,
  request: FormatRequest,
): Promise<DetectedFormat> {
  if (choice !== 'auto') return { name: choice, reason: 'chosen by migration-format' };
  let candidates = await fileCandidates(request);
  // The database is asked only when there are migrations to tell apart: a missing directory
  // is reported as such, not as whatever connecting says.
  if (candidates.length !== 1 && request.databaseUrl && (await anyMigrationsDir(request))) {
    const ledgers = await ledgerCandidates(request.databaseUrl);
    const settled =
      candidates.length === 0
        ? ledgers
        : candidates.filter((c) => ledgers.some((l) => l.format === c.format));
    if (settled.length === 1) {
      const only = settled[0]!;
      const inFiles = candidates.find((c) => c.format === only.format);
      const ledger = ledgers.find((l) => l.format === only.format)!;
      return { name: only.format, reason: ledger.why, migrationsDir: inFiles?.dir };
    }
    if (candidates.length === 0) candidates = ledgers;
  }
  if (candidates.length === 1) {
    const [only] = candidates as [Candidate];
    return { name: only.format, reason: only.why, migrationsDir: only.dir };
  }
  if (candidates.length > 1) {
    const where = relative(request.baseDir, request.migrationsDir ?? request.baseDir) || '.';
    throw new DbDeployError(
      'ambiguous-format',
      `the migrations could be ${candidates.map((c) => `${c.format} (${c.why})`).join(' or ')}`,
      {
        where,
        hint: `set migration-format (--migration-format in the CLI) to one of ${candidates.map((c) => c.format).join(', ')}, and migrations-dir to its directory`,
      },
    );
  }
  return { name: 'node-pg-migrate', reason: 'the default format' };
}
