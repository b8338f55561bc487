import { randomBytes } from 'node:crypto';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { quoteIdent } from '../db/sql.js';
import { pgErrorFields } from '../db/pg-error.js';
import type { Pair } from './session.js';

/**
 * rename: blue's name passes to the other database in one transaction (A → tmp, B → A, tmp → B),
 * so clients that connect by name reach it without any routing change. Nobody may be connected to
 * either database: both refuse new sessions for those milliseconds and every session (ours too)
 * is ended; the ALLOW_CONNECTIONS flags are restored whatever happens. Calling it twice undoes it.
 */
export async function swapNames(pair: Pair, logger: Logger): Promise<void> {
  const names = [pair.blue.database, pair.green.database];
  await pair.release(pair.blue);
  await pair.release(pair.green);
  const admin = await pair.serverClient('blue');
  const allow = async (on: boolean) => {
    for (const name of names)
      await admin.query(`ALTER DATABASE ${quoteIdent(name)} WITH ALLOW_CONNECTIONS ${on}`);
  };
  const failed = (error: unknown) =>
    new DbDeployError(
      'rename-failed',
      `swapping the names of ${names.join(' and ')} failed: ${pgErrorFields(error).message}`,
      {
        where: pair.blue.display,
        hint: 'the user must own both databases and have CREATEDB; nothing may stay connected to either',
      },
    );
  try {
    await allow(false).catch((error: unknown) => {
      throw failed(error);
    });
    // PostgreSQL waits (up to 5 s) for ended backends to exit before it renames.
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE datname = ANY($1::text[]) AND pid <> pg_backend_pid()`,
      [names],
    );
    const [a, b] = names.map(quoteIdent) as [string, string];
    const tmp = quoteIdent(`dbd_swap_${randomBytes(6).toString('hex')}`);
    await admin.query('BEGIN');
    try {
      await admin.query(`ALTER DATABASE ${a} RENAME TO ${tmp}`);
      await admin.query(`ALTER DATABASE ${b} RENAME TO ${a}`);
      await admin.query(`ALTER DATABASE ${tmp} RENAME TO ${b}`);
      await admin.query('COMMIT');
    } catch (error) {
      await admin.query('ROLLBACK').catch(() => undefined);
      throw failed(error);
    }
  } finally {
    await allow(true).catch((e: unknown) =>
      logger.error(
        `${names.join(' and ')} may still refuse new sessions; run ALTER DATABASE … WITH ALLOW_CONNECTIONS true: ${pgErrorFields(e).message}`,
      ),
    );
  }
}
