/**
 * The migrations concern's public surface: the format-neutral engine (ADR 0013) and what its
 * callers need. Formats live under formats/, one folder per tool.
 */
export { FORMAT_CHOICES } from './detect.js';
export type { FormatChoice } from './detect.js';
export { moduleChecksum } from './engine/checksum.js';
export { readMigrationState } from './engine/checksums.js';
export { joinSteps, renderMigration } from './engine/dry-run.js';
export type { RenderedMigration } from './engine/dry-run.js';
export type { MigrationCount } from './engine/plan.js';
export { migrate } from './engine/run.js';
export { chooseFormat, openMigrationSet } from './engine/set.js';
export type { MigrationSet, MigrationSetOptions } from './engine/set.js';
export { migrationStatus } from './engine/status.js';
export type { MigrationStatus, StatusOptions } from './engine/status.js';
export { nonTransactionalReason } from './engine/transaction.js';
export type { Migration, MigrationFormat, SentStatement } from './engine/types.js';
export { NODE_PG_MIGRATE_DEFAULTS } from './formats/node-pg-migrate/index.js';
export { checkBookkeepingName } from './names.js';
export { MIGRATE_DEFAULTS } from './options.js';
export type {
  AppliedMigration,
  DryRunMigration,
  MigrateHooks,
  MigrateOptions,
  MigrateResult,
} from './options.js';
export { parsePlaceholders } from './placeholders.js';
