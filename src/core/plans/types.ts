/**
 * Query-plan analysis: what validate learns about representative queries on a production-sized
 * copy, and the index checks that need no copy. Plain data: the JSON report carries it as is.
 */

/** Where a representative query came from. */
export type QuerySource = 'file' | 'stats';

/** One representative query, as it is planned. */
export interface RepresentativeQuery {
  /** Its `-- name:` comment, or its first line (shortened) when it has none. */
  name: string;
  source: QuerySource;
  /** The statement as written (no trailing semicolon). */
  sql: string;
  /** For `file`: the queries file (relative to the checkout) and the 1-based line it starts on. */
  file?: string;
  line?: number;
  /** For `stats`: pg_stat_statements' calls and total time (planning + execution), milliseconds. */
  calls?: number;
  totalMs?: number;
}

/** How a scan node reaches a table. */
export type AccessMethod = 'seq' | 'index' | 'index-only' | 'bitmap' | 'other';

/** One table a plan reads, and how. */
export interface TableAccess {
  /** `schema.table`. */
  table: string;
  method: AccessMethod;
  /** The plan node, e.g. `Index Scan`, `Parallel Seq Scan`. */
  node: string;
  /** The index an index or bitmap scan uses (no schema: EXPLAIN names it alone). */
  index?: string;
  /**
   * Set when an index scan's condition does not constrain the index's first column (or there is
   * none): before PostgreSQL 18 it then reads the whole index; 18 skips through it, which is
   * cheap only when the first column has few distinct values.
   */
  indexRead?: 'full index read' | 'skip scan';
}

/** A query's generic plan, reduced to what the findings and the report need. */
export interface PlanSummary {
  /** The planner's total cost estimate of the top node. */
  cost: number;
  /** The planner's row estimate of the top node. */
  rows: number;
  /** One line: the top node, then each table access (`Limit: Index Scan using x on public.t`). */
  shape: string;
  accesses: TableAccess[];
  /** EXPLAIN (FORMAT JSON, VERBOSE) of the query, `Output` lists left out. */
  plan: unknown;
}

/** A query's plan before and after one migration. */
export interface QueryPlanChange {
  /** The query's name (see RepresentativeQuery.name). */
  query: string;
  before?: PlanSummary;
  after?: PlanSummary;
  /** Why the query could not be planned before / after the migration (PostgreSQL's message). */
  beforeError?: string;
  afterError?: string;
  /** after.cost / before.cost, when both were planned. */
  ratio?: number;
  /** Whether the plan's shape or cost changed. */
  changed: boolean;
  /** Set when the change is an error finding: a regression, or the query no longer plans. */
  verdict?: 'regressed' | 'broken';
}

/** What one new migration did to the plans on the copy. */
export interface MigrationPlans {
  name: string;
  file: string;
  /** `planned`: applied in the copy's transaction and every query planned again. */
  status: 'planned' | 'failed' | 'skipped';
  /** Why it could not be applied on the copy (one line). */
  error?: string;
  /** Statements left out or rewritten for the copy (e.g. `CREATE INDEX CONCURRENTLY` → without). */
  adjustments: string[];
  /** Indexes it creates / drops on the copy (`schema.index`). */
  createdIndexes: string[];
  droppedIndexes: string[];
  queries: QueryPlanChange[];
}

/** The "Plans" part of the validate report. */
export interface PlansReport {
  /** The copy, `host:port/database` (never the URL). */
  database: string;
  /** The copy's PostgreSQL major. */
  pgVersion: number;
  /** How parameters are planned: `EXPLAIN (GENERIC_PLAN)` (16+) or a prepared statement (older). */
  method: 'generic-plan' | 'prepared-statement';
  /** Baseline migrations the copy lacked, applied in the transaction before planning. */
  caughtUp: string[];
  queries: RepresentativeQuery[];
  migrations: MigrationPlans[];
  /** The thresholds the findings used. */
  regressionRatio: number;
  minRows: number;
  /** Planner row estimates of the tables the plans read, `schema.table` → rows. */
  tableRows: Record<string, number>;
  /** What was said about the inputs (pg_stat_statements missing, statements passed over). */
  notes: string[];
}

/** An index as the catalog describes it, with what duplicate and prefix checks compare. */
export interface IndexInfo {
  schema: string;
  table: string;
  name: string;
  /** pg_am.amname: btree, hash, gin, gist, brin, … */
  method: string;
  unique: boolean;
  primary: boolean;
  valid: boolean;
  /** Key columns or expressions, in order, as pg_get_indexdef prints them one by one. */
  keys: string[];
  /** Per key: operator class oid, collation oid and sort options (`opclass/collation/option`). */
  keyOptions: string[];
  /** INCLUDE columns. */
  include: string[];
  /** pg_get_expr of the partial-index predicate, when there is one. */
  predicate?: string;
  /** The primary key, unique or exclusion constraint it backs. */
  constraint?: string;
  /** pg_get_indexdef. */
  definition: string;
}

/** A foreign key as the catalog describes it. */
export interface ForeignKeyInfo {
  schema: string;
  table: string;
  name: string;
  /** Referencing columns, in key order. */
  columns: string[];
  /** `schema.table` it references. */
  references: string;
}
