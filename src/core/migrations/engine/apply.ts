// Decision record: docs/adr/0002-one-transaction-per-migration.md (ADR 0002).
import { type DbClient, SET_SESSION_TIMEOUTS, pgErrorFields } from '../../db/index.js';
import { formatDuration } from '../../duration.js';
import type { Logger } from '../../logger.js';
import type { AppliedMigration, MigrateHooks } from '../options.js';
import { runStatementGroups, statementRetryingClient, type Inspect } from './execute.js';
import { migrationFailure, type FailureContext } from './failure.js';
import { noDownMigration } from './plan.js';
import { withLockRetries, type RetrySettings } from './retry.js';
import { sectionMode, stepGroups } from './statements.js';
import type {
  CodeOutcome,
  Direction,
  Ledger,
  LedgerFailure,
  LedgerRun,
  Migration,
  MigrationFormat,
  SentStatement,
} from './types.js';

/** What applying one migration needs: the connection, the format and ledger, the guarantees' settings. */
export interface ApplyContext {
  client: DbClient;
  format: MigrationFormat;
  ledger: Ledger;
  retry: RetrySettings;
  /** statement_timeout for the migration's statements, 0 for none. */
  statementTimeoutMs: number;
  hooks?: MigrateHooks;
  logger: Logger;
  /** Catalog reads after a failure, on a fresh connection when the migration's is gone. */
  inspect: Inspect;
  /** What every ledger row of this run carries (its batch). */
  run: Omit<LedgerRun, 'startedAt'>;
}

/**
 * Runs one migration in one direction under db-deploy's guarantees, format-neutral (ADR 0013):
 * - a migration that can run in a transaction does, with the ledger row written inside it, and
 *   the whole transaction is retried with backoff when a lock is not granted within lock_timeout;
 * - statements PostgreSQL refuses inside a transaction (or a migration whose tool says so) run
 *   one by one, each retried on its own, with INVALID indexes of failed concurrent builds dropped
 *   before a retry; the ledger row follows the last statement;
 * - code that builds SQL (node-pg-migrate's `pgm`) runs inside the migration's transaction, so
 *   the queries it runs itself belong to it; if it then opts out of the transaction, what it ran
 *   so far commits first (as under node-pg-migrate's own CLI) and the log says so.
 * Errors come back as one line naming the migration, the PostgreSQL error and what stayed applied.
 */
export async function applyMigration(
  ctx: ApplyContext,
  migration: Migration,
  direction: Direction,
): Promise<AppliedMigration> {
  const body = ctx.format.body(migration, direction);
  if (!body) throw noDownMigration(migration);
  const { logger } = ctx;
  const verb = direction === 'up' ? 'applying' : 'rolling back';
  const failure: FailureContext = {
    lockRetries: ctx.retry.lockRetries,
    lockTimeoutMs: ctx.retry.lockTimeoutMs,
    transactional: true,
    reasons: [],
  };
  let retries = 0;
  const onRetry = () => {
    retries += 1;
  };
  const label = `${migration.name} (${direction})`;
  const outside = (reasons: readonly string[]) => {
    failure.transactional = false;
    failure.reasons = reasons;
  };
  let sent: readonly SentStatement[] | undefined;
  const started = Date.now();
  const run: LedgerRun = { ...ctx.run, startedAt: new Date(started) };
  try {
    if (body.kind === 'sql') {
      failure.section = body.section;
      const mode = await sectionMode(body.section, body.transaction === 'none');
      if (mode.kind === 'transaction') {
        logger.info(`${verb} ${migration.name}`);
        await inTransaction(ctx, { migration, direction, run }, onRetry, async (db) => {
          await db.query(body.section.sql);
          return 'record';
        });
      } else {
        outside(mode.reasons);
        logger.info(
          `${verb} ${migration.name} (outside a transaction: ${mode.reasons.join(', ')})`,
        );
        await setTimeouts(ctx);
        retries += await runStatementGroups(ctx.client, mode.groups, statementContext(ctx, label));
        await ctx.ledger.write(ctx.client, migration, direction, run);
      }
    } else if (body.transaction !== 'none') {
      logger.info(`${verb} ${migration.name}`);
      let outcome: CodeOutcome | undefined;
      await inTransaction(ctx, { migration, direction, run }, onRetry, async (db) => {
        outcome = await body.run(db);
        sent = outcome.sent;
        // Decided up front: code that runs its own queries cannot leave the transaction.
        if (!outcome.transactional && body.transaction === 'decided-by-code') return 'commit-only';
        for (const step of outcome.steps) await db.query(step);
        return 'record';
      });
      if (outcome && !outcome.transactional) {
        outside(outcome.reasons);
        logger.info(
          `${migration.name} runs outside a transaction (${outcome.reasons.join(', ')})${outcome.queried ? `: the ${outcome.queried} quer${outcome.queried === 1 ? 'y' : 'ies'} it ran while building its SQL committed first` : ''}`,
        );
        await runSteps(ctx, outcome, label);
        await ctx.ledger.write(ctx.client, migration, direction, run);
      }
    } else {
      const reason = body.reason ?? 'its configuration';
      logger.info(`${verb} ${migration.name} (outside a transaction: ${reason})`);
      outside([reason]);
      await setTimeouts(ctx);
      const db = statementRetryingClient(ctx.client, { ...statementContext(ctx, label), onRetry });
      const outcome = await body.run(db);
      sent = outcome.sent;
      if (outcome.steps.length) await runSteps(ctx, outcome, label);
      await ctx.ledger.write(ctx.client, migration, direction, run);
    }
  } catch (error) {
    const failed = migrationFailure(migration, direction, error, failure);
    await recordFailure(ctx, migration, direction, { ...run, ...pgFailure(error, failed) });
    throw failed;
  }
  const durationMs = Date.now() - started;
  logger.info(
    `${direction === 'up' ? 'applied' : 'rolled back'} ${migration.name} in ${formatDuration(durationMs)}${retries ? ` after ${retries} lock retr${retries === 1 ? 'y' : 'ies'}` : ''}`,
  );
  return {
    name: migration.name,
    file: migration.file,
    direction,
    durationMs,
    retries,
    transactional: failure.transactional,
    ...(sent ? { sent: [...sent] } : {}),
  };

  async function runSteps(context: ApplyContext, outcome: CodeOutcome, stepLabel: string) {
    const groups = await stepGroups(outcome.steps, outcome.reasons[0] ?? 'no-transaction');
    retries += await runStatementGroups(
      context.client,
      groups,
      statementContext(context, stepLabel),
    );
  }
}

