/** The results of blue-green-switch and the state it keeps. Durations are milliseconds. */
import type { CloneMethod, SwitchCommand } from './options.js';

/**
 * The migration format blue-green applies to green. The switch keeps its ledger out of the
 * replication by the migrations-table and schema it is given, which are node-pg-migrate's; other
 * formats' ledgers (knex's two tables, golang-migrate's one row…) are not handled here yet, so
 * their layouts are refused up front as node-pg-migrate refuses them, before green exists.
 */
export const GREEN_FORMAT = 'node-pg-migrate';

export type Phase = 'prepared' | 'switched' | 'rolled-back' | 'aborted' | 'finished';

/** A command under way, or interrupted: the journal in the state row says which step it reached. */
export type InFlightPhase = 'preparing' | 'switching' | 'rolling-back' | 'aborting' | 'finishing';

/** What status reports about an interrupted command, and what running it again would do. */
export interface Interruption {
  command: SwitchCommand;
  /** The last step journaled (taken, or being taken when the process stopped). */
  step: string;
  /** finish: traffic may have reached the new side, so recovery completes it; undo: puts it back. */
  recovery: 'finish' | 'undo';
  /**
   * The session that last wrote its journal is still connected: the command may still be
   * running (or its process was lost without the server noticing yet).
   */
  running?: boolean;
}

export interface SwitchResult {
  command: SwitchCommand;
  /** The database traffic goes to after this command. */
  activeDatabase: string;
  /** The other one (kept for rollback), or '' when none. */
  standbyDatabase: string;
  phase: Phase | InFlightPhase | 'none';
  /** status: the command that stopped midway (killed, or failed where it could not be undone). */
  interrupted?: Interruption;
  /** How green was made (prepare and later commands). */
  cloneMethod?: CloneMethod;
  /** Longest time writes were paused (PAUSE to RESUME), switch and rollback only. */
  pauseMs?: number;
  /** WAL the replica has yet to apply, when a replication runs. */
  replicationLagBytes?: number;
  /** Migrations applied to green (prepare). */
  migrated?: string[];
  /** Sequences carried over (switch, rollback). */
  sequences?: number;
  /** Tables replicated. */
  tables?: number;
  durationMs: number;
  /** What happened, in order, for the summary. */
  steps: SwitchStep[];
}

/** One step of a command, as the summary lists it. */
export interface SwitchStep {
  /** When it was recorded (ISO 8601, UTC). */
  at: string;
  step: string;
  /** The step's own duration in ms, when it has one (the write pause). */
  ms?: number;
  /** Milliseconds since the command began. */
  sinceMs: number;
}
