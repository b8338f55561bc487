/**
 * SET NOT NULL (and PostgreSQL 18's ADD CONSTRAINT … NOT NULL): when it scans, and when an earlier
 * validated CHECK (col IS NOT NULL) lets PostgreSQL 12+ skip the scan.
 */
import type { LintContext, Rule, RuleHit } from '../types.js';
import {
  alterTableCmds,
  earlierAlterCmds,
  list,
  locationOf,
  names,
  nodeOf,
  tableKey,
  tableName,
  type AstNode,
} from '../ast.js';

/** ` name` of a named constraint, for messages. */
export const named = (c: AstNode) => (typeof c.conname === 'string' ? ` ${c.conname}` : '');

/** Whether PostgreSQL will check existing rows: not NOT VALID, and enforced (PostgreSQL 18). */
export const validatesRows = (c: AstNode) => !c.skip_validation && c.is_enforced !== false;

/** Columns a CHECK expression proves NOT NULL: `c IS NOT NULL`, alone or AND-ed with others. */
function notNullColumns(expr: unknown): string[] {
  const test = nodeOf(expr, 'NullTest');
  if (test?.nulltesttype === 'IS_NOT_NULL') {
    const fields = names(nodeOf(test.arg, 'ColumnRef')?.fields);
    return fields.length ? [fields[fields.length - 1] as string] : [];
  }
  const bool = nodeOf(expr, 'BoolExpr');
  return bool?.boolop === 'AND_EXPR' ? list(bool.args).flatMap(notNullColumns) : [];
}

/**
 * Whether an earlier statement validated a constraint proving `column` NOT NULL on `key`: a
 * CHECK (column IS NOT NULL) (or a PostgreSQL 18 NOT NULL constraint) added with validation, or
 * added NOT VALID and then VALIDATEd. A VALIDATE of a constraint defined in an earlier migration
 * counts when its name mentions the column (the usual `<table>_<column>_not_null`).
 */
function provenNotNull(context: LintContext, key: string, column: string): boolean {
  const proving = new Map<string, boolean>();
  let proven = false;
  for (const cmd of earlierAlterCmds(context, key)) {
    const c = nodeOf(cmd.def, 'Constraint');
    if (cmd.subtype === 'AT_AddConstraint' && c) {
      const covers =
        (c.contype === 'CONSTR_CHECK' && notNullColumns(c.raw_expr).includes(column)) ||
        (c.contype === 'CONSTR_NOTNULL' && names(c.keys).includes(column));
      if (typeof c.conname === 'string') proving.set(c.conname, covers);
      if (covers && validatesRows(c)) proven = true;
    }
    if (cmd.subtype === 'AT_ValidateConstraint' && typeof cmd.name === 'string') {
      const known = proving.get(cmd.name);
      if (known ?? cmd.name.toLowerCase().includes(column.toLowerCase())) proven = true;
    }
  }
  return proven;
}

function notNullHint(table: string, column: string, pgVersion: number): string {
  if (pgVersion < 12)
    return `PostgreSQL ${pgVersion} always scans for SET NOT NULL (12+ can use a validated CHECK instead): run it while ${table} is small or in a maintenance window, or keep a CHECK (${column} IS NOT NULL) NOT VALID constraint and VALIDATE it instead`;
  const recipe = `ALTER TABLE ${table} ADD CONSTRAINT <name> CHECK (${column} IS NOT NULL) NOT VALID; ALTER TABLE ${table} VALIDATE CONSTRAINT <name>; ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL (no scan now); ALTER TABLE ${table} DROP CONSTRAINT <name>`;
  return pgVersion >= 18
    ? `on PostgreSQL 18: ALTER TABLE ${table} ADD CONSTRAINT <name> NOT NULL ${column} NOT VALID, then ALTER TABLE ${table} VALIDATE CONSTRAINT <name> (lets writes through); or ${recipe}`
    : recipe;
}

/**
 * SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock, unless (PostgreSQL 12+) a
 * valid CHECK constraint already proves the column has no NULLs (PostgreSQL docs, ALTER TABLE,
 * SET/DROP NOT NULL). PostgreSQL 18 adds NOT NULL constraints that can be NOT VALID.
 */
export const setNotNullScansTable: Rule = {
  id: 'set-not-null-scans-table',
  severity: 'error',
  description:
    'SET NOT NULL blocks reads and writes while it scans the table, unless a validated CHECK proves it.',
  nodeTypes: ['AlterTableStmt'],
  check(statement, context) {
    const node = statement.node;
    const key = tableKey(node.relation);
    if (context.createdTables.has(key)) return [];
    const table = tableName(node.relation);
    return alterTableCmds(node).flatMap((cmd): RuleHit[] => {
      const c = nodeOf(cmd.def, 'Constraint');
      const isNotNullConstraint =
        cmd.subtype === 'AT_AddConstraint' && c?.contype === 'CONSTR_NOTNULL';
      if (isNotNullConstraint && context.pgVersion < 18)
        return [
          {
            message: `ADD CONSTRAINT${named(c)} NOT NULL on ${table} fails before PostgreSQL 18 (this is ${context.pgVersion})`,
            hint: notNullHint(table, names(c.keys).join(', ') || '<column>', context.pgVersion),
            location: locationOf(c),
          },
        ];
      const column = isNotNullConstraint
        ? names(c.keys)[0]
        : cmd.subtype === 'AT_SetNotNull'
          ? cmd.name
          : undefined;
      if (typeof column !== 'string' || (c && !validatesRows(c))) return [];
      if (context.pgVersion >= 12 && provenNotNull(context, key, column)) return [];
      return [
        {
          message: `${isNotNullConstraint ? `ADD CONSTRAINT${named(c)} NOT NULL ${column}` : `ALTER COLUMN ${column} SET NOT NULL`} on ${table} scans every row of ${table} while blocking its reads and writes`,
          hint: notNullHint(table, column, context.pgVersion),
          location: locationOf(c),
        },
      ];
    });
  },
};
