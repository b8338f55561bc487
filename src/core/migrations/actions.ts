import type { MigrationBuilder } from 'node-pg-migrate';
import type { Logger } from '../logger.js';
import type { DbClient } from '../db/connect.js';
import type { MigrationBuilderActions, MigrationFile } from './load.js';
import { loadModuleActions } from './load.js';
import type { SqlSection } from './sql-file.js';
import { sectionMode, type SectionMode } from './statements.js';
import { runStatementGroups, type Inspect } from './execute.js';
import type { RetrySettings } from './retry.js';
import type { Direction } from './plan.js';

/** A migration ready for node-pg-migrate, with how each SQL section runs. */
export interface PreparedMigration {
  file: MigrationFile;
  actions: MigrationBuilderActions;
  /** How the up / down sections of a `.sql` migration run (undefined for JS/TS). */
  modes: Partial<Record<Direction, SectionMode>>;
  /** Retries taken inside statement-by-statement sections during this run. */
  statementRetries: number;
}

export interface ActionContext {
  client: DbClient;
  retry: RetrySettings;
  logger: Logger;
  /** Catalog reads after a failure, on a fresh connection when the migration's is gone. */
  inspect: Inspect;
}

/**
 * Turns a file into node-pg-migrate actions. `.sql` sections that must run outside a
 * transaction call `pgm.noTransaction()` and run their statements themselves, with retries.
 * With `analyse: false` a `.sql` file is not examined (it is not going to run): the parser is
 * only loaded for migrations that run, so an up-to-date database starts fast.
 */
export async function prepareMigration(
  file: MigrationFile,
  context: ActionContext,
  analyse = true,
): Promise<PreparedMigration> {
  if (file.kind !== 'sql' || !file.sql) {
    return { file, actions: await loadModuleActions(file), modes: {}, statementRetries: 0 };
  }
  const prepared: PreparedMigration = { file, actions: {}, modes: {}, statementRetries: 0 };
  const sql = file.sql;
  const build = async (direction: Direction, section: SqlSection | undefined) => {
    if (!section) return false as const;
    const mode: SectionMode = analyse
      ? await sectionMode(section, sql.forceNoTransaction)
      : { kind: 'transaction' };
    prepared.modes[direction] = mode;
    if (mode.kind === 'transaction') return (pgm: MigrationBuilder) => void pgm.sql(section.sql);
    return async (pgm: MigrationBuilder) => {
      pgm.noTransaction();
      prepared.statementRetries += await runStatementGroups(context.client, mode.groups, {
        settings: context.retry,
        logger: context.logger,
        label: `${file.name} (${direction})`,
        inspect: context.inspect,
      });
    };
  };
  prepared.actions = { up: await build('up', sql.up), down: await build('down', sql.down) };
  return prepared;
}
