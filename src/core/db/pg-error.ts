import { DbDeployError } from '../errors.js';

/** Fields of an error raised by PostgreSQL (node-postgres' DatabaseError), when present. */
export interface PgErrorFields {
  code?: string;
  message: string;
  position?: number;
  detail?: string;
  hint?: string;
}

/** SQLSTATE 55P03: `lock_timeout` expired before a lock was granted. */
export const LOCK_NOT_AVAILABLE = '55P03';
export function pgErrorFields(error: unknown): PgErrorFields {
  if (typeof error !== 'object' || error === null) return { message: String(error) };
  const e = error as Record<string, unknown>;
  const position =
    typeof e.position === 'string' || typeof e.position === 'number'
      ? Number(e.position)
      : undefined;
  return {
    code: typeof e.code === 'string' ? e.code : undefined,
    message: typeof e.message === 'string' ? e.message : String(error),
    position: position && position > 0 ? position : undefined,
    detail: typeof e.detail === 'string' ? e.detail : undefined,
    hint: typeof e.hint === 'string' ? e.hint : undefined,
  };
}

/** True when PostgreSQL refused a lock within `lock_timeout`: the operation can be retried. */
export function isLockTimeout(error: unknown): boolean {
  return pgErrorFields(error).code === LOCK_NOT_AVAILABLE;
}

/**
 * Runs a bookkeeping step (reading or creating db-deploy's own tables) and turns a PostgreSQL
 * error into a user error naming the step, so that e.g. a missing privilege is not reported as
 * a bug. Errors that are not from PostgreSQL pass through.
 */
export async function databaseStep<T>(
  what: string,
  where: string,
  step: () => Promise<T>,
  /** What to do, when the step is not about the migrations tables. */
  fix?: string,
): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const pg = pgErrorFields(error);
    if (!pg.code || !/^[0-9A-Z]{5}$/.test(pg.code)) throw error;
    const hint =
      fix ??
      (pg.code === '42501'
        ? 'grant the migration role USAGE and CREATE on that schema, or connect as the role that owns it'
        : 'check that the database is healthy and the role may read and write the migrations tables');
    throw new DbDeployError('database-error', `${what} failed: ${pg.code} ${pg.message}`, {
      where,
      hint,
      cause: error,
    });
  }
}
