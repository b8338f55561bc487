/**
 * The switch concern's public surface: blue-green prepare, flip, end, rollback and status, with
 * the PgBouncer route and the journal they share.
 */
export { pgBouncerRoute } from './guardrails.js';
export { runSwitch } from './run.js';
export { CLONE_METHODS, SWITCH_COMMANDS, SWITCH_DEFAULTS } from './types.js';
export type { SwitchCommand, SwitchOptions, SwitchResult } from './types.js';
