// Decision record: docs/adr/0001-poll-advisory-lock.md (ADR 0001).
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { formatDuration, sleep } from '../duration.js';
import type { DbClient } from './connect.js';
import { ADVISORY_LOCK_HOLDER, ADVISORY_UNLOCK, TRY_ADVISORY_LOCK } from './queries.js';

/**
 * node-pg-migrate's own lock key. Using it makes db-deploy and a plain `node-pg-migrate up`
 * exclude each other on the same database.
 */
export const MIGRATION_LOCK_KEY = '7241865325823964';

export interface AdvisoryLockOptions {
  /** Give up after waiting this long for another holder, in ms (0: try once). */
  waitTimeoutMs: number;
  /** First poll interval in ms; grows to `maxPollMs` (defaults 100 / 2000). */
  pollMs?: number;
  maxPollMs?: number;
  /** What the lock protects, for messages ("the migration lock"). */
  label?: string;
  /** What to do when the wait ends with the lock still held. */
  hint?: string;
}

/**
 * Takes a session-level advisory lock by polling `pg_try_advisory_lock`.
 *
 * Why polling: a session blocked inside `pg_advisory_lock()` is an open statement with a
 * snapshot, and `CREATE INDEX CONCURRENTLY` run by the lock holder waits for every such
 * snapshot to end — a deadlock that only a timeout breaks (the same defect was reported
 * against Flyway and golang-migrate). Between polls this session runs nothing.
 * @returns how long it waited, in ms
 */
export async function acquireAdvisoryLock(
  client: DbClient,
  key: string,
  options: AdvisoryLockOptions,
  logger: Logger,
): Promise<number> {
  const started = Date.now();
  const label = options.label ?? 'the advisory lock';
  let interval = options.pollMs ?? 100;
  const maxInterval = options.maxPollMs ?? 2000;
  let lastReport = 0;
  for (;;) {
    const { rows } = await client.query<{ locked: boolean }>(TRY_ADVISORY_LOCK, [key]);
    if (rows[0]?.locked) return Date.now() - started;
    const waited = Date.now() - started;
    if (waited >= options.waitTimeoutMs) {
      const holder = await describeHolder(client, key);
      throw new DbDeployError(
        'lock-wait-timeout',
        `gave up waiting for ${label} after ${formatDuration(waited)}${holder ? `: held by ${holder}` : ''}`,
        {
          hint:
            options.hint ??
            'another deploy is still migrating this database; wait for it or raise lock-wait-timeout',
        },
      );
    }
    if (waited - lastReport >= 10_000 || lastReport === 0) {
      lastReport = waited || 1;
      const holder = await describeHolder(client, key);
      logger.info(
        `waiting for ${label}${holder ? ` held by ${holder}` : ''} (${formatDuration(waited)} so far)`,
      );
    }
    const jitter = Math.random() * interval * 0.2;
    await sleep(Math.min(interval + jitter, Math.max(0, options.waitTimeoutMs - waited)));
    interval = Math.min(interval * 2, maxInterval);
  }
}

/** Releases the lock; a lost connection releases it anyway, so errors are only logged. */
export async function releaseAdvisoryLock(
  client: DbClient,
  key: string,
  logger: Logger,
): Promise<void> {
  try {
    await client.query(ADVISORY_UNLOCK, [key]);
  } catch (error) {
    logger.debug(
      `advisory unlock failed (the session end releases it): ${(error as Error).message}`,
    );
  }
}

async function describeHolder(client: DbClient, key: string): Promise<string | undefined> {
  try {
    const { rows } = await client.query<{
      pid: number;
      application_name: string;
      connected_seconds: number;
    }>(ADVISORY_LOCK_HOLDER, [key]);
    const row = rows[0];
    if (!row) return undefined;
    return `pid ${row.pid}${row.application_name ? ` (${row.application_name})` : ''}, connected ${formatDuration(row.connected_seconds * 1000)}`;
  } catch {
    return undefined;
  }
}
