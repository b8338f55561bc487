/**
 * Small readers over libpg_query's JSON AST (PostgreSQL's own parse tree, one object per node:
 * `{ "NodeType": { ...fields } }`). Rules use these instead of poking at raw shapes.
 */
import type { TableKey } from './types.js';

export type AstNode = Record<string, unknown>;

/** `{ "ColumnDef": {...} }` → `['ColumnDef', {...}]`. */
export function unwrap(node: unknown): [string, AstNode] | undefined {
  const type = nodeType(node);
  if (type === undefined) return undefined;
  const value = (node as AstNode)[type];
  return value && typeof value === 'object' ? [type, value as AstNode] : undefined;
}

/**
 * The single key of a wrapped node, or undefined. Hot: rules call it for every node they look
 * at, so it allocates nothing (no Object.entries).
 */
function nodeType(node: unknown): string | undefined {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
  let type: string | undefined;
  for (const key in node) {
    if (type !== undefined) return undefined;
    type = key;
  }
  return type;
}

/** The inner fields of a node of the given type, or undefined when it is another type. */
export function nodeOf(node: unknown, type: string): AstNode | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const value = (node as AstNode)[type];
  if (!value || typeof value !== 'object' || nodeType(node) !== type) return undefined;
  return value as AstNode;
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

/**
 * Visits every node below `root` (depth first), with its type name (a key that starts with a
 * capital letter holding an object). Hot: rules and the engine walk every statement they look
 * into, so it allocates nothing (`for…in`, no Object.entries, no regular expression).
 */
export function walk(root: unknown, visit: (type: string, node: AstNode) => void): void {
  if (Array.isArray(root)) {
    for (const item of root) walk(item, visit);
    return;
  }
  if (!root || typeof root !== 'object') return;
  for (const key in root as AstNode) {
    const value = (root as AstNode)[key];
    if (!value || typeof value !== 'object') continue;
    const first = key.charCodeAt(0);
    if (!Array.isArray(value) && first >= 65 && first <= 90) visit(key, value as AstNode);
    walk(value, visit);
  }
}

/** The AST `location` of a node (a byte offset in the parsed source), when it has one. */
export function locationOf(node: AstNode | undefined): number | undefined {
  return typeof node?.location === 'number' && node.location >= 0 ? node.location : undefined;
}

/**
 * A qualified name list (`['sales', 'orders']`, from DropStmt objects or a RenameStmt object) as a
 * TableKey; the schema defaults to `public`, a leading database name is ignored.
 */
export function qualifiedNameKey(parts: readonly string[]): TableKey {
  const table = parts[parts.length - 1] ?? '?';
  const schema = parts.length >= 2 ? (parts[parts.length - 2] as string) : 'public';
  return `${schema}.${table}`;
}

/**
 * Whether the relation `key` was created earlier in this migration: by CREATE TABLE / CREATE
 * TABLE AS / CREATE MATERIALIZED VIEW (the engine's `createdTables`), or by CREATE VIEW, which
 * the engine does not track. A relation that is new is not yet used by running code.
 */
export function createdInMigration(
  context: {
    createdTables: ReadonlySet<TableKey>;
    statements: readonly { type: string; node: AstNode }[];
    index: number;
  },
  key: TableKey,
): boolean {
  if (context.createdTables.has(key)) return true;
  return context.statements
    .slice(0, context.index)
    .some((s) => s.type === 'ViewStmt' && tableKey(s.node.view) === key);
}

/** Whether a schema was created by an earlier CREATE SCHEMA of this migration. */
export function schemaCreatedInMigration(
  context: { statements: readonly { type: string; node: AstNode }[]; index: number },
  schema: string,
): boolean {
  return context.statements
    .slice(0, context.index)
    .some((s) => s.type === 'CreateSchemaStmt' && s.node.schemaname === schema);
}

/** The `AlterTableCmd` fields of an AlterTableStmt's `cmds` (subtype, name, def, missing_ok, …). */
export function alterTableCmds(alterTableStmt: AstNode): AstNode[] {
  return list(alterTableStmt.cmds)
    .map((c) => nodeOf(c, 'AlterTableCmd'))
    .filter((c): c is AstNode => c !== undefined);
}

/** The `location` of a RangeVar, wrapped (`{ RangeVar: {...} }`, in lists) or bare (`relation` fields). */
export function rangeVarLocation(rangeVar: unknown): number | undefined {
  return locationOf((nodeOf(rangeVar, 'RangeVar') ?? rangeVar) as AstNode | undefined);
}

/** The `Constraint` fields of a ColumnDef's `constraints` (DEFAULT, NOT NULL, REFERENCES, …). */
export function columnConstraints(columnDef: AstNode | undefined): AstNode[] {
  return list(columnDef?.constraints)
    .map((c) => nodeOf(c, 'Constraint'))
    .filter((c): c is AstNode => c !== undefined);
}

/**
 * The earlier AlterTableCmds of this migration on table `key`, oldest first (for rules whose
 * verdict depends on an earlier step, like SET NOT NULL after a validated CHECK).
 */
export function earlierAlterCmds(
  context: { statements: readonly { type: string; node: AstNode }[]; index: number },
  key: TableKey,
): AstNode[] {
  return context.statements
    .slice(0, context.index)
    .filter((s) => s.type === 'AlterTableStmt' && tableKey(s.node.relation) === key)
    .flatMap((s) => alterTableCmds(s.node));
}
