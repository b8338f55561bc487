/**
 * SQL that runs inside another statement: the body of a `DO` block, the body of a function the
 * migration creates and then calls (`SELECT f()`, `PERFORM f()`, `CALL p()`), and the constant
 * strings such bodies `EXECUTE`. PostgreSQL runs them as part of the migration, so their DDL takes
 * the same locks and rewrites the same tables as it would at the top level: the engine lints them
 * in place, in execution order. A body that builds its SQL at run time (`EXECUTE format(…)`)
 * cannot be read; that is said as a `dynamic-sql` notice (validate's scratch run still applies it
 * and observes what it does).
 */
import {
  byteToChar,
  isAscii,
  parsePlpgsqlBody,
  parseSql,
  type EmbeddedIn,
  type ParsedStatement,
} from '../sql/parse.js';
import { list, names, nodeOf, walk, type AstNode } from './ast.js';

/** A body that could not be read, with the character offset (in the source) to report it at. */
export interface UnreadBody {
  /** `dynamic-sql`: SQL built at run time; `not-analysable`: a body that cannot be read. */
  kind: 'dynamic-sql' | 'not-analysable';
  at: number;
  message: string;
}

/** The statements to lint, with the embedded ones after the statement that runs them. */
export interface Expanded {
  statements: ParsedStatement[];
  unread: UnreadBody[];
}

/** How deep calls are followed (a function that calls itself would recurse for ever). */
const MAX_DEPTH = 4;

/** Expands the top-level statements of `source` with the SQL they run inside them. */
export function expandEmbedded(
  source: string,
  statements: readonly ParsedStatement[],
  lineOf: (charOffset: number) => number,
): Expanded {
  const out: Expanded = { statements: [], unread: [] };
  // Functions this migration creates, by name (lower-case, without schema), in creation order.
  const functions = new Map<string, FunctionBody>();
  const expand = (statement: ParsedStatement, container: number, depth: number) => {
    out.statements.push(statement);
    if (depth > MAX_DEPTH) return;
    const at = statement.embedded ?? { via: '', container, toSource: (c) => c, text: source };
    if (statement.type === 'DoStmt') {
      const body = doBody(statement.node, at);
      if (!body) return;
      if (!body.plpgsql) {
        out.unread.push({
          kind: 'not-analysable',
          at: statement.start,
          message: `a DO block in ${body.language} cannot be read, so the SQL it runs was not linted`,
        });
        return;
      }
      const via = `the DO block at line ${lineOf(statement.start)}`;
      for (const inner of plpgsqlStatements(body, via, container, out.unread))
        expand(inner, container, depth + 1);
      return;
    }
    if (statement.type === 'CreateFunctionStmt') {
      const fn = functionBody(statement.node, at);
      if (fn) functions.set(fn.name, fn);
      return;
    }
    if (functions.size === 0) return;
    for (const called of calledFunctions(statement, functions)) {
      const via = `${called.name}(), which this migration calls at line ${lineOf(statement.start)}`;
      const inner = called.plpgsql
        ? plpgsqlStatements(called, via, container, out.unread)
        : sqlStatements(called, via, container, out.unread);
      for (const s of inner) expand(s, container, depth + 1);
    }
  };
  for (const [index, statement] of statements.entries()) expand(statement, index, 0);
  return out;
}

/** A string body and where its characters sit in the source. */
interface Body {
  text: string;
  /** Character offset in `text` → character offset in the source. */
  toSource: (offset: number) => number;
  plpgsql: boolean;
  language: string;
}

interface FunctionBody extends Body {
  name: string;
}

/** The body of a DO statement, or undefined when it has none. */
function doBody(node: AstNode, at: EmbeddedIn): Body | undefined {
  const options = list(node.args).map((a) => nodeOf(a, 'DefElem'));
  const as = options.find((o) => o?.defname === 'as');
  const language = nodeOf(options.find((o) => o?.defname === 'language')?.arg, 'String')?.sval;
  const text = nodeOf(as?.arg, 'String')?.sval;
  if (typeof text !== 'string') return undefined;
  const lang = typeof language === 'string' ? language.toLowerCase() : 'plpgsql';
  return {
    text,
    toSource: literalMap(at, typeof as?.location === 'number' ? as.location : -1),
    plpgsql: lang === 'plpgsql',
    language: lang,
  };
}

