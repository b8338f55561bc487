import type { ColumnDefinitions, MigrationBuilder } from 'node-pg-migrate';
import { silentLogger } from '../../../logger.js';
import type { CodeOutcome, Direction, MigrationDb } from '../../engine/types.js';
import type { MigrationAction, MigrationBuilderActions } from './load.js';

/** node-pg-migrate's `db` object as MigrationBuilder receives it (its DB type, not exported). */
interface BuilderDb {
  query: (text: string, values?: unknown[]) => Promise<unknown>;
  select: (text: string, values?: unknown[]) => Promise<unknown[]>;
}

/** Thrown by the recording database: the migration needs a database to build its SQL. */
export class NeedsDatabase extends Error {
  constructor() {
    super('it queries the database (pgm.db) while building its SQL');
    this.name = 'NeedsDatabase';
  }
}

/** A database that records nothing and refuses every query: for building SQL without one. */
const noDatabase: BuilderDb = {
  query: () => Promise.reject(new NeedsDatabase()),
  select: () => Promise.reject(new NeedsDatabase()),
};

/** The action for a direction as node-pg-migrate picks it: a missing down reverses the up. */
function actionFor(
  actions: MigrationBuilderActions,
  direction: Direction,
): { action: MigrationAction; reverse: boolean } {
  const own = actions[direction];
  if (direction === 'down' && own === undefined && typeof actions.up === 'function')
    return { action: actions.up, reverse: true };
  if (own === false)
    throw new Error(`its ${direction} migration is disabled (${direction}: false)`);
  if (typeof own !== 'function') throw new Error(`it exports no ${direction} function`);
  return { action: own, reverse: false };
}

/**
 * node-pg-migrate's MigrationBuilder, loaded on first use: a run with no migration code to run
 * (nothing pending, or only SQL files) never loads node-pg-migrate.
 */
async function newBuilder(
  db: BuilderDb,
  shorthands: ColumnDefinitions,
  reverse: boolean,
): Promise<MigrationBuilder> {
  const { MigrationBuilder: Builder } = await import('node-pg-migrate');
  const pgm = new Builder(db as never, shorthands, false, silentLogger);
  if (reverse) pgm.enableReverseMode();
  return pgm;
}

/** Calls a migration function as node-pg-migrate does (a second parameter means callback style). */
async function call(action: MigrationAction, pgm: MigrationBuilder): Promise<void> {
  if (action.length === 2)
    await new Promise<void>(
      (resolve) => void (action as (p: unknown, r: () => void) => void)(pgm, resolve),
    );
  else await action(pgm);
}

/**
 * Runs a migration function with a MigrationBuilder whose `pgm.db` is db-deploy's connection:
 * queries the function runs itself go through `db` (inside the migration's transaction when the
 * engine opened one); the SQL it builds comes back as steps for the engine to run.
 */
export async function buildOnDatabase(
  actions: MigrationBuilderActions,
  shorthands: ColumnDefinitions,
  direction: Direction,
  db: MigrationDb,
): Promise<CodeOutcome> {
  let queried = 0;
  const bound: BuilderDb = {
    query: (text, values) => {
      queried += 1;
      return db.query(text, values);
    },
    select: async (text, values) => {
      queried += 1;
      return (await db.query(text, values)).rows;
    },
  };
  const { action, reverse } = actionFor(actions, direction);
  const pgm = await newBuilder(bound, shorthands, reverse);
  await call(action, pgm);
  const transactional = pgm.isUsingTransaction();
  return {
    steps: [...pgm.getSqlSteps()],
    transactional,
    reasons: transactional ? [] : ['pgm.noTransaction()'],
    queried,
  };
}

/**
 * The SQL a migration function builds, without a database. A function that queries the database
 * (`pgm.db`) cannot be rendered: the reason comes back instead.
 */
export async function buildWithoutDatabase(
  actions: MigrationBuilderActions,
  shorthands: ColumnDefinitions,
  direction: Direction,
): Promise<{ ok: true; outcome: CodeOutcome } | { ok: false; reason: string }> {
  try {
    const { action, reverse } = actionFor(actions, direction);
    const pgm = await newBuilder(noDatabase, shorthands, reverse);
    await call(action, pgm);
    const transactional = pgm.isUsingTransaction();
    return {
      ok: true,
      outcome: {
        steps: [...pgm.getSqlSteps()],
        transactional,
        reasons: transactional ? [] : ['pgm.noTransaction()'],
        queried: 0,
      },
    };
  } catch (error) {
    return { ok: false, reason: (error as Error).message };
  }
}
