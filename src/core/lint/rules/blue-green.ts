/**
 * Rules for migrations deployed blue-green: the migrations run on "green", a copy of the live
 * database ("blue") that logical replication keeps fed with blue's INSERT/UPDATE/DELETE until
 * traffic switches to green; after the switch, green's writes replicate back to blue (old schema)
 * for a rollback. What logical replication does, from the PostgreSQL docs (Logical Replication:
 * Subscription, Conflicts, Restrictions, Column Lists; session_replication_role), each checked on
 * PostgreSQL 18 with a publication on one database and a subscription on another:
 *
 * - Tables are matched by name and columns by name; a value crosses as text and must parse as the
 *   target column's type. The target may have extra columns (filled with their defaults), not
 *   fewer: a change to a missing table or column stops the apply worker, which retries it forever.
 * - The target's NOT NULL, CHECK and unique constraints check every replicated row; a violation
 *   is a conflict that stops replication. Foreign keys are not checked: the apply worker runs
 *   with session_replication_role = replica, which skips foreign-key triggers and every trigger
 *   not enabled ALWAYS or REPLICA. It also runs with an empty search_path.
 * - UPDATE and DELETE find their row by the replica identity (the primary key by default); a
 *   publisher cannot UPDATE or DELETE a published table that has none.
 * - DDL and sequence values are not replicated: the switch copies blue's sequences over green's.
 *
 * So a migration on green must be additive. Tables created earlier in the migration, or by an
 * earlier migration of the same deploy, exist on green only: blue does not replicate into them.
 */
import type { Rule, RuleHit } from '../types.js';
import { named } from './not-null.js';
import {
  list,
  locationOf,
  names,
  nodeOf,
  qualifiedNameKey,
  rangeVarLocation,
  tableKey,
  tableName,
  typeNameText,
  type AstNode,
} from '../ast.js';
import {
  BLUE_GREEN,
  IGNORE,
  STOPS,
  addedColumn,
  constraintOf,
  filledColumn,
  greenOnly,
  replicatedCmds,
} from './blue-green-shared.js';
import { constraintRules } from './blue-green-constraints.js';
import { dataRules } from './blue-green-data.js';

/**
 * DROP TABLE on green: blue's next write to the table has no target ("logical replication target
 * relation … does not exist").
 */
const dropTable: Rule = {
  id: 'blue-green-drop-table',
  severity: 'error',
  description: "DROP TABLE on green stops the replication of blue's writes to that table.",
  nodeTypes: ['DropStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    if (statement.node.removeType !== 'OBJECT_TABLE') return [];
    return list(statement.node.objects)
      .map((object) => names(nodeOf(object, 'List')?.items))
      .filter((parts) => !greenOnly(context, qualifiedNameKey(parts)))
      .map((parts) => {
        const table = parts.join('.');
        return {
          message: `DROP TABLE ${table} on green: blue still writes ${table}, and applying its next change fails ("target relation does not exist"); ${STOPS}`,
          hint: `keep ${table} in this deploy; stop using it in the code, and drop it in a later deploy, after the switch`,
        };
      });
  },
};

/** DROP COLUMN on green: blue's rows still carry the column ("missing replicated column"). */
const dropColumn: Rule = {
  id: 'blue-green-drop-column',
  severity: 'error',
  description: "DROP COLUMN on green stops the replication: blue's rows still carry the column.",
  nodeTypes: ['AlterTableStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    return replicatedCmds(statement, context, ['AT_DropColumn'])
      .filter(({ key, cmd }) => !addedColumn(context, key, String(cmd.name)))
      .map(({ table, cmd }) => {
        const column = String(cmd.name);
        return {
          message: `DROP COLUMN ${table}.${column} on green: blue's next write to ${table} carries ${column}, which green no longer has ("missing replicated column"); ${STOPS}`,
          hint: `keep ${column} in this deploy (nullable or with a default if the new code stops writing it), and drop it in a later deploy, after the switch`,
          location: rangeVarLocation(statement.node.relation),
        };
      });
  },
};

/**
 * ALTER TABLE … RENAME TO / SET SCHEMA on green: tables are matched by schema and name, so blue's
 * writes find no target, and green's writes after the switch find none on blue.
 */
const renameTable: Rule = {
  id: 'blue-green-rename-table',
  severity: 'error',
  description: 'Renaming a table (or moving it to another schema) on green stops the replication.',
  nodeTypes: ['RenameStmt', 'AlterObjectSchemaStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    const node = statement.node;
    const rename = statement.type === 'RenameStmt';
    if ((rename ? node.renameType : node.objectType) !== 'OBJECT_TABLE') return [];
    if (greenOnly(context, tableKey(node.relation))) return [];
    const table = tableName(node.relation);
    const rv = (nodeOf(node.relation, 'RangeVar') ?? node.relation) as AstNode;
    const to = rename ? String(node.newname) : `${String(node.newschema)}.${String(rv.relname)}`;
    return [
      {
        message: `${rename ? `RENAME TO ${String(node.newname)}` : `SET SCHEMA ${String(node.newschema)}`} on ${table} on green: replication matches tables by name, so blue's next write to ${table} has no target; ${STOPS}; after the switch, green's writes to ${to} have none on blue`,
        hint: `keep the name in this deploy: give the new code the new name as a view (CREATE VIEW ${to} AS SELECT * FROM ${table}, updatable), and rename in a later deploy, after the switch`,
        location: rangeVarLocation(node.relation),
      },
    ];
  },
};

