import type { Finding } from '../lint/index.js';
import type { Migration } from '../migrations/index.js';
import { indexChanges, indexKey } from './catalog.js';
import type { CopyRunResult, Phase } from './copy-run.js';
import type { PlanThresholds } from './options.js';
import type { PlanOutcome } from './explain.js';
import { formatCost, formatRatio, lineOf, migrationFinding, queryLabel } from './finding-format.js';
import { coversForeignKey } from './index-checks.js';
import { describeAccess, usesIndex } from './plan-shape.js';
import { QUERY_INVALID_RULE } from './queries-file.js';
import type {
  IndexInfo,
  MigrationPlans,
  PlansReport,
  PlanSummary,
  QueryPlanChange,
  RepresentativeQuery,
  TableAccess,
} from './types.js';

/** Rule ids of the plan findings. */
export const PLAN_RULES = {
  regression: 'plan-regression',
  broken: 'plan-query-broken',
  notApplied: 'plan-migration-not-applied',
  unusedIndex: 'unused-new-index',
  invalid: QUERY_INVALID_RULE,
} as const;

/** Costs below this are treated as this, so a ratio never divides by zero. */
const MIN_COST = 0.01;

/** What the copy's run means: per migration, its plans and findings; findings about the queries. */
export interface PlanVerdict {
  migrations: MigrationPlans[];
  /** By migration name. */
  findings: Map<string, Finding[]>;
  /** Findings about queries-file entries no phase could plan. */
  queryFindings: Finding[];
}

/**
 * Compares each query's plan before and after each migration: a cost growing by more than the
 * ratio, or an index scan lost on a table of at least `minRows` rows, is an error naming the
 * query, the table, the plans' shapes and the ratio; a query the migration makes unplannable is an
 * error (it breaks); an index the migration creates that no query uses is a notice (unless it
 * backs a constraint or a foreign key). Pure.
 */
export function judgePlans(
  run: CopyRunResult,
  queries: readonly RepresentativeQuery[],
  thresholds: PlanThresholds,
): PlanVerdict {
  const findings = new Map<string, Finding[]>();
  const migrations: MigrationPlans[] = [];
  let before = run.baseline;
  for (const entry of run.migrations) {
    const { migration } = entry;
    const out: Finding[] = [];
    findings.set(migration.name, out);
    const plans: MigrationPlans = {
      name: migration.name,
      file: migration.file,
      status: entry.status,
      ...(entry.error ? { error: entry.error } : {}),
      adjustments: entry.adjustments,
      createdIndexes: [],
      droppedIndexes: [],
      queries: [],
    };
    migrations.push(plans);
    if (entry.status === 'failed')
      out.push(
        migrationFinding(migration, 1, PLAN_RULES.notApplied, 'error', {
          message: `${migration.name} was not planned on the production-sized copy: ${entry.error}`,
          hint: 'the copy holds production-sized data: fix what fails there (duplicates, NULLs, long statements), or raise plans-statement-timeout',
        }),
      );
    const after = entry.after;
    if (!after) continue;
    const changes = indexChanges(before.indexes, after.indexes);
    plans.createdIndexes = changes.created.map(indexKey);
    plans.droppedIndexes = changes.dropped.map(indexKey);
    for (const query of queries) {
      const change = compareQuery(query, before.plans.get(query.name), after.plans.get(query.name));
      plans.queries.push(change);
      out.push(...queryFindings(migration, query, change, run.tableRows, thresholds));
    }
    out.push(...unusedIndexes(migration, changes.created, after, queries));
    before = after;
  }
  return { migrations, findings, queryFindings: unplannable(run, queries) };
}

/**
 * How many queries regressed or broke, over every new migration: validate's plan-regressions
 * output (0 without plans).
 */
export function countRegressions(plans: Pick<PlansReport, 'migrations'> | undefined): number {
  return plans?.migrations.flatMap((m) => m.queries).filter((q) => q.verdict).length ?? 0;
}

/** One query's plans around one migration. */
function compareQuery(
  query: RepresentativeQuery,
  before: PlanOutcome | undefined,
  after: PlanOutcome | undefined,
): QueryPlanChange {
  const change: QueryPlanChange = { query: query.name, changed: false };
  if (before?.ok) change.before = before.plan;
  else if (before) change.beforeError = before.error;
  if (after?.ok) change.after = after.plan;
  else if (after) change.afterError = after.error;
  if (change.before && change.after) {
    change.ratio = costRatio(change.before, change.after);
    change.changed =
      change.before.shape !== change.after.shape || Math.abs(change.ratio - 1) > 0.005;
  } else {
    change.changed = Boolean(change.before) !== Boolean(change.after);
  }
  return change;
}

/** after / before, the planner's total cost estimates. */
export function costRatio(before: PlanSummary, after: PlanSummary): number {
  return Math.max(after.cost, MIN_COST) / Math.max(before.cost, MIN_COST);
}

/** An index scan on a big table before, only sequential reads of it after. */
interface LostIndexScan {
  table: string;
  rows: number;
  before: TableAccess;
  after: TableAccess;
}

