import { MigrationBuilder } from 'node-pg-migrate';
import type { PreparedMigration } from './actions.js';
import type { MigrationFile } from './load.js';
import type { Direction } from './plan.js';
import type { DryRunMigration } from './options.js';
import { silentLogger } from '../logger.js';

/** Stands in for the database while a JS/TS migration builds its SQL: a dry run must not query. */
const noDatabase = {
  query: () =>
    Promise.reject(
      new Error('this migration queries the database (pgm.db) and cannot be shown in a dry run'),
    ),
  select: () =>
    Promise.reject(
      new Error('this migration queries the database (pgm.db) and cannot be shown in a dry run'),
    ),
};

/**
 * The SQL each planned migration would run, built without a database: `.sql` sections as
 * written, JS/TS migrations through node-pg-migrate's MigrationBuilder (which generates SQL
 * without executing it), including the automatic reverse of an up-only migration.
 */
export async function renderDryRun(
  toRun: readonly MigrationFile[],
  prepared: ReadonlyMap<string, PreparedMigration>,
  direction: Direction,
): Promise<DryRunMigration[]> {
  const out: DryRunMigration[] = [];
  let shorthands = {};
  for (const migration of prepared.values())
    shorthands = { ...shorthands, ...migration.actions.shorthands };
  for (const file of toRun) {
    const migration = prepared.get(file.path)!;
    const mode = migration.modes[direction];
    if (file.kind === 'sql') {
      const section = file.sql?.[direction];
      out.push({
        name: file.name,
        file: file.file,
        direction,
        sql: section?.sql.trim() ?? '',
        transactional: mode?.kind !== 'statements',
        reasons: mode?.kind === 'statements' ? mode.reasons : [],
      });
      continue;
    }
    const pgm = new MigrationBuilder(noDatabase as never, shorthands, false, silentLogger);
    let action = migration.actions[direction];
    if (direction === 'down' && action === undefined) {
      action = migration.actions.up;
      pgm.enableReverseMode();
    }
    let sql: string;
    try {
      if (typeof action !== 'function') throw new Error(`it has no ${direction} migration`);
      if (action.length === 2)
        await new Promise<void>(
          (resolve) => void (action as (p: unknown, r: () => void) => void)(pgm, resolve),
        );
      else await action(pgm, () => undefined);
      sql = pgm.getSql().trim();
    } catch (error) {
      sql = `-- cannot be shown: ${(error as Error).message}`;
    }
    out.push({
      name: file.name,
      file: file.file,
      direction,
      sql,
      transactional: pgm.isUsingTransaction(),
      reasons: pgm.isUsingTransaction() ? [] : ['pgm.noTransaction()'],
    });
  }
  return out;
}
