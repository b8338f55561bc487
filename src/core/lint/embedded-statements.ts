/**
 * The statements inside an embedded body: PL/pgSQL walked statement by statement (queries,
 * conditions, constant EXECUTE strings; SQL built at run time is reported as unread), and LANGUAGE
 * sql bodies parsed whole, each statement placed back in the migration source.
 */
import {
  isAscii,
  parsePlpgsqlBody,
  parseSql,
  type EmbeddedIn,
  type ParsedStatement,
} from '../sql/index.js';
import { list, names, nodeOf, type AstNode } from './ast.js';
import type { Body, UnreadBody } from './embedded-bodies.js';

/** The statements of a PL/pgSQL body, each parsed and placed in the source. */
export function plpgsqlStatements(
  body: Body,
  via: string,
  container: number,
  unread: UnreadBody[],
): ParsedStatement[] {
  const parsed = parsePlpgsqlBody(body.text);
  if (!parsed.ok) {
    unread.push({
      kind: 'not-analysable',
      at: body.toSource(0),
      message: `${via} does not compile as PL/pgSQL (${parsed.message}), so the SQL it runs was not linted`,
    });
    return [];
  }
  const lineStarts = [0];
  for (let i = body.text.indexOf('\n'); i >= 0; i = body.text.indexOf('\n', i + 1))
    lineStarts.push(i + 1);
  const found: ParsedStatement[] = [];
  visitPlpgsql(parsed.function, (kind, stmt) => {
    const line = typeof stmt.lineno === 'number' ? stmt.lineno : 1;
    const from = lineStarts[line - 1] ?? 0;
    const expr = (field: string) => nodeOf(stmt[field], 'PLpgSQL_expr');
    if (kind === 'PLpgSQL_stmt_dynexecute' || kind === 'PLpgSQL_stmt_dynfors') {
      const query = expr('query')?.query;
      if (typeof query !== 'string') return;
      const offset = locate(body.text, query, from);
      const constant = constantString(query);
      if (constant === undefined) {
        unread.push({
          kind: 'dynamic-sql',
          at: body.toSource(offset),
          message: `${via} runs SQL it builds at run time (EXECUTE ${shorten(query)}), which cannot be read before it runs, so it was not linted`,
        });
        return;
      }
      const base = constant.offset === undefined ? undefined : offset + constant.offset;
      found.push(
        ...parsedIn(
          constant.value,
          {
            via,
            container,
            text: constant.value,
            toSource: (c) => body.toSource(base === undefined ? offset : base + c),
          },
          unread,
        ),
      );
      return;
    }
    const condition = PLPGSQL_CONDITIONS.has(kind) ? expr('cond')?.query : undefined;
    if (typeof condition === 'string') {
      // A condition is an expression: read as `SELECT <expression>` (a guard that looks a name
      // up, `IF NOT EXISTS (SELECT … WHERE indexname = '…')`); one that does not parse is skipped.
      const offset = locate(body.text, condition, from);
      const text = `SELECT ${condition}`;
      const parsed = parseSql(text);
      if (parsed.ok)
        found.push(
          ...parsed.statements.map((st) => ({
            ...st,
            start: body.toSource(offset),
            end: body.toSource(offset + condition.length),
            embedded: {
              via,
              container,
              text,
              toSource: (c: number) => body.toSource(offset + Math.max(0, c - 'SELECT '.length)),
            },
          })),
        );
      return;
    }
    const field = kind === 'PLpgSQL_stmt_execsql' ? 'sqlstmt' : (PLPGSQL_QUERIES[kind] ?? '');
    const query = field ? expr(field)?.query : undefined;
    if (typeof query !== 'string') return;
    const offset = locate(body.text, query, from);
    found.push(
      ...parsedIn(
        query,
        { via, container, text: query, toSource: (c) => body.toSource(offset + c) },
        unread,
      ),
    );
  });
  return found;
}

/** PL/pgSQL statements whose query can run SQL (or call a function), and the field holding it. */
const PLPGSQL_QUERIES: Record<string, string> = {
  PLpgSQL_stmt_perform: 'expr',
  PLpgSQL_stmt_call: 'expr',
  PLpgSQL_stmt_fors: 'query',
  PLpgSQL_stmt_return_query: 'query',
};

