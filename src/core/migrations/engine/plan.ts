import { DbDeployError } from '../../errors.js';
import type { Direction, Migration } from './types.js';

export type { Direction } from './types.js';

/** How many migrations a run takes: a number, or `batch` (the last batch, down only). */
export type MigrationCount = number | 'batch';

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
  /** Batch numbers by id, for ledgers that record them (knex). */
  batches?: ReadonlyMap<string, number>;
  direction: Direction;
  /**
   * Undefined: every pending migration (up) or one (down). `batch`: the migrations of the last
   * batch (down only, ledgers with batches), as `knex migrate:rollback` undoes them.
   */
  count?: MigrationCount;
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
export function inspectMigrations(
  input: Omit<PlanInput, 'direction' | 'count' | 'allowEdited' | 'batches'>,
) {
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
    else if (recorded !== file.checksum && !file.acceptedChecksums?.includes(recorded))
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
    if (input.count === 'batch') {
      throw new DbDeployError(
        'bad-input',
        'count: batch undoes the last batch: it needs direction: down',
        {
          hint: 'use direction: down with count: batch, or a number of migrations to apply',
        },
      );
    }
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
  const count = input.count === 'batch' ? lastBatch(input).length : (input.count ?? 1);
  if (count > rollbackable.length) {
    throw new DbDeployError(
      'nothing-to-roll-back',
      `cannot roll back ${count} migrations: only ${rollbackable.length} applied`,
      {
        hint: `use a count of ${rollbackable.length} or less`,
      },
    );
  }
  const ids = input.count === 'batch' ? lastBatch(input) : rollbackable.slice(-count).reverse();
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

/**
 * The migrations of the last batch, newest first: those recorded with the highest batch number,
 * in the reverse of the order they ran (`knex migrate:rollback`: `WHERE batch = max(batch)
 * ORDER BY id DESC`).
 */
function lastBatch(input: PlanInput): string[] {
  const batches = input.batches;
  if (!batches || batches.size === 0) {
    throw new DbDeployError(
      'bad-input',
      'count: batch undoes the last batch, and this ledger records no batches',
      { hint: 'give a number of migrations to roll back (count: 1 for the last one)' },
    );
  }
  const last = Math.max(...batches.values());
  return input.applied.filter((id) => batches.get(id) === last).reverse();
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
