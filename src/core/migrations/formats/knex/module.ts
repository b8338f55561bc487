import { DbDeployError } from '../../../errors.js';
import { refuseForeignCode } from '../../foreign-code.js';
import type {
  CodeOutcome,
  Direction,
  Migration,
  MigrationDb,
  RenderedCode,
} from '../../engine/types.js';
import { readDeclared } from '../../metadata.js';
import { importMigration } from '../../module-loader.js';
import { bindKnex, type QueryResult, type Send } from './connection.js';
import type { KnexInstance, KnexLibrary } from './library.js';

/** A migration function as knex calls it: `up(knex)` / `down(knex)`, async or returning a builder. */
export type KnexAction = (knex: KnexInstance) => unknown;

/** What a knex migration module provides (knex's Migrator reads `up`, `down` and `config`). */
export interface KnexModule {
  up: KnexAction;
  down: KnexAction;
}

/**
 * Loads a knex migration module (jiti: CommonJS or ESM `.js`, `.cjs`, `.mjs`, `.ts`), refusing
 * one of another tool, and one without both `up` and `down` — knex refuses it too ("Invalid
 * migration: … must have both an up and down function"). Its metadata block is read onto the
 * migration.
 */
export async function loadKnexModule(migration: Migration): Promise<KnexModule> {
  refuseForeignCode(migration, 'knex');
  const mod = await importMigration(
    migration,
    "fix the syntax or the imports of the migration file (and install the project's packages before db-deploy runs)",
  );
  if (typeof mod.up !== 'function' || typeof mod.down !== 'function') {
    throw new DbDeployError(
      'migration-load-failed',
      `migration ${migration.name} must export both an up and a down function, as knex requires`,
      {
        where: migration.file,
        hint: 'export `up` and `down`, e.g. `exports.up = (knex) => knex.schema.createTable(…)`',
      },
    );
  }
  migration.declared = readDeclared(mod, migration.content);
  migration.down = 'yes';
  return { up: mod.up as KnexAction, down: mod.down as KnexAction };
}

/**
 * Runs a knex migration's function on `db` through a knex bound to it. In a transaction
 * (`engineTransaction`), the function gets a knex transaction as knex's Migrator gives it one —
 * whose BEGIN and COMMIT are the engine's, so the ledger row, the lock observation and the
 * retries share it; outside one, the knex instance itself, each statement on its own.
 */
export async function runOnDatabase(
  library: KnexLibrary,
  action: KnexAction,
  migration: Migration,
  db: MigrationDb,
  options: { engineTransaction: boolean; reason?: string; knexOptions: Record<string, unknown> },
): Promise<CodeOutcome> {
  const values: (readonly unknown[])[] = [];
  const send: Send = async (text, given) => {
    values.push(given);
    return (await (given.length ? db.query(text, [...given]) : db.query(text))) as QueryResult;
  };
  const bound = bindKnex(library, send, {
    engineTransaction: options.engineTransaction,
    path: migration.path,
    knexOptions: options.knexOptions,
  });
  if (options.engineTransaction)
    await bound.knex.transaction(async (trx) => {
      await action(trx);
    });
  else await action(bound.knex);
  return {
    steps: [],
    transactional: options.engineTransaction,
    reasons: options.engineTransaction ? [] : [options.reason ?? 'its configuration'],
    queried: bound.sent.length,
    sent: bound.sent.map((s, i) => ({ ...s, sql: bound.inline(s.sql, values[i] ?? []) })),
  };
}

/** Statements that read the database: answered with no rows when there is none. */
const READS = /^\s*(?:select|with|show|table|values)\b|\breturning\b/i;

/**
 * The SQL a knex migration's function sends, without a database: through a knex whose queries
 * are recorded and answered with empty results, never run. Code that reads the database
 * (`hasTable`, a select) sees no rows: the result says so, so that lint gives a notice. Code
 * that fails on those empty results cannot be analysed: the reason comes back.
 */
export async function renderWithoutDatabase(
  library: KnexLibrary,
  action: KnexAction,
  migration: Migration,
  options: { transactional: boolean; reason?: string; knexOptions: Record<string, unknown> },
): Promise<RenderedCode> {
  let reads = 0;
  const values: (readonly unknown[])[] = [];
  const send: Send = async (text, given) => {
    values.push(given);
    if (READS.test(text)) reads += 1;
    const command = /^\s*(\w+)/.exec(text)?.[1]?.toUpperCase();
    return { command, rows: [], rowCount: 0, fields: [] };
  };
  const bound = bindKnex(library, send, {
    engineTransaction: options.transactional,
    path: migration.path,
    knexOptions: options.knexOptions,
  });
  try {
    if (options.transactional)
      await bound.knex.transaction(async (trx) => {
        await action(trx);
      });
    else await action(bound.knex);
  } catch (error) {
    return {
      ok: false,
      reason: `it fails when its queries find an empty database (${(error as Error).message.split('\n')[0]})`,
    };
  }
  const sent = bound.sent.map((s, i) => ({ ...s, sql: bound.inline(s.sql, values[i] ?? []) }));
  return {
    ok: true,
    outcome: {
      steps: sent.map((s) => s.sql),
      transactional: options.transactional,
      reasons: options.transactional ? [] : [options.reason ?? 'its configuration'],
      queried: 0,
      sent,
      ...(reads
        ? {
            assumptions: [
              `${reads} of its queries read the database, and without one they found nothing (no table, no rows): on a real database its code may send other SQL`,
            ],
          }
        : {}),
    },
  };
}

/** The function of a direction. */
export function actionOf(module: KnexModule, direction: Direction): KnexAction {
  return direction === 'up' ? module.up : module.down;
}
