/**
 * The migrations concern's public surface: the format-neutral engine (ADR 0013) and what its
 * callers need. Formats live under formats/, one folder per tool.
 */
export { migrate } from './engine/run.js';
export { migrationStatus, type MigrationStatus, type StatusOptions } from './engine/status.js';
export {
  chooseFormat,
  openMigrationSet,
  type MigrationSet,
  type MigrationSetOptions,
} from './engine/set.js';
export { renderMigration, type RenderedMigration } from './engine/dry-run.js';
export { nonTransactionalReason } from './engine/transaction.js';
export { FORMAT_CHOICES, type FormatChoice } from './detect.js';
export { parsePlaceholders } from './placeholders.js';
export type { MigrationCount } from './engine/plan.js';
export type { Direction, FormatName, Migration, MigrationFormat } from './engine/types.js';
export {
  MIGRATE_DEFAULTS,
  type AppliedMigration,
  type DryRunMigration,
  type MigrateHooks,
  type MigrateOptions,
  type MigrateResult,
} from './options.js';
