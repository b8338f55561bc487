// One blue-green command at a time on a pair. A second command would read the first one's
// journal as an interrupted command and finish or undo it while it runs; the lock turns that
// into a one-line refusal. It is a session-level advisory lock held by a session of its own on
// blue's server, in the `postgres` database: that session never runs a statement, so when its
// process dies (kill -9 included) the server ends it at once and the lock goes with it. Not in
// blue (its sessions are closed for a template copy or a rename), not in template1 (a session
// there makes CREATE DATABASE fail).
import { createHash } from 'node:crypto';
import { acquireAdvisoryLock, connect, disconnect, type DbClient } from '../db/index.js';
import type { Ctx } from './context.js';
import { onServer } from './names.js';
import { SESSION_NAME } from './session.js';

/** The database of blue's server the lock session connects to. */
export const LOCK_DATABASE = 'postgres';

/** How long a command waits by default for another one on the pair to end. */
export const PAIR_LOCK_WAIT_MS = 15_000;

/**
 * The lock's key: a signed 64-bit number from the pair's two database names, in either order
 * (a rename swaps the names, never the pair).
 */
export function pairLockKey(blue: string, green: string): string {
  const names = [blue, green].sort().join('\0');
  const digest = createHash('sha256').update(`db-deploy blue-green\0${names}`).digest();
  return digest.readBigInt64BE(0).toString();
}

const held = new WeakMap<Ctx, DbClient>();

/**
 * Takes the pair's lock for the rest of the command (released when the context closes), waiting
 * up to pairLockWaitMs for another command on the pair to end; then refuses in one line.
 * Where blue's server offers no `postgres` database to hold it in, says so and goes on unlocked.
 */
export async function lockPair(ctx: Ctx): Promise<void> {
  if (held.has(ctx)) return;
  const { blue, green } = ctx.pair;
  if (blue.database === LOCK_DATABASE || green.database === LOCK_DATABASE) {
    ctx.logger.warn(
      `no database to hold the blue-green lock in (the pair uses ${LOCK_DATABASE}): another command on this pair would not be kept out`,
    );
    return;
  }
  let session: DbClient;
  try {
    session = await connect(onServer(blue, LOCK_DATABASE), {
      connectTimeoutMs: ctx.options.connectTimeoutMs,
      applicationName: `${SESSION_NAME} lock`,
    });
  } catch (error) {
    ctx.logger.warn(
      `could not connect to the ${LOCK_DATABASE} database of blue's server to hold the blue-green lock (${(error as Error).message}): another command on this pair would not be kept out`,
    );
    return;
  }
  try {
    await acquireAdvisoryLock(
      session,
      pairLockKey(blue.database, green.database),
      {
        waitTimeoutMs: ctx.options.pairLockWaitMs ?? PAIR_LOCK_WAIT_MS,
        label: `the blue-green lock of ${blue.database} and ${green.database}`,
        hint: 'another blue-green command is running on this pair (see its job); run this one when it has ended',
      },
      ctx.logger,
    );
  } catch (error) {
    await disconnect(session);
    throw error;
  }
  held.set(ctx, session);
}

/** Ends the lock session (and so the lock) of a context, if it holds one. */
export async function unlockPair(ctx: Ctx): Promise<void> {
  const session = held.get(ctx);
  held.delete(ctx);
  await disconnect(session);
}
