import type { Finding } from '../lint/index.js';
import type { PlansReport } from '../plans/index.js';
import type { MovedColumn } from './compare.js';

/** A lock the migration's own backend held just before its commit (from pg_locks). */
export interface ObservedLock {
  /** `schema.relation`. */
  relation: string;
  /** PostgreSQL lock mode, e.g. `AccessExclusiveLock`. The strongest one held on the relation. */
  mode: string;
}

/** Size of a touched table on the stats database (catalog statistics only). */
export interface TableStats {
  relation: string;
  /** pg_total_relation_size, bytes. */
  totalBytes: number;
  /** pg_class.reltuples (an estimate; -1 when never analysed). */
  rowEstimate: number;
  /** Rough time to rewrite the table or build an index on it, milliseconds. */
  rewriteEstimateMs: number;
}

export type MigrationStatus = 'applied' | 'failed' | 'skipped';

/** How a test-command or final-test-command run ended (the end of its output kept). */
export interface TestRun {
  passed: boolean;
  exitCode: number | null;
  output: string;
  durationMs: number;
}

/** What validate learnt about one new migration. */
export interface MigrationReport {
  name: string;
  file: string;
  status: MigrationStatus;
  /** Duration of the first up, milliseconds. */
  durationMs: number;
  /** Locks held on pre-existing relations (relations the migration created are left out). */
  locks: ObservedLock[];
  /** Pre-existing relations whose storage was rewritten (relfilenode changed). */
  rewrites: string[];
  /** Whether the schema after its down equals the schema before its up; undefined when not reached. */
  reversible: boolean | undefined;
  /** Why it is not reversible (the schema diff, or the down migration's error). */
  reversibleDetail?: string;
  /** Its tool gives it no down by design (Prisma, drizzle-kit): the down leg was skipped. */
  forwardOnly?: boolean;
  /**
   * Columns its down restores at another position than they had before its up (PostgreSQL adds
   * columns at the end): not a difference for `reversible`, reported as a notice.
   */
  movedColumns?: MovedColumn[];
  /** True when its locks were sampled during the run rather than read before commit (runs outside a transaction). */
  locksSampled: boolean;
  /** test-command outcome after its up, when one is configured. */
  test?: TestRun;
  /** What failed, one line, when status is `failed`. */
  error?: string;
  findings: Finding[];
  /** Catalog statistics of the tables it locks or rewrites, when `stats-database-url` is given. */
  tableStats?: TableStats[];
  /** Risk graded by those sizes: `high` = blocks or rewrites a table of 1 GB or more. */
  risk?: 'low' | 'medium' | 'high';
  /** Drops or truncates data (tables, columns, rows), as found or as declared. */
  destructive: boolean;
  /** What its metadata block (`exports.config`) declares, when it has one. */
  declared?: { destructive?: boolean; estimatedDuration?: string; dependencies?: string[] };
}

/** A required-tables / required-indexes / required-foreign-keys check. */
export interface SchemaCheck {
  kind: 'table' | 'index' | 'foreign-key';
  name: string;
  passed: boolean;
}

/** The validate report (JSON file named by the `report-json` output). */
export interface ValidateReport {
  passed: boolean;
  destructive: boolean;
  /** The migration format the migrations were read as. */
  format: string;
  /** The migrations directory, relative to the checkout. */
  migrationsDir: string;
  /** PostgreSQL major the migrations were linted for and applied to. */
  pgVersion: number;
  /** Migrations applied as the baseline (already on the base branch), names only. */
  baseline: string[];
  migrations: MigrationReport[];
  /** Unified diff between the committed schema file and the final schema ('' when equal or no schema-file). */
  schemaDiff: string;
  /** Whether the final schema matches the committed snapshot; undefined without schema-file. */
  schemaMatches?: boolean;
  checks: SchemaCheck[];
  /** All findings (of every linted migration), highest severity first. */
  findings: Finding[];
  /** The `fail-on` threshold used. */
  failOn: 'error' | 'warning' | 'never';
  /**
   * final-test-command outcome: run once after every new migration is applied, when one is
   * configured and no migration failed.
   */
  finalTest?: TestRun;
  /** Why the verdict is a failure, one line each (empty when passed). */
  failures: string[];
  /** Representative queries planned on a production-sized copy (with plans-database-url). */
  plans?: PlansReport;
  durationMs: number;
}
