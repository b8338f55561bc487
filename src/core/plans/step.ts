import { pgErrorFields } from '../db/pg-error.js';
import { DbDeployError, oneLine } from '../errors.js';

/**
 * Runs one read of the copy or the stats database and turns a PostgreSQL error into one line
 * naming the step, where, and what to do; other errors (a lost connection) pass through.
 */
export async function databaseRead<T>(
  what: string,
  where: string,
  hint: string,
  read: () => Promise<T>,
): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const { code, message } = pgErrorFields(error);
    if (!code || !/^[0-9A-Z]{5}$/.test(code)) throw error;
    throw new DbDeployError('database-error', `${what} failed: ${code} ${oneLine(message)}`, {
      where,
      hint,
      cause: error,
    });
  }
}