/** RENAME COLUMN on green: columns are matched by name. */
const renameColumn: Rule = {
  id: 'blue-green-rename-column',
  severity: 'error',
  description: 'Renaming a column on green stops the replication: columns are matched by name.',
  nodeTypes: ['RenameStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    const node = statement.node;
    if (node.renameType !== 'OBJECT_COLUMN' || node.relationType !== 'OBJECT_TABLE') return [];
    const key = tableKey(node.relation);
    const [old, renamed] = [String(node.subname), String(node.newname)];
    if (greenOnly(context, key) || addedColumn(context, key, old)) return [];
    const table = tableName(node.relation);
    return [
      {
        message: `RENAME COLUMN ${table}.${old} TO ${renamed} on green: blue's writes to ${table} carry ${old}, which green no longer has; ${STOPS}; after the switch, green's writes carry ${renamed}, which blue does not have`,
        hint: `add ${renamed} as a new nullable column, have the new code read ${renamed} and fall back to ${old}, then backfill and drop ${old} in later deploys, after the switch`,
        location: rangeVarLocation(node.relation),
      },
    ];
  },
};

/**
 * ALTER COLUMN TYPE on green: blue's values arrive as text and must parse as the new type (a
 * binary subscription refuses any type difference); after the switch green's values must parse
 * as blue's old type. Checked: text → integer stops on 'abc'; integer → bigint replicates.
 */
const columnType: Rule = {
  id: 'blue-green-column-type',
  severity: 'error',
  description:
    "ALTER COLUMN TYPE on green: blue's values must parse as the new type, green's as the old one.",
  nodeTypes: ['AlterTableStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    return replicatedCmds(statement, context, ['AT_AlterColumnType'])
      .filter(({ key, cmd }) => !addedColumn(context, key, String(cmd.name)))
      .map(({ table, cmd }) => {
        const column = String(cmd.name);
        const type = typeNameText(nodeOf(cmd.def, 'ColumnDef')?.typeName);
        return {
          message: `ALTER COLUMN ${column} TYPE ${type} on ${table} on green: blue's values of ${column} arrive as text and must parse as ${type}, or the apply worker stops (a binary subscription refuses any type change); after the switch, green's values must fit blue's old type for a rollback`,
          hint: `add a new nullable column of type ${type} and move to it across deploys (the new code writes both, backfill after the switch, drop the old column later); a widening such as integer → bigint replicates while green's values still fit the old type: if that is enough, mark it ${IGNORE('blue-green-column-type')}`,
          location: locationOf(nodeOf(cmd.def, 'ColumnDef')),
        };
      });
  },
};

/**
 * NOT NULL on green: rows from blue lack a column blue does not have (the apply worker fills its
 * default, NULL without one), and blue may write NULL into a column it allows NULL in.
 */
const notNull: Rule = {
  id: 'blue-green-not-null',
  severity: 'error',
  description:
    'A NOT NULL that blue does not have stops the replication on the first NULL from blue.',
  nodeTypes: ['AlterTableStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    const cmds = ['AT_AddColumn', 'AT_SetNotNull', 'AT_AddConstraint'];
    return replicatedCmds(statement, context, cmds).flatMap(({ key, table, cmd }): RuleHit[] => {
      if (cmd.subtype === 'AT_AddColumn') {
        const def = nodeOf(cmd.def, 'ColumnDef');
        const required = constraintOf(def, 'CONSTR_NOTNULL') ?? constraintOf(def, 'CONSTR_PRIMARY');
        if (!required || filledColumn(def)) return [];
        const column = String(def?.colname);
        return [
          {
            message: `ADD COLUMN ${column} … NOT NULL without a DEFAULT on ${table} on green: the rows blue inserts arrive without ${column}, get NULL, and the apply worker stops on the not-null violation`,
            hint: `give ${column} a DEFAULT (rows from blue get it), or add it nullable and make it NOT NULL in a later deploy, after the switch`,
            location: locationOf(required),
          },
        ];
      }
      const constraint = nodeOf(cmd.def, 'Constraint');
      const column =
        cmd.subtype === 'AT_SetNotNull'
          ? String(cmd.name)
          : constraint?.contype === 'CONSTR_NOTNULL'
            ? names(constraint.keys)[0]
            : undefined;
      if (column === undefined || filledColumn(addedColumn(context, key, column))) return [];
      return [
        {
          message: `${cmd.subtype === 'AT_SetNotNull' ? `ALTER COLUMN ${column} SET NOT NULL` : `ADD CONSTRAINT${named(constraint ?? {})} NOT NULL ${column}`} on ${table} on green: blue allows NULL in ${column} and may still write one, and the apply worker stops on the first`,
          hint: `make ${column} NOT NULL in a later deploy, after the switch, once no running code writes NULL into it`,
          location: locationOf(constraint),
        },
      ];
    });
  },
};

export const blueGreenRules: readonly Rule[] = [
  dropTable,
  dropColumn,
  renameTable,
  renameColumn,
  columnType,
  notNull,
  ...constraintRules,
  ...dataRules,
];
