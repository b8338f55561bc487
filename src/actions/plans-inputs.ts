import type { PlanOptions } from '../core/plans/index.js';
import { actionInputs } from '../github/inputs.js';

/** validate/action.yml's inputs, each defaulting to what it declares. */
const input = actionInputs('validate');

/** validate's query-plan inputs (see validate/action.yml); undefined when none is set. */
export function readPlanInputs(): PlanOptions | undefined {
  const plans: PlanOptions = {
    queriesFile: input.optionalPath('queries-file'),
    queriesFromStats: input.integer('queries-from-stats', 0, 1000),
    plansDatabaseUrl: input.optional('plans-database-url'),
    regressionRatio: input.factor('plan-regression-ratio'),
    minRows: input.integer('plan-min-rows', 0),
    statementTimeoutMs: input.duration('plans-statement-timeout'),
  };
  const used = plans.queriesFile || plans.queriesFromStats > 0 || plans.plansDatabaseUrl;
  return used ? plans : undefined;
}
