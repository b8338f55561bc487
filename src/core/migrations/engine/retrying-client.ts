/**
 * The client a migration's own code gets when it runs outside a transaction: each statement
 * retried on its own when a lock is not granted, index builds through buildIndex.
 */
import type { DbClient } from '../../db/index.js';
import { loadParser, parseSql } from '../../sql/index.js';
import { buildIndex } from './index-build.js';
import { withLockRetries } from './retry.js';
import { indexBuild, type IndexBuild } from './statements.js';
import type { StatementContext } from './statement-context.js';

/**
 * A client for a migration's code whose every statement is retried on its own when a lock is
 * not granted. Only for migrations that run outside a transaction (a JS/TS migration calling
 * `pgm.noTransaction()`, a knex migration with `transaction: false`): there each statement
 * commits by itself, so repeating the one that timed out is safe, where repeating the whole
 * migration would repeat applied statements. Index builds (CREATE INDEX CONCURRENTLY, REINDEX
 * CONCURRENTLY) go through buildIndex. Inside a transaction the code opens itself (`BEGIN` …
 * `COMMIT`, knex's `knex.transaction()`), a timed-out statement has aborted that transaction:
 * it is not repeated, the error goes back to the code, which rolls its transaction back.
 */
export function statementRetryingClient(client: DbClient, context: StatementContext): DbClient {
  let inOwnTransaction = false;
  const query = async (...args: unknown[]) => {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: unknown })?.text;
    const control = typeof text === 'string' ? transactionControl(text) : undefined;
    if (control) {
      inOwnTransaction = control === 'begin';
      return (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
    }
    if (inOwnTransaction) return (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
    const build = typeof args[0] === 'string' ? await indexBuildOf(args[0]) : undefined;
    if (build && args[1] === undefined) {
      await buildIndex(client, args[0] as string, build, context);
      return { rows: [], rowCount: null };
    }
    return withLockRetries(
      context.settings,
      context.logger,
      { label: () => context.label, onRetry: context.onRetry },
      () => (client.query as (...a: unknown[]) => Promise<unknown>)(...args),
    );
  };
  return { query } as unknown as DbClient;
}

/** Whether a statement opens or ends a transaction block (`BEGIN;`, `COMMIT`, `ROLLBACK`…). */
function transactionControl(sql: string): 'begin' | 'end' | undefined {
  const text = sql.trim().replace(/;$/, '').trim();
  if (/^(?:begin|start\s+transaction)\b/i.test(text)) return 'begin';
  if (
    /^(?:commit|end|rollback|abort)(?:\s+(?:work|transaction|and\s+(?:no\s+)?chain))*$/i.test(text)
  )
    return 'end';
  return undefined;
}

/** The index build a single SQL statement is, if any (the parser is asked only when CONCURRENTLY appears). */
async function indexBuildOf(sql: string): Promise<IndexBuild | undefined> {
  if (!/\bconcurrently\b/i.test(sql)) return undefined;
  await loadParser();
  const parsed = parseSql(sql);
  if (!parsed.ok || parsed.statements.length !== 1) return undefined;
  return indexBuild(parsed.statements[0]!);
}
