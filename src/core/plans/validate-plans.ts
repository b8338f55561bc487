import { disconnect, type DbClient } from '../db/index.js';
import type { Logger } from '../logger.js';
import type { Finding } from '../lint/index.js';
import type { Migration, MigrationSet } from '../migrations/index.js';
import type { ValidateReport } from '../verify/index.js';
import { indexChanges, readForeignKeys, readIndexes } from './catalog.js';

import { openCopy, databaseIdentity, type CopySession } from './copy.js';
import { planOnCopy } from './copy-run.js';
import { judgePlans } from './findings.js';
import {
  droppedInUseFindings,
  redundantIndexFindings,
  withoutIndexedForeignKeys,
} from './index-checks.js';
import { checkPlanOptions, PLANS_LOCK_TIMEOUT_MS, type PlanOptions } from './options.js';
import { readQueriesFile } from './queries-file.js';
import { indexUses, statsQueries, withStatsDatabase } from './stats.js';
import type { IndexInfo, RepresentativeQuery } from './types.js';

export { readIndexes } from './catalog.js';

/**
 * validate's side of the plan analysis. `openPlans` runs before anything else: the inputs are
 * checked, the queries read and the copy proven to be one, or validate stops with one line.
 * `checkIndexes` reads the scratch database after the cycle; `finishPlans` plans the queries on
 * the copy and adds the findings to the report.
 */

/** What openPlans prepared. */
export interface PlansRun {
  copy: CopySession;
  queries: RepresentativeQuery[];
  /** Findings about the queries file (syntax errors, statements that are not queries). */
  findings: Finding[];
  /** Things said about the inputs (pg_stat_statements missing, statements passed over). */
  notes: string[];
  options: PlanOptions;
}

/** The settings the plan analysis reads from validate's options. */
export interface PlansContext {
  plans?: PlanOptions;
  statsDatabaseUrl?: string;
  baseDir: string;
  connectTimeoutMs: number;
}

/**
 * Checks the plan inputs, reads the queries (queries-file, pg_stat_statements) and opens the
 * copy behind its guards. Undefined without plans-database-url.
 * @param scratch validate's connection to database-url, which the copy must not be
 */
export async function openPlans(
  context: PlansContext,
  scratch: DbClient | undefined,
  logger: Logger,
): Promise<PlansRun | undefined> {
  const options = context.plans;
  if (!options) return undefined;
  checkPlanOptions(options, context.statsDatabaseUrl);
  if (!options.plansDatabaseUrl) return undefined;
  const queries: RepresentativeQuery[] = [];
  const findings: Finding[] = [];
  const notes: string[] = [];
  if (options.queriesFile) {
    const file = await readQueriesFile(options.queriesFile, context.baseDir);
    queries.push(...file.queries);
    findings.push(...file.findings);
  }
  if (options.queriesFromStats > 0 && context.statsDatabaseUrl) {
    const fromStats = await withStatsDatabase(
      context.statsDatabaseUrl,
      context.connectTimeoutMs,
      (client, display) => statsQueries(client, display, options.queriesFromStats),
    );
    const taken = new Set(queries.map((q) => q.name));
    queries.push(...fromStats.queries.filter((q) => !taken.has(q.name)));
    if (fromStats.note) {
      notes.push(fromStats.note);
      logger.warn(fromStats.note);
    }
  }
  const copy = await openCopy(
    {
      url: options.plansDatabaseUrl,
      input: 'plans-database-url',
      connectTimeoutMs: context.connectTimeoutMs,
      lockTimeoutMs: PLANS_LOCK_TIMEOUT_MS,
      statementTimeoutMs: options.statementTimeoutMs,
      notSameAs: scratch ? await databaseIdentity(scratch) : undefined,
    },
    logger,
  );
  return { copy, queries, findings, notes, options };
}

/** Closes the copy's connection. */
export async function closePlans(run: PlansRun | undefined): Promise<void> {
  await disconnect(run?.copy.client);
}

/** What each new migration did to the scratch database's indexes, by migration name. */
export type IndexTrail = Map<
  string,
  { created: IndexInfo[]; dropped: IndexInfo[]; after: IndexInfo[] }
>;

/** Records what a migration's cycle did to the indexes (read before and after it). */
export function recordIndexes(
  trail: IndexTrail,
  name: string,
  before: readonly IndexInfo[],
  after: IndexInfo[],
): void {
  trail.set(name, { ...indexChanges(before, after), after });
}

/**
 * The index checks on the scratch database after the cycle: the linter's foreign keys without an
 * index are dropped where the final schema indexes them; duplicate and redundant indexes a new
 * migration creates; indexes it drops that the stats database shows in use.
 */
export async function checkIndexes(
  scratch: DbClient,
  exclude: readonly string[],
  fresh: readonly Migration[],
  trail: IndexTrail,
  report: ValidateReport,
  context: PlansContext,
): Promise<void> {
  const foreignKeys = await readForeignKeys(scratch, exclude);
  const indexes = await readIndexes(scratch, exclude);
  report.findings = withoutIndexedForeignKeys(report.findings, foreignKeys, indexes);
  const dropped = [...trail.values()].flatMap((t) => t.dropped);
  const uses =
    context.statsDatabaseUrl && dropped.length
      ? await withStatsDatabase(context.statsDatabaseUrl, context.connectTimeoutMs, (client, at) =>
          indexUses(client, at, dropped),
        )
      : new Map();
  for (const migration of fresh) {
    const entry = report.migrations.find((m) => m.name === migration.name);
    const changes = trail.get(migration.name);
    if (!entry) continue;
    entry.findings = withoutIndexedForeignKeys(entry.findings, foreignKeys, indexes);
    if (!changes) continue;
    const found = [
      ...redundantIndexFindings(migration, changes.created, changes.after),
      ...droppedInUseFindings(migration, changes.dropped, changes.after, uses),
    ];
    entry.findings.push(...found);
    report.findings.push(...found);
  }
}

/**
 * Plans the queries on the copy around each new migration (one transaction, rolled back) and
 * adds the Plans section and the plan findings to the report.
 */
export async function finishPlans(
  run: PlansRun,
  set: MigrationSet,
  fresh: readonly Migration[],
  report: ValidateReport,
  logger: Logger,
): Promise<void> {
  const { copy, queries, options } = run;
  report.findings.push(...run.findings);
  if (fresh.length === 0) {
    logger.info('plans: no new migration, so nothing to plan on the copy');
    return;
  }
  if (queries.length === 0) {
    const note = 'no representative query to plan: nothing was planned on the copy';
    run.notes.push(note);
    logger.warn(`plans: ${note}`);
  }
  const result = await planOnCopy(
    copy,
    { set, migrations: fresh, queries, statementTimeoutMs: options.statementTimeoutMs },
    logger,
  );
  const verdict = judgePlans(result, queries, options);
  report.findings.push(...verdict.queryFindings);
  for (const entry of report.migrations) {
    const found = verdict.findings.get(entry.name) ?? [];
    entry.findings.push(...found);
    report.findings.push(...found);
  }
  report.plans = {
    database: copy.display,
    pgVersion: copy.major,
    method: copy.method,
    caughtUp: result.caughtUp,
    queries,
    migrations: verdict.migrations,
    regressionRatio: options.regressionRatio,
    minRows: options.minRows,
    tableRows: Object.fromEntries(result.tableRows),
    notes: run.notes,
  };
}
