import { readServerMajor } from '../backup/index.js';
import type { DbClient } from '../db/index.js';
import type { Logger } from '../logger.js';
import { canReturn, columnsOnlyOnGreen, replicatedTables, type UserTable } from './catalog.js';
import { logicalPrivilegeProblem } from './privileges.js';
import type { SwitchOptions } from './options.js';

/** What decides whether blue follows green after the switch. */
export interface ReturnPathInput {
  green: DbClient;
  /** A session in blue, where the return replication's subscription would be created. */
  blue: DbClient;
  greenMajor: number;
  /** Where green is, for a warning (host:port/database, never a URL). */
  greenDisplay: string;
  /** Blue's replicated tables. */
  tables: readonly UserTable[];
  /** Whether green was made by logical replication (its server decodes WAL then). */
  logical: boolean;
  options: SwitchOptions;
  logger: Logger;
}

/**
 * Whether the switch sets up the return replication green → blue that a lossless rollback
 * relies on. It does not, and says why in one warning line, when:
 * - green's server does not decode its WAL or a table lacks a replica identity (canReturn);
 * - green is PostgreSQL 14 or older and has columns blue lacks: a publication sends every column
 *   before 15 (column lists are 15+), and blue's apply worker stops at the first it has no
 *   column for;
 * - the role may not publish on green or subscribe on blue (a managed service's master user
 *   before PostgreSQL 16, or without REPLICATION): privileges.ts names what to grant.
 */
export async function returnReplicationPossible(input: ReturnPathInput): Promise<boolean> {
  const { green, greenMajor, tables, logger } = input;
  if (greenMajor < 15) {
    const added = columnsOnlyOnGreen(await replicatedTables(green, input.options), tables);
    if (added.length > 0) {
      logger.warn(
        `PostgreSQL ${greenMajor} replicates every column (column lists need 15+) and green has columns blue lacks (${added.slice(0, 3).join(', ')}${added.length > 3 ? ', …' : ''}): blue will not follow green, so a rollback would lose green's writes (accept-lost-writes)`,
      );
      return false;
    }
  }
  if (!input.logical && !(await canReturn(green, tables))) return false;
  // Green publishes, blue subscribes: a subscription's rules are those of blue's major.
  const denied = await logicalPrivilegeProblem(
    green,
    tables,
    await readServerMajor(input.blue),
    input.greenDisplay,
    input.blue,
  );
  if (denied) {
    logger.warn(`blue cannot follow green after the switch: ${denied.toLine()}`);
    return false;
  }
  return true;
}
