import type { Logger } from '../../logger.js';
import type { DbClient } from '../../db/connect.js';
import { DbDeployError } from '../../errors.js';
import { isLockTimeout } from '../../db/pg-error.js';
import { loadParser, parseSql } from '../../sql/parse.js';
import { withLockRetries, type RetrySettings } from './retry.js';
import { indexBuild, type IndexBuild, type StatementGroup } from './statements.js';
import { INDEX_VALIDITY, INVALID_INDEXES, TABLE_OID, dropInvalidIndex } from './queries.js';

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

/** What a failed index build left INVALID. */
export interface IndexBuildLeftover {
  /** `CREATE INDEX CONCURRENTLY` or `REINDEX CONCURRENTLY`. */
  kind: string;
  /** The INVALID indexes it left, schema-qualified; undefined when the database could not be asked. */
  indexes: string[] | undefined;
  /** The next run drops the INVALID index and builds it again (a CREATE INDEX CONCURRENTLY that names it). */
  rebuiltOnRerun: boolean;
}

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

/** An index build that failed, or finished with its index INVALID, and what it left. */
export class IndexBuildFailure extends Error {
  constructor(
    override readonly cause: unknown,
    readonly leftover: IndexBuildLeftover,
  ) {
    super((cause as Error)?.message ?? String(cause));
    this.name = 'IndexBuildFailure';
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

interface InvalidIndex {
  oid: string;
  name: string;
  table_oid: string;
}

async function invalidIndexes(client: DbClient): Promise<InvalidIndex[]> {
  return (await client.query<InvalidIndex>(INVALID_INDEXES)).rows;
}

/** INVALID indexes that were not there before. */
async function newInvalidIndexes(
  client: DbClient,
  before: readonly InvalidIndex[],
): Promise<InvalidIndex[]> {
  const known = new Set(before.map((i) => i.oid));
  return (await invalidIndexes(client)).filter((i) => !known.has(i.oid));
}

/**
 * Runs one statement that builds an index outside a transaction (CREATE INDEX CONCURRENTLY,
 * REINDEX CONCURRENTLY) so that no INVALID index is ever recorded as applied. PostgreSQL keeps
 * the INVALID index of a build that failed or whose backend died (see "Building Indexes
 * Concurrently" in the CREATE INDEX documentation), and `IF NOT EXISTS` then skips over it.
 * - Before: an INVALID index under the name the statement builds is the leftover of an earlier
 *   attempt of this unrecorded migration: it is dropped (DROP INDEX CONCURRENTLY) and built
 *   again; one that another backend is building right now is refused.
 * - After a lock timeout: what the attempt left INVALID on its table is dropped before the retry.
 * - After any other failure: the INVALID indexes it left are named (looked up on a fresh
 *   connection when the migration's own is gone).
 * - After success: an index it left INVALID fails the migration, so it is not recorded.
 */
export async function buildIndex(
  client: DbClient,
  text: string,
  build: IndexBuild,
  context: StatementContext,
): Promise<void> {
  const { settings, logger, label } = context;
  if (build.index) await dropEarlierLeftover(client, { ...build, index: build.index }, context);
  const before = await invalidIndexes(client);
  const tableOid = build.table
    ? (await client.query<{ oid: string | null }>(TABLE_OID, [build.table])).rows[0]?.oid
    : undefined;
  const leftover = (indexes: string[] | undefined): IndexBuildLeftover => ({
    kind: build.kind,
    indexes,
    rebuiltOnRerun: build.index !== undefined,
  });
  let toDrop: InvalidIndex[] = [];
  try {
    await withLockRetries(
      settings,
      logger,
      {
        label: () => label,
        recover: async (error) => {
          if (!isLockTimeout(error) || !tableOid) return true;
          // This attempt made them moments ago on this table: ours to drop before the next one.
          toDrop = await newInvalidIndexes(client, before).then(
            (found) => found.filter((i) => i.table_oid === tableOid),
            () => [],
          );
          return true;
        },
        onRetry: context.onRetry,
      },
      async () => {
        for (const index of [...toDrop]) {
          logger.info(
            `${label}: dropping INVALID index ${index.name} left by the failed ${build.kind}`,
          );
          await client.query(dropInvalidIndex(index.name));
          toDrop = toDrop.filter((i) => i !== index);
        }
        await client.query(text);
      },
    );
  } catch (error) {
    const left = await context
      .inspect((c) => newInvalidIndexes(c, before))
      .then(
        (found) => found.map((i) => i.name),
        () => undefined,
      );
    throw new IndexBuildFailure(error, leftover(left));
  }
  const left = await newInvalidIndexes(client, before);
  if (left.length > 0) {
    const names = left.map((i) => i.name);
    throw new IndexBuildFailure(
      new Error(`${build.kind} finished but left ${names.join(', ')} INVALID`),
      leftover(names),
    );
  }
}

/** Drops the INVALID index an earlier, failed attempt of this statement left under its name. */
async function dropEarlierLeftover(
  client: DbClient,
  { kind, index }: IndexBuild & { index: string },
  context: StatementContext,
): Promise<void> {
  const { rows } = await client.query<{
    name: string;
    valid: boolean;
    building_pid: number | null;
  }>(INDEX_VALIDITY, [index]);
  const found = rows[0];
  if (!found || found.valid) return;
  if (found.building_pid !== null) {
    throw new DbDeployError(
      'index-being-built',
      `${context.label}: the INVALID index ${found.name} it builds is being built right now by pid ${found.building_pid}`,
      {
        hint: `wait for that build to finish, or end it (SELECT pg_cancel_backend(${found.building_pid})), then run again`,
      },
    );
  }
  context.logger.info(
    `${context.label}: dropping INVALID index ${found.name} left by an earlier failed attempt, to build it again`,
  );
  await withLockRetries(
    context.settings,
    context.logger,
    {
      label: () => `${context.label} (dropping INVALID index ${found.name})`,
      onRetry: context.onRetry,
    },
    () => client.query(dropInvalidIndex(found.name)),
  ).catch((error: unknown) => {
    throw new IndexBuildFailure(error, { kind, indexes: [found.name], rebuiltOnRerun: true });
  });
}

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
