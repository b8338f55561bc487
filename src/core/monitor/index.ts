/**
 * The monitor concern's public surface: the pre-flight checks and the watch loop (HTTP and
 * database probes, verdict, rollback hook).
 */
export { cancelSignal } from './cancel.js';
export { DATABASE_WATCH_DEFAULTS } from './db-probe.js';
export { parseCount, parseRatio } from './limits.js';
export { PREFLIGHT_DEFAULTS, preflightLimits } from './preflight-types.js';
export type {
  PreflightCheck,
  PreflightOptions,
  PreflightResult,
  PreflightStatus,
} from './preflight-types.js';
export { assertPreflightPassed, preflightFailure, preflightOutputs } from './preflight-verdict.js';
export { preflight, PREFLIGHT_CHECK_IDS } from './preflight.js';
export { setUpWatch, WATCH_DEFAULTS } from './setup.js';
export type { WatchSettings } from './setup.js';
export { endpointSecrets } from './url-secrets.js';
export { watchFailure } from './verdict.js';
export { watch } from './watch.js';
export type { CheckReport, Sample, WatchResult } from './watch.js';
