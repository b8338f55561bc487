/**
 * The hygiene notice on statements that fail when a migration without a transaction is re-run
 * after a failure (CREATE without IF NOT EXISTS, DROP without IF EXISTS, …).
 */
import type { LintContext, Rule } from '../types.js';
import type { ParsedStatement } from '../../sql/index.js';
import { alterTableCmds, names, nodeOf, tableName, type AstNode } from '../ast.js';

/** CREATE statements that accept IF NOT EXISTS (or OR REPLACE), with the field that says so. */
const CREATES: Record<string, { sql: string; flag: string; name: (n: AstNode) => string }> = {
  CreateStmt: { sql: 'CREATE TABLE', flag: 'if_not_exists', name: (n) => tableName(n.relation) },
  CreateTableAsStmt: {
    sql: 'CREATE TABLE/MATERIALIZED VIEW … AS',
    flag: 'if_not_exists',
    name: (n) => tableName(nodeOf(n.into, 'IntoClause')?.rel ?? (n.into as AstNode)?.rel),
  },
  IndexStmt: { sql: 'CREATE INDEX', flag: 'if_not_exists', name: (n) => String(n.idxname) },
  CreateSeqStmt: {
    sql: 'CREATE SEQUENCE',
    flag: 'if_not_exists',
    name: (n) => tableName(n.sequence),
  },
  CreateSchemaStmt: {
    sql: 'CREATE SCHEMA',
    flag: 'if_not_exists',
    name: (n) => String(n.schemaname),
  },
  CreateExtensionStmt: {
    sql: 'CREATE EXTENSION',
    flag: 'if_not_exists',
    name: (n) => String(n.extname),
  },
  ViewStmt: { sql: 'CREATE VIEW', flag: 'replace', name: (n) => tableName(n.view) },
  CreateFunctionStmt: {
    sql: 'CREATE FUNCTION',
    flag: 'replace',
    name: (n) => names(n.funcname).join('.'),
  },
};

/** Whether an earlier statement dropped the constraint `name` IF EXISTS (the re-runnable ADD CONSTRAINT). */
function droppedIfExistsEarlier(context: LintContext, name: unknown): boolean {
  return context.statements
    .slice(0, context.index)
    .some(
      (s) =>
        s.type === 'AlterTableStmt' &&
        alterTableCmds(s.node).some(
          (cmd) => cmd.subtype === 'AT_DropConstraint' && cmd.missing_ok && cmd.name === name,
        ),
    );
}

/** What in a statement fails when it runs a second time. */
function notRerunnable(
  statement: ParsedStatement,
  context: LintContext,
): Array<{ what: string; fix: string }> {
  const node = statement.node;
  const create = CREATES[statement.type];
  if (create)
    return node[create.flag]
      ? []
      : [
          {
            what: `${create.sql} ${create.name(node)}`,
            fix: create.flag === 'replace' ? 'CREATE OR REPLACE' : 'IF NOT EXISTS',
          },
        ];
  if (statement.type === 'DropStmt')
    return node.missing_ok
      ? []
      : [{ what: `DROP ${String(node.removeType).replace(/^OBJECT_/, '')}`, fix: 'IF EXISTS' }];
  if (statement.type !== 'AlterTableStmt') return [];
  const table = tableName(node.relation);
  return alterTableCmds(node).flatMap((cmd) => {
    const column = String(nodeOf(cmd.def, 'ColumnDef')?.colname ?? cmd.name);
    if (cmd.subtype === 'AT_AddColumn' && !cmd.missing_ok)
      return [{ what: `ADD COLUMN ${table}.${column}`, fix: 'ADD COLUMN IF NOT EXISTS' }];
    if (cmd.subtype === 'AT_DropColumn' && !cmd.missing_ok)
      return [{ what: `DROP COLUMN ${table}.${column}`, fix: 'DROP COLUMN IF EXISTS' }];
    if (cmd.subtype === 'AT_DropConstraint' && !cmd.missing_ok)
      return [{ what: `DROP CONSTRAINT ${String(cmd.name)}`, fix: 'DROP CONSTRAINT IF EXISTS' }];
    const constraint = nodeOf(cmd.def, 'Constraint');
    if (cmd.subtype === 'AT_AddConstraint' && !droppedIfExistsEarlier(context, constraint?.conname))
      return [
        {
          what: `ADD CONSTRAINT ${String(constraint?.conname ?? '')} on ${table}`,
          fix: 'a preceding ALTER TABLE … DROP CONSTRAINT IF EXISTS',
        },
      ];
    return [];
  });
}

/**
 * A migration that runs outside a transaction stops half-way when a statement fails; the next
 * attempt re-runs the statements that already succeeded (PostgreSQL docs, 3.4 Transactions; CREATE
 * INDEX, Building Indexes Concurrently). squawk: prefer-robust-stmts. Inside a transaction a failure
 * rolls everything back, so the rule stays silent there.
 */
export const preferRobustStmts: Rule = {
  id: 'prefer-robust-stmts',
  severity: 'notice',
  description:
    'In a migration without a transaction, statements should succeed when re-run after a failure.',
  nodeTypes: [...Object.keys(CREATES), 'DropStmt', 'AlterTableStmt'],
  check(statement, context) {
    if (context.transactional) return [];
    return notRerunnable(statement, context).map(({ what, fix }) => ({
      message: `${what} fails when the migration is re-run: it runs without a transaction, so statements before a failure stay applied`,
      hint: `write ${fix} so a retry after a failure gets past this statement`,
    }));
  },
};
