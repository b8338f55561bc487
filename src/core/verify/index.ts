/**
 * The verify concern's public surface: validate on a scratch database (schema snapshots and
 * diffs, observed locks and rewrites, reversibility).
 */
export type { ValidateOptions } from './options.js';
export type { MigrationReport, MigrationStatus, ValidateReport } from './types.js';
export { validate, validationFailed } from './validate.js';
