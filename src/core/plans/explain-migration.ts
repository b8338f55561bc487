import { resolve } from 'node:path';
import { disconnect } from '../db/index.js';
import { DbDeployError } from '../errors.js';
import type { Finding } from '../lint/index.js';
import type { Logger } from '../logger.js';
import { openMigrationSet, type Migration, type MigrationSetOptions } from '../migrations/index.js';
import { openCopy } from './copy.js';
import { planOnCopy } from './copy-run.js';
import { judgePlans } from './findings.js';
import type { PlanThresholds } from './options.js';
import { PLANS_LOCK_TIMEOUT_MS } from './options.js';
import type { MigrationPlans, PlansReport, RepresentativeQuery } from './types.js';

/** What `db-deploy explain` asks. */
export interface ExplainOptions extends MigrationSetOptions {
  /** The production-sized copy (a secret). */
  plansDatabaseUrl: string;
  /** The queries to plan (already read and checked). */
  queries: RepresentativeQuery[];
  /** The migration: its file (relative to baseDir or absolute) or its name; default the newest. */
  migration?: string;
  thresholds: PlanThresholds;
  connectTimeoutMs: number;
  statementTimeoutMs: number;
}

/** The plans of the queries before and after one migration, and what they mean. */
export interface ExplainResult {
  plans: Omit<PlansReport, 'migrations' | 'notes'> & { migration: MigrationPlans };
  /** The migration's plan findings, and findings about queries no step could plan. */
  findings: Finding[];
}

/**
 * Plans queries on a production-sized copy before and after one migration, as validate does
 * (the same guards, the same transaction that is always rolled back; the migrations before it
 * that the copy lacks are applied first).
 */
export async function explainMigration(
  options: ExplainOptions,
  logger: Logger,
): Promise<ExplainResult> {
  const set = await openMigrationSet(options, logger);
  const migration = pickMigration(set.migrations, options.migration, set.baseDir);
  const copy = await openCopy(
    {
      url: options.plansDatabaseUrl,
      input: '--plans-database-url',
      connectTimeoutMs: options.connectTimeoutMs,
      lockTimeoutMs: PLANS_LOCK_TIMEOUT_MS,
      statementTimeoutMs: options.statementTimeoutMs,
    },
    logger,
  );
  try {
    const run = await planOnCopy(
      copy,
      {
        set,
        migrations: [migration],
        queries: options.queries,
        statementTimeoutMs: options.statementTimeoutMs,
      },
      logger,
    );
    const verdict = judgePlans(run, options.queries, options.thresholds);
    return {
      plans: {
        database: copy.display,
        pgVersion: copy.major,
        method: copy.method,
        caughtUp: run.caughtUp,
        queries: options.queries,
        migration: verdict.migrations[0] as MigrationPlans,
        regressionRatio: options.thresholds.regressionRatio,
        minRows: options.thresholds.minRows,
        tableRows: Object.fromEntries(run.tableRows),
      },
      findings: [...verdict.queryFindings, ...(verdict.findings.get(migration.name) ?? [])],
    };
  } finally {
    await disconnect(copy.client);
  }
}

/** The migration a name or a file path names; the newest when none is given. */
function pickMigration(
  migrations: readonly Migration[],
  wanted: string | undefined,
  baseDir: string,
): Migration {
  const found = wanted
    ? migrations.find(
        (m) =>
          m.name === wanted ||
          m.id === wanted ||
          m.path === resolve(baseDir, wanted) ||
          m.file === wanted,
      )
    : migrations.at(-1);
  if (!found)
    throw new DbDeployError(
      'bad-input',
      wanted ? `no migration named "${wanted}"` : 'the migrations directory holds no migration',
      { hint: 'name a migration by its file or its name (db-deploy status lists them)' },
    );
  return found;
}
