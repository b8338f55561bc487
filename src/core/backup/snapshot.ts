import { connect, disconnect, type DbClient, type DatabaseTarget } from '../db/index.js';
import { EXPORT_SNAPSHOT, NO_IDLE_TIMEOUT } from './queries.js';

/** What withSourceSnapshot returns: the dump's result and what was read beside it. */
export interface SnapshotRun<T, R> {
  dumped: T;
  read: R;
}

/**
 * Opens a REPEATABLE READ transaction on the source and exports its snapshot, then runs
 * `dump(snapshot)` (pg_dump `--snapshot`) and `read(client)` on that transaction at the same
 * time: what `read` counts or checksums is exactly what pg_dump dumps, even with concurrent
 * writes (PostgreSQL docs "Snapshot Synchronization Functions"), and the reading overlaps the
 * dump instead of delaying it. The transaction stays open until both have ended, idle once
 * `read` is done: idle_in_transaction_session_timeout is off for it, so that a server's timeout
 * cannot end it and fail a finished dump. When `read` fails, the dump is still awaited (its
 * archive is then removed by the caller) before the error is thrown.
 */
export async function withSourceSnapshot<T, R>(
  source: DatabaseTarget,
  read: (client: DbClient) => Promise<R>,
  dump: (snapshot: string) => Promise<T>,
): Promise<SnapshotRun<T, R>> {
  const client = await connect(source);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(NO_IDLE_TIMEOUT);
    const { rows } = await client.query<{ snapshot: string }>(EXPORT_SNAPSHOT);
    const [dumped, readResult] = await Promise.allSettled([
      dump(rows[0]?.snapshot ?? ''),
      read(client),
    ]);
    if (dumped.status === 'rejected') throw dumped.reason;
    if (readResult.status === 'rejected') throw readResult.reason;
    await client.query('COMMIT');
    return { dumped: dumped.value, read: readResult.value };
  } finally {
    await disconnect(client);
  }
}
