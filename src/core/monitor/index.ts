/**
 * The monitor concern's public surface: the pre-flight checks and the watch loop (HTTP and
 * database probes, verdict, rollback hook).
 */
export { cancelSignal } from './cancel.js';
export { parseCount, parseRatio } from './limits.js';
export {
  DATABASE_WATCH_DEFAULTS,
  PREFLIGHT_DEFAULTS,
  preflightLimits,
  WATCH_DEFAULTS,
} from './options.js';
export type { PreflightOptions, WatchSettings } from './options.js';
export type { PreflightCheck, PreflightResult, PreflightStatus } from './preflight-types.js';
export { assertPreflightPassed, preflightFailure, preflightOutputs } from './preflight-verdict.js';
export { preflight, PREFLIGHT_CHECK_IDS } from './preflight.js';
export { setUpWatch } from './setup.js';
export { endpointSecrets } from './url-secrets.js';
export { watchFailure } from './verdict.js';
export { watch } from './watch.js';
export type { CheckReport, Sample, WatchResult } from './watch.js';
