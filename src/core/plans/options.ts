import { DbDeployError } from '../errors.js';

/** When a plan change is a finding. */
export interface PlanThresholds {
  /** A cost growing by more than this factor is a regression (default 10). */
  regressionRatio: number;
  /** Losing an index scan on a table of at least this many rows is a regression (default 100,000). */
  minRows: number;
}

export const PLAN_DEFAULTS: PlanThresholds = { regressionRatio: 10, minRows: 100_000 };

/** validate's query-plan inputs (all optional: without them, only the index checks run). */
export interface PlanOptions {
  /** Absolute path of the representative queries (`-- name:` comments, literals or `$n`). */
  queriesFile?: string;
  /** How many of pg_stat_statements' most time-consuming statements to plan too (0: none). */
  queriesFromStats: number;
  /** The production-sized copy the queries are planned on (a secret). */
  plansDatabaseUrl?: string;
  /** A cost growing by more than this factor is an error (default 10). */
  regressionRatio: number;
  /** Losing an index scan on a table of at least this many rows is an error (default 100,000). */
  minRows: number;
  /** statement_timeout of each statement on the copy, milliseconds (default 10 minutes; 0: none). */
  statementTimeoutMs: number;
}

export const PLAN_OPTION_DEFAULTS: Omit<PlanOptions, 'queriesFile' | 'plansDatabaseUrl'> = {
  queriesFromStats: 0,
  regressionRatio: PLAN_DEFAULTS.regressionRatio,
  minRows: PLAN_DEFAULTS.minRows,
  statementTimeoutMs: 10 * 60_000,
};

/**
 * lock_timeout of every statement on the copy: nobody else is connected there, so a lock that is
 * not granted at once means someone connected after the guards ran.
 */
export const PLANS_LOCK_TIMEOUT_MS = 5_000;

/** How the inputs are called where the options came from (action inputs or CLI options). */
export interface PlanInputNames {
  queriesFile: string;
  queriesFromStats: string;
  plansDatabaseUrl: string;
  statsDatabaseUrl: string;
}

export const ACTION_INPUT_NAMES: PlanInputNames = {
  queriesFile: 'queries-file',
  queriesFromStats: 'queries-from-stats',
  plansDatabaseUrl: 'plans-database-url',
  statsDatabaseUrl: 'stats-database-url',
};

/**
 * Refuses combinations that would plan nothing while looking green: queries without a copy to
 * plan them on (an empty database plans everything as a sequential scan), a copy without
 * queries, and queries-from-stats without the stats database to take them from.
 */
export function checkPlanOptions(
  plans: PlanOptions,
  statsDatabaseUrl: string | undefined,
  names: PlanInputNames = ACTION_INPUT_NAMES,
): void {
  const queries = Boolean(plans.queriesFile) || plans.queriesFromStats > 0;
  if (queries && !plans.plansDatabaseUrl) {
    const given = plans.queriesFile ? names.queriesFile : names.queriesFromStats;
    throw new DbDeployError(
      'bad-input',
      `${given} needs ${names.plansDatabaseUrl}: plans on an empty or small database say nothing about production`,
      {
        hint: `give ${names.plansDatabaseUrl} a production-sized copy (a restored backup or a database branch), or leave ${given} empty`,
      },
    );
  }
  if (plans.plansDatabaseUrl && !queries)
    throw new DbDeployError(
      'bad-input',
      `${names.plansDatabaseUrl} needs queries to plan: ${names.queriesFile} or ${names.queriesFromStats}`,
      {
        hint: `list the application's important queries in a file and name it in ${names.queriesFile}`,
      },
    );
  if (plans.queriesFromStats > 0 && !statsDatabaseUrl)
    throw new DbDeployError(
      'bad-input',
      `${names.queriesFromStats} needs ${names.statsDatabaseUrl}: the statements come from its pg_stat_statements`,
      { hint: `set ${names.statsDatabaseUrl} to production or a replica (read only)` },
    );
}

/** A factor above 1, written `10`, `2.5` or `10x`. */
export function parseFactor(value: string, name: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*[x×]?$/i.exec(value.trim());
  const factor = match ? Number(match[1]) : NaN;
  if (!(factor > 1))
    throw new DbDeployError('bad-input', `${name}: "${value}" is not a factor above 1`, {
      hint: 'use a number such as 10 (a cost ten times the one before) or 2.5',
    });
  return factor;
}
