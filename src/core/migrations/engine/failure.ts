import { DbDeployError } from '../../errors.js';
import { formatDuration } from '../../duration.js';
import { pgErrorFields } from '../../db/pg-error.js';
import { lineColumn } from '../../sql/parse.js';
import { StatementFailure } from './execute.js';
import type { Direction, Migration, SqlSection } from './types.js';

/** How the failed migration was running. */
export interface FailureContext {
  lockRetries: number;
  lockTimeoutMs: number;
  /** False when it ran outside a transaction. */
  transactional: boolean;
  /** Why it ran outside a transaction. */
  reasons: readonly string[];
  /** The file's SQL section that ran, when it was the file's own text. */
  section?: SqlSection;
}

/**
 * One line for a migration that failed: its name, the PostgreSQL error code and message, the
 * file position (mapped from PostgreSQL's character position when the file is SQL), and what
 * was left applied.
 */
export function migrationFailure(
  file: Migration,
  direction: Direction,
  error: unknown,
  context: FailureContext,
): DbDeployError {
  if (error instanceof DbDeployError) return error;
  const inner = error instanceof StatementFailure ? error.cause : error;
  const pg = pgErrorFields(inner);
  const section = context.section;
  let where = file.file;
  if (section) {
    const statementOffset = error instanceof StatementFailure ? error.statementOffset : 0;
    const offset = section.offset + statementOffset + (pg.position ? pg.position - 1 : 0);
    if (pg.position || error instanceof StatementFailure) {
      const { line, column } = lineColumn(file.content, offset);
      where = `${file.file}:${line}:${column}`;
    }
  } else if (pg.position) {
    where = `${file.file}, position ${pg.position} of the generated SQL`;
  }
  const code = pg.code ? `${pg.code} ` : '';
  const detail = pg.detail ? ` (${pg.detail})` : '';
  const lockTimedOut = pg.code === '55P03';
  let hint: string;
  if (lockTimedOut) {
    const leftover =
      error instanceof StatementFailure && error.invalidIndex
        ? `; drop the INVALID index ${error.invalidIndex} it left (DROP INDEX CONCURRENTLY)`
        : '';
    hint = `a lock was not granted within ${formatDuration(context.lockTimeoutMs)} in ${context.lockRetries + 1} attempts; long transactions hold it — retry later, end them, or raise lock-retries${leftover}`;
  } else if (error instanceof StatementFailure && error.invalidIndex) {
    hint = `the INVALID index ${error.invalidIndex} it left could not be dropped; drop it with DROP INDEX CONCURRENTLY ${error.invalidIndex} and run again`;
  } else if (error instanceof StatementFailure) {
    const why = context.reasons.join(', ') || 'no-transaction';
    hint =
      error.appliedBefore > 0
        ? `statement ${error.index} of ${error.total} failed; the ${error.appliedBefore} before it stay applied because this migration runs outside a transaction (${why}) — fix it so it can be re-run (e.g. IF NOT EXISTS) and run again`
        : `nothing of it was applied — fix the migration and run again`;
  } else {
    hint = context.transactional
      ? 'its transaction was rolled back, nothing of it was applied — fix the migration and run again'
      : `it runs outside a transaction (${context.reasons.join(', ') || 'no-transaction'}), so the statements before the failing one stay applied — make it re-runnable (e.g. ifNotExists) and run again`;
  }
  return new DbDeployError(
    lockTimedOut ? 'lock-timeout' : 'migration-failed',
    `migration ${file.name} (${direction}) failed: ${code}${pg.message}${detail}`,
    {
      where,
      hint,
      cause: inner,
    },
  );
}
