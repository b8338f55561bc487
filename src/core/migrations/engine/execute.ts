import type { Logger } from '../../logger.js';
import type { DbClient } from '../../db/connect.js';
import { withLockRetries, type RetrySettings } from './retry.js';
import { createdIndexName, type StatementGroup } from './statements.js';
import { INDEX_VALIDITY, dropInvalidIndex } from './queries.js';

/** A failure inside a statement-by-statement section, with where it happened. */
export class StatementFailure extends Error {
  constructor(
    override readonly cause: unknown,
    /** Character offset of the failing statement in its section. */
    readonly statementOffset: number,
    /** 1-based index of the failing statement and how many there were. */
    readonly index: number,
    readonly total: number,
    /** How many statements had already been applied (and stay applied). */
    readonly appliedBefore: number,
    /** An INVALID index that could not be dropped, if any. */
    readonly invalidIndex?: string,
  ) {
    super((cause as Error)?.message ?? String(cause));
    this.name = 'StatementFailure';
  }
}

/**
 * Runs the groups of a statement-by-statement section on `client`. Each group is retried on
 * its own when a lock is not granted within lock_timeout; an INVALID index left behind by a
 * failed CREATE INDEX CONCURRENTLY is dropped before the retry (PostgreSQL keeps it, see the
 * "Building Indexes Concurrently" section of the CREATE INDEX documentation).
 * @returns the number of retries taken
 */
export async function runStatementGroups(
  client: DbClient,
  groups: readonly StatementGroup[],
  settings: RetrySettings,
  logger: Logger,
  label: string,
): Promise<number> {
  const total = groups.reduce((n, g) => n + g.statements.length, 0);
  let done = 0;
  let retries = 0;
  for (const group of groups) {
    const indexName = group.transactional ? undefined : createdIndexName(group.statements[0]!);
    const existedBefore = indexName ? await indexExists(client, indexName) : true;
    // An INVALID index left by a failed attempt; dropped (under the same lock_timeout) before the next one.
    let leftover: string | undefined;
    let current = 0;
    let cleaning = false;
    try {
      await withLockRetries(
        settings,
        logger,
        {
          label: () =>
            `${label} (${cleaning ? `dropping the INVALID index ${leftover}` : `statement ${done + current + 1} of ${total}`})`,
          recover: async () => {
            if (group.transactional) await client.query('ROLLBACK').catch(() => undefined);
            if (indexName && !existedBefore && !cleaning)
              leftover = await invalidIndex(client, indexName);
            return true;
          },
          onRetry: () => {
            retries += 1;
          },
        },
        async () => {
          current = 0;
          cleaning = false;
          if (leftover) {
            cleaning = true;
            logger.info(
              `${label}: dropping INVALID index ${leftover} left by the failed CREATE INDEX CONCURRENTLY`,
            );
            await client.query(dropInvalidIndex(leftover));
            leftover = undefined;
            cleaning = false;
          }
          if (group.transactional) await client.query('BEGIN');
          for (const [i, statement] of group.statements.entries()) {
            current = i;
            await client.query(statement.text);
          }
          if (group.transactional) await client.query('COMMIT');
        },
      );
    } catch (error) {
      const statement = group.statements[current]!;
      throw new StatementFailure(
        error,
        statement.start,
        done + current + 1,
        total,
        done + (group.transactional ? 0 : current),
        leftover,
      );
    }
    done += group.statements.length;
  }
  return retries;
}

async function indexExists(client: DbClient, name: string): Promise<boolean> {
  const { rows } = await client.query(INDEX_VALIDITY, [name]);
  return rows.length > 0;
}

/** The index's regclass text when it exists and is INVALID (left by a failed CREATE INDEX CONCURRENTLY). */
async function invalidIndex(client: DbClient, name: string): Promise<string | undefined> {
  const { rows } = await client.query<{ name: string; valid: boolean }>(INDEX_VALIDITY, [name]);
  const row = rows[0];
  return row && !row.valid ? row.name : undefined;
}

/**
 * A client for node-pg-migrate whose every statement is retried on its own when a lock is not
 * granted. Only for migrations that run outside a transaction (a JS/TS migration calling
 * `pgm.noTransaction()`): there each statement commits by itself, so repeating the one that
 * timed out is safe, where repeating the whole migration would repeat applied statements.
 */
export function statementRetryingClient(
  client: DbClient,
  settings: RetrySettings,
  logger: Logger,
  label: string,
  onRetry: () => void,
): DbClient {
  const query = (...args: unknown[]) =>
    withLockRetries(settings, logger, { label: () => label, onRetry }, () =>
      (client.query as (...a: unknown[]) => Promise<unknown>)(...args),
    );
  return { query } as unknown as DbClient;
}
