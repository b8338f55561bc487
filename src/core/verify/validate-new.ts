// Which migrations a validate run calls new: the files a pull request adds (from git), or the last
// N, and the findings for applied migrations the change edits or removes.
import { readFile } from 'node:fs/promises';
import { basename, join, normalize } from 'node:path';
import { DbDeployError } from '../errors.js';
import type { Finding } from '../lint/index.js';
import { type Migration, type MigrationSet, moduleChecksum } from '../migrations/index.js';
import { fileAtCommit, migrationChangesSince } from './changed.js';
import type { ValidateOptions } from './options.js';

/**
 * Migrations already on the base branch that the change edits or removes: production has run
 * them as they were, and migrate refuses to run with an edited or missing applied migration.
 */
export function historyFindings(set: MigrationSet, wanted: NewMigrations): Finding[] {
  if ('last' in wanted) return [];
  const finding = (file: string, rule: string, message: string, hint: string): Finding => ({
    file,
    line: 1,
    column: 1,
    endLine: 1,
    rule,
    severity: 'error',
    message,
    hint,
  });
  const migration = (path: string) => set.format.isMigrationPath(path);
  const metadataOnly = new Set(wanted.metadataOnly ?? []);
  return [
    ...[...metadataOnly].map((file) => ({
      ...finding(
        file,
        'edited-metadata',
        `${basename(file)} is already on the base branch and this change edits only its metadata block (exports.config): what ran is unchanged, and migrate accepts it`,
        'nothing to do if the new metadata is right; the code of an applied migration stays as it was',
      ),
      severity: 'notice' as const,
    })),
    ...(wanted.edited ?? [])
      .filter((file) => migration(file) && !metadataOnly.has(file))
      .map((file) =>
        finding(
          file,
          'edited-migration',
          `${basename(file)} is already on the base branch and this change edits it: databases that ran it keep the old version, and migrate refuses an edited migration`,
          'revert the edit and put the correction in a new migration',
        ),
      ),
    ...(wanted.removed ?? [])
      .filter(migration)
      .map((file) =>
        finding(
          file,
          'removed-migration',
          `${basename(file)} is already on the base branch and this change removes it: databases that ran it still have its changes, and migrate refuses a missing migration`,
          'restore the file, and undo its changes with a new migration',
        ),
      ),
  ];
}

export type NewMigrations =
  | { last: number }
  | {
      files: string[];
      edited?: string[];
      removed?: string[];
      /** Edited files whose code is unchanged: only their metadata block differs. */
      metadataOnly?: string[];
    };

/** A pull request's changes under the migrations directory, from git; the other forms as given. */
export async function resolveNew(
  set: MigrationSet,
  wanted: ValidateOptions['newMigrations'],
): Promise<NewMigrations> {
  if (!('pullRequestBase' in wanted)) return wanted;
  const changes = { files: [] as string[], edited: [] as string[], removed: [] as string[] };
  for (const dir of set.displayDirs) {
    const { added, edited, removed } = await migrationChangesSince(
      wanted.pullRequestBase,
      dir,
      set.baseDir,
    );
    changes.files.push(...added);
    changes.edited.push(...edited);
    changes.removed.push(...removed);
  }
  const metadataOnly: string[] = [];
  for (const file of changes.edited) {
    if (!/\.[cm]?[jt]s$/.test(file)) continue;
    const before = await fileAtCommit(wanted.pullRequestBase, file, set.baseDir);
    const now = await readFile(join(set.baseDir, file), 'utf8').catch(() => undefined);
    if (
      before !== undefined &&
      now !== undefined &&
      moduleChecksum(before).checksum === moduleChecksum(now).checksum
    )
      metadataOnly.push(file);
  }
  return { ...changes, metadataOnly };
}

/** The new migrations: the given files, or the last N. They must come after every baseline one. */
export function selectNew(files: readonly Migration[], wanted: NewMigrations): Migration[] {
  if ('last' in wanted) return files.slice(Math.max(0, files.length - wanted.last));
  const paths = new Set(wanted.files.map((f) => normalize(f)));
  const first = files.findIndex((f) => paths.has(normalize(f.file)));
  if (first < 0) return [];
  const tail = files.slice(first);
  const old = tail.find((f) => !paths.has(normalize(f.file)));
  if (old) {
    const newer = tail.find((f) => paths.has(normalize(f.file)))!;
    throw new DbDeployError(
      'migration-order',
      `the new migration ${newer.name} sorts before ${old.name}, which is already on the base branch`,
      {
        where: newer.file,
        hint: "give the new migration a newer version or timestamp prefix (migrations apply in their tool's order, and production already has the older ones)",
      },
    );
  }
  return tail;
}