/** Index scans the after-plan lost on tables of at least `minRows` rows. */
export function lostIndexScans(
  before: PlanSummary,
  after: PlanSummary,
  tableRows: ReadonlyMap<string, number>,
  minRows: number,
): LostIndexScan[] {
  const lost: LostIndexScan[] = [];
  for (const access of before.accesses.filter(usesIndex)) {
    const rows = tableRows.get(access.table) ?? 0;
    if (rows < minRows || lost.some((l) => l.table === access.table)) continue;
    const now = after.accesses.filter((a) => a.table === access.table);
    if (now.length === 0 || now.some(usesIndex)) continue;
    lost.push({ table: access.table, rows, before: access, after: now[0] as TableAccess });
  }
  return lost;
}

function queryFindings(
  migration: Migration,
  query: RepresentativeQuery,
  change: QueryPlanChange,
  tableRows: ReadonlyMap<string, number>,
  thresholds: PlanThresholds,
): Finding[] {
  const label = queryLabel(query);
  if (change.before && change.afterError) {
    change.verdict = 'broken';
    return [
      migrationFinding(migration, 1, PLAN_RULES.broken, 'error', {
        message: `${migration.name} breaks query ${label}: after it, PostgreSQL cannot plan it: ${change.afterError}`,
        hint: 'keep what the query reads until the application no longer runs it (expand, migrate the code, then contract)',
      }),
    ];
  }
  if (!change.before || !change.after || change.ratio === undefined) return [];
  const lost = lostIndexScans(change.before, change.after, tableRows, thresholds.minRows);
  if (change.ratio <= thresholds.regressionRatio && lost.length === 0) return [];
  change.verdict = 'regressed';
  const cost = `estimated cost ${formatCost(change.before.cost)} → ${formatCost(change.after.cost)} (${formatRatio(change.ratio)})`;
  const first = lost[0];
  const message = first
    ? `${migration.name} makes query ${label} lose its index scan on ${first.table} (~${Math.round(first.rows).toLocaleString('en-US')} rows): ${describeAccess(first.before, false)} → ${describeAccess(first.after)}; ${cost}`
    : `${migration.name} makes query ${label} ${formatRatio(change.ratio)} as costly: ${change.before.shape} → ${change.after.shape}; ${cost}`;
  const index = first?.before.index?.split(', ')[0];
  return [
    migrationFinding(
      migration,
      index ? lineOf(migration, index) : 1,
      PLAN_RULES.regression,
      'error',
      {
        message,
        hint: first
          ? `keep an index the query can use on ${first.table} (one whose first column its condition names), or take the query out of the representative ones if the application no longer runs it`
          : 'compare the plans in the report (db-deploy explain prints them whole) and keep or add the index the query needs',
      },
    ),
  ];
}

/**
 * Indexes the migration creates that no query's plan after it uses: a notice, since every write
 * maintains them. An index backing a constraint, or covering a foreign key's columns (it serves
 * the key's checks, which no query shows), is left alone.
 */
function unusedIndexes(
  migration: Migration,
  created: readonly IndexInfo[],
  after: Phase,
  queries: readonly RepresentativeQuery[],
): Finding[] {
  const plans = [...after.plans.values()].flatMap((p) => (p.ok ? [p.plan] : []));
  if (queries.length === 0 || plans.length === 0) return [];
  const used = new Set(
    plans.flatMap((p) => p.accesses.flatMap((a) => (a.index ? a.index.split(', ') : []))),
  );
  return created
    .filter((index) => !used.has(index.name) && !index.constraint)
    .filter((index) => !after.foreignKeys.some((fk) => coversForeignKey(index, fk)))
    .map((index) =>
      migrationFinding(migration, lineOf(migration, index.name), PLAN_RULES.unusedIndex, 'notice', {
        message: `${migration.name} creates index ${indexKey(index)}, which none of the ${plans.length} representative queries uses on the copy`,
        hint: 'every write to the table maintains it: add the query it is for to the representative ones, or leave it out',
      }),
    );
}

/** File queries that no step could plan: one finding each, at their line in the queries file. */
function unplannable(run: CopyRunResult, queries: readonly RepresentativeQuery[]): Finding[] {
  const phases = [run.baseline, ...run.migrations.flatMap((m) => (m.after ? [m.after] : []))];
  return queries.flatMap((query) => {
    if (query.source !== 'file' || !query.file) return [];
    const outcomes = phases.map((p) => p.plans.get(query.name));
    if (outcomes.some((o) => o?.ok)) return [];
    const error = outcomes.find((o) => o && !o.ok) as { error: string } | undefined;
    const line = query.line ?? 1;
    return [
      {
        file: query.file,
        line,
        column: 1,
        endLine: line,
        rule: PLAN_RULES.invalid,
        severity: 'error' as const,
        message: `query "${query.name}" cannot be planned on the copy, before or after the new migrations: ${error?.error ?? 'no plan'}`,
        hint: 'fix the query (a cast gives a parameter its type: $1::bigint), or take it out; a query on a table a new migration creates is planned after that migration',
      },
    ];
  });
}
