import { DbDeployError } from '../../errors.js';
import type { Direction, Migration } from './types.js';

export type { Direction } from './types.js';

/** An applied migration whose file no longer matches what was applied. */
export interface EditedMigration {
  /** The ledger id. */
  name: string;
  /** `changed`: the file's checksum differs; `missing`: the file is gone. */
  reason: 'changed' | 'missing';
  file?: string;
}

export interface PlanInput {
  /** The migrations, in the order their tool applies them. */
  files: readonly Migration[];
  /** Ids recorded in the tool's ledger, in the order they ran. */
  applied: readonly string[];
  /** Checksums recorded by db-deploy, by id. */
  checksums: ReadonlyMap<string, string>;
  direction: Direction;
  /** Undefined: every pending migration (up) or one (down). */
  count?: number;
  allowEdited: boolean;
}

export interface MigrationPlan {
  direction: Direction;
  /** Migrations to run, in execution order (newest first for down). */
  toRun: Migration[];
  /** Migrations not yet applied, before the run. */
  pending: Migration[];
  edited: EditedMigration[];
  /** Applied migrations without a recorded checksum (applied before db-deploy, or by the tool itself): recorded now. */
  unrecorded: Migration[];
  /** Checksums recorded for migrations that are no longer applied: forgotten now. */
  stale: string[];
}

/** What the database and the directory say, compared; no I/O. */
export function inspectMigrations(input: Omit<PlanInput, 'direction' | 'count' | 'allowEdited'>) {
  const byId = new Map(input.files.map((f) => [f.id, f]));
  const position = new Map(input.files.map((f, i) => [f.id, i]));
  const appliedSet = new Set(input.applied);
  const edited: EditedMigration[] = [];
  const unrecorded: Migration[] = [];
  for (const id of input.applied) {
    const file = byId.get(id);
    const recorded = input.checksums.get(id);
    if (!file) edited.push({ name: id, reason: 'missing' });
    else if (recorded === undefined) unrecorded.push(file);
    else if (recorded !== file.checksum)
      edited.push({ name: id, reason: 'changed', file: file.file });
  }
  const stale = [...input.checksums.keys()].filter((id) => !appliedSet.has(id));
  const pending = input.files.filter((f) => !appliedSet.has(f.id));
  // The tool's own order decides: the applied migration furthest down the list. Repeatable
  // migrations run after the others whenever they change: they are never out of order.
  const ordered = (id: string) => byId.get(id)?.repeatable !== true;
  const lastIndex = Math.max(
    -1,
    ...input.applied.filter(ordered).map((id) => position.get(id) ?? -1),
  );
  const lastApplied = lastIndex >= 0 ? input.files[lastIndex]?.id : undefined;
  const outOfOrder = pending.filter((f) => !f.repeatable && (position.get(f.id) ?? 0) < lastIndex);
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
  // Repeatable migrations have no down: a rollback passes over them.
  const byId = new Map(input.files.map((f) => [f.id, f]));
  const rollbackable = input.applied.filter((id) => byId.get(id)?.repeatable !== true);
  if (rollbackable.length === 0) {
    throw new DbDeployError(
      'nothing-to-roll-back',
      'nothing to roll back: no migration is applied',
      {
        hint: 'check database-url and migrations-table, or use direction: up',
      },
    );
  }
  if (count > rollbackable.length) {
    throw new DbDeployError(
      'nothing-to-roll-back',
      `cannot roll back ${count} migrations: only ${rollbackable.length} applied`,
      {
        hint: `use a count of ${rollbackable.length} or less`,
      },
    );
  }
  const ids = rollbackable.slice(-count).reverse();
  const toRun = ids.map((id) => {
    const file = byId.get(id);
    if (!file) {
      throw new DbDeployError('migration-missing', `cannot roll back ${id}: its file is missing`, {
        hint: 'restore the migration file from version control',
      });
    }
    if (file.down === 'no') throw noDownMigration(file);
    return file;
  });
  return { direction: 'down', toRun, pending, edited, unrecorded, stale };
}

/** The refusal for a down the migration does not have. */
export function noDownMigration(file: Migration): DbDeployError {
  if (file.forwardOnly) {
    return new DbDeployError(
      'no-down-migration',
      `cannot roll back ${file.name}: it is forward-only (its tool has no down migration for it)`,
      {
        where: file.file,
        hint:
          file.addDown ??
          'write a new migration that reverses it, or restore the database from a backup',
      },
    );
  }
  const sql = file.kind === 'sql';
  return new DbDeployError(
    'no-down-migration',
    `cannot roll back ${file.name}: it has no ${sql ? 'down section' : 'down migration'}`,
    {
      where: file.file,
      hint:
        file.addDown ??
        (sql
          ? 'add a down section that reverses the up migration (node-pg-migrate: -- Down Migration)'
          : 'export a down function that reverses the up migration'),
    },
  );
}
