import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { DbDeployError, oneLine } from '../errors.js';
import type { Finding } from '../lint/index.js';
import {
  lastStatementEnd,
  lineColumn,
  loadParser,
  parseSql,
  type ParsedStatement,
} from '../sql/index.js';
import type { RepresentativeQuery } from './types.js';

/** The rule id of every finding about a representative query that cannot be planned. */
export const QUERY_INVALID_RULE = 'plan-query-invalid';

/**
 * Statement types db-deploy plans. EXPLAIN without ANALYZE never executes them; anything else
 * (DDL, a SELECT … INTO that would create a table, an EXPLAIN written in the file) is refused.
 */
const PLANNABLE = new Set(['SelectStmt', 'InsertStmt', 'UpdateStmt', 'DeleteStmt', 'MergeStmt']);

/** A query name shown in reports: the `-- name:` comment, else the first line, shortened. */
const NAME_COMMENT = /^\s*--\s*name:\s*(.+?)\s*$/gim;
const MAX_NAME = 60;

/** The queries of a queries file, and a finding for each part that cannot be planned. */
export interface QueriesFile {
  queries: RepresentativeQuery[];
  findings: Finding[];
}

/**
 * Reads the application's representative queries: one SQL statement each, optionally named by
 * a `-- name: …` comment line above it, with literals or `$n` parameters. Never throws on bad
 * SQL: a syntax error (the statements before it are kept) or a statement that is not a query
 * becomes one finding at its line. A file that cannot be read is an error.
 * @param path absolute path; reports show it relative to `baseDir`
 */
export async function readQueriesFile(path: string, baseDir: string): Promise<QueriesFile> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    throw new DbDeployError('bad-input', 'queries-file cannot be read', {
      where: relative(baseDir, path) || path,
      hint: 'check the path (relative to the repository checkout)',
      cause: error,
    });
  });
  await loadParser();
  return parseQueries(text, relative(baseDir, path) || path);
}

/** Splits a queries file with PostgreSQL's parser (loaded). Pure apart from the parser. */
export function parseQueries(text: string, file: string): QueriesFile {
  const findings: Finding[] = [];
  const finding = (offset: number, message: string, hint: string): Finding => {
    const { line, column } = lineColumn(text, offset);
    return {
      file,
      line,
      column,
      endLine: line,
      rule: QUERY_INVALID_RULE,
      severity: 'error',
      message,
      hint,
    };
  };
  let parsed = parseSql(text);
  if (!parsed.ok) {
    findings.push(
      finding(
        parsed.offset ?? 0,
        oneLine(`the queries file does not parse: ${parsed.message}`),
        'fix the SQL; the queries after the syntax error are not planned',
      ),
    );
    const cut = lastStatementEnd(text, parsed.offset ?? 0);
    parsed = cut > 0 ? parseSql(text.slice(0, cut)) : { ok: true, statements: [] };
    if (!parsed.ok) return { queries: [], findings };
  }
  const queries: RepresentativeQuery[] = [];
  const names = new Set<string>();
  let previousEnd = 0;
  for (const statement of parsed.statements) {
    const gap = text.slice(previousEnd, statement.start);
    previousEnd = statement.end;
    const refusal = notPlannable(statement);
    if (refusal) {
      findings.push(finding(statement.start, refusal, 'keep only the queries themselves'));
      continue;
    }
    const line = lineColumn(text, statement.start).line;
    let name = nameIn(gap) ?? shortName(statement.text);
    if (names.has(name)) name = `${name} (line ${line})`;
    names.add(name);
    queries.push({ name, source: 'file', sql: statement.text, file, line });
  }
  return { queries, findings };
}

/** Why a statement is not a query db-deploy plans, or undefined when it is one. */
export function notPlannable(statement: ParsedStatement): string | undefined {
  const first = shortName(statement.text);
  if (statement.type === 'ExplainStmt')
    return `"${first}" is an EXPLAIN: write the query alone, db-deploy explains it`;
  if (!PLANNABLE.has(statement.type))
    return `"${first}" is not a query db-deploy plans (SELECT, INSERT, UPDATE, DELETE or MERGE; nothing in the file is run)`;
  if (statement.type === 'SelectStmt' && statement.node.intoClause)
    return `"${first}" is a SELECT … INTO, which creates a table: write the SELECT without INTO`;
  return undefined;
}

/** The last `-- name:` comment in the comments above a statement. */
function nameIn(gap: string): string | undefined {
  const found = [...gap.matchAll(NAME_COMMENT)].at(-1)?.[1];
  return found ? found.slice(0, MAX_NAME * 2) : undefined;
}

/** A query's first line, whitespace collapsed, shortened to about 60 characters. */
export function shortName(sql: string): string {
  const first = oneLine(sql.split('\n')[0] ?? '');
  return first.length > MAX_NAME ? `${first.slice(0, MAX_NAME - 1)}…` : first;
}
