import type { DbClient } from '../../db/connect.js';
import type { Logger } from '../../logger.js';

/**
 * The contract between the migration engine and a migration tool's format (ADR 0013). The engine
 * owns every guarantee (waiting runners, lock_timeout + retries, statements outside a
 * transaction, INVALID-index checks, checksums, dry run, status); a format only answers what its
 * tool's files and ledger look like.
 */

export type Direction = 'up' | 'down';

/** The migration tools db-deploy reads. */
export const FORMAT_NAMES = ['node-pg-migrate', 'knex'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export type MigrationKind = 'sql' | 'js' | 'ts';

/** A part of a file's text and where it starts, to map PostgreSQL error positions to lines. */
export interface SqlSection {
  sql: string;
  /** Character offset of `sql` in the file. */
  offset: number;
}

/** One migration as its format lists it; no code has been executed. */
export interface Migration {
  /** The key the tool's ledger records (node-pg-migrate: the file name without its ending). */
  id: string;
  /** How reports name it (usually the id). */
  name: string;
  /** Absolute path of its file. */
  path: string;
  /** Path relative to the base directory (the repository checkout), for messages and reports. */
  file: string;
  kind: MigrationKind;
  /** The file's text (the part that runs, for tools that keep several migrations per file). */
  content: string;
  /** db-deploy's checksum of what runs (see checksum.ts). */
  checksum: string;
  /** For SQL migrations: the statically known sections, as the tool splits them. */
  sql?: {
    up: SqlSection;
    down: SqlSection | undefined;
    /** The file asks to run statement by statement outside a transaction. */
    noTransaction: boolean;
  };
  /** Whether a down exists: `unknown` until a module is loaded. */
  down: 'yes' | 'no' | 'unknown';
  /**
   * Earlier forms of `checksum` that count as the same text (a checksum recorded before the
   * metadata block was left out of it, see checksum.ts).
   */
  acceptedChecksums?: readonly string[];
  /** The migration's declared metadata block (`exports.config`), once its module is loaded. */
  declared?: DeclaredMetadata;
}

/**
 * A migration module's metadata block (`exports.config = { … }`, the e-commerce tutorial's
 * template): how it wants to run and what it says about itself. See metadata.ts.
 */
export interface DeclaredMetadata {
  /** `transaction: false` runs it outside a transaction (knex's own switch). */
  transaction?: boolean;
  /** Whether it drops or truncates data, as its author declares. */
  destructive?: boolean;
  /** How long it is expected to take, as written (`30s`), and in ms when it parses. */
  estimatedDuration?: { text: string; ms: number | undefined };
  /** Migrations it needs to have run before it, as written. */
  dependencies?: readonly string[];
  /** Keys db-deploy does not know (a typo, or another tool's). */
  unknownKeys: readonly string[];
  /** Values of the wrong type, one line each (`destructive must be true or false`). */
  problems: readonly string[];
  /** 1-based line of the block in the file. */
  line: number;
}

/** The connection a migration's code runs on: db-deploy's client, retrying or observed. */
export type MigrationDb = Pick<DbClient, 'query'>;

/** What a migration's code left to run, and whether it wants a transaction. */
export interface CodeOutcome {
  /** SQL the tool's builder collected and the engine still has to run, in order. */
  steps: readonly string[];
  /** False when the code opted out of the transaction (`pgm.noTransaction()`). */
  transactional: boolean;
  /** Why it runs outside a transaction, in the tool's words (`pgm.noTransaction()`). */
  reasons: readonly string[];
  /** How many queries the code itself ran on the database while building (`pgm.db`). */
  queried: number;
  /**
   * For code that runs its queries itself (knex): every statement it sent, in order, with the
   * line of the call that built it where known, so validate lints what actually ran.
   */
  sent?: readonly SentStatement[];
  /** What building the SQL without a database assumed (reads answered with no rows…). */
  assumptions?: readonly string[];
}

/** A statement a migration's code sent, and the line of the migration file that built it. */
export interface SentStatement {
  sql: string;
  /** 1-based line in the migration file, when the call site could be found. */
  line?: number;
}

/** How one direction of a migration runs. */
export type MigrationBody =
  | {
      kind: 'sql';
      section: SqlSection;
      /** `auto`: one transaction unless a statement cannot run in one; `none`: statement by statement. */
      transaction: 'auto' | 'none';
    }
  | {
      kind: 'code';
      /**
       * `decided-by-code`: the engine opens the transaction, runs the code inside it, and the code
       * may opt out (node-pg-migrate's `pgm.noTransaction()`); `transaction`: decided up front,
       * the code runs inside the engine's transaction and cannot leave it (knex, whose queries run
       * directly through its own API object); `none`: the tool runs it outside a transaction from
       * the start (its configuration said so).
       */
      transaction: 'decided-by-code' | 'transaction' | 'none';
      /** For `none`: why, in the tool's words (`exports.config.transaction = false`). */
      reason?: string;
      /** Runs the migration's code against `db`; queries it runs go through `db` only. */
      run(db: MigrationDb): Promise<CodeOutcome>;
    };

/** The SQL a migration's code builds, without a database. */
export type RenderedCode =
  | { ok: true; outcome: CodeOutcome }
  | {
      ok: false;
      /** Why the SQL cannot be known without a database (the migration queries it, it throws…). */
      reason: string;
    };

/** A row of the tool's ledger. */
export interface LedgerEntry {
  id: string;
  /** The run (batch) that applied it, for tools that number their runs (knex). */
  batch?: number;
}

/** What a run writes with every ledger row. */
export interface LedgerRun {
  /** This run's batch number: one more than the highest recorded (tools without batches ignore it). */
  batch: number;
}

/**
 * A tool's own lock, held while db-deploy applies so that the tool, started elsewhere at the
 * same time, stops as it stops for itself (knex's `knex_migrations_lock`). Taken under
 * db-deploy's advisory lock.
 */
export interface LedgerLock {
  /**
   * Takes the tool's lock, waiting at most `waitMs` for a run of the tool that holds it inside
   * a transaction; refuses, one line, when it is held and committed. False when there is
   * nothing to hold yet (the tool's tables do not exist: `ensure` creates them, then again).
   */
  acquire(client: DbClient, waitMs: number): Promise<boolean>;
  /** Frees it, on success and on failure alike. */
  release(client: DbClient): Promise<void>;
}

/** Where the tool keeps its ledger, and where db-deploy keeps its checksums beside it. */
export interface LedgerLocation {
  schema: string;
  table: string;
  /** db-deploy's checksum table, in the same schema. */
  checksums: string;
}

/** The tool's own ledger, read and written exactly as the tool does. */
export interface Ledger {
  readonly location: LedgerLocation;
  /** Whether the ledger table exists (reading never creates it). */
  exists(client: DbClient): Promise<boolean>;
  /** Creates the ledger (and its schema) as the tool would, if missing. Under the migration lock. */
  ensure(client: DbClient): Promise<void>;
  /** Applied migrations, in the order they ran. */
  read(client: DbClient): Promise<LedgerEntry[]>;
  /**
   * Records that a migration ran (up) or was undone (down), on the migration's own connection:
   * inside its transaction when it has one.
   */
  write(db: MigrationDb, migration: Migration, direction: Direction, run: LedgerRun): Promise<void>;
  /** Whether entries carry batch numbers (then `count: batch` undoes the last batch). */
  readonly batches?: boolean;
  /** The tool's own lock, held for the whole run. */
  readonly lock?: LedgerLock;
  /**
   * Settings the tool applies to the migration session before any migration runs (node-pg-migrate's
   * `SET search_path`), as SQL to execute once.
   */
  sessionSetup?: readonly string[];
  /**
   * The relations the ledger owns (`schema.name`), which are bookkeeping and not the schema under
   * migration: left out of schema snapshots and of a migration's observed locks.
   */
  readonly relations: { tables: readonly string[]; sequences: readonly string[] };
}

/** Where a format was asked to look, before its own configuration fills the gaps. */
export interface FormatRequest {
  /** Absolute path of the repository checkout; relative paths resolve against it. */
  baseDir: string;
  /** The migrations directory given by the user, absolute; undefined: the format's default. */
  migrationsDir?: string;
  /** The ledger table given by the user; undefined: the tool's configuration or default. */
  migrationsTable?: string;
  /** The ledger schema given by the user; undefined: the tool's configuration or default. */
  schema?: string;
  /** The tool configuration's environment (knex: the knexfile's); undefined: the tool's default. */
  environment?: string;
}

/** What a format resolved: where its migrations and ledger are, as actually used. */
export interface FormatConfig {
  format: FormatName;
  /** Absolute migrations directory (the first, when the tool reads several). */
  migrationsDir: string;
  /** Every migrations directory, absolute, when the tool reads several (knex). */
  migrationsDirs?: readonly string[];
  ledger: LedgerLocation;
  /** What the tool's configuration said, for the log (`knexfile.js, environment production`). */
  source?: string;
}

/** One migration tool's file layout and ledger. */
export interface MigrationFormat {
  readonly name: FormatName;
  /** Fills what the request leaves open from the tool's configuration and defaults. */
  configure(request: FormatRequest): Promise<FormatConfig>;
  /** The migrations, in the order the tool applies them. Refuses what it cannot place. */
  list(config: FormatConfig, baseDir: string): Promise<Migration[]>;
  /** Whether a file under the migrations directory is one of its migrations (for a pull request's changes). */
  isMigrationPath(path: string): boolean;
  /** Reads one migration file named on its own (a command line), as `list` would have read it. */
  readOne(path: string, baseDir: string): Promise<Migration>;
  /**
   * Makes the migrations ready to run (loads code, checks it), before anything is touched.
   * `needed` are the migrations that will run; `all` the whole set (a tool may share state
   * between files, like node-pg-migrate's shorthands).
   */
  prepare(needed: readonly Migration[], all: readonly Migration[], logger?: Logger): Promise<void>;
  /** How a direction of a prepared migration runs; undefined when it has none. */
  body(migration: Migration, direction: Direction): MigrationBody | undefined;
  /**
   * The SQL a `code` body would run, built without a database (prepare first): through a
   * recording API object whose queries are refused, never executed.
   */
  renderCode(migration: Migration, direction: Direction): Promise<RenderedCode>;
  ledger(config: FormatConfig): Ledger;
}
