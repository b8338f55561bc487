import { secretsOf } from '../core/db/index.js';
import {
  checkPlanOptions,
  parseFactor,
  PLAN_OPTION_DEFAULTS,
  type PlanInputNames,
  type PlanOptions,
} from '../core/plans/index.js';
import { durationOption, integerOption, pathOption } from './args.js';
import { declaredMs, declaredNumber, parserOptions } from './help.js';
import type { MirroredOption } from './help.js';

export const PLAN_CLI_HELP = [
  { input: 'queries-file', flag: 'queries', arg: 'FILE' },
  {
    input: 'queries-from-stats',
    arg: 'N',
    text: 'also plan the N most time-consuming statements of pg_stat_statements on --stats-database-url',
    fallback: false,
  },
  {
    input: 'plans-database-url',
    arg: 'URL',
    text: 'a production-sized copy (a restored backup, a database branch) where each new migration is applied in a transaction that is rolled back, and the queries EXPLAINed (never run) around it',
  },
  { input: 'plan-regression-ratio', arg: 'R' },
  { input: 'plan-min-rows', arg: 'N' },
  { input: 'plans-statement-timeout', arg: 'D' },
] as const satisfies ReadonlyArray<MirroredOption<'validate'>>;

/** The query-plan options of `validate` (and, most of them, of `explain`). */
export const PLAN_CLI_OPTIONS = parserOptions(PLAN_CLI_HELP);

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
    minRows:
      integerOption(v['plan-min-rows'], 'plan-min-rows', 0) ??
      declaredNumber('validate', 'plan-min-rows'),
    statementTimeoutMs: durationOption(
      v['plans-statement-timeout'],
      'plans-statement-timeout',
      declaredMs('validate', 'plans-statement-timeout'),
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
