/**
 * Small readers over libpg_query's JSON AST (PostgreSQL's own parse tree, one object per node:
 * `{ "NodeType": { ...fields } }`). Rules use these instead of poking at raw shapes.
 */
import type { TableKey } from './types.js';

export type AstNode = Record<string, unknown>;

/** `{ "ColumnDef": {...} }` → `['ColumnDef', {...}]`. */
export function unwrap(node: unknown): [string, AstNode] | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const entries = Object.entries(node as AstNode);
  if (entries.length !== 1) return undefined;
  const [type, value] = entries[0] as [string, unknown];
  return value && typeof value === 'object' ? [type, value as AstNode] : undefined;
}

/** The inner fields of a node of the given type, or undefined when it is another type. */
export function nodeOf(node: unknown, type: string): AstNode | undefined {
  const pair = unwrap(node);
  return pair && pair[0] === type ? pair[1] : undefined;
}

/** A list field as an array (absent lists come back empty). */
export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The string values of a list of `String` nodes (`names`, `funcname`, …). */
export function names(value: unknown): string[] {
  return list(value).map((item) => {
    const s = nodeOf(item, 'String');
    return typeof s?.sval === 'string' ? s.sval : '';
  });
}

/** A RangeVar (`schema.table`) as a normalised key; the schema defaults to `public`. */
export function tableKey(rangeVar: unknown): TableKey {
  const rv = (nodeOf(rangeVar, 'RangeVar') ?? rangeVar) as AstNode | undefined;
  const schema = typeof rv?.schemaname === 'string' ? rv.schemaname : 'public';
  const table = typeof rv?.relname === 'string' ? rv.relname : '?';
  return `${schema}.${table}`;
}

/** A RangeVar as written (`orders`, `sales.orders`), for messages. */
export function tableName(rangeVar: unknown): string {
  const rv = (nodeOf(rangeVar, 'RangeVar') ?? rangeVar) as AstNode | undefined;
  const table = typeof rv?.relname === 'string' ? rv.relname : '?';
  return typeof rv?.schemaname === 'string' ? `${rv.schemaname}.${table}` : table;
}

/** A TypeName as SQL-ish text: `int4`, `varchar(255)`, `timestamp`, `bigserial`. */
export function typeNameText(typeName: unknown): string {
  const tn = (nodeOf(typeName, 'TypeName') ?? typeName) as AstNode | undefined;
  const parts = names(tn?.names).filter((n) => n !== 'pg_catalog');
  const mods = list(tn?.typmods)
    .map((m) => {
      const constant = nodeOf(m, 'A_Const');
      const ival = nodeOf(constant?.ival, 'Integer') ?? (constant?.ival as AstNode | undefined);
      return ival && typeof ival.ival === 'number' ? String(ival.ival) : '';
    })
    .filter(Boolean);
  const array = list(tn?.arrayBounds).length > 0 ? '[]' : '';
  return `${parts.join('.')}${mods.length ? `(${mods.join(',')})` : ''}${array}`;
}

/** Visits every node below `root` (depth first), with its type name. */
export function walk(root: unknown, visit: (type: string, node: AstNode) => void): void {
  if (Array.isArray(root)) {
    for (const item of root) walk(item, visit);
    return;
  }
  if (!root || typeof root !== 'object') return;
  for (const [key, value] of Object.entries(root as AstNode)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && /^[A-Z]/.test(key)) {
      visit(key, value as AstNode);
    }
    walk(value, visit);
  }
}

/** The AST `location` of a node (a byte offset in the parsed source), when it has one. */
export function locationOf(node: AstNode | undefined): number | undefined {
  return typeof node?.location === 'number' && node.location >= 0 ? node.location : undefined;
}
