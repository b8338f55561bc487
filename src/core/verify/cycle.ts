// Decision record: docs/adr/0006-observe-migrations-on-a-scratch-database.md (ADR 0006).
import { type DbClient, BACKEND_PID } from '../db/index.js';
import { describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import type {
  Migration,
  MigrateHooks,
  MigrateOptions,
  MigrateResult,
  MigrationFormat,
  SentStatement,
} from '../migrations/index.js';
import { runCommand } from './command.js';
import { compareSchemas } from './compare.js';
import type { SchemaModel } from './snapshot.js';
import {
  locksOnExisting,
  readOwnLocks,
  readRelationFiles,
  rewrittenRelations,
  sampleLocks,
  type LockSample,
  type RelationFiles,
} from './observe.js';
import type { MigrationReport, ObservedLock, TestRun } from './types.js';
import { documentedLocks } from './documented-locks.js';

/** What the cycle needs from validate: its own connection and a way to run migrate. */
export interface CycleContext {
  /** validate's own connection (snapshots, lock sampling); never the migration's. */
  client: DbClient;
  /** The migrations' format (to build a migration's SQL for its documented locks). */
  format: MigrationFormat;
  /** Runs the migrate core against the scratch database with these overrides. */
  migrate: (
    overrides: Pick<MigrateOptions, 'direction' | 'count' | 'hooks'>,
  ) => Promise<MigrateResult>;
  /** The schema, read from the catalog (compared with `compareSchemas`). */
  snapshot: () => Promise<SchemaModel>;
  /** Bookkeeping tables whose locks are not the migration's doing (`public.pgmigrations`, …). */
  ignoreTables: ReadonlySet<string>;
  testCommand?: string;
  /** Working directory and environment of test-command (DATABASE_URL of the scratch database). */
  cwd: string;
  env: Record<string, string>;
  logger: Logger;
}

export type CycleResult = Pick<
  MigrationReport,
  | 'status'
  | 'durationMs'
  | 'locks'
  | 'rewrites'
  | 'reversible'
  | 'reversibleDetail'
  | 'forwardOnly'
  | 'movedColumns'
  | 'locksSampled'
  | 'test'
  | 'error'
> & {
  /** The statements the migration's code sent in its first up (code that runs its own queries). */
  sent?: readonly SentStatement[];
};

/**
 * up (observing the locks its own backend holds before commit and the relations it
 * rewrites) → test-command → down → compare the schema with the one before up → up again.
 */
export async function cycleMigration(file: Migration, ctx: CycleContext): Promise<CycleResult> {
  const result: CycleResult = {
    status: 'failed',
    durationMs: 0,
    locks: [],
    rewrites: [],
    reversible: undefined,
    locksSampled: false,
  };
  const before = await ctx.snapshot();
  const filesBefore = await readRelationFiles(ctx.client);
  const observed = await observedUp(ctx, filesBefore, file);
  if ('error' in observed) {
    result.error = `up failed: ${observed.error}`;
    return result;
  }
  Object.assign(result, observed);

  if (ctx.testCommand)
    result.test = await runTestCommand('test-command', ctx.testCommand, file.name, ctx);

  if (file.forwardOnly) {
    // Its tool gives it no down: nothing to reverse, so nothing is called irreversible.
    ctx.logger.info(`${file.name} is forward-only: no down to run`);
    result.forwardOnly = true;
    result.status = 'applied';
    return result;
  }

  try {
    await ctx.migrate({ direction: 'down', count: 1 });
  } catch (error) {
    result.reversible = false;
    result.reversibleDetail = `down failed: ${describeError(error)}`;
    result.status = 'applied';
    return result;
  }
  const { diff, moved } = compareSchemas(before, await ctx.snapshot(), {
    before: `schema before ${file.name} (up)`,
    after: `schema after ${file.name} (down)`,
  });
  result.reversible = diff === '';
  if (diff) result.reversibleDetail = diff;
  if (moved.length) result.movedColumns = moved;

  try {
    await ctx.migrate({ direction: 'up', count: 1 });
    result.status = 'applied';
  } catch (error) {
    result.error = `up after down failed (the down migration left something behind): ${describeError(error)}`;
  }
  return result;
}

/**
 * Runs test-command (after each new migration) or final-test-command (once, after all of them)
 * on the scratch database. Never throws for a failing command: the verdict judges its exit code.
 */
export async function runTestCommand(
  input: 'test-command' | 'final-test-command',
  command: string,
  after: string,
  ctx: Pick<CycleContext, 'cwd' | 'env' | 'logger'>,
): Promise<TestRun> {
  ctx.logger.info(`running ${input} after ${after}`);
  const run = await runCommand(command, {
    cwd: ctx.cwd,
    env: ctx.env,
    onOutput: (t) => ctx.logger.debug(t.trimEnd()),
  });
  return { passed: run.exitCode === 0, ...run };
}

/** Applies the next migration while watching its connection. */
async function observedUp(
  ctx: CycleContext,
  filesBefore: RelationFiles,
  file: Migration,
): Promise<
  | Pick<CycleResult, 'durationMs' | 'locks' | 'rewrites' | 'locksSampled' | 'sent'>
  | { error: string }
> {
  let sampler: ReturnType<typeof sampleLocks> | undefined;
  let atCommit: { locks: LockSample; files: RelationFiles } | undefined;
  const hooks: MigrateHooks = {
    connected: async (client) => {
      const pid = (await client.query<{ pid: number }>(BACKEND_PID)).rows[0]?.pid;
      if (pid) sampler = sampleLocks(ctx.client, pid);
    },
    beforeCommit: async (client) => {
      atCommit = { locks: await readOwnLocks(client), files: await readRelationFiles(client) };
    },
  };
  let run: MigrateResult;
  try {
    run = await ctx.migrate({ direction: 'up', count: 1, hooks });
  } catch (error) {
    await sampler?.stop();
    return { error: describeError(error) };
  }
  const sampled = (await sampler?.stop()) ?? new Map();
  const filesAfter = atCommit?.files ?? (await readRelationFiles(ctx.client));
  return {
    durationMs: run.applied[0]?.durationMs ?? 0,
    locks: atCommit
      ? locksOnExisting(atCommit.locks, filesBefore, ctx.ignoreTables)
      : await withDocumented(
          locksOnExisting(sampled, filesBefore, ctx.ignoreTables),
          file,
          ctx.format,
          filesBefore,
        ),
    rewrites: rewrittenRelations(filesBefore, filesAfter),
    locksSampled: atCommit === undefined,
    ...(run.applied[0]?.sent ? { sent: run.applied[0].sent } : {}),
  };
}

/** Sampled locks plus the documented ones of its statements that sampling may have missed. */
async function withDocumented(
  sampled: ObservedLock[],
  file: Migration,
  format: MigrationFormat,
  before: RelationFiles,
): Promise<ObservedLock[]> {
  const existing = new Set([...before.values()].map((r) => r.name));
  const locks = [...sampled];
  for (const lock of await documentedLocks(file, format)) {
    if (existing.has(lock.relation) && !locks.some((l) => l.relation === lock.relation))
      locks.push(lock);
  }
  return locks;
}
