import type { ParsedStatement } from '../sql/index.js';
import type { KnownName } from './names.js';

/**
 * `error`: blocks traffic, rewrites a table, destroys data or breaks running code.
 * `warning`: risky, needs a look. `notice`: hygiene. A migration that is safe to run online
 * produces no `error` and no `warning`.
 */
export type Severity = 'error' | 'warning' | 'notice';

/** Severity rank, highest first: error 3, warning 2, notice 1. */
export function severityRank(severity: Severity): number {
  return severity === 'error' ? 3 : severity === 'warning' ? 2 : 1;
}

/** One lint finding (the JSON shape of `db-deploy lint --format json`). Lines are 1-based. */
export interface Finding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  rule: string;
  severity: Severity;
  message: string;
  /** The safe alternative (the two-step recipe). */
  hint: string;
}

/** What a rule reports about one statement; the engine adds file and position. */
export interface RuleHit {
  message: string;
  hint: string;
  /** Overrides the rule's default severity (e.g. a PostgreSQL version makes it safe-ish). */
  severity?: Severity;
  /** Byte offset in the linted source (a `location` from the AST) to point at; default: the statement. */
  location?: number;
}

/**
 * How the migrations reach production. `in-place`: on the live database, under traffic.
 * `blue-green`: on a copy ("green") that logical replication keeps fed with the live database's
 * ("blue") writes until traffic switches to it, and that replicates its own writes back to blue
 * for a rollback afterwards.
 */
export type DeployStrategy = 'in-place' | 'blue-green';

export const DEPLOY_STRATEGIES: readonly DeployStrategy[] = ['in-place', 'blue-green'];

/** A table name as written, normalised: lower-case unless quoted, schema `public` when omitted. */
export type TableKey = string;

/** What the rules know about the migration being linted, in statement order. */
export interface LintContext {
  /** PostgreSQL major version the migration will run on (e.g. 16). */
  pgVersion: number;
  /** All statements of the migration, in order. */
  statements: readonly ParsedStatement[];
  /** Index of the statement being checked. */
  index: number;
  /** Tables created by earlier statements of this migration (new and empty: safe to index, constrain, rewrite). */
  createdTables: ReadonlySet<TableKey>;
  /**
   * Of `createdTables`, those the migration filled with rows before this statement (CREATE TABLE
   * AS, SELECT INTO, INSERT … SELECT, COPY FROM): new, but validating a constraint scans them.
   */
  filledTables: ReadonlySet<TableKey>;
  /** Whether the migration runs in a transaction (false for `.sql` files that need statement-by-statement execution and `pgm.noTransaction()`). */
  transactional: boolean;
  /** How the migration is deployed (the rules of a strategy only run for it). */
  strategy: DeployStrategy;
  /**
   * Tables created by earlier migrations of the same deploy (validate's new migrations, in
   * order). Blue-green rules treat them as new: they exist on green only, blue does not
   * replicate into them. Empty when the caller lints each migration on its own.
   */
  createdInDeploy: ReadonlySet<TableKey>;
  /**
   * Names of 63 bytes and more known before this migration (validate: from the migrations
   * already applied and the earlier ones of the deploy), by `nameKey`. Empty by default.
   */
  knownNames: ReadonlyMap<string, KnownName>;
}

/** A lint rule: pure, looks at one parsed statement at a time. */
export interface Rule {
  /** Stable kebab-case id, used in findings and in `-- db-deploy-ignore <id>`. */
  id: string;
  /** Default severity of its findings. */
  severity: Severity;
  /** One sentence for docs: what it catches and why it matters. */
  description: string;
  /** Node types the rule looks at (`AlterTableStmt`, `IndexStmt`, …); the engine skips the rest. */
  nodeTypes: readonly string[];
  /** The deploy strategies the rule applies to. Default: every strategy. */
  strategies?: readonly DeployStrategy[];
  /**
   * Off unless asked for (`db-deploy lint --enable-rule <id>`): a rule whose findings were mostly
   * deliberate choices on a corpus of realistic migrations (see __tests__/unit/lint/corpus.test.ts).
   */
  optIn?: true;
  check(statement: ParsedStatement, context: LintContext): RuleHit[];
}
