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
/** SQLSTATE 57014: `statement_timeout` (or a cancel request) stopped a statement. */
export const QUERY_CANCELED = '57014';

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
