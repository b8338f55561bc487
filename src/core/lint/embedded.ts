/**
 * SQL that runs inside another statement: the body of a `DO` block, the body of a function the
 * migration creates and then calls (`SELECT f()`, `PERFORM f()`, `CALL p()`), and the constant
 * strings such bodies `EXECUTE`. PostgreSQL runs them as part of the migration, so their DDL takes
 * the same locks and rewrites the same tables as it would at the top level: the engine lints them
 * in place, in execution order. A body that builds its SQL at run time (`EXECUTE format(…)`)
 * cannot be read; that is said as a `dynamic-sql` notice (validate's scratch run still applies it
 * and observes what it does).
 */
import type { ParsedStatement } from '../sql/index.js';
import { names, walk, type AstNode } from './ast.js';
import { doBody, functionBody, type FunctionBody, type UnreadBody } from './embedded-bodies.js';
import { plpgsqlStatements, sqlStatements } from './embedded-statements.js';

export type { UnreadBody } from './embedded-bodies.js';

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
