/**
 * The switch concern's public surface: blue-green prepare, flip, end, rollback and status, with
 * the PgBouncer route and the journal they share.
 */
export { pgBouncerRoute } from './guardrails.js';
export { CLONE_METHODS, SWITCH_COMMANDS, SWITCH_DEFAULTS } from './options.js';
export type { SwitchCommand, SwitchOptions } from './options.js';
export { runSwitch } from './run.js';
export type { SwitchResult } from './types.js';
