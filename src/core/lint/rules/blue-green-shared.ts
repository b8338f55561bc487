/** What the blue-green rules share: which tables and columns exist on green only, and phrases. */
import type { LintContext, TableKey } from '../types.js';
import type { ParsedStatement } from '../../sql/index.js';
import {
  alterTableCmds,
  columnConstraints,
  createdInMigration,
  earlierAlterCmds,
  nodeOf,
  tableKey,
  tableName,
  typeNameText,
  type AstNode,
} from '../ast.js';

export const BLUE_GREEN = ['blue-green'] as const;

export const STOPS =
  "the apply worker stops there and retries forever, and green gets none of blue's later writes";

export const IGNORE = (id: string) => `\`-- db-deploy-ignore ${id}: <why it is safe>\``;

/** Whether the table exists on green only (created earlier in this migration or this deploy). */
export function greenOnly(context: LintContext, key: TableKey): boolean {
  return createdInMigration(context, key) || context.createdInDeploy.has(key);
}

/** The ALTER TABLE commands of `subtypes` on a table blue replicates, with the table's names. */
export function replicatedCmds(
  statement: ParsedStatement,
  context: LintContext,
  subtypes: readonly string[],
): Array<{ key: TableKey; table: string; cmd: AstNode }> {
  const node = statement.node;
  const key = tableKey(node.relation);
  if (greenOnly(context, key)) return [];
  const table = tableName(node.relation);
  return alterTableCmds(node)
    .filter((cmd) => subtypes.includes(String(cmd.subtype)))
    .map((cmd) => ({ key, table, cmd }));
}

/** The ColumnDef an earlier ALTER TABLE of this migration added as `column` (a green-only column). */
export function addedColumn(
  context: LintContext,
  key: TableKey,
  column: string,
): AstNode | undefined {
  return earlierAlterCmds(context, key)
    .filter((cmd) => cmd.subtype === 'AT_AddColumn')
    .map((cmd) => nodeOf(cmd.def, 'ColumnDef'))
    .find((def) => def?.colname === column);
}

export const constraintOf = (column: AstNode | undefined, contype: string) =>
  columnConstraints(column).find((c) => c.contype === contype);

/** Whether every row of a new column gets a value (a non-NULL default, identity, generated, serial). */
export function filledColumn(column: AstNode | undefined): boolean {
  const def = constraintOf(column, 'CONSTR_DEFAULT');
  return (
    (def !== undefined && nodeOf(def.raw_expr, 'A_Const')?.isnull !== true) ||
    constraintOf(column, 'CONSTR_IDENTITY') !== undefined ||
    constraintOf(column, 'CONSTR_GENERATED') !== undefined ||
    /serial/.test(typeNameText(column?.typeName))
  );
}
