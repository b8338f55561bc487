import { type DbClient, pgErrorFields } from '../db/index.js';
import { oneLine } from '../errors.js';
import { summarisePlan, type PlanContext } from './plan-shape.js';
import {
  DEALLOCATE,
  explainGenericPlan,
  explainPrepared,
  prepareStatement,
  PREPARED_NAME,
  PREPARED_PARAMETERS,
  READ_ONLY_STEP,
  RELEASE,
  ROLLBACK_TO,
  SAVEPOINT,
} from './queries.js';
import type { PlanSummary } from './types.js';

/**
 * How a generic plan is seen: PostgreSQL 16+ has `EXPLAIN (GENERIC_PLAN)`; before it, a prepared
 * statement explained under `plan_cache_mode = force_generic_plan` (set by the caller for the
 * transaction) shows the same plan. Either way the query is planned, never executed.
 */
export type PlanMethod = 'generic-plan' | 'prepared-statement';

/** The method for a server's major version (GENERIC_PLAN exists since PostgreSQL 16). */
export function planMethod(major: number): PlanMethod {
  return major >= 16 ? 'generic-plan' : 'prepared-statement';
}

/** A plan, or why PostgreSQL could not plan the query (its message, one line). */
export type PlanOutcome = { ok: true; plan: PlanSummary } | { ok: false; error: string };

/**
 * EXPLAINs one statement (never ANALYZE: it is not executed) inside a read-only savepoint that
 * is always rolled back, so neither an error nor anything the planner evaluates leaves a trace
 * and the caller's transaction goes on. `sql` is one statement the parser has checked.
 * @param context the indexes' first keys and the server's major, to read the plan (summarisePlan)
 */
export async function explainGeneric(
  client: DbClient,
  sql: string,
  method: PlanMethod,
  context: PlanContext,
): Promise<PlanOutcome> {
  await client.query(SAVEPOINT);
  let prepared = false;
  try {
    await client.query(READ_ONLY_STEP);
    let explain: unknown;
    if (method === 'generic-plan') {
      explain = await explainJson(client, explainGenericPlan(sql));
    } else {
      await client.query(prepareStatement(sql));
      prepared = true;
      const { rows } = await client.query<{ count: number }>(PREPARED_PARAMETERS, [PREPARED_NAME]);
      explain = await explainJson(client, explainPrepared(Number(rows[0]?.count ?? 0)));
    }
    return { ok: true, plan: summarisePlan(explain, context) };
  } catch (error) {
    const fields = pgErrorFields(error);
    if (!fields.code || !/^[0-9A-Z]{5}$/.test(fields.code)) throw error;
    return { ok: false, error: oneLine(fields.message) };
  } finally {
    await client.query(ROLLBACK_TO);
    await client.query(RELEASE);
    // A prepared statement outlives the savepoint it was made in.
    if (prepared) await client.query(DEALLOCATE);
  }
}

async function explainJson(client: DbClient, text: string): Promise<unknown> {
  const { rows } = await client.query<{ 'QUERY PLAN': unknown }>(text);
  return rows[0]?.['QUERY PLAN'];
}
