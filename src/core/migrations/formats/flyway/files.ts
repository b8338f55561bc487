import type { Dirent } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { DbDeployError } from '../../../errors.js';
import { migrationChecksum } from '../../engine/checksum.js';
import type { Migration, SqlSection } from '../../engine/types.js';
import {
  duplicateVersion,
  isFileEntry,
  noMigrationFiles,
  readMigrationsDir,
} from '../sql-files.js';
import { flywayChecksum } from './checksum.js';
import { replacePlaceholders, type BuiltIns } from './placeholders.js';
import {
  CALLBACK,
  EXPECTED,
  compareVersions,
  parseName,
  versionKey,
  type Parsed,
} from './names.js';

/**
 * Flyway's SQL migrations, named as its ResourceNameParser reads them: `V<version>__<desc>.sql`
 * (versioned; `_` in the version is `.`, in the description a space), `U<version>__<desc>.sql`
 * (the undo of that version, Flyway Teams), `R__<desc>.sql` (repeatable: re-applied whenever
 * its checksum changes, after the versioned ones, in description order). Locations are read
 * recursively, as Flyway scans them. `<script>.conf` beside a migration may say
 * `executeInTransaction=false`. SQL callbacks (`beforeMigrate.sql`, …) are refused: db-deploy
 * does not run them.
 */

/** What the format needs to read Flyway migrations. */
export interface FlywayReadOptions {
  placeholders: ReadonlyMap<string, string>;
  placeholderReplacement: boolean;
  prefix: string;
  suffix: string;
  builtIns: BuiltIns | undefined;
}

/** A versioned or repeatable migration, the undo file of a versioned one, and the ledger's keys. */
export interface FlywayMigration extends Migration {
  flyway: {
    version: string | undefined;
    /** Version parts, compared numerically. */
    parts: bigint[];
    description: string;
    /** The path relative to its location, as Flyway's `script` column records it. */
    script: string;
    checksum: number;
    undo?: { script: string; description: string; checksum: number };
  };
}

/** Every file under a location, recursively, with its path relative to the location. */
async function walk(
  dir: string,
  display: string,
  prefix = '',
): Promise<{ path: string; rel: string }[]> {
  const entries: Dirent[] = await readMigrationsDir(dir, display);
  const found: { path: string; rel: string }[] = [];
  for (const e of entries) {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) found.push(...(await walk(join(dir, e.name), display, rel)));
    else if (isFileEntry(e)) found.push({ path: join(dir, e.name), rel });
  }
  return found;
}

/** A `<script>.conf` beside a migration: Flyway's per-script settings. */
async function scriptConfig(path: string): Promise<{ noTransaction: boolean }> {
  const text = await readFile(`${path}.conf`, 'utf8').catch(() => '');
  return { noTransaction: /^\s*executeInTransaction\s*=\s*false\s*$/im.test(text) };
}

async function readSection(
  path: string,
  file: string,
  options: FlywayReadOptions,
): Promise<{ content: string; section: SqlSection; replaced: string }> {
  const content = await readFile(path, 'utf8');
  const replaced = options.placeholderReplacement
    ? replacePlaceholders(content, file, basename(path), {
        values: options.placeholders,
        builtIns: options.builtIns,
        prefix: options.prefix,
        suffix: options.suffix,
      })
    : content;
  return { content, replaced, section: { sql: replaced, offset: 0 } };
}

