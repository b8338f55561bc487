import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FormatName, FormatRequest } from './engine/types.js';
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
import { findKnexfile } from './formats/knex/knexfile.js';

/** A format the repository points to, what showed it, and where its migrations were seen. */
export interface Candidate {
  format: FormatName;
  why: string;
  /** The directory (absolute) the sign was found in, when it was a migrations directory. */
  dir?: string;
  /**
   * Only JavaScript/TypeScript files without a knexfile: node-pg-migrate's by default, but knex
   * writes such files too, so the database's ledger may still say knex.
   */
  weak?: boolean;
}

/**
 * What a directory's files say about their tool: file names first, then section markers.
 * JavaScript/TypeScript migrations are `jsTool`'s (knex's when the repository has a knexfile).
 */
async function signsOf(dir: string, jsTool: FormatName): Promise<Candidate[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile() || e.isSymbolicLink()).map((e) => e.name);
  const signs: Candidate[] = [];
  const add = (format: FormatName, why: string, weak = false) => {
    const known = signs.find((s) => s.format === format);
    if (!known) signs.push({ format, why, ...(weak ? { weak } : {}) });
    else if (known.weak && !weak) Object.assign(known, { why, weak: undefined });
  };
  for (const name of files) {
    if (/^\d+_.*\.(?:up|down)\.sql$/.test(name))
      add('golang-migrate', `${name} is an up/down pair file`);
    else if (/^\d+_.*\.go$/.test(name)) add('goose', `${name} is a goose Go migration`);
    else if (/^(?:[VU]\d+(?:[._]\d+)*|R)__.+\.sql$/.test(name))
      add('flyway', `${name} is named as Flyway names migrations`);
    else if (/\.(?:[cm]?js|[cm]?ts)$/.test(name) && !/\.d\.[cm]?ts$/.test(name))
      add(jsTool, `${name} is a JavaScript/TypeScript migration`, jsTool === 'node-pg-migrate');
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
  // knex's directory is the knexfile's to say.
  return signs.map((s) => (s.format === 'knex' ? s : { ...s, dir }));
}

/**
 * The repository's own settings for a tool: dbmate's DBMATE_* in `.env`, Prisma's schema,
 * drizzle-kit's, Diesel's and Flyway's configuration files (knex's knexfile: see fileCandidates).
 */
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

const isDirectory = (path: string) =>
  stat(path).then(
    (s) => s.isDirectory(),
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

/** Whether the given directory, or any tool's default directory, exists. */
export async function anyMigrationsDir(request: FormatRequest): Promise<boolean> {
  const dirs = request.migrationsDir
    ? [request.migrationsDir]
    : DEFAULT_DIRS.map((d) => resolve(request.baseDir, d.dir));
  for (const dir of dirs) if (await isDirectory(dir)) return true;
  return false;
}

/**
 * Candidates from the repository: the given directory's files, else each format's default
 * directory's files and the tools' marker files. A knexfile makes JavaScript/TypeScript
 * migrations knex's (both tools keep them in `migrations/`) and is itself a sign of knex.
 */
export async function fileCandidates(request: FormatRequest): Promise<Candidate[]> {
  const knexfile = await findKnexfile(request);
  const jsTool: FormatName = knexfile ? 'knex' : 'node-pg-migrate';
  const found: Candidate[] = [];
  const add = (sign: Candidate) => {
    if (!found.some((c) => c.format === sign.format)) found.push(sign);
  };
  // The knexfile is knex's strongest sign: named first, it gives the reason.
  if (knexfile) add({ format: 'knex', why: `${knexfile.display} found` });
  if (request.migrationsDir) {
    for (const sign of await signsOf(request.migrationsDir, jsTool)) add(sign);
    return found;
  }
  for (const dir of [...new Set(DEFAULT_DIRS.map((d) => d.dir))]) {
    const path = resolve(request.baseDir, dir);
    if (await isDirectory(path)) for (const sign of await signsOf(path, jsTool)) add(sign);
  }
  for (const sign of await markerSigns(request.baseDir)) add(sign);
  return found;
}
