/**
 * Statement-by-statement sections: each group of statements run and retried on its own, a failure
 * reported with the statement it happened at. Index builds are in index-build.ts, the retrying
 * client for a migration's own code in retrying-client.ts.
 */
import type { DbClient } from '../../db/index.js';
import { DbDeployError } from '../../errors.js';
import { withLockRetries } from './retry.js';
import { indexBuild, type StatementGroup } from './statements.js';
import { buildIndex, IndexBuildFailure, type IndexBuildLeftover } from './index-build.js';
import type { StatementContext } from './statement-context.js';

export { buildIndex, IndexBuildFailure, type IndexBuildLeftover } from './index-build.js';
export { statementRetryingClient } from './retrying-client.js';
export type { Inspect, StatementContext } from './statement-context.js';

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
    /** For an index build: what it left INVALID. */
    readonly leftover?: IndexBuildLeftover,
  ) {
    super((cause as Error)?.message ?? String(cause));
    this.name = 'StatementFailure';
  }
}

/**
 * Runs the groups of a statement-by-statement section on `client`. Each group is retried on
 * its own when a lock is not granted within lock_timeout; index builds go through buildIndex.
 * @returns the number of retries taken
 */
export async function runStatementGroups(
  client: DbClient,
  groups: readonly StatementGroup[],
  context: Omit<StatementContext, 'onRetry'>,
): Promise<number> {
  const total = groups.reduce((n, g) => n + g.statements.length, 0);
  let done = 0;
  let retries = 0;
  const onRetry = () => {
    retries += 1;
  };
  for (const group of groups) {
    let current = 0;
    const build = group.transactional ? undefined : indexBuild(group.statements[0]!);
    try {
      if (build) {
        const label = `${context.label} (statement ${done + 1} of ${total})`;
        await buildIndex(client, group.statements[0]!.text, build, { ...context, label, onRetry });
      } else {
        await withLockRetries(
          context.settings,
          context.logger,
          {
            label: () => `${context.label} (statement ${done + current + 1} of ${total})`,
            recover: async () => {
              if (group.transactional) await client.query('ROLLBACK').catch(() => undefined);
              return true;
            },
            onRetry,
          },
          async () => {
            current = 0;
            if (group.transactional) await client.query('BEGIN');
            for (const [i, statement] of group.statements.entries()) {
              current = i;
              await client.query(statement.text);
            }
            if (group.transactional) await client.query('COMMIT');
          },
        );
      }
    } catch (error) {
      if (error instanceof DbDeployError) throw error;
      const statement = group.statements[current]!;
      const failure = error instanceof IndexBuildFailure ? error : undefined;
      throw new StatementFailure(
        failure ? failure.cause : error,
        statement.start,
        done + current + 1,
        total,
        done + (group.transactional ? 0 : current),
        failure?.leftover,
      );
    }
    done += group.statements.length;
  }
  return retries;
}
