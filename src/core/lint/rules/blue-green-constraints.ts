/**
 * Blue-green rules on constraints and keys: what green enforces that blue does not (here:
 * replication stops), replica identities (blue-green-identity.ts), and what green stops enforcing
 * (blue-green-rollback.ts: the replication back to blue stops).
 */
import type { Rule, RuleHit } from '../types.js';
import { defaultVolatility } from './column-types.js';
import { named, validatesRows } from './not-null.js';
import {
  columnConstraints,
  locationOf,
  names,
  nodeOf,
  rangeVarLocation,
  tableKey,
  tableName,
  walk,
  type AstNode,
} from '../ast.js';
import { BLUE_GREEN, constraintOf, greenOnly, replicatedCmds } from './blue-green-shared.js';
import { identityRules } from './blue-green-identity.js';
import { breaksRollback } from './blue-green-rollback.js';

const KINDS: Record<string, string> = {
  CONSTR_UNIQUE: 'UNIQUE',
  CONSTR_PRIMARY: 'PRIMARY KEY',
  CONSTR_EXCLUSION: 'EXCLUDE',
  CONSTR_CHECK: 'CHECK',
};

/** Column names an expression refers to (the last part of each ColumnRef). */
function referencedColumns(expr: unknown): string[] {
  const columns: string[] = [];
  walk({ expr }, (type, node) => {
    if (type === 'ColumnRef') columns.push(names(node.fields).at(-1) ?? '');
  });
  return columns;
}

/**
 * The constraints an ALTER TABLE adds that can refuse a row blue writes: table constraints
 * (NOT VALID included: it still checks new rows) and, on a new column, a UNIQUE / PRIMARY KEY
 * with one shared default or a CHECK that reads other columns (NULL or one default otherwise).
 */
function canRefuseBlueRows(column: AstNode | undefined, constraint: AstNode): boolean {
  // USING INDEX attaches an existing unique index: its CREATE UNIQUE INDEX is what enforces.
  if (!column) return typeof constraint.indexname !== 'string';
  if (constraint.contype === 'CONSTR_CHECK')
    return referencedColumns(constraint.raw_expr).some((c) => c !== column.colname);
  const def = constraintOf(column, 'CONSTR_DEFAULT');
  return def !== undefined && defaultVolatility(def.raw_expr).volatile.length === 0;
}

/**
 * A new UNIQUE / PRIMARY KEY / EXCLUDE / CHECK constraint or unique index on a replicated table:
 * blue does not enforce it, and the first row blue writes that breaks it is a conflict that stops
 * replication (checked: a duplicate under a new unique index, a CHECK … NOT VALID).
 */
const newConstraint: Rule = {
  id: 'blue-green-new-constraint',
  severity: 'error',
  description:
    'A UNIQUE, PRIMARY KEY, EXCLUDE or CHECK constraint (or unique index) that blue does not enforce stops the replication on the first row from blue that breaks it.',
  nodeTypes: ['AlterTableStmt', 'IndexStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    const node = statement.node;
    const hint = (table: string) =>
      `add it in a later deploy, after the switch (in place: NOT VALID then VALIDATE, or CREATE UNIQUE INDEX CONCURRENTLY), once the code writing ${table} respects it`;
    if (statement.type === 'IndexStmt') {
      if (!node.unique || greenOnly(context, tableKey(node.relation))) return [];
      const table = tableName(node.relation);
      return [
        {
          message: `CREATE UNIQUE INDEX on ${table} on green: blue does not enforce it, and the first duplicate blue writes to ${table} stops the apply worker`,
          hint: hint(table),
          location: rangeVarLocation(node.relation),
        },
      ];
    }
    return replicatedCmds(statement, context, ['AT_AddConstraint', 'AT_AddColumn']).flatMap(
      ({ table, cmd }): RuleHit[] => {
        const column = cmd.subtype === 'AT_AddColumn' ? nodeOf(cmd.def, 'ColumnDef') : undefined;
        const added = column ? columnConstraints(column) : [nodeOf(cmd.def, 'Constraint') ?? {}];
        return added
          .filter((c) => KINDS[String(c.contype)] !== undefined && canRefuseBlueRows(column, c))
          .map((c) => ({
            message: `${column ? `ADD COLUMN ${String(column.colname)} … ${KINDS[String(c.contype)]}` : `ADD CONSTRAINT${named(c)} ${KINDS[String(c.contype)]}`} on ${table} on green: blue does not enforce it, and the first row blue writes to ${table} that breaks it stops the apply worker${validatesRows(c) ? '' : ' (NOT VALID still checks every new row, replicated ones included)'}`,
            hint: hint(table),
            location: locationOf(c),
          }));
      },
    );
  },
};

/**
 * A foreign key added on green is not checked for replicated rows: foreign keys are triggers, and
 * the apply worker's session_replication_role = replica skips them (checked: a row from blue with
 * a dangling reference is applied). ON DELETE actions do not run for blue's deletes either.
 */
const newForeignKey: Rule = {
  id: 'blue-green-new-foreign-key',
  severity: 'warning',
  description:
    'A foreign key added on green is not checked for rows replicated from blue: green can take traffic with rows that break it.',
  nodeTypes: ['AlterTableStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    return replicatedCmds(statement, context, ['AT_AddConstraint', 'AT_AddColumn']).flatMap(
      ({ table, cmd }): RuleHit[] => {
        const column = cmd.subtype === 'AT_AddColumn' ? nodeOf(cmd.def, 'ColumnDef') : undefined;
        // A new column's rows from blue are NULL (or one default): nothing to reference.
        if (column && !constraintOf(column, 'CONSTR_DEFAULT')) return [];
        const added = column ? columnConstraints(column) : [nodeOf(cmd.def, 'Constraint') ?? {}];
        return added
          .filter((c) => c.contype === 'CONSTR_FOREIGN')
          .map((c) => ({
            message: `FOREIGN KEY${named(c)} on ${table} REFERENCES ${tableName(c.pktable)} on green: rows replicated from blue are not checked (the apply worker runs with session_replication_role = replica, which skips foreign-key triggers and ON DELETE actions), so green can take traffic holding rows that break it`,
            hint: `add it in a later deploy, after the switch (NOT VALID, then VALIDATE CONSTRAINT, which checks every row)`,
            location: locationOf(c),
          }));
      },
    );
  },
};

/** The blue-green rules on constraints and keys, in the order they report. */
export const constraintRules: readonly Rule[] = [
  newConstraint,
  newForeignKey,
  ...identityRules,
  breaksRollback,
];
