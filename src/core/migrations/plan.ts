import { DbDeployError } from '../errors.js';
import type { MigrationFile } from './load.js';
import { compareMigrationNames } from './files.js';

export type Direction = 'up' | 'down';

/** An applied migration whose file no longer matches what was applied. */
export interface EditedMigration {
  name: string;
  /** `changed`: the file's checksum differs; `missing`: the file is gone. */
  reason: 'changed' | 'missing';
  file?: string;
}

export interface PlanInput {
  files: readonly MigrationFile[];
  /** Names recorded in the migrations table, in the order they ran. */
  applied: readonly string[];
  /** Checksums recorded by db-deploy, by name. */
  checksums: ReadonlyMap<string, string>;
  direction: Direction;
  /** Undefined: every pending migration (up) or one (down). */
  count?: number;
  allowEdited: boolean;
}

export interface MigrationPlan {
  direction: Direction;
  /** Migrations to run, in execution order (newest first for down). */
  toRun: MigrationFile[];
  /** Files not yet applied, before the run. */
  pending: MigrationFile[];
  edited: EditedMigration[];
  /** Applied migrations without a recorded checksum (applied before db-deploy, or by another tool): recorded now. */
  unrecorded: MigrationFile[];
  /** Checksums recorded for migrations that are no longer applied: forgotten now. */
  stale: string[];
}

/** What the database and the directory say, compared; no I/O. */
export function inspectMigrations(input: Omit<PlanInput, 'direction' | 'count' | 'allowEdited'>) {
  const byName = new Map(input.files.map((f) => [f.name, f]));
  const appliedSet = new Set(input.applied);
  const edited: EditedMigration[] = [];
  const unrecorded: MigrationFile[] = [];
  for (const name of input.applied) {
    const file = byName.get(name);
    const recorded = input.checksums.get(name);
    if (!file) edited.push({ name, reason: 'missing' });
    else if (recorded === undefined) unrecorded.push(file);
    else if (recorded !== file.checksum) edited.push({ name, reason: 'changed', file: file.file });
  }
  const stale = [...input.checksums.keys()].filter((name) => !appliedSet.has(name));
  const pending = input.files.filter((f) => !appliedSet.has(f.name));
  const lastApplied = [...input.applied].sort(compareMigrationNames).at(-1);
  const outOfOrder =
    lastApplied === undefined
      ? []
      : pending.filter((f) => compareMigrationNames(f.name, lastApplied) < 0);
  return { edited, unrecorded, stale, pending, outOfOrder, lastApplied };
}

/**
 * Decides what a run will do, refusing — before anything is touched — edited or vanished
 * migrations (unless allowed), migrations that would run out of order, and impossible downs.
 */
export function planMigrations(input: PlanInput): MigrationPlan {
  const { edited, unrecorded, stale, pending, outOfOrder, lastApplied } = inspectMigrations(input);
  if (edited.length > 0 && !input.allowEdited) {
    const list = edited
      .map((e) => `${e.name} (${e.reason === 'changed' ? 'file changed' : 'file missing'})`)
      .join(', ');
    throw new DbDeployError(
      'edited-migrations',
      `applied migrations were edited or removed since they ran: ${list}`,
      {
        hint: 'restore the original files and add a new migration for the change, or accept the edits with allow-edited: true (--allow-edited in the CLI)',
      },
    );
  }
  if (input.direction === 'up') {
    if (outOfOrder.length > 0) {
      throw new DbDeployError(
        'out-of-order',
        `pending migration ${outOfOrder[0]?.name} sorts before the already applied ${lastApplied}, so it would run out of order`,
        {
          where: outOfOrder[0]?.file,
          hint: 'rename it with a newer prefix than the last applied migration (e.g. a fresh timestamp)',
        },
      );
    }
    const count = input.count ?? Number.POSITIVE_INFINITY;
    return { direction: 'up', toRun: pending.slice(0, count), pending, edited, unrecorded, stale };
  }
  const count = input.count ?? 1;
  if (input.applied.length === 0) {
    throw new DbDeployError(
      'nothing-to-roll-back',
      'nothing to roll back: no migration is applied',
      {
        hint: 'check database-url and migrations-table, or use direction: up',
      },
    );
  }
  if (count > input.applied.length) {
    throw new DbDeployError(
      'nothing-to-roll-back',
      `cannot roll back ${count} migrations: only ${input.applied.length} applied`,
      {
        hint: `use a count of ${input.applied.length} or less`,
      },
    );
  }
  const byName = new Map(input.files.map((f) => [f.name, f]));
  const names = input.applied.slice(-count).reverse();
  const toRun = names.map((name) => {
    const file = byName.get(name);
    if (!file) {
      throw new DbDeployError(
        'migration-missing',
        `cannot roll back ${name}: its file is missing`,
        {
          hint: 'restore the migration file from version control',
        },
      );
    }
    if (file.kind === 'sql' && !file.sql?.down) {
      throw new DbDeployError(
        'no-down-migration',
        `cannot roll back ${name}: it has no "-- Down Migration" section`,
        {
          where: file.file,
          hint: 'add a -- Down Migration section that reverses the up migration',
        },
      );
    }
    return file;
  });
  return { direction: 'down', toRun, pending, edited, unrecorded, stale };
}
