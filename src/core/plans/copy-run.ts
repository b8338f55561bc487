import {
  pgErrorFields,
  LOCK_NOT_AVAILABLE,
  qualifiedName,
  CURRENT_SEARCH_PATH,
  SET_SEARCH_PATH,
} from '../db/index.js';
import { DbDeployError, oneLine } from '../errors.js';
import type { Logger } from '../logger.js';
import type { Migration, MigrationSet } from '../migrations/index.js';
import { formatDuration } from '../duration.js';
import { copyStatements } from './adapt.js';
import { firstKeys, readForeignKeys, readIndexes } from './catalog.js';
import { checkCopy, type CopySession } from './copy.js';
import { explainGeneric, type PlanOutcome } from './explain.js';
import { topNode, type PlanNode } from './plan-shape.js';
import {
  BEGIN,
  FORCE_GENERIC_PLAN,
  RELEASE,
  ROLLBACK,
  ROLLBACK_TO,
  SAVEPOINT,
  wholeTable,
} from './queries.js';
import type { ForeignKeyInfo, IndexInfo, RepresentativeQuery } from './types.js';

/** The copy as one step of the transaction left it: every query's plan, and its indexes. */
export interface Phase {
  /** By query name. */
  plans: Map<string, PlanOutcome>;
  indexes: IndexInfo[];
  foreignKeys: ForeignKeyInfo[];
}

/** One new migration on the copy. */
export interface CopyMigrationResult {
  migration: Migration;
  status: 'planned' | 'failed' | 'skipped';
  /** Why it could not be applied (one line). */
  error?: string;
  adjustments: string[];
  /** The copy after it, when it was applied. */
  after?: Phase;
}

export interface CopyRunResult {
  /** Migrations before the new ones that the copy lacked, applied first. */
  caughtUp: string[];
  /** The copy before the first new migration. */
  baseline: Phase;
  migrations: CopyMigrationResult[];
  /** Planner row estimates of the tables the plans read (`schema.table`). */
  tableRows: Map<string, number>;
}

/** What to plan: the migration set, the new migrations (in order) and the queries. */
export interface CopyRunRequest {
  set: MigrationSet;
  migrations: readonly Migration[];
  queries: readonly RepresentativeQuery[];
  /** The statement_timeout in force, for messages (milliseconds, 0: none). */
  statementTimeoutMs: number;
}

/**
 * Plans every query on the copy before the first new migration and after each one, all in ONE
 * transaction that is always rolled back: the migrations the copy lacks are applied first, then
 * each new migration in turn (as copyStatements adapts it), and the queries are EXPLAINed (never
 * run) in read-only savepoints between them. The copy ends exactly as it was: its schema, its
 * rows and its ledger. A migration that cannot be applied stops the run; those after it are
 * `skipped` (they build on it). Why the migrations are applied rather than only parsed: ADR 0018.
 */
export async function planOnCopy(
  session: CopySession,
  request: CopyRunRequest,
  logger: Logger,
): Promise<CopyRunResult> {
  const { client, display } = session;
  const catchUp = await migrationsToCatchUp(session, request);
  // Right before anything changes: nobody may have connected since the guards ran.
  await checkCopy(session);
  const tableRows = new Map<string, number>();
  const result: CopyRunResult = {
    caughtUp: catchUp.map((m) => m.name),
    baseline: { plans: new Map(), indexes: [], foreignKeys: [] },
    migrations: request.migrations.map((migration) => ({
      migration,
      status: 'skipped',
      adjustments: [],
    })),
    tableRows,
  };
  await client.query(BEGIN);
  try {
    const searchPath = (await client.query<{ search_path: string }>(CURRENT_SEARCH_PATH)).rows[0]
      ?.search_path as string;
    if (session.method === 'prepared-statement') await client.query(FORCE_GENERIC_PLAN);
    const apply = (migration: Migration) => applyMigration(session, request, migration, searchPath);
    for (const migration of catchUp) {
      const applied = await apply(migration);
      if (!applied.ok)
        throw new DbDeployError(
          'plans-catch-up-failed',
          `the copy lacks ${migration.name}, which is already on the base branch, and it does not apply there: ${applied.error}`,
          {
            where: display,
            hint: 'restore the copy again from production, which has run it',
          },
        );
    }
    if (catchUp.length)
      logger.info(`plans: the copy lacked ${catchUp.length} earlier migration(s): applied first`);
    result.baseline = await planPhase(session, request.queries, tableRows);
    for (const entry of result.migrations) {
      logger.info(`plans: applying ${entry.migration.name} on the copy (rolled back afterwards)`);
      const applied = await apply(entry.migration);
      entry.adjustments = applied.adjustments;
      if (!applied.ok) {
        entry.status = 'failed';
        entry.error = applied.error;
        logger.warn(`plans: ${entry.migration.name} does not apply on the copy: ${applied.error}`);
        break;
      }
      entry.status = 'planned';
      entry.after = await planPhase(session, request.queries, tableRows);
    }
    return result;
  } catch (error) {
    if (error instanceof DbDeployError) throw error;
    const fields = pgErrorFields(error);
    if (fields.code && /^[0-9A-Z]{5}$/.test(fields.code))
      throw new DbDeployError(
        'plans-failed',
        `planning on the copy failed: ${oneLine(fields.message)}`,
        {
          where: display,
          hint: 'check the copy is healthy and the role may read its catalogs',
          cause: error,
        },
      );
    if (/connection|terminated|ECONNRESET|timeout/i.test(fields.message))
      throw new DbDeployError(
        'plans-failed',
        `the connection to the copy failed: ${oneLine(fields.message)} (the server rolls its transaction back)`,
        {
          where: display,
          hint: 'check the copy is reachable and healthy, then run again',
          cause: error,
        },
      );
    throw error;
  } finally {
    // The one way out of the transaction: nothing done on the copy is ever committed.
    await client.query(ROLLBACK).catch(() => undefined);
  }
}