/** How statements outside a transaction run for this migration. */
function statementContext(ctx: ApplyContext, label: string) {
  return { settings: ctx.retry, logger: ctx.logger, label, inspect: ctx.inspect };
}

/** lock_timeout and statement_timeout for the session, set outside any transaction so a rollback keeps them. */
async function setTimeouts(ctx: ApplyContext): Promise<void> {
  await ctx.client.query(SET_SESSION_TIMEOUTS, [
    `${ctx.retry.lockTimeoutMs}ms`,
    `${ctx.statementTimeoutMs}ms`,
  ]);
}

/**
 * One transaction, retried whole (from BEGIN, code included) when a lock is not granted.
 * `work` returns `record` to write the ledger row inside the transaction (then the beforeCommit
 * hook sees the migration's locks), or `commit-only` when the rest runs outside a transaction.
 */
async function inTransaction(
  ctx: ApplyContext,
  { migration, direction, run }: { migration: Migration; direction: Direction; run: LedgerRun },
  onRetry: () => void,
  work: (db: DbClient) => Promise<'record' | 'commit-only'>,
): Promise<void> {
  const { client } = ctx;
  await withLockRetries(
    ctx.retry,
    ctx.logger,
    {
      label: () => `${migration.name} (rolled back)`,
      recover: async () => {
        await client.query('ROLLBACK').catch(() => undefined);
        return true;
      },
      onRetry,
    },
    async () => {
      await setTimeouts(ctx);
      await client.query('BEGIN');
      const outcome = await work(client);
      if (outcome === 'record') {
        await ctx.ledger.write(client, migration, direction, run);
        await ctx.hooks?.beforeCommit?.(client, migration.name);
      }
      await client.query('COMMIT');
    },
  );
}

/** The PostgreSQL code and message of a failure, for a ledger row (its SQLSTATE when it has one). */
function pgFailure(error: unknown, failed: Error): { code?: string; message: string } {
  const inner = error instanceof Error && error.cause !== undefined ? error.cause : error;
  const pg = pgErrorFields(inner);
  return pg.code && /^[0-9A-Z]{5}$/.test(pg.code)
    ? { code: pg.code, message: pg.message }
    : { message: failed.message };
}

/**
 * Leaves the failed run in the tool's ledger, for tools that record one (Prisma): on a live
 * connection, after the migration's transaction was rolled back. A ledger that cannot be
 * written then is reported in the log; the migration's own error is what the run fails with.
 */
async function recordFailure(
  ctx: ApplyContext,
  migration: Migration,
  direction: Direction,
  failure: LedgerFailure,
): Promise<void> {
  const record = ctx.ledger.recordFailure;
  if (!record || direction !== 'up') return;
  await ctx
    .inspect((client) => record.call(ctx.ledger, client, migration, failure))
    .catch((error: unknown) =>
      ctx.logger.warn(
        `${migration.name} failed, and its failure could not be recorded in ${ctx.ledger.location.schema}.${ctx.ledger.location.table}: ${(error as Error).message}`,
      ),
    );
}
