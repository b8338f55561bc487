// How a plan or index finding is worded and where it points: query labels, costs and ratios as
// the report shows them, and the line of a migration that names an index.
import type { Finding, Severity } from '../lint/index.js';
import type { Migration } from '../migrations/index.js';
import type { RepresentativeQuery } from './types.js';

/** `"orders by user" (queries.sql:3)`, `"SELECT …" (pg_stat_statements)`. */
export function queryLabel(query: RepresentativeQuery): string {
  const where =
    query.source === 'file'
      ? `${query.file ?? 'queries-file'}:${query.line ?? 1}`
      : 'pg_stat_statements';
  return `"${query.name}" (${where})`;
}

/** `3,774.00`. */
export function formatCost(cost: number): string {
  return cost.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** `×26.2`, `×2,172`, `×0.04` (a cost that fell). */
export function formatRatio(ratio: number): string {
  if (ratio >= 100) return `×${Math.round(ratio).toLocaleString('en-US')}`;
  return `×${ratio >= 0.95 ? ratio.toFixed(1) : Number(ratio.toPrecision(2))}`;
}

/** The 1-based line of the first mention of `name` in a migration's up SQL, else 1. */
export function lineOf(migration: Migration, name: string): number {
  const section = migration.sql?.up;
  if (!section) return 1;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = new RegExp(`(^|[^\\w$])"?${escaped}"?([^\\w$]|$)`, 'i').exec(section.sql);
  if (!at) return 1;
  const offset = section.offset + at.index + (at[1]?.length ?? 0);
  return migration.content.slice(0, offset).split('\n').length;
}

/** A finding on a migration's file, at `line`. */
export function migrationFinding(
  migration: Migration,
  line: number,
  rule: string,
  severity: Severity,
  text: { message: string; hint: string },
): Finding {
  return {
    file: migration.file,
    line,
    column: 1,
    endLine: line,
    rule,
    severity,
    message: text.message,
    hint: text.hint,
  };
}
