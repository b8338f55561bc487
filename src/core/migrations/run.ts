import { runner, type RunnerOption } from 'node-pg-migrate';
import type { Logger } from '../logger.js';
import { DbDeployError } from '../errors.js';
import { formatDuration } from '../duration.js';
import { connect, disconnect, type DbClient } from '../db/connect.js';
import { parseDatabaseUrl } from '../db/url.js';
import { refuseScratchDatabase } from '../db/scratch-marker.js';
import { databaseStep } from '../db/pg-error.js';
import {
  acquireAdvisoryLock,
  releaseAdvisoryLock,
  MIGRATION_LOCK_KEY,
} from '../db/advisory-lock.js';
import { SET_SESSION_TIMEOUTS } from '../db/queries.js';
import { readMigrationFiles, type MigrationFile } from './load.js';
import { prepareMigration, type ActionContext, type PreparedMigration } from './actions.js';
import { planMigrations, type Direction } from './plan.js';
import { IGNORE_PATTERN, MIGRATION_EXTENSIONS } from './files.js';
import { withLockRetries, type RetrySettings } from './retry.js';
import { migrationFailure } from './failure.js';
import { statementRetryingClient, type Inspect } from './execute.js';
import {
  MIGRATE_DEFAULTS,
  type AppliedMigration,
  type MigrateOptions,
  type MigrateResult,
} from './options.js';
import {
  ensureMigrationTables,
  forgetChecksum,
  migrationTables,
  readMigrationState,
  recordChecksum,
  type MigrationTables,
} from './state.js';
import { renderDryRun } from './dry-run.js';

/**
 * Applies pending migrations (or rolls back applied ones) with node-pg-migrate's runner, one
 * migration at a time, under db-deploy's guarantees:
 * - runners take turns: the migration lock is awaited by polling, bounded by lockWaitTimeoutMs;
 * - every statement runs under a short lock_timeout and is retried with backoff when a lock is
 *   not granted, so live traffic never queues behind a DDL lock for longer than lock_timeout;
 * - edited or removed migrations are refused before anything runs (checksums);
 * - each migration runs in its own transaction (node-pg-migrate `singleTransaction: false`),
 *   except `.sql` sections that PostgreSQL refuses inside one (CREATE INDEX CONCURRENTLY …).
 * A dry run reads the database, prints the SQL, and writes nothing.
 */
