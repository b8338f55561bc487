/**
 * Index builds outside a transaction (CREATE INDEX CONCURRENTLY, REINDEX CONCURRENTLY), run so
 * that no INVALID index is ever recorded as applied: earlier leftovers dropped and built again,
 * what a failed build left named.
 */
import { type DbClient, isLockTimeout } from '../../db/index.js';
import { DbDeployError } from '../../errors.js';
import { withLockRetries } from './retry.js';
import type { IndexBuild } from './statements.js';
import { INDEX_VALIDITY, INVALID_INDEXES, TABLE_OID, dropInvalidIndex } from './queries.js';
import type { StatementContext } from './statement-context.js';

/** What a failed index build left INVALID. */
export interface IndexBuildLeftover {
  /** `CREATE INDEX CONCURRENTLY` or `REINDEX CONCURRENTLY`. */
  kind: string;
  /** The INVALID indexes it left, schema-qualified; undefined when the database could not be asked. */
  indexes: string[] | undefined;
  /** The next run drops the INVALID index and builds it again (a CREATE INDEX CONCURRENTLY that names it). */
  rebuiltOnRerun: boolean;
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

/** An INVALID index, as INVALID_INDEXES reads it. */
interface InvalidIndex {
  oid: string;
  name: string;
  table_oid: string;
}

/** Every INVALID index of the database. */
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
