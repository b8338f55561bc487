import { secretsOf } from '../core/db/index.js';
import {
  checkPlanOptions,
  parseFactor,
  PLAN_OPTION_DEFAULTS,
  type PlanInputNames,
  type PlanOptions,
} from '../core/plans/index.js';
import { durationOption, integerOption, pathOption, type OptionSpec } from './args.js';

/** The query-plan options of `validate` (and, most of them, of `explain`). */
export const PLAN_CLI_OPTIONS = {
  queries: { type: 'string' },
  'queries-from-stats': { type: 'string' },
  'plans-database-url': { type: 'string' },
  'plan-regression-ratio': { type: 'string' },
  'plan-min-rows': { type: 'string' },
  'plans-statement-timeout': { type: 'string' },
} as const satisfies OptionSpec;

export const PLAN_CLI_HELP = `  --queries FILE            the application's representative queries (-- name: comments,
                            literals or $n parameters), planned on --plans-database-url
  --queries-from-stats N    also plan the N most time-consuming statements of
                            pg_stat_statements on --stats-database-url
  --plans-database-url URL  a production-sized copy (a restored backup, a database branch)
                            where each new migration is applied in a transaction that is
                            rolled back, and the queries EXPLAINed (never run) around it
  --plan-regression-ratio R a query whose cost grows over R times is an error (default: 10)
  --plan-min-rows N         losing an index scan on a table of N+ rows is an error
                            (default: 100000)
  --plans-statement-timeout D
                            statement_timeout on the copy (default: 10m)`;

const CLI_NAMES: PlanInputNames = {
  queriesFile: '--queries',
  queriesFromStats: '--queries-from-stats',
  plansDatabaseUrl: '--plans-database-url',
  statsDatabaseUrl: '--stats-database-url',
};

type PlanValues = { [K in keyof typeof PLAN_CLI_OPTIONS]?: string };

/** The thresholds and timeout, parsed strictly. */
export function planThresholdOptions(
  v: PlanValues,
): Pick<PlanOptions, 'regressionRatio' | 'minRows' | 'statementTimeoutMs'> {
  const d = PLAN_OPTION_DEFAULTS;
  const ratio = v['plan-regression-ratio'];
  return {
    regressionRatio:
      ratio === undefined ? d.regressionRatio : parseFactor(ratio, '--plan-regression-ratio'),
    minRows: integerOption(v['plan-min-rows'], 'plan-min-rows', 0) ?? d.minRows,
    statementTimeoutMs: durationOption(
      v['plans-statement-timeout'],
      'plans-statement-timeout',
      d.statementTimeoutMs,
    ),
  };
}

/**
 * validate's plan options from the command line; the copy's URL is registered for redaction
 * first. Undefined when none is given. Combinations that would plan nothing are refused with
 * the options' own names.
 */
export function planCliOptions(
  v: PlanValues,
  statsDatabaseUrl: string | undefined,
  secrets: string[],
): PlanOptions | undefined {
  const url = v['plans-database-url'];
  if (url) secrets.push(...secretsOf(url));
  if (!url && !v.queries && !v['queries-from-stats']) return undefined;
  const plans: PlanOptions = {
    ...planThresholdOptions(v),
    queriesFile: v.queries ? pathOption(v.queries, '') : undefined,
    queriesFromStats: integerOption(v['queries-from-stats'], 'queries-from-stats', 0) ?? 0,
    plansDatabaseUrl: url,
  };
  checkPlanOptions(plans, statsDatabaseUrl, CLI_NAMES);
  return plans;
}
