// Decision record: docs/adr/0003-lock-timeout-default.md (ADR 0003).
import type { BackoffPolicy } from './engine/retry.js';
import { DEFAULT_BACKOFF } from './engine/retry.js';
import type { Direction, FormatName, SentStatement } from './engine/types.js';
import type { MigrationCount } from './engine/plan.js';
import type { FormatChoice } from './detect.js';
import type { DbClient } from '../db/index.js';

/** Options of a migrate run. Durations are milliseconds; 0 means "no limit" where noted. */
export interface MigrateOptions {
  /** Connection URL (a secret). */
  databaseUrl: string;
  /** The migration tool's format: `auto` (default) detects it. */
  format?: FormatChoice;
  /** Absolute migrations directory; undefined: the format's configuration or default. */
  migrationsDir?: string;
  /** Reports name files relative to this (the repository checkout). Default: the process cwd. */
  baseDir?: string;
  direction: Direction;
  /** Undefined: all pending (up) or 1 (down); `batch`: the last batch (down, knex). */
  count?: MigrationCount;
  /** Print the SQL of what would run; change nothing, take no lock. */
  dryRun: boolean;
  /** lock_timeout for every migration statement (default 100ms). */
  lockTimeoutMs: number;
  /** Retries after a lock was not granted (default 20). */
  lockRetries: number;
  /** statement_timeout for migration statements, 0 for none (default 0). */
  statementTimeoutMs: number;
  /** How long to wait for another runner's migration lock (default 10m). */
  lockWaitTimeoutMs: number;
  /** How long to wait for a connection (default 10s). */
  connectTimeoutMs: number;
  /**
   * The tool's ledger table; undefined: the format's configuration or default (node-pg-migrate:
   * `pgmigrations`). db-deploy's checksums go to `<table>_checksums` beside it.
   */
  migrationsTable?: string;
  /**
   * Schema of the ledger (and, for node-pg-migrate, the migrations' search_path); undefined: the
   * format's configuration or default (`public`).
   */
  schema?: string;
  /**
   * Values for the migration tool's placeholders (Flyway's `${name}`), over the tool's own
   * settings (flyway.conf, FLYWAY_PLACEHOLDERS_*). Default: none.
   */
  placeholders?: Readonly<Record<string, string>>;
  /**
   * The migration tool's configuration environment; undefined: the tool's default (knex: the
   * knexfile's environment, else NODE_ENV, else `development`).
   */
  environment?: string;
  /** Run even when applied migrations were edited or removed, re-recording their checksums. */
  allowEdited: boolean;
  /** Backoff between lock retries. */
  backoff?: BackoffPolicy;
  /** Observation hooks (validate watches what each migration does on its own connection). */
  hooks?: MigrateHooks;
  /**
   * Set only by validate, for its own runs on the scratch database it claimed: a database
   * carrying validate's marker is otherwise refused. Never read from user input.
   */
  scratchClaimed?: boolean;
}

/** Called on the migration's own connection. */
export interface MigrateHooks {
  /** Once connected, before anything runs. */
  connected?(client: DbClient): Promise<void>;
  /** Inside a transactional migration, just before its COMMIT: its locks are still held. */
  beforeCommit?(client: DbClient, migration: string): Promise<void>;
}

/** Defaults of the engine; where migrations and the ledger live is each format's to say. */
export const MIGRATE_DEFAULTS = {
  format: 'auto' as FormatChoice,
  direction: 'up' as Direction,
  dryRun: false,
  lockTimeoutMs: 100,
  lockRetries: 20,
  statementTimeoutMs: 0,
  lockWaitTimeoutMs: 600_000,
  connectTimeoutMs: 10_000,
  allowEdited: false,
  backoff: DEFAULT_BACKOFF,
} as const;

/** One migration this run executed. */
export interface AppliedMigration {
  name: string;
  file: string;
  direction: Direction;
  durationMs: number;
  /** Lock-timeout retries it took. */
  retries: number;
  /** False when it ran statement by statement outside a transaction. */
  transactional: boolean;
  /** The statements its code sent itself (knex), with the lines that built them. */
  sent?: SentStatement[];
}

/** The SQL a dry run would execute for one migration. */
export interface DryRunMigration {
  name: string;
  file: string;
  direction: Direction;
  sql: string;
  transactional: boolean;
  /** Why it would run outside a transaction (e.g. CREATE INDEX CONCURRENTLY). */
  reasons: string[];
  /** Set when its SQL cannot be built without a database: why (the dry run then fails). */
  error?: string;
}

export interface MigrateResult {
  direction: Direction;
  dryRun: boolean;
  /** `host:port/database`. */
  target: string;
  /** The migration format used. */
  format: FormatName;
  /** The migrations directory used, relative to the checkout. */
  migrationsDir: string;
  /** The ledger used, `schema.table`. */
  migrationsTable: string;
  applied: AppliedMigration[];
  /** Pending after the run (for a dry run: what is pending now). */
  pending: string[];
  /** The newest migration recorded as applied after the run, if any. */
  lastMigration: string | undefined;
  /** What a dry run would execute. */
  planned: DryRunMigration[];
  /** Applied migrations whose checksum was recorded for the first time. */
  adopted: string[];
  /** Edited migrations accepted by allow-edited. */
  acceptedEdits: string[];
  lockWaitMs: number;
  durationMs: number;
  /** Set when the run failed part-way: what failed (the summary and outputs still report what ran). */
  error?: string;
}
