/**
 * The plans concern's public surface: query plans before and after a migration (EXPLAIN on a
 * copy, plan findings).
 */
export { explainMigration } from './explain-migration.js';
export type { ExplainResult } from './explain-migration.js';
export { formatCost, formatRatio } from './finding-format.js';
export { countRegressions } from './findings.js';
export { checkPlanOptions, parseFactor, PLAN_OPTION_DEFAULTS } from './options.js';
export type { PlanInputNames, PlanOptions } from './options.js';
export { renderPlanTree } from './plan-shape.js';
export { parseQueries, readQueriesFile } from './queries-file.js';
export type {
  MigrationPlans,
  PlansReport,
  PlanSummary,
  QueryPlanChange,
  RepresentativeQuery,
} from './types.js';
export {
  checkIndexes,
  closePlans,
  finishPlans,
  openPlans,
  readIndexes,
  recordIndexes,
} from './validate-plans.js';
export type { IndexTrail, PlansRun } from './validate-plans.js';
