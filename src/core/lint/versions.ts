/**
 * SQL that an older PostgreSQL major rejects. The linter parses with one grammar, PostgreSQL 18's
 * (libpg_query), which accepts everything 18 added; for a migration aimed at an older major
 * (`--pg-version`, validate's target) each construct below is reported with the version that
 * introduced it. Every row's example is checked in the tests: the grammar of the major before
 * `since` rejects it and the grammar of `since` accepts it (libpg-query 13, 15, 16 and 17 as
 * development dependencies; PostgreSQL 12 and older from the release notes). Rows of kind
 * `function` are SQL-standard functions that older grammars read as an ordinary function call
 * that does not exist: the migration fails all the same, at run time.
 */
import type { ParsedStatement } from '../sql/index.js';
import { walk, type AstNode } from './ast.js';
import type { NewerConstruct } from './versions-construct.js';
import { CONSTRUCTS_PG10_15 } from './versions-pg10-15.js';
import { CONSTRUCTS_PG16_18 } from './versions-pg16-18.js';

export type { NewerConstruct } from './versions-construct.js';

/** Newest first, so that a statement's first finding is about the newest construct. */
export const NEWER_CONSTRUCTS: readonly NewerConstruct[] = [
  ...CONSTRUCTS_PG16_18,
  ...CONSTRUCTS_PG10_15,
];

/** The rows newer than a major, with one regular expression that any of their hints passes. */
const rowsByVersion = new Map<number, { rows: NewerConstruct[]; any: RegExp | undefined }>();

function rowsNewerThan(pgVersion: number): { rows: NewerConstruct[]; any: RegExp | undefined } {
  let found = rowsByVersion.get(pgVersion);
  if (!found) {
    const rows = NEWER_CONSTRUCTS.filter((row) => row.since > pgVersion);
    const any = rows.length
      ? new RegExp(rows.map((row) => `(?:${row.hint.source})`).join('|'), 'i')
      : undefined;
    found = { rows, any };
    rowsByVersion.set(pgVersion, found);
  }
  return found;
}

/** The constructs of a statement newer than `pgVersion`, newest first (each once). */
export function newerConstructs(statement: ParsedStatement, pgVersion: number): NewerConstruct[] {
  const newer = rowsNewerThan(pgVersion);
  // Most statements pass none of the hints: one test, no walk.
  if (!newer.any?.test(statement.text)) return [];
  const rows = newer.rows.filter(
    (row) => !row.reportedElsewhere?.includes(statement.type) && row.hint.test(statement.text),
  );
  if (rows.length === 0) return [];
  const found = new Set<NewerConstruct>();
  const visit = (type: string, node: AstNode) => {
    for (const row of rows) {
      if (found.has(row)) continue;
      const test = row.nodes[type];
      if (test?.(node)) found.add(row);
    }
  };
  visit(statement.type, statement.node);
  walk(statement.node, visit);
  return rows.filter((row) => found.has(row));
}