/** Flyway's migrations under a location, in Flyway's order: versioned, then repeatable. */
export async function listFlywayFiles(
  dir: string,
  baseDir: string,
  options: FlywayReadOptions,
): Promise<FlywayMigration[]> {
  const display = relative(baseDir, dir) || '.';
  const files = (await walk(dir, display)).filter((f) => f.rel.endsWith('.sql'));
  const versioned = new Map<string, { file: (typeof files)[number]; parsed: Parsed }>();
  const undos = new Map<string, { file: (typeof files)[number]; parsed: Parsed }>();
  const repeatable: { file: (typeof files)[number]; parsed: Parsed }[] = [];
  for (const file of files) {
    const name = basename(file.rel);
    const parsed = parseName(name, display);
    if (!parsed) {
      if (CALLBACK.test(name)) {
        throw new DbDeployError(
          'unsupported-migration',
          `${file.rel} is a Flyway SQL callback, which db-deploy does not run`,
          {
            where: display,
            hint: 'move its SQL into a migration, or run this location with Flyway',
          },
        );
      }
      throw new DbDeployError(
        'unplaced-migration-file',
        `"${file.rel}" in the Flyway migrations directory is not named as Flyway names migrations (${EXPECTED}), so it would never run`,
        {
          where: display,
          hint: `rename it as ${EXPECTED}, or move it out of the migrations directory`,
        },
      );
    }
    if (parsed.prefix === 'R') {
      repeatable.push({ file, parsed });
      continue;
    }
    const key = versionKey(parsed.parts);
    const into = parsed.prefix === 'V' ? versioned : undos;
    const other = into.get(key);
    if (other) throw duplicateVersion(parsed.version!, other.file.rel, file.rel, display);
    into.set(key, { file, parsed });
  }
  for (const [key, undo] of undos) {
    if (!versioned.has(key)) {
      throw new DbDeployError(
        'orphan-down-migration',
        `${undo.file.rel} is an undo migration without its versioned migration`,
        { where: display, hint: `add V${undo.parsed.version}__….sql or remove the undo file` },
      );
    }
  }
  if (versioned.size + repeatable.length === 0) throw noMigrationFiles(display, 'Flyway', EXPECTED);
  const ordered = [...versioned.entries()].sort((a, b) =>
    compareVersions(a[1].parsed.parts, b[1].parsed.parts),
  );
  const migrations: FlywayMigration[] = [];
  for (const [key, { file, parsed }] of ordered) {
    const undo = undos.get(key);
    migrations.push(await readVersioned(file, parsed, undo, baseDir, options));
  }
  const seen = new Map<string, string>();
  for (const { file, parsed } of repeatable.sort((a, b) =>
    a.parsed.description < b.parsed.description
      ? -1
      : a.parsed.description > b.parsed.description
        ? 1
        : 0,
  )) {
    const other = seen.get(parsed.description);
    if (other) {
      throw new DbDeployError(
        'duplicate-migration',
        `two repeatable migrations share the description "${parsed.description}": ${other} and ${file.rel}`,
        { where: display, hint: 'rename one of them' },
      );
    }
    seen.set(parsed.description, file.rel);
    migrations.push(await readRepeatable(file, parsed, baseDir, options));
  }
  return migrations;
}

async function readVersioned(
  file: { path: string; rel: string },
  parsed: Parsed,
  undo: { file: { path: string; rel: string }; parsed: Parsed } | undefined,
  baseDir: string,
  options: FlywayReadOptions,
): Promise<FlywayMigration> {
  const shown = relative(baseDir, file.path);
  const up = await readSection(file.path, shown, options);
  const config = await scriptConfig(file.path);
  let down: SqlSection | undefined;
  let undoText: string | undefined;
  let undoInfo: FlywayMigration['flyway']['undo'];
  if (undo) {
    const undoShown = relative(baseDir, undo.file.path);
    const read = await readSection(undo.file.path, undoShown, options);
    undoText = read.content;
    down = { ...read.section, source: { file: undoShown, content: read.content } };
    undoInfo = {
      script: undo.file.rel,
      description: undo.parsed.description,
      checksum: flywayChecksum(read.content),
    };
  }
  return {
    id: `V${versionKey(parsed.parts)}`,
    name: basename(file.rel, '.sql'),
    path: file.path,
    file: shown,
    kind: 'sql',
    content: up.content,
    // Of the files as written, as Flyway's own checksum of a versioned migration: a new
    // placeholder value is not an edit.
    checksum: migrationChecksum(undoText === undefined ? up.content : `${up.content}\n${undoText}`),
    sql: { up: up.section, down, noTransaction: config.noTransaction },
    down: down ? 'yes' : 'no',
    // Flyway Community has no undo: a versioned migration without one is forward-only.
    forwardOnly: down === undefined,
    addDown: `add U${parsed.version}__${basename(file.rel, '.sql').split('__').slice(1).join('__')}.sql beside it (Flyway Teams undo), or write a new versioned migration that reverses it`,
    flyway: {
      version: parsed.version,
      parts: parsed.parts,
      description: parsed.description,
      script: file.rel,
      checksum: flywayChecksum(up.content),
      undo: undoInfo,
    },
  };
}

async function readRepeatable(
  file: { path: string; rel: string },
  parsed: Parsed,
  baseDir: string,
  options: FlywayReadOptions,
): Promise<FlywayMigration> {
  const shown = relative(baseDir, file.path);
  const up = await readSection(file.path, shown, options);
  const config = await scriptConfig(file.path);
  // Flyway's checksum of a repeatable is taken after placeholder replacement, so that a new
  // placeholder value re-applies it (SqlMigrationResolver `getChecksumForLoadableResource`).
  const checksum = flywayChecksum(options.placeholderReplacement ? up.replaced : up.content);
  return {
    id: `R:${parsed.description}`,
    name: basename(file.rel, '.sql'),
    path: file.path,
    file: shown,
    kind: 'sql',
    content: up.content,
    checksum: migrationChecksum(up.replaced),
    sql: { up: up.section, down: undefined, noTransaction: config.noTransaction },
    down: 'no',
    forwardOnly: true,
    repeatable: true,
    flyway: {
      version: undefined,
      parts: [],
      description: parsed.description,
      script: file.rel,
      checksum,
    },
  };
}
