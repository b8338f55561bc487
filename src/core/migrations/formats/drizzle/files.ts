import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { DbDeployError } from '../../../errors.js';
import type { Migration } from '../../engine/types.js';
import { isFileEntry, noMigrationFiles, readMigrationsDir, sqlMigration } from '../sql-files.js';

/**
 * drizzle-kit's migrations, as drizzle-orm's migrator reads them (drizzle-orm migrator.js
 * `readMigrationFiles`): the order and each migration's `when` come from
 * `meta/_journal.json`, its SQL from `<tag>.sql`, split on `--> statement-breakpoint` (a SQL
 * comment, so the file runs as one section), and its hash is the sha256 of the file's text.
 * drizzle-kit has no down migrations: each one is forward-only.
 */

export const EXPECTED = '<idx>_<name>.sql listed in meta/_journal.json';

export interface DrizzleMigration extends Migration {
  drizzle: { when: number; hash: string };
}

interface Journal {
  dialect?: string;
  entries?: { idx?: number; when?: number; tag?: string }[];
}

export const isDrizzleMigrationPath = (path: string): boolean =>
  path.endsWith('.sql') && !path.split(/[\\/]/).includes('meta');

async function readJournal(dir: string, display: string): Promise<Journal> {
  const path = join(dir, 'meta', '_journal.json');
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) {
    throw new DbDeployError(
      'migration-parse-failed',
      `drizzle-kit's journal ${display}/meta/_journal.json is missing`,
      {
        where: display,
        hint: 'run drizzle-kit generate (it writes the journal), or fix migrations-dir',
      },
    );
  }
  try {
    return JSON.parse(text) as Journal;
  } catch (error) {
    throw new DbDeployError(
      'migration-parse-failed',
      `drizzle-kit's journal ${display}/meta/_journal.json is not JSON: ${(error as Error).message}`,
      { where: `${display}/meta/_journal.json`, hint: 'restore the journal from version control' },
    );
  }
}

/** drizzle-kit's migrations of its `out` directory, in journal order. */
export async function listDrizzleMigrations(
  dir: string,
  baseDir: string,
): Promise<DrizzleMigration[]> {
  const display = relative(baseDir, dir) || '.';
  const present = new Set(
    (await readMigrationsDir(dir, display)).filter(isFileEntry).map((e) => e.name),
  );
  const journal = await readJournal(dir, display);
  if (journal.dialect && journal.dialect !== 'postgresql') {
    throw new DbDeployError(
      'wrong-provider',
      `drizzle-kit's journal says these migrations are for ${journal.dialect}, not PostgreSQL`,
      {
        where: `${display}/meta/_journal.json`,
        hint: 'point migrations-dir at the PostgreSQL migrations',
      },
    );
  }
  const entries = journal.entries ?? [];
  const listed = new Set<string>();
  const migrations: DrizzleMigration[] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    const tag = entry.tag;
    const when = entry.when;
    if (typeof tag !== 'string' || typeof when !== 'number' || !present.has(`${tag}.sql`)) {
      throw new DbDeployError(
        'migration-missing',
        `drizzle-kit's journal lists ${tag ?? JSON.stringify(entry)}, which has no ${tag ?? '<tag>'}.sql`,
        {
          where: `${display}/meta/_journal.json`,
          hint: 'restore the file, or regenerate the journal with drizzle-kit',
        },
      );
    }
    // drizzle decides what is pending from the newest `when` applied: a later entry with an
    // earlier `when` would never run under drizzle-kit.
    if (when <= last) {
      throw new DbDeployError(
        'out-of-order',
        `drizzle-kit's journal lists ${tag} with a "when" (${when}) not after the entry before it, so drizzle-kit would never apply it`,
        {
          where: `${display}/meta/_journal.json`,
          hint: 'give it a "when" after the previous entry (drizzle-kit generate writes the current time)',
        },
      );
    }
    last = when;
    listed.add(`${tag}.sql`);
    migrations.push(await readDrizzleFile(join(dir, `${tag}.sql`), baseDir, when));
  }
  const unlisted = [...present].find((name) => name.endsWith('.sql') && !listed.has(name));
  if (unlisted) {
    throw new DbDeployError(
      'unplaced-migration-file',
      `"${unlisted}" is not in drizzle-kit's journal, so it would never run`,
      {
        where: display,
        hint: 'add it with drizzle-kit generate (or drizzle-kit generate --custom), or move it out of the migrations directory',
      },
    );
  }
  if (migrations.length === 0) throw noMigrationFiles(display, 'drizzle-kit', EXPECTED);
  return migrations;
}

/** One drizzle-kit migration file, with the `when` the journal gives it. */
export async function readDrizzleFile(
  path: string,
  baseDir: string,
  when: number,
): Promise<DrizzleMigration> {
  const content = await readFile(path, 'utf8');
  const tag = basename(path, '.sql');
  const migration = sqlMigration({
    id: tag,
    name: tag,
    path,
    baseDir,
    content,
    up: { sql: content, offset: 0 },
    down: undefined,
    noTransaction: false,
    addDown:
      'drizzle-kit has no down migrations: write a new migration that reverses it (drizzle-kit generate), or restore the database from a backup',
  });
  return {
    ...migration,
    forwardOnly: true,
    // drizzle-orm hashes the file's text as read (migrator.js readMigrationFiles).
    drizzle: { when, hash: createHash('sha256').update(content).digest('hex') },
  };
}
