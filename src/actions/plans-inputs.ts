import { PLAN_OPTION_DEFAULTS as D, type PlanOptions } from '../core/plans/index.js';
import * as inputs from '../github/inputs.js';

const { readDuration, readFactor, readInteger, readOptional, readOptionalPath } = inputs;

/** validate's query-plan inputs (see validate/action.yml); undefined when none is set. */
export function readPlanInputs(): PlanOptions | undefined {
  const plans: PlanOptions = {
    queriesFile: readOptionalPath('queries-file'),
    queriesFromStats: readInteger('queries-from-stats', D.queriesFromStats, 0, 1000),
    plansDatabaseUrl: readOptional('plans-database-url'),
    regressionRatio: readFactor('plan-regression-ratio', D.regressionRatio),
    minRows: readInteger('plan-min-rows', D.minRows, 0),
    statementTimeoutMs: readDuration('plans-statement-timeout', D.statementTimeoutMs),
  };
  const used = plans.queriesFile || plans.queriesFromStats > 0 || plans.plansDatabaseUrl;
  return used ? plans : undefined;
}