/** The body of a CREATE FUNCTION / PROCEDURE in SQL or PL/pgSQL, or undefined. */
function functionBody(node: AstNode, at: EmbeddedIn): FunctionBody | undefined {
  const options = list(node.options).map((o) => nodeOf(o, 'DefElem'));
  const as = options.find((o) => o?.defname === 'as');
  const language = nodeOf(options.find((o) => o?.defname === 'language')?.arg, 'String')?.sval;
  const text = nodeOf(list(nodeOf(as?.arg, 'List')?.items)[0], 'String')?.sval;
  const lang = typeof language === 'string' ? language.toLowerCase() : '';
  if (typeof text !== 'string' || (lang !== 'plpgsql' && lang !== 'sql')) return undefined;
  const name = names(node.funcname).at(-1)?.toLowerCase() ?? '';
  return {
    name,
    text,
    toSource: literalMap(at, typeof as?.location === 'number' ? as.location : -1),
    plpgsql: lang === 'plpgsql',
    language: lang,
  };
}

/** A case-insensitive pattern of the functions' names, made again when one is added. */
const patterns = new WeakMap<Map<string, FunctionBody>, { size: number; pattern: RegExp }>();

function namesPattern(functions: Map<string, FunctionBody>): RegExp {
  let cached = patterns.get(functions);
  if (cached?.size !== functions.size) {
    const escaped = [...functions.keys()].map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    cached = { size: functions.size, pattern: new RegExp(escaped.join('|'), 'i') };
    patterns.set(functions, cached);
  }
  return cached.pattern;
}

/** The functions of `functions` that a statement calls (FuncCall anywhere, CALL). */
function calledFunctions(
  statement: ParsedStatement,
  functions: Map<string, FunctionBody>,
): FunctionBody[] {
  const node = statement.node;
  const found: FunctionBody[] = [];
  // Only a statement that names one of them can call it: most are not walked at all.
  if (!namesPattern(functions).test(statement.text)) return found;
  const call = (funcCall: AstNode | undefined) => {
    const fn = functions.get(names(funcCall?.funcname).at(-1)?.toLowerCase() ?? '');
    if (fn && !found.includes(fn)) found.push(fn);
  };
  // CALL's FuncCall sits in a plain field (`funccall`), not wrapped in its type name.
  call(node.funccall as AstNode | undefined);
  walk(node, (type, inner) => {
    if (type === 'FuncCall') call(inner);
  });
  return found;
}

/**
 * Maps character offsets of a string literal's value to the source: exact for dollar-quoted
 * bodies and for '…' without escapes or with doubled quotes; the literal's start otherwise
 * (backslash escapes in E'…').
 */
function literalMap(at: EmbeddedIn, byteLocation: number): (offset: number) => number {
  if (byteLocation < 0) return () => at.toSource(0);
  // The location is the literal's, or (CREATE FUNCTION) the AS keyword's before it.
  const text = at.text;
  const start = byteToChar(text)(byteLocation);
  const rest = /^(?:AS\b)?(?:\s|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/i.exec(text.slice(start));
  const literal = start + (rest?.[0].length ?? 0);
  const dollar = /^\$([A-Za-z_][A-Za-z_0-9]*)?\$/.exec(text.slice(literal));
  if (dollar) {
    const base = literal + dollar[0].length;
    return (offset) => at.toSource(base + offset);
  }
  if (text[literal] === "'") {
    // Value offset → source offset, skipping the second quote of each doubled ''.
    const positions: number[] = [];
    for (let i = literal + 1; i < text.length; i += 1) {
      if (text[i] === "'") {
        if (text[i + 1] !== "'") break;
        i += 1;
      }
      positions.push(i);
    }
    return (offset) => at.toSource(positions[offset] ?? literal);
  }
  return () => at.toSource(literal);
}

/** The statements of a PL/pgSQL body, each parsed and placed in the source. */
function plpgsqlStatements(
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
function sqlStatements(
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

function shorten(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}…` : one;
}
