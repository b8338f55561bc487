import type { Logger } from '../../logger.js';
import { DbDeployError } from '../../errors.js';
import { formatDuration } from '../../duration.js';
import {
  connect,
  disconnect,
  type DbClient,
  parseDatabaseUrl,
  type DatabaseTarget,
  refuseScratchDatabase,
  databaseStep,
  acquireAdvisoryLock,
  releaseAdvisoryLock,
  MIGRATION_LOCK_KEY,
} from '../../db/index.js';
import { MIGRATE_DEFAULTS, type MigrateOptions, type MigrateResult } from '../options.js';
import { applyMigration, type ApplyContext } from './apply.js';
import {
  ensureBookkeeping,
  forgetChecksum,
  readMigrationState,
  recordChecksum,
} from './checksums.js';
import { renderDryRun } from './dry-run.js';
import { noDownMigration, planMigrations, type MigrationPlan } from './plan.js';
import type { RetrySettings } from './retry.js';
import type { Inspect } from './execute.js';
import { openMigrationSet, reopenByLedger, type MigrationSet } from './set.js';
import type { Ledger, Migration } from './types.js';

/**
 * Applies pending migrations (or rolls back applied ones) of any format, one at a time, under
 * db-deploy's guarantees:
 * - runners take turns: the migration lock is awaited by polling, bounded by lockWaitTimeoutMs;
 * - edited or removed migrations are refused before anything runs (checksums), and every
 *   migration that will run is loaded and checked before anything is touched;
 * - each migration runs in its own transaction with its ledger row, retried whole when a lock
 *   is not granted within lock_timeout; statements that cannot run in a transaction run one by
 *   one, each retried on its own (see apply.ts);
 * - the tool's own ledger is written as the tool writes it, so the tool still agrees.
 * A dry run reads the database, prints the SQL, and writes nothing; SQL it cannot build without
 * running the migration fails the dry run.
 */
export async function migrate(options: MigrateOptions, logger: Logger): Promise<MigrateResult> {
  const started = Date.now();
  const target = parseDatabaseUrl(options.databaseUrl);
  let set = await openMigrationSet(options, logger);
  const result: MigrateResult = {
    direction: options.direction,
    dryRun: options.dryRun,
    target: target.display,
    format: set.format.name,
    migrationsDir: set.displayDir,
    migrationsTable: `${set.ledger.location.schema}.${set.ledger.location.table}`,
    applied: [],
    pending: [],
    lastMigration: undefined,
    planned: [],
    adopted: [],
    acceptedEdits: [],
    lockWaitMs: 0,
    durationMs: 0,
  };
  const client = await connect(target, { connectTimeoutMs: options.connectTimeoutMs });
  let locked = false;
  let toolLock: Ledger['lock'];
  try {
    if (!options.scratchClaimed) await refuseScratchDatabase(client, target.display);
    set = await reopenByLedger(set, options, client, logger);
    const { format, ledger, migrations } = set;
    const { schema, table } = ledger.location;
    Object.assign(result, {
      format: format.name,
      migrationsDir: set.displayDir,
      migrationsTable: `${schema}.${table}`,
    });
    await options.hooks?.connected?.(client);
    for (const statement of ledger.sessionSetup ?? []) await client.query(statement);
    const readPlan = async () => {
      const state = await readMigrationState(client, ledger);
      const { direction, count, allowEdited } = options;
      return {
        state,
        plan: planMigrations({ files: migrations, ...state, direction, count, allowEdited }),
      };
    };

    if (options.dryRun) {
      const { state, plan } = await readPlan();
      await prepare(set, plan, logger);
      result.planned = await renderDryRun(format, plan.toRun, options.direction);
      result.pending = plan.pending.map((f) => f.name);
      result.lastMigration = state.applied.at(-1);
      for (const p of result.planned)
        logger.info(
          `-- ${p.name} (${p.direction})${p.transactional ? '' : ` — outside a transaction: ${p.reasons.join(', ')}`}\n${p.sql}`,
        );
      if (result.planned.length === 0)
        logger.info('dry run: nothing to do, the database is up to date');
      const unbuilt = result.planned.filter((p) => p.error !== undefined);
      if (unbuilt.length > 0) {
        throw new DbDeployError(
          'dry-run-incomplete',
          `the SQL of ${unbuilt.map((p) => p.name).join(', ')} cannot be shown without running it: ${unbuilt[0]!.error}`,
          {
            where: unbuilt[0]!.file,
            hint: 'a dry run builds SQL without a database: keep data-dependent logic out of schema migrations, or check the migration with validate on a scratch database',
            partial: finish(result, started),
          },
        );
      }
      return finish(result, started);
    }

    result.lockWaitMs = await acquireAdvisoryLock(
      client,
      MIGRATION_LOCK_KEY,
      { waitTimeoutMs: options.lockWaitTimeoutMs, label: 'the migration lock' },
      logger,
    );
    locked = true;
    if (result.lockWaitMs > 1000)
      logger.info(`migration lock acquired after waiting ${formatDuration(result.lockWaitMs)}`);
    const where = `${schema}.${table} on ${target.display}`;
    // The tool's own lock (knex_migrations_lock), so that the tool run elsewhere stops as it does.
    const holdToolLock = async () => {
      if (!ledger.lock || toolLock) return;
      const waitMs = Math.max(0, options.lockWaitTimeoutMs - result.lockWaitMs);
      if (await ledger.lock.acquire(client, waitMs)) toolLock = ledger.lock;
    };
    await holdToolLock();
    const { state, plan } = await databaseStep('reading the migrations tables', where, readPlan);
    // Everything that will run is loaded and checked before anything is written.
    await prepare(set, plan, logger);
    await databaseStep('preparing the migrations tables', where, async () => {
      await ensureBookkeeping(client, ledger, state.exists);
      await holdToolLock();
      await reconcileChecksums(client, set, plan, logger, result);
    });
    // One batch per run, as the tool numbers its runs (knex: max(batch) + 1).
    const run: ApplyContext['run'] = { batch: Math.max(0, ...state.batches.values()) + 1 };

    if (plan.toRun.length === 0) logger.info('up to date: no migration to run');
    const applied = new Set(state.applied);
    const context: ApplyContext = {
      client,
      format,
      ledger,
      retry: retrySettings(options),
      statementTimeoutMs: options.statementTimeoutMs,
      hooks: options.hooks,
      logger,
      inspect: inspector(client, target, options.connectTimeoutMs),
      run,
    };
    try {
      for (const migration of plan.toRun) {
        result.applied.push(await applyMigration(context, migration, options.direction));
        if (options.direction === 'up') {
          applied.add(migration.id);
          await recordChecksum(client, ledger.location, migration);
        } else {
          applied.delete(migration.id);
          await forgetChecksum(client, ledger.location, migration.id);
        }
      }
    } catch (error) {
      if (error instanceof DbDeployError) {
        result.error = error.toLine();
        error.partial = finish(summariseState(result, migrations, applied), started);
      }
      throw error;
    }
    return finish(summariseState(result, migrations, applied), started);
  } finally {
    if (toolLock)
      await toolLock.release(client).catch((error: unknown) => {
        logger.warn(`could not release the migration tool's lock: ${(error as Error).message}`);
      });
    if (locked) await releaseAdvisoryLock(client, MIGRATION_LOCK_KEY, logger);
    await disconnect(client);
  }
}