/**
 * The migrations before the first new one that the copy's ledger lacks. Refuses a copy that
 * already has a new migration (it is ahead of the base branch), and one without a ledger when
 * migrations came before (what it holds is unknown).
 */
async function migrationsToCatchUp(
  session: CopySession,
  request: CopyRunRequest,
): Promise<Migration[]> {
  const { set, migrations } = request;
  const first = migrations[0];
  const earlier = first ? set.migrations.slice(0, set.migrations.indexOf(first)) : [];
  const { ledger } = set;
  const table = `${ledger.location.schema}.${ledger.location.table}`;
  const exists = await ledger.exists(session.client);
  if (!exists) {
    if (earlier.length === 0) return [];
    throw new DbDeployError(
      'plans-refused',
      `${session.input} has no ${table} ledger, so which migrations it has is unknown`,
      {
        where: session.display,
        hint: 'point it at a copy of the database these migrations are deployed to (its ledger comes with it)',
      },
    );
  }
  const applied = new Set((await ledger.read(session.client)).map((e) => e.id));
  const ahead = migrations.find((m) => applied.has(m.id));
  if (ahead)
    throw new DbDeployError(
      'plans-refused',
      `${session.input} already has ${ahead.name} applied: it is ahead of the base branch, so the plans before ${ahead.name} cannot be seen there`,
      { where: session.display, hint: 'restore the copy again from production (or a copy of it)' },
    );
  return earlier.filter((m) => !applied.has(m.id));
}

type Applied =
  { ok: true; adjustments: string[] } | { ok: false; error: string; adjustments: string[] };

/**
 * Applies one migration inside the transaction, in a savepoint, with the search_path its tool
 * sets (restored afterwards, so the queries are planned with the session's own). A failure is
 * rolled back to the savepoint and comes back as one line.
 */
async function applyMigration(
  session: CopySession,
  request: CopyRunRequest,
  migration: Migration,
  searchPath: string,
): Promise<Applied> {
  const { client } = session;
  const built = await copyStatements(request.set.format, migration, request.set.migrations);
  if (!built.ok) return { ok: false, error: built.reason, adjustments: [] };
  await client.query(SAVEPOINT);
  try {
    for (const setup of request.set.ledger.sessionSetup ?? []) await client.query(setup);
    for (const statement of built.statements) await client.query(statement);
    await client.query(SET_SEARCH_PATH, [searchPath]);
    await client.query(RELEASE);
    return { ok: true, adjustments: built.adjustments };
  } catch (error) {
    const fields = pgErrorFields(error);
    if (!fields.code || !/^[0-9A-Z]{5}$/.test(fields.code)) throw error;
    await client.query(ROLLBACK_TO);
    await client.query(RELEASE);
    return {
      ok: false,
      error: applyError(fields.code, fields.message, request.statementTimeoutMs),
      adjustments: built.adjustments,
    };
  }
}

function applyError(code: string, message: string, statementTimeoutMs: number): string {
  if (code === LOCK_NOT_AVAILABLE)
    return `a lock was not granted within lock_timeout: another session holds one on the copy (${oneLine(message)})`;
  if (code === '57014')
    return `a statement ran past the ${formatDuration(statementTimeoutMs)} statement timeout on the production-sized copy (raise plans-statement-timeout)`;
  return oneLine(message);
}

/** Plans every query on the copy as it is now, and notes the size of each table they read. */
async function planPhase(
  session: CopySession,
  queries: readonly RepresentativeQuery[],
  tableRows: Map<string, number>,
): Promise<Phase> {
  const indexes = await readIndexes(session.client);
  const context = { firstKeys: firstKeys(indexes), major: session.major };
  const plans = new Map<string, PlanOutcome>();
  for (const query of queries) {
    const outcome = await explainGeneric(session.client, query.sql, session.method, context);
    plans.set(query.name, outcome);
    if (outcome.ok) await noteTableRows(session, outcome.plan.plan, tableRows);
  }
  return { plans, indexes, foreignKeys: await readForeignKeys(session.client) };
}

/** The planner's row estimate of each table a plan reads, when not known yet. */
async function noteTableRows(
  session: CopySession,
  plan: unknown,
  tableRows: Map<string, number>,
): Promise<void> {
  for (const [schema, relation] of tablesIn(topNode(plan))) {
    const key = `${schema}.${relation}`;
    if (tableRows.has(key)) continue;
    const whole = await explainGeneric(
      session.client,
      wholeTable(qualifiedName(schema, relation)),
      session.method,
      { firstKeys: new Map(), major: session.major },
    );
    tableRows.set(key, whole.ok ? whole.plan.rows : 0);
  }
}

/** `[schema, relation]` of every relation a plan node (and its children) names. */
function tablesIn(node: PlanNode): Array<[string, string]> {
  const here: Array<[string, string]> =
    node.Schema && node['Relation Name'] ? [[node.Schema, node['Relation Name']]] : [];
  return [...here, ...(node.Plans ?? []).flatMap(tablesIn)];
}