/** PL/pgSQL conditions (`IF …`, `ELSIF …`, `WHILE …`), whose expression may query the catalog. */
const PLPGSQL_CONDITIONS = new Set(['PLpgSQL_stmt_if', 'PLpgSQL_if_elsif', 'PLpgSQL_stmt_while']);

/** Every PL/pgSQL statement (and ELSIF branch) below `root`, in document order. */
function visitPlpgsql(root: unknown, visit: (kind: string, stmt: AstNode) => void): void {
  if (Array.isArray(root)) {
    for (const item of root) visitPlpgsql(item, visit);
    return;
  }
  if (!root || typeof root !== 'object') return;
  for (const [key, value] of Object.entries(root as AstNode)) {
    if (
      (key.startsWith('PLpgSQL_stmt_') || key === 'PLpgSQL_if_elsif') &&
      value &&
      typeof value === 'object'
    )
      visit(key, value as AstNode);
    visitPlpgsql(value, visit);
  }
}

/** The body of a LANGUAGE sql function: its statements, placed in the source. */
export function sqlStatements(
  body: Body,
  via: string,
  container: number,
  unread: UnreadBody[],
): ParsedStatement[] {
  return parsedIn(body.text, { via, container, text: body.text, toSource: body.toSource }, unread);
}

/** Parses embedded SQL; a statement that does not parse is reported as unread. */
function parsedIn(text: string, at: EmbeddedIn, unread: UnreadBody[]): ParsedStatement[] {
  const parsed = parseSql(text);
  if (!parsed.ok) {
    unread.push({
      kind: 'not-analysable',
      at: at.toSource(parsed.offset ?? 0),
      message: `SQL in ${at.via} does not parse (${parsed.message}), so it was not linted`,
    });
    return [];
  }
  return parsed.statements.map((s) => ({
    ...s,
    start: at.toSource(s.start),
    end: at.toSource(s.end),
    embedded: at,
  }));
}

/**
 * Where a PL/pgSQL query starts in its body, searching from its line. PL/pgSQL blanks a
 * `SELECT … INTO var` target with spaces, so only the text before the first blank run is matched.
 */
function locate(body: string, query: string, from: number): number {
  const exact = body.indexOf(query, from);
  if (exact >= 0) return exact;
  const head = query.split(/\s{2,}/)[0] ?? query;
  const loose = body.indexOf(head, from);
  return loose >= 0 ? loose : from;
}

/** A PL/pgSQL expression that is one string constant (or constants joined with ||). */
function constantString(expression: string): { value: string; offset?: number } | undefined {
  const parsed = parseSql(`SELECT ${expression}`);
  if (!parsed.ok || parsed.statements.length !== 1) return undefined;
  const target = nodeOf(list(parsed.statements[0]?.node.targetList)[0], 'ResTarget')?.val;
  const parts: Array<{ value: string; location: number }> = [];
  const collect = (expr: unknown): boolean => {
    const constant = nodeOf(expr, 'A_Const');
    const sval = nodeOf(constant?.sval, 'String')?.sval ?? (constant?.sval as AstNode)?.sval;
    if (typeof sval === 'string') {
      parts.push({ value: sval, location: Number(constant?.location ?? 0) });
      return true;
    }
    const op = nodeOf(expr, 'A_Expr');
    if (op?.kind === 'AEXPR_OP' && names(op.name).join() === '||')
      return collect(op.lexpr) && collect(op.rexpr);
    return false;
  };
  if (!collect(target)) return undefined;
  const value = parts.map((p) => p.value).join('');
  if (parts.length !== 1 || !isAscii(expression)) return { value };
  // A single plain '…' literal: its value starts one character after the quote.
  const location = (parts[0]?.location ?? 0) - 'SELECT '.length;
  const raw = expression.slice(location);
  return raw.startsWith("'") && !raw.slice(1, value.length + 1).includes("'")
    ? { value, offset: location + 1 }
    : { value };
}

/** A query on one line, cut to 60 characters, for a message. */
function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
