/**
 * The fleet concern's public surface: target lists, canary and waves, the fleet rollout and its
 * verdict.
 */
export { FLEET_DEFAULTS, ON_FAILURE } from './options.js';
export type { FleetOptions, FleetResult, TargetReport, TargetStatus } from './options.js';
export { rollout } from './rollout.js';
export { TARGET_GROUPS } from './select.js';
export { parseTargets, secretsOfList } from './targets.js';
export { fleetFailure, fleetOutputs } from './verdict.js';
export { parseVerifyChecks } from './verify.js';
