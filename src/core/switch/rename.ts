import { randomBytes } from 'node:crypto';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { pgErrorFields } from '../db/index.js';
import {
  blockConnections,
  blockedByPair,
  unblockConnections,
  unblockStatements,
} from './connections.js';
import { END_ALL_SESSIONS, renameDatabase } from './queries.js';
import type { Pair } from './session.js';

/**
 * rename: blue's name passes to the other database in one transaction (A → tmp, B → A, tmp → B),
 * so clients that connect by name reach it without any routing change. Nobody may be connected to
 * either database: both refuse new sessions (with the pair's marker, see connections.ts) and
 * every session (ours too) is ended; the same transaction that renames lets sessions in again,
 * so a process killed at any point leaves either the old names or the new ones, and at worst a
 * block a later command lifts. Calling it twice undoes it.
 */
export async function swapNames(
  pair: Pair,
  logger: Logger,
  /** `<command>:swap-names`, kept in the block's marker. */
  label: string,
  checkpoint: (point: string) => Promise<void> = async () => undefined,
): Promise<void> {
  const names = [pair.blue.database, pair.green.database];
  await pair.release(pair.blue);
  await pair.release(pair.green);
  const admin = await pair.serverClient('blue');
  const failed = (error: unknown) =>
    new DbDeployError(
      'rename-failed',
      `swapping the names of ${names.join(' and ')} failed: ${pgErrorFields(error).message}`,
      {
        where: pair.blue.display,
        hint: 'the user must own both databases and have CREATEDB; nothing may stay connected to either',
      },
    );
  await blockConnections(admin, names, pair.green.database, label).catch((error: unknown) => {
    throw failed(error);
  });
  try {
    await checkpoint('swap-names/blocked');
    // PostgreSQL waits (up to 5 s) for ended backends to exit before it renames.
    await admin.query(END_ALL_SESSIONS, [names]);
    const [a, b] = names as [string, string];
    const tmp = `dbd_swap_${randomBytes(6).toString('hex')}`;
    const blocked = await blockedByPair(admin, names, pair.green.database);
    await admin.query('BEGIN');
    try {
      // The block is lifted first (under the names it was set on), in the renaming transaction.
      for (const sql of unblockStatements(blocked)) await admin.query(sql);
      await admin.query(renameDatabase(a, tmp));
      await admin.query(renameDatabase(b, a));
      await admin.query(renameDatabase(tmp, b));
      await admin.query('COMMIT');
    } catch (error) {
      await admin.query('ROLLBACK').catch(() => undefined);
      throw failed(error);
    }
  } catch (error) {
    await unblockConnections(admin, names, pair.green.database).catch((e: unknown) =>
      logger.error(
        `${names.join(' and ')} may still refuse new sessions; run ALTER DATABASE … WITH ALLOW_CONNECTIONS true: ${pgErrorFields(e).message}`,
      ),
    );
    throw error;
  }
}
