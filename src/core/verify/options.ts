import type { FailOn, DeployStrategy } from '../lint/index.js';
import type { FormatChoice } from '../migrations/index.js';
import type { PlanOptions } from '../plans/index.js';

/** Options of a validate run. Paths are absolute unless noted. */
export interface ValidateOptions {
  /** The disposable scratch database (a secret). Undefined: lint only, no cycle. */
  databaseUrl: string | undefined;
  /** The migration format: `auto` (default) detects it. */
  format?: FormatChoice;
  /** Values for the migration tool's placeholders (Flyway's `${name}`). */
  placeholders?: Readonly<Record<string, string>>;
  /** Undefined: the format's configuration or default. */
  migrationsDir?: string;
  /** The repository checkout; report paths are relative to it. */
  baseDir: string;
  /**
   * The migrations this change adds (files relative to baseDir), with the ones it edits or
   * removes (already on the base branch: findings), or simply the last N.
   */
  newMigrations:
    | { files: string[]; edited?: string[]; removed?: string[] }
    | { last: number }
    /** A pull request: what it adds, edits and removes since this base commit (git diff). */
    | { pullRequestBase: string };
  /** Lint every migration, not only the new ones. */
  lintAll: boolean;
  /** PostgreSQL major to lint for; default: the scratch server's (newest known without one). */
  pgVersion: number | undefined;
  /**
   * How production will get the migrations: `in-place`, or `blue-green` (on a replicated copy;
   * adds the blue-green rules, and a table one new migration creates is new for the next).
   */
  strategy: DeployStrategy;
  failOn: FailOn;
  /** Run after the baseline, before the new migrations (with DATABASE_URL set). */
  seedCommand?: string;
  /** SQL file loaded after the baseline. */
  seedFile?: string;
  /** Run after each new migration's up (with DATABASE_URL set); a non-zero exit fails. */
  testCommand?: string;
  /**
   * Run once after every new migration is applied (with DATABASE_URL set), e.g. the whole test
   * suite; not run when a migration failed. A non-zero exit fails, as test-command's does.
   */
  finalTestCommand?: string;
  required: { tables: string[]; indexes: string[]; foreignKeys: string[] };
  /** Committed schema snapshot to compare the final schema with. */
  schemaFile?: string;
  /** Where the final schema snapshot is written. */
  snapshotPath: string;
  /**
   * Read-only database (e.g. a production replica) whose catalog statistics grade the risk, whose
   * pg_stat_user_indexes shows the indexes a migration drops in use, and whose pg_stat_statements
   * gives queries-from-stats.
   */
  statsDatabaseUrl?: string;
  /** Query plans on a production-sized copy; undefined: only the index checks. */
  plans?: PlanOptions;
  /** Undefined: the format's configuration or default. */
  migrationsTable?: string;
  /** Undefined: the format's configuration or default. */
  schema?: string;
  /** The tool configuration's environment (knex-environment); undefined: the tool's default. */
  environment?: string;
  connectTimeoutMs: number;
}