/**
 * Catalog reads after a failure: on the migration's connection, or a fresh one when it is gone
 * (a killed backend, a lost connection), so a failure can still say what it left behind.
 */
function inspector(client: DbClient, target: DatabaseTarget, connectTimeoutMs: number): Inspect {
  return async (read) => {
    try {
      return await read(client);
    } catch {
      const fresh = await connect(target, { connectTimeoutMs });
      try {
        return await read(fresh);
      } finally {
        await disconnect(fresh);
      }
    }
  };
}

function retrySettings(options: MigrateOptions): RetrySettings {
  return {
    lockRetries: options.lockRetries,
    lockTimeoutMs: options.lockTimeoutMs,
    backoff: options.backoff ?? MIGRATE_DEFAULTS.backoff,
  };
}

/** Loads what will run and refuses a missing down before anything is touched. */
async function prepare(set: MigrationSet, plan: MigrationPlan, logger: Logger): Promise<void> {
  await set.format.prepare(plan.toRun, set.migrations, logger);
  for (const migration of plan.toRun) {
    if (!set.format.body(migration, plan.direction)) throw noDownMigration(migration);
  }
}

function summariseState(
  result: MigrateResult,
  migrations: readonly Migration[],
  applied: ReadonlySet<string>,
): MigrateResult {
  result.pending = migrations.filter((f) => !applied.has(f.id)).map((f) => f.name);
  result.lastMigration = migrations.filter((f) => applied.has(f.id)).at(-1)?.name;
  return result;
}

function finish(result: MigrateResult, started: number): MigrateResult {
  result.durationMs = Date.now() - started;
  return result;
}

/** Records checksums of migrations applied before db-deploy and forgets those of rolled-back ones. */
async function reconcileChecksums(
  client: DbClient,
  set: MigrationSet,
  plan: MigrationPlan,
  logger: Logger,
  result: MigrateResult,
): Promise<void> {
  const location = set.ledger.location;
  for (const migration of plan.unrecorded) {
    await recordChecksum(client, location, migration);
    result.adopted.push(migration.name);
  }
  if (plan.unrecorded.length > 0)
    logger.info(
      `recorded checksums of ${plan.unrecorded.length} migration(s) applied before db-deploy tracked them`,
    );
  for (const id of plan.stale) await forgetChecksum(client, location, id);
  for (const edit of plan.edited) {
    if (edit.reason === 'changed') {
      const migration = set.migrations.find((f) => f.id === edit.name);
      logger.warn(
        `allow-edited: accepting the edited migration ${edit.name}; its new checksum is recorded`,
      );
      if (migration) await recordChecksum(client, location, migration);
    } else {
      logger.warn(`allow-edited: the applied migration ${edit.name} has no file any more`);
    }
    result.acceptedEdits.push(edit.name);
  }
}
