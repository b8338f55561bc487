import { relative } from 'node:path';
import type { Logger } from '../../logger.js';
import { detectFormat, type FormatChoice } from '../detect.js';
import { createFormat } from '../formats/index.js';
import { checkBookkeepingName } from '../names.js';
import type { FormatConfig, Ledger, Migration, MigrationFormat } from './types.js';

/** Where to find the migrations; empty fields mean "the format's own configuration or default". */
export interface MigrationSetOptions {
  /** `auto` (default) or a format's name. */
  format?: FormatChoice;
  /** Absolute migrations directory, or undefined for the format's default. */
  migrationsDir?: string;
  /** The repository checkout; relative paths and report paths are relative to it. Default: cwd. */
  baseDir?: string;
  /** The tool's ledger table, or undefined for the format's default. */
  migrationsTable?: string;
  /** The ledger's schema, or undefined for the format's default. */
  schema?: string;
  /** The database URL (a secret), for detection by ledger and tools' URL settings; none for lint. */
  databaseUrl?: string;
  /** Values for the tool's placeholders (Flyway's `${name}`). */
  placeholders?: Readonly<Record<string, string>>;
}

/** A migrations directory read through its format. */
export interface MigrationSet {
  format: MigrationFormat;
  /** Why this format (chosen, detected, default). */
  formatReason: string;
  config: FormatConfig;
  ledger: Ledger;
  /** In the order the tool applies them. */
  migrations: Migration[];
  baseDir: string;
  /** The migrations directory as reports show it (relative to the checkout). */
  displayDir: string;
}

/** A fresh instance of the format a request names or shows (see detect.ts). */
export async function chooseFormat(
  choice: FormatChoice,
  request: { baseDir: string; migrationsDir?: string },
): Promise<MigrationFormat> {
  return createFormat((await detectFormat(choice, request)).name);
}

/** Picks the format, resolves its configuration and lists the migrations (no code runs). */
export async function openMigrationSet(
  options: MigrationSetOptions,
  logger?: Logger,
): Promise<MigrationSet> {
  const baseDir = options.baseDir ?? process.cwd();
  const request = {
    baseDir,
    migrationsDir: options.migrationsDir || undefined,
    migrationsTable: options.migrationsTable || undefined,
    schema: options.schema || undefined,
    databaseUrl: options.databaseUrl || undefined,
    placeholders: options.placeholders,
  };
  const detected = await detectFormat(options.format ?? 'auto', request);
  // Detection found the migrations where the tool keeps them by default.
  request.migrationsDir ??= detected.migrationsDir;
  const format = createFormat(detected.name);
  const config = await format.configure(request);
  // Identifiers no quoting makes usable are refused before anything connects.
  checkBookkeepingName('schema', config.ledger.schema);
  checkBookkeepingName('migrations-table', config.ledger.table);
  const migrations = await format.list(config, baseDir);
  logger?.debug(`migration format: ${detected.name} (${detected.reason})`);
  return {
    format,
    formatReason: detected.reason,
    config,
    ledger: format.ledger(config, migrations),
    migrations,
    baseDir,
    displayDir: relative(baseDir, config.migrationsDir) || '.',
  };
}
