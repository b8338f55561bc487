import type { DbClient } from '../../db/connect.js';

/**
 * The contract between the migration engine and a migration tool's format (ADR 0013). The engine
 * owns every guarantee (waiting runners, lock_timeout + retries, statements outside a
 * transaction, INVALID-index checks, checksums, dry run, status); a format only answers what its
 * tool's files and ledger look like.
 */

export type Direction = 'up' | 'down';

/** The migration tools db-deploy reads. */
export const FORMAT_NAMES = ['node-pg-migrate'] as const;
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
       * may opt out (node-pg-migrate's `pgm.noTransaction()`); `none`: the tool runs it outside a
       * transaction from the start (its configuration said so).
       */
      transaction: 'decided-by-code' | 'none';
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
  write(db: MigrationDb, migration: Migration, direction: Direction): Promise<void>;
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
}

/** What a format resolved: where its migrations and ledger are, as actually used. */
export interface FormatConfig {
  format: FormatName;
  /** Absolute migrations directory. */
  migrationsDir: string;
  ledger: LedgerLocation;
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
  prepare(needed: readonly Migration[], all: readonly Migration[]): Promise<void>;
  /** How a direction of a prepared migration runs; undefined when it has none. */
  body(migration: Migration, direction: Direction): MigrationBody | undefined;
  /**
   * The SQL a `code` body would run, built without a database (prepare first): through a
   * recording API object whose queries are refused, never executed.
   */
  renderCode(migration: Migration, direction: Direction): Promise<RenderedCode>;
  ledger(config: FormatConfig): Ledger;
}
