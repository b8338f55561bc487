/**
 * What the statement-by-statement runners share: how a statement is retried and logged, and how a
 * failure can still read the catalog.
 */
import type { Logger } from '../../logger.js';
import type { DbClient } from '../../db/index.js';
import type { RetrySettings } from './retry.js';

/**
 * Runs a catalog read on a live connection: the migration's own, or a fresh one when that is
 * gone (a killed backend, a lost connection), so that a failure can still say what it left.
 */
export type Inspect = <T>(read: (client: DbClient) => Promise<T>) => Promise<T>;

/** How statements outside a transaction run: lock retries, logging, and a way to look after a failure. */
export interface StatementContext {
  settings: RetrySettings;
  logger: Logger;
  /** The migration and direction, for log lines. */
  label: string;
  inspect: Inspect;
  onRetry: () => void;
}
