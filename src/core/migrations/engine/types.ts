import type { DbClient } from '../../db/index.js';
import type { Logger } from '../../logger.js';
import type { Ledger, LedgerLocation } from './ledger-types.js';

export type {
  Ledger,
  LedgerEntry,
  LedgerFailure,
  LedgerLocation,
  LedgerLock,
  LedgerRun,
} from './ledger-types.js';

/**
 * The contract between the migration engine and a migration tool's format (ADR 0013). The engine
 * owns every guarantee (waiting runners, lock_timeout + retries, statements outside a
 * transaction, INVALID-index checks, checksums, dry run, status); a format only answers what its
 * tool's files and ledger look like.
 */

export type Direction = 'up' | 'down';

/** The migration tools db-deploy reads. */
export const FORMAT_NAMES = [
  'node-pg-migrate',
  'knex',
  'dbmate',
  'golang-migrate',
  'goose',
  'flyway',
  'prisma',
  'drizzle',
  'diesel',
] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export type MigrationKind = 'sql' | 'js' | 'ts';

/** A part of a file's text and where it starts, to map PostgreSQL error positions to lines. */
export interface SqlSection {
  sql: string;
  /** Character offset of `sql` in the file. */
  offset: number;
  /**
   * Where the section lives when it is not the migration's own file (a tool that keeps the down
   * in a file of its own): that file's path relative to the checkout, and its text.
   */
  source?: { file: string; content: string };
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
    /** The down's own setting, for tools that set it per direction (default: noTransaction). */
    downNoTransaction?: boolean;
  };
  /** Whether a down exists: `unknown` until a module is loaded. */
  down: 'yes' | 'no' | 'unknown';
  /** How to give it a down in its tool's layout, for the refusal of a rollback it cannot do. */
  addDown?: string;
  /**
   * Its tool gives it no down by design (Prisma, drizzle-kit, a Flyway migration without an undo
   * file): validate skips the down leg and reports it as forward-only, never as irreversible; a
   * rollback is refused.
   */
  forwardOnly?: boolean;
  /**
   * Re-applied whenever it changes (Flyway's `R__` migrations): its ledger counts it applied only
   * at its current content, it never runs out of order, and rollbacks pass over it.
   */
  repeatable?: boolean;
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
  /**
   * The database URL (a secret: never logged), for tools that take settings from it (dbmate's
   * and golang-migrate's `search_path`); undefined where no database is involved (lint).
   */
  databaseUrl?: string;
  /** Values for the tool's placeholders (Flyway's `${name}`), over the tool's own settings. */
  placeholders?: Readonly<Record<string, string>>;
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
  /**
   * The tool's ledger. `migrations` is the listed set: a ledger that records less than one row
   * per migration (a current version, a high-water mark) reads and writes through it.
   */
  ledger(config: FormatConfig, migrations: readonly Migration[]): Ledger;
}
