import { DbDeployError } from '../../errors.js';
import { formatDuration } from '../../duration.js';
import { pgErrorFields } from '../../db/index.js';
import { lineColumn } from '../../sql/index.js';
import { IndexBuildFailure, StatementFailure, type IndexBuildLeftover } from './execute.js';
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
  const wrapped = error instanceof StatementFailure || error instanceof IndexBuildFailure;
  const inner = wrapped ? error.cause : error;
  const leftover = wrapped ? error.leftover : undefined;
  const pg = pgErrorFields(inner);
  const section = context.section;
  let where = file.file;
  if (section) {
    const statementOffset = error instanceof StatementFailure ? error.statementOffset : 0;
    const offset = section.offset + statementOffset + (pg.position ? pg.position - 1 : 0);
    // A down kept in a file of its own is reported at that file's lines.
    const source = section.source ?? { file: file.file, content: file.content };
    where = source.file;
    if (pg.position || error instanceof StatementFailure) {
      const { line, column } = lineColumn(source.content, offset);
      where = `${source.file}:${line}:${column}`;
    }
  } else if (pg.position) {
    where = `${file.file}, position ${pg.position} of the generated SQL`;
  }
  const code = pg.code ? `${pg.code} ` : '';
  const detail = pg.detail ? ` (${pg.detail})` : '';
  const lockTimedOut = pg.code === '55P03';
  const stayApplied =
    error instanceof StatementFailure
      ? error.appliedBefore > 0
        ? `; the ${error.appliedBefore} statement(s) before it stay applied`
        : ''
      : context.transactional
        ? ''
        : `; any statement before it stays applied (${context.reasons.join(', ') || 'no-transaction'})`;
  const left = leftover ? leftoverHint(leftover) : undefined;
  let hint: string;
  if (lockTimedOut) {
    hint = `a lock was not granted within ${formatDuration(context.lockTimeoutMs)} in ${context.lockRetries + 1} attempts; long transactions hold it — retry later, end them, or raise lock-retries${left ? `; ${left}` : ''}`;
  } else if (left) {
    hint = `${left}; fix the cause and run again${stayApplied}`;
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

/** What an index build left INVALID, and what happens to it; undefined when it left nothing. */
function leftoverHint({ kind, indexes, rebuiltOnRerun }: IndexBuildLeftover): string | undefined {
  if (indexes === undefined)
    return `${kind} may have left an INVALID index, and the database could not be reached to check: look for it (SELECT indexrelid::regclass FROM pg_index WHERE NOT indisvalid) and drop it with DROP INDEX CONCURRENTLY`;
  if (indexes.length === 0) return undefined;
  const names = indexes.join(', ');
  return `${kind} left the INVALID index ${names}: ${rebuiltOnRerun ? 'the next run drops it and builds it again' : `drop it with DROP INDEX CONCURRENTLY ${indexes[0]} before the next run`}`;
}
