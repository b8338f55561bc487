/**
 * The blue-green rule on the way back: after the switch green's writes replicate to blue, and what
 * green may store that blue refuses stops that replication (and a rollback loses green's writes).
 */
import type { LintContext, Rule, RuleHit, TableKey } from '../types.js';
import { earlierAlterCmds, names, nodeOf, qualifiedNameKey, rangeVarLocation } from '../ast.js';
import { BLUE_GREEN, addedColumn, replicatedCmds } from './blue-green-shared.js';

/** Whether the enum type `parts` was created earlier in this migration. */
function enumIsNew(context: LintContext, parts: string[]): boolean {
  const key = qualifiedNameKey(parts);
  return context.statements
    .slice(0, context.index)
    .some((s) => s.type === 'CreateEnumStmt' && qualifiedNameKey(names(s.node.typeName)) === key);
}

/** Whether an earlier statement of this migration added the constraint `name` to `key`. */
function constraintIsNew(context: LintContext, key: TableKey, name: string): boolean {
  return earlierAlterCmds(context, key).some(
    (cmd) => cmd.subtype === 'AT_AddConstraint' && nodeOf(cmd.def, 'Constraint')?.conname === name,
  );
}

const ROLLBACK_HINT =
  "keep blue's rule while a rollback to blue is possible, and relax it in a later deploy";

/**
 * After the switch green's writes replicate back to blue, which has the old schema: a value green
 * may store and blue refuses stops that replication, and a rollback then loses green's writes.
 * Before PostgreSQL 15 a publication cannot leave a column out (column lists are 15+), so a
 * column added on green is sent to a blue that does not have it (checked on 18: a subscriber
 * missing a published column stops; with a column list it replicates).
 */
export const breaksRollback: Rule = {
  id: 'blue-green-breaks-rollback',
  severity: 'warning',
  description:
    'A change that lets green store what blue refuses (DROP NOT NULL, DROP CONSTRAINT, a new enum value) stops the replication back to blue after the switch.',
  nodeTypes: ['AlterTableStmt', 'AlterEnumStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    const node = statement.node;
    const back = 'the replication back to blue for a rollback stops on the first such row';
    if (statement.type === 'AlterEnumStmt') {
      const parts = names(node.typeName);
      if (node.oldVal !== undefined || enumIsNew(context, parts)) return [];
      return [
        {
          message: `ALTER TYPE ${parts.join('.')} ADD VALUE '${String(node.newVal)}': after the switch, a row green writes with '${String(node.newVal)}' is refused by blue ("invalid input value for enum"), and ${back}`,
          hint: `add the value on blue first (ALTER TYPE … ADD VALUE is safe there), or ${ROLLBACK_HINT}`,
        },
      ];
    }
    const cmds = ['AT_DropNotNull', 'AT_DropConstraint', 'AT_AddColumn'];
    return replicatedCmds(statement, context, cmds).flatMap(({ key, table, cmd }): RuleHit[] => {
      const location = rangeVarLocation(node.relation);
      if (cmd.subtype === 'AT_AddColumn') {
        if (context.pgVersion >= 15) return [];
        const column = String(nodeOf(cmd.def, 'ColumnDef')?.colname);
        return [
          {
            message: `ADD COLUMN ${column} on ${table} on PostgreSQL ${context.pgVersion}: before 15 a publication cannot leave a column out, so after the switch green sends ${column}, which blue does not have, and the replication back to blue for a rollback stops`,
            hint: `run PostgreSQL 15 or later (the reverse publication then lists blue's columns only), or accept that a rollback loses the writes green took`,
            location,
          },
        ];
      }
      const name = String(cmd.name);
      if (cmd.subtype === 'AT_DropNotNull')
        return addedColumn(context, key, name)
          ? []
          : [
              {
                message: `ALTER COLUMN ${name} DROP NOT NULL on ${table}: after the switch green may store NULL in ${name}, which blue refuses, and ${back}`,
                hint: ROLLBACK_HINT,
                location,
              },
            ];
      // A primary key is blue-green-replica-identity's.
      if (name.endsWith('_pkey') || constraintIsNew(context, key, name)) return [];
      return [
        {
          message: `DROP CONSTRAINT ${name} on ${table}: after the switch green accepts rows that blue's ${name} refuses, and ${back} (a foreign key excepted: replication does not check those)`,
          hint: ROLLBACK_HINT,
          location,
        },
      ];
    });
  },
};
