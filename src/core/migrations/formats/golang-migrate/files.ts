import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { DbDeployError } from '../../../errors.js';
import type { Migration, SqlSection } from '../../engine/types.js';
import { withoutOwnTransaction } from '../plain-sql.js';
import {
  duplicateVersion,
  isFileEntry,
  noMigrationFiles,
  readMigrationsDir,
  sqlMigration,
  unplacedFile,
} from '../sql-files.js';

/**
 * golang-migrate's migrations: `<version>_<title>.up.sql` and `<version>_<title>.down.sql`, as
 * its file source parses them (source/parse.go `DefaultRegex`,
 * `^([0-9]+)_(.*)\.(down|up)\.(.*)$`). The version is an unsigned integer; migrations apply in
 * version order. Each file runs as it is, in one go (database/postgres/postgres.go `Run`).
 */

const FILE = /^([0-9]+)_(.*)\.(down|up)\.(.*)$/;
export const EXPECTED = '<version>_<title>.up.sql with its <version>_<title>.down.sql';

export const isGolangMigrateFile = (fileName: string): boolean => FILE.test(fileName);

interface Pair {
  version: bigint;
  title: string;
  up?: string;
  down?: string;
}

/** The pairs of up and down files of a directory, keyed by version. */
function pairFiles(names: readonly string[], display: string): Pair[] {
  const pairs = new Map<bigint, Pair>();
  for (const name of names) {
    const match = FILE.exec(name);
    if (!match || match[4] !== 'sql') throw unplacedFile(name, display, 'golang-migrate', EXPECTED);
    const version = BigInt(match[1]!);
    const pair = pairs.get(version) ?? { version, title: match[2]! };
    const direction = match[3] as 'up' | 'down';
    const other = pair[direction];
    if (other) throw duplicateVersion(`${version} (${direction})`, other, name, display);
    pair[direction] = name;
    pairs.set(version, pair);
  }
  return [...pairs.values()].sort((a, b) => (a.version < b.version ? -1 : 1));
}

/** One migration from its up file and, if there is one, its down file. */
async function readPair(dir: string, pair: Pair, baseDir: string, display: string) {
  if (!pair.up) {
    throw new DbDeployError(
      'orphan-down-migration',
      `${pair.down} is a down migration without its up file`,
      {
        where: display,
        hint: `add ${pair.down!.replace(/\.down\./, '.up.')} or remove the down file`,
      },
    );
  }
  const path = join(dir, pair.up);
  const file = relative(baseDir, path);
  const content = await readFile(path, 'utf8');
  let down: SqlSection | undefined;
  let downText: string | undefined;
  if (pair.down) {
    const downPath = join(dir, pair.down);
    downText = await readFile(downPath, 'utf8');
    const downFile = relative(baseDir, downPath);
    down = await withoutOwnTransaction(
      { sql: downText, offset: 0, source: { file: downFile, content: downText } },
      downFile,
    );
  }
  return sqlMigration({
    // The ledger's bigint, as golang-migrate writes it (no leading zeros).
    id: pair.version.toString(),
    name: pair.up.slice(0, -'.up.sql'.length),
    path,
    baseDir,
    content,
    up: await withoutOwnTransaction({ sql: content, offset: 0 }, file),
    down,
    noTransaction: false,
    addDown: `add ${pair.up.replace(/\.up\.sql$/, '.down.sql')} beside it`,
    extra: downText,
  });
}

/** golang-migrate's migrations of a directory, in version order. */
export async function listGolangMigrateFiles(dir: string, baseDir: string): Promise<Migration[]> {
  const display = relative(baseDir, dir) || '.';
  const names = (await readMigrationsDir(dir, display))
    .filter((e) => isFileEntry(e) && (e.name.endsWith('.sql') || FILE.test(e.name)))
    .map((e) => e.name);
  const pairs = pairFiles(names, display);
  if (pairs.length === 0) throw noMigrationFiles(display, 'golang-migrate', EXPECTED);
  return Promise.all(pairs.map((pair) => readPair(dir, pair, baseDir, display)));
}

/** Reads the migration of one file named on its own (its up, with the down beside it). */
export async function readGolangMigrateFile(path: string, baseDir: string): Promise<Migration> {
  const name = basename(path);
  const display = relative(baseDir, path);
  const match = FILE.exec(name);
  if (!match || match[4] !== 'sql') throw unplacedFile(name, display, 'golang-migrate', EXPECTED);
  const dir = join(path, '..');
  const up = `${match[1]}_${match[2]}.up.sql`;
  const down = `${match[1]}_${match[2]}.down.sql`;
  const present = new Set(
    (await readMigrationsDir(dir, relative(baseDir, dir) || '.')).map((e) => e.name),
  );
  const pair: Pair = {
    version: BigInt(match[1]!),
    title: match[2]!,
    up: present.has(up) ? up : undefined,
    down: present.has(down) ? down : undefined,
  };
  return readPair(dir, pair, baseDir, display);
}
