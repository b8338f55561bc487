import type { MigrateOptions } from '../migrations/index.js';
import type { PreflightOptions } from '../monitor/index.js';
import type { TargetSelection } from './select.js';
import type { FleetTarget } from './targets.js';

/** What happens after a target fails: start no other target (`halt`), or go on with the others. */
export type OnFailure = 'halt' | 'continue';
export const ON_FAILURE: readonly OnFailure[] = ['halt', 'continue'];

/** The health gate run on each target right after its migrations. */
export interface VerifySettings {
  /** Shell command run with DATABASE_URL and DB_DEPLOY_TARGET of the target; non-zero exit = failed. */
  command?: string;
  /** The command is killed after this long (0: no limit). Default 10 minutes. */
  timeoutMs: number;
  /** Ids of the monitor's preflight checks to judge the target by; empty: none. */
  checks: readonly string[];
  /** The preflight thresholds the checks are judged with (monitor's inputs, monitor's defaults). */
  limits: Omit<PreflightOptions, 'databaseUrl' | 'checks' | 'connectTimeoutMs'>;
}

/** Options of a rollout over many databases. */
export interface FleetOptions {
  /** The whole list, in rollout order. */
  targets: readonly FleetTarget[];
  selection: TargetSelection;
  /** How many targets migrate at once after the canary phase (default 1). */
  maxParallel: number;
  /** Default `halt`. A failing canary always halts: that is what a canary is for. */
  onFailure: OnFailure;
  verify: VerifySettings;
  /** The single-database options every target gets; direction must be `up`. */
  migrate: Omit<MigrateOptions, 'databaseUrl'>;
}

export const FLEET_DEFAULTS = {
  maxParallel: 1,
  onFailure: 'halt' as OnFailure,
  verifyTimeoutMs: 600_000,
} as const;

/** How a target ended: `pending` only in a dry run (it has migrations to run). */
export type TargetStatus = 'applied' | 'up-to-date' | 'pending' | 'failed' | 'skipped';

/** One migration a target applied. */
export interface TargetMigration {
  name: string;
  durationMs: number;
  /** Lock-timeout retries it took. */
  retries: number;
}

/** What the health gate found on a target. */
export interface TargetVerify {
  command?: { exitCode: number | null; durationMs: number; error?: string };
  checks?: { passed: boolean; failed: string[]; durationMs: number };
}

/** One entry of the fleet report. */
export interface TargetReport {
  name: string;
  /** `host:port/database`. */
  target: string;
  status: TargetStatus;
  /** Migrated in the canary phase. */
  canary: boolean;
  /** 0 for the canary phase, 1..max-parallel for the lanes after it; absent when it did not start. */
  lane?: number;
  /** ISO 8601 start and milliseconds from the rollout's start; absent when it did not start. */
  startedAt?: string;
  startOffsetMs?: number;
  durationMs?: number;
  migrations: TargetMigration[];
  /** What a dry run would apply. */
  planned: string[];
  /** Pending after the run (unknown for a skipped target or one that failed before reading its state). */
  pending?: string[];
  lastMigration?: string;
  verify?: TargetVerify;
  /** The one-line error of a failed target. */
  error?: string;
  /** Why a skipped target did not start. */
  skipped?: string;
}

export interface FleetResult {
  dryRun: boolean;
  group: TargetSelection['group'];
  shard?: { index: number; total: number };
  /** The canary count in effect for the whole list. */
  canary: number;
  maxParallel: number;
  onFailure: OnFailure;
  startedAt: string;
  durationMs: number;
  /** This job's targets, in rollout order (canary phase first). */
  targets: TargetReport[];
  counts: {
    targets: number;
    succeeded: number;
    failed: number;
    skipped: number;
    /** Migrations applied, summed over the targets. */
    applied: number;
  };
  /** The target that failed first (by the time it ended). */
  firstFailure?: string;
  /** No new target started because of a failure (halt, or a failing canary). */
  halted: boolean;
  /** The job was cancelled: no new target started after that. */
  cancelled: boolean;
}
