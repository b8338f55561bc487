import type { DbClient } from '../../db/index.js';
import type { Direction, Migration, MigrationDb } from './types.js';

// The ledger half of the format contract (ADR 0013): how a format reads and writes its tool's
// own ledger. Re-exported by types.ts.

/** A row of the tool's ledger. */
export interface LedgerEntry {
  id: string;
  /** The run (batch) that applied it, for tools that number their runs (knex). */
  batch?: number;
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

/** The run of one migration, as a ledger row may record it. */
export interface LedgerRun {
  /** This run's batch number: one more than the highest recorded (tools without batches ignore it). */
  batch: number;
  /** When the migration started (before its first statement, or its transaction's BEGIN). */
  startedAt: Date;
}

/** A failed run of one migration, as a ledger row may record it. */
export interface LedgerFailure extends LedgerRun {
  /** The PostgreSQL error code, when there is one. */
  code?: string;
  /** The error, one line. */
  message: string;
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
   * inside its transaction when it has one. `run` says when the migration started, for ledgers
   * that record its start or its duration.
   */
  write(db: MigrationDb, migration: Migration, direction: Direction, run: LedgerRun): Promise<void>;
  /**
   * Records that a migration failed, for tools whose ledger keeps a row for a failed run
   * (Prisma's `finished_at` NULL with the error in `logs`), after its transaction was rolled
   * back, on a live connection. Undefined: the tool records nothing for a failure.
   */
  recordFailure?(db: MigrationDb, migration: Migration, failure: LedgerFailure): Promise<void>;
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
