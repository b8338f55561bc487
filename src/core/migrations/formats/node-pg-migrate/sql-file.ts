import type { SqlSection } from '../../engine/types.js';

export interface SqlMigrationText {
  up: SqlSection;
  /** Undefined when the file has no `-- Down Migration` section. */
  down: SqlSection | undefined;
  /** `-- db-deploy:no-transaction` anywhere in the file forces statement-by-statement execution. */
  forceNoTransaction: boolean;
}

const markerRegex = (direction: string): RegExp =>
  new RegExp(`^\\s*--[\\s-]*${direction}\\s+migration`, 'im');

/**
 * Splits a node-pg-migrate `.sql` migration on its `-- Up Migration` / `-- Down Migration`
 * markers exactly as node-pg-migrate does (a file without markers is all "up").
 */
export function splitSqlMigration(content: string): SqlMigrationText {
  const upStart = content.search(markerRegex('up'));
  const downStart = content.search(markerRegex('down'));
  const up: SqlSection =
    upStart >= 0
      ? {
          sql: content.slice(upStart, downStart < upStart ? undefined : downStart),
          offset: upStart,
        }
      : { sql: downStart >= 0 ? content.slice(0, downStart) : content, offset: 0 };
  const down: SqlSection | undefined =
    downStart >= 0
      ? {
          sql: content.slice(downStart, upStart < downStart ? undefined : upStart),
          offset: downStart,
        }
      : undefined;
  return { up, down, forceNoTransaction: /^\s*--\s*db-deploy:no-transaction\b/im.test(content) };
}

/** True when a section holds nothing but comments and whitespace. */
export function isBlankSql(sql: string): boolean {
  return (
    // One pass, so that whichever comment starts first wins (`/* -- */` is one block comment).
    sql.replace(/\/\*[\s\S]*?\*\/|--[^\n]*/g, '').trim() === ''
  );
}
