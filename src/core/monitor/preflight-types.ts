/** What the pre-flight checks report (their options and defaults: options.ts). */

/** `info` checks report a figure without a limit; `skipped` ones did not run (no connection). */
export type PreflightStatus = 'pass' | 'fail' | 'info' | 'skipped';

export interface PreflightCheck {
  /** Kebab-case, stable: `connection`, `server-version`, `active-connections`, … */
  id: string;
  label: string;
  /** The measured value for people, e.g. `42`, `57 of 200 (28.5%)`, `2m 05s`. */
  value: string;
  /** The limit for people, when the check has one. */
  limit?: string;
  status: PreflightStatus;
  /** Which sessions, waiters or indexes; or why the check could not measure. No query text. */
  detail?: string;
  /** What to do, on a failed check. */
  hint?: string;
}

/** Every figure, named as the action's outputs; null when its check did not measure it. */
export interface PreflightFigures {
  'server-version': string | null;
  'server-version-num': number | null;
  'database-size-bytes': number | null;
  'active-connections': number | null;
  'total-connections': number | null;
  'max-connections': number | null;
  'oldest-transaction-seconds': number | null;
  'lock-waiters': number | null;
  'replication-lag-seconds': number | null;
  'replication-lag-bytes': number | null;
  replicas: number | null;
  'invalid-indexes': number | null;
}

export interface PreflightResult {
  passed: boolean;
  /** `host:port/database`, never the URL. */
  database: string;
  durationMs: number;
  checks: PreflightCheck[];
  figures: PreflightFigures;
}

/** Every figure unmeasured: the start of each run. */
export const NO_FIGURES: PreflightFigures = {
  'server-version': null,
  'server-version-num': null,
  'database-size-bytes': null,
  'active-connections': null,
  'total-connections': null,
  'max-connections': null,
  'oldest-transaction-seconds': null,
  'lock-waiters': null,
  'replication-lag-seconds': null,
  'replication-lag-bytes': null,
  replicas: null,
  'invalid-indexes': null,
};