export async function migrate(options: MigrateOptions, logger: Logger): Promise<MigrateResult> {
  const started = Date.now();
  const target = parseDatabaseUrl(options.databaseUrl);
  const baseDir = options.baseDir ?? process.cwd();
  const files = await readMigrationFiles(options.migrationsDir, baseDir);
  const tables = migrationTables(options);
  const result: MigrateResult = {
    direction: options.direction,
    dryRun: options.dryRun,
    target: target.display,
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
  try {
    if (!options.scratchClaimed) await refuseScratchDatabase(client, target.display);
    await options.hooks?.connected?.(client);
    const retry: RetrySettings = {
      lockRetries: options.lockRetries,
      lockTimeoutMs: options.lockTimeoutMs,
      backoff: options.backoff ?? MIGRATE_DEFAULTS.backoff,
    };
    // Load (and syntax-check) every migration before touching anything.
    const inspect: Inspect = async (read) => {
      try {
        return await read(client);
      } catch {
        const fresh = await connect(target, { connectTimeoutMs: options.connectTimeoutMs });
        try {
          return await read(fresh);
        } finally {
          await disconnect(fresh);
        }
      }
    };
    const context: ActionContext = { client, retry, logger, inspect };
    const prepared = new Map<string, PreparedMigration>();
    for (const file of files) prepared.set(file.path, await prepareMigration(file, context, false));
    // Only the migrations that will run are examined for statements that need no transaction.
    const analyse = async (toRun: readonly MigrationFile[]) => {
      for (const file of toRun) {
        if (file.kind === 'sql') prepared.set(file.path, await prepareMigration(file, context));
      }
    };

    const readPlan = async (create: boolean) => {
      const state = await readMigrationState(client, tables, { create });
      const { direction, count, allowEdited } = options;
      return { state, plan: planMigrations({ files, ...state, direction, count, allowEdited }) };
    };

    if (options.dryRun) {
      const { state, plan } = await readPlan(false);
      await analyse(plan.toRun);
      result.planned = await renderDryRun(plan.toRun, prepared, options.direction);
      result.pending = plan.pending.map((f) => f.name);
      result.lastMigration = state.applied.at(-1);
      for (const p of result.planned)
        logger.info(
          `-- ${p.name} (${p.direction})${p.transactional ? '' : ` — outside a transaction: ${p.reasons.join(', ')}`}\n${p.sql}`,
        );
      if (result.planned.length === 0)
        logger.info('dry run: nothing to do, the database is up to date');
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
    const where = `${tables.schema}.${tables.migrations} on ${target.display}`;
    const { state, plan } = await databaseStep(
      'preparing the migrations tables',
      where,
      async () => {
        await ensureMigrationTables(client, tables);
        const read = await readPlan(true);
        await reconcileChecksums(client, tables, read.plan, files, logger, result);
        return read;
      },
    );

    if (plan.toRun.length === 0) logger.info('up to date: no migration to run');
    await analyse(plan.toRun);
    const applied = new Set(state.applied);
    try {
      for (const file of plan.toRun) {
        const migration = prepared.get(file.path)!;
        const run = await applyOne(context, migration, options, tables, prepared);
        result.applied.push(run);
        if (options.direction === 'up') applied.add(file.name);
        else applied.delete(file.name);
      }
    } catch (error) {
      if (error instanceof DbDeployError) {
        result.error = error.toLine();
        error.partial = finish(summariseState(result, files, applied), started);
      }
      throw error;
    }
    return finish(summariseState(result, files, applied), started);
  } finally {
    if (locked) await releaseAdvisoryLock(client, MIGRATION_LOCK_KEY, logger);
    await disconnect(client);
  }
}

function summariseState(
  result: MigrateResult,
  files: readonly MigrationFile[],
  applied: ReadonlySet<string>,
): MigrateResult {
  result.pending = files.filter((f) => !applied.has(f.name)).map((f) => f.name);
  result.lastMigration = files.filter((f) => applied.has(f.name)).at(-1)?.name;
  return result;
}

function finish(result: MigrateResult, started: number): MigrateResult {
  result.durationMs = Date.now() - started;
  return result;
}

/** Records checksums of migrations applied before db-deploy and forgets those of rolled-back ones. */
async function reconcileChecksums(
  client: DbClient,
  tables: MigrationTables,
  plan: ReturnType<typeof planMigrations>,
  files: readonly MigrationFile[],
  logger: Logger,
  result: MigrateResult,
): Promise<void> {
  for (const file of plan.unrecorded) {
    await recordChecksum(client, tables, file);
    result.adopted.push(file.name);
  }
  if (plan.unrecorded.length > 0)
    logger.info(
      `recorded checksums of ${plan.unrecorded.length} migration(s) applied before db-deploy tracked them`,
    );
  for (const name of plan.stale) await forgetChecksum(client, tables, name);
  for (const edit of plan.edited) {
    if (edit.reason === 'changed') {
      const file = files.find((f) => f.name === edit.name);
      logger.warn(
        `allow-edited: accepting the edited migration ${edit.name}; its new checksum is recorded`,
      );
      if (file) await recordChecksum(client, tables, file);
    } else {
      logger.warn(`allow-edited: the applied migration ${edit.name} has no file any more`);
    }
    result.acceptedEdits.push(edit.name);
  }
}

/** Runs one migration through node-pg-migrate's runner, retrying the whole transaction when a lock is not granted. */
async function applyOne(
  { client, retry, logger, inspect }: ActionContext,
  migration: PreparedMigration,
  options: MigrateOptions,
  tables: MigrationTables,
  prepared: ReadonlyMap<string, PreparedMigration>,
): Promise<AppliedMigration> {
  const { file } = migration;
  const direction: Direction = options.direction;
  const mode = migration.modes[direction];
  // A JS/TS migration may call pgm.noTransaction(); building its SQL without a database tells.
  // Such a migration is not retried as a whole: statements before the failure stay applied.
  const transactional =
    file.kind === 'sql'
      ? mode?.kind !== 'statements'
      : ((await renderDryRun([file], prepared, direction))[0]?.transactional ?? true);
  logger.info(
    `${direction === 'up' ? 'applying' : 'rolling back'} ${file.name}${transactional ? '' : ` (outside a transaction: ${mode?.kind === 'statements' ? mode.reasons.join(', ') : ''})`}`,
  );
  let retries = 0;
  const started = Date.now();
  migration.statementRetries = 0;
  // A JS/TS migration outside a transaction gets its statements retried one by one.
  const db =
    transactional || file.kind === 'sql'
      ? observedClient(client, options, file.name)
      : statementRetryingClient(client, {
          settings: retry,
          logger,
          label: file.name,
          inspect,
          onRetry: () => {
            migration.statementRetries += 1;
          },
        });
  const runnerLog = makeRunnerLogger(logger);
  try {
    await withLockRetries(
      retry,
      logger,
      {
        label: () => `${file.name} (rolled back)`,
        recover: async () => {
          // node-pg-migrate leaves a failed transaction open on an external client.
          await client.query('ROLLBACK').catch(() => undefined);
          return transactional;
        },
        onRetry: () => {
          retries += 1;
        },
      },
      async () => {
        await client.query(SET_SESSION_TIMEOUTS, [
          `${options.lockTimeoutMs}ms`,
          `${options.statementTimeoutMs}ms`,
        ]);
        const ran = await runner(
          runnerOptions(db, options, tables, prepared, direction, file.name, runnerLog),
        );
        if (ran.length !== 1 || ran[0]?.name !== file.name) {
          throw new Error(
            `node-pg-migrate ran ${ran.map((r) => r.name).join(', ') || 'nothing'} instead of ${file.name}`,
          );
        }
      },
    );
  } catch (error) {
    throw migrationFailure(migration, direction, error, {
      lockRetries: options.lockRetries,
      lockTimeoutMs: options.lockTimeoutMs,
      transactional,
    });
  }
  const durationMs = Date.now() - started;
  if (direction === 'up') await recordChecksum(client, tables, file);
  else await forgetChecksum(client, tables, file.name);
  const total = retries + migration.statementRetries;
  logger.info(
    `${direction === 'up' ? 'applied' : 'rolled back'} ${file.name} in ${formatDuration(durationMs)}${total ? ` after ${total} lock retr${total === 1 ? 'y' : 'ies'}` : ''}`,
  );
  return { name: file.name, file: file.file, direction, durationMs, retries: total, transactional };
}

/** The client node-pg-migrate runs on; with a beforeCommit hook, the hook runs before its COMMIT. */
function observedClient(client: DbClient, options: MigrateOptions, name: string): DbClient {
  const beforeCommit = options.hooks?.beforeCommit;
  if (!beforeCommit) return client;
  const query = async (...args: unknown[]) => {
    if (typeof args[0] === 'string' && /^\s*COMMIT\b/i.test(args[0]))
      await beforeCommit(client, name);
    return (client.query as (...a: unknown[]) => Promise<unknown>)(...args);
  };
  return { query } as unknown as DbClient;
}

/**
 * node-pg-migrate options, set explicitly (its library defaults differ from its CLI):
 * - `noLock: true`: db-deploy holds the lock itself, by polling (see advisory-lock.ts);
 * - `singleTransaction: false`: each migration commits on its own, so a lock retry repeats one
 *   migration and locks are never held across migrations;
 * - `checkOrder: false`: db-deploy checks order and edits itself, before anything runs, with
 *   clearer errors (node-pg-migrate's positional check cannot tell a removed file from a reorder);
 * - `file` + `count: 1`: run exactly the planned migration.
 */
function runnerOptions(
  client: DbClient,
  options: MigrateOptions,
  tables: MigrationTables,
  prepared: ReadonlyMap<string, PreparedMigration>,
  direction: Direction,
  name: string,
  logger: NonNullable<RunnerOption['logger']>,
): RunnerOption {
  const loader = async (paths: string[]) =>
    paths.flatMap((path) => {
      const unit = prepared.get(path);
      return unit ? [{ id: path, filePaths: [path], actions: unit.actions }] : [];
    });
  return {
    dbClient: client,
    dir: options.migrationsDir,
    ignorePattern: IGNORE_PATTERN,
    migrationsTable: tables.migrations,
    migrationsSchema: tables.schema,
    schema: tables.schema,
    direction,
    count: 1,
    file: name,
    noLock: true,
    singleTransaction: false,
    checkOrder: false,
    createSchema: false,
    decamelize: false,
    verbose: false,
    logger,
    migrationLoaderStrategies: [{ extensions: [...MIGRATION_EXTENSIONS], loader }],
  };
}

/** node-pg-migrate's chatter goes to debug; its "Error executing" report too (we report errors ourselves). */
function makeRunnerLogger(logger: Logger): NonNullable<RunnerOption['logger']> {
  return {
    debug: (m: string) => logger.debug(m),
    info: (m: string) => logger.debug(m),
    warn: (m: string) => logger.debug(m),
    error: (m: string) => logger.debug(String(m)),
  };
}
