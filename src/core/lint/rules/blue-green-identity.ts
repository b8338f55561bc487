/**
 * Blue-green rules on replica identities: how each side finds the row of a replicated UPDATE or
 * DELETE, changed or dropped on green, or missing from a new table green will publish.
 */
import type { LintContext, Rule, RuleHit, TableKey } from '../types.js';
import {
  alterTableCmds,
  list,
  locationOf,
  nodeOf,
  rangeVarLocation,
  tableKey,
  tableName,
  type AstNode,
} from '../ast.js';
import { BLUE_GREEN, STOPS, constraintOf, replicatedCmds } from './blue-green-shared.js';

const IDENTITY: Record<string, string> = {
  d: 'DEFAULT',
  f: 'FULL',
  i: 'USING INDEX',
  n: 'NOTHING',
};

/**
 * The replica identity is how an UPDATE or DELETE finds its row on the other side (PostgreSQL
 * docs, ALTER TABLE, REPLICA IDENTITY; Logical Replication, Publication). Checked: green
 * switching to REPLICA IDENTITY USING INDEX on another index, or dropping the primary key,
 * stops the apply worker at blue's next UPDATE; FULL still replicates.
 */
const replicaIdentity: Rule = {
  id: 'blue-green-replica-identity',
  severity: 'error',
  description:
    "Changing the replica identity or dropping the primary key on green stops the replication of blue's updates and deletes.",
  nodeTypes: ['AlterTableStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    const cmds = ['AT_ReplicaIdentity', 'AT_DropConstraint'];
    return replicatedCmds(statement, context, cmds).flatMap(({ table, cmd }): RuleHit[] => {
      const location = rangeVarLocation(statement.node.relation);
      if (cmd.subtype === 'AT_DropConstraint') {
        const name = String(cmd.name);
        if (!name.endsWith('_pkey')) return [];
        return [
          {
            message: `DROP CONSTRAINT ${name} on ${table} on green drops what looks like its primary key, the replica identity: green can no longer find the rows blue updates and deletes ("neither REPLICA IDENTITY index nor PRIMARY KEY"); ${STOPS}`,
            hint: `keep the primary key in this deploy; change it in a later deploy, after the switch (build the new unique index CONCURRENTLY, then swap the keys)`,
            location,
          },
        ];
      }
      const identity = nodeOf(cmd.def, 'ReplicaIdentityStmt') ?? {};
      const kind = IDENTITY[String(identity.identity_type)] ?? '?';
      const lenient = kind === 'FULL' || kind === 'DEFAULT';
      const effect =
        kind === 'NOTHING'
          ? `once green publishes ${table} (the reverse replication, the next blue-green deploy), every UPDATE and DELETE on it fails`
          : kind === 'USING INDEX'
            ? `blue sends the columns of its own replica identity, and green, looking rows up by ${String(identity.name)}, stops the apply worker at blue's next UPDATE or DELETE ("publisher did not send replica identity column")`
            : `make sure blue's replica identity columns are enough to find a row on green and green's on blue${kind === 'FULL' ? ' (FULL logs and compares whole rows for every update and delete)' : ''}`;
      return [
        {
          message: `REPLICA IDENTITY ${kind} on ${table} on green: replication finds the row of each UPDATE and DELETE by the replica identity, which blue and green must agree on; ${effect}`,
          hint: `keep the replica identity of ${table} as blue has it in this deploy, and change it in a later deploy, after the switch`,
          severity: lenient ? 'warning' : undefined,
          location,
        },
      ];
    });
  },
};

/** Whether a later statement of this migration adds a primary key or a replica identity to `key`. */
function identityAddedLater(context: LintContext, key: TableKey): boolean {
  return context.statements
    .slice(context.index + 1)
    .filter((s) => s.type === 'AlterTableStmt' && tableKey(s.node.relation) === key)
    .flatMap((s) => alterTableCmds(s.node))
    .some(
      (cmd) =>
        (cmd.subtype === 'AT_AddConstraint' &&
          nodeOf(cmd.def, 'Constraint')?.contype === 'CONSTR_PRIMARY') ||
        (cmd.subtype === 'AT_ReplicaIdentity' &&
          ['f', 'i'].includes(String(nodeOf(cmd.def, 'ReplicaIdentityStmt')?.identity_type))),
    );
}

/** Whether a CREATE TABLE declares a primary key (on a column or as a table constraint). */
function declaresPrimaryKey(node: AstNode): boolean {
  return list(node.tableElts).some((element) => {
    const constraint = nodeOf(element, 'Constraint');
    if (constraint) return constraint.contype === 'CONSTR_PRIMARY';
    return constraintOf(nodeOf(element, 'ColumnDef'), 'CONSTR_PRIMARY') !== undefined;
  });
}

/**
 * A new table without a primary key is fine on green, but once green is production its tables are
 * published (the reverse replication, the next blue-green deploy), and a published table without a
 * replica identity refuses every UPDATE and DELETE (PostgreSQL docs, Logical Replication,
 * Publication; checked: "cannot update table … because it does not have a replica identity and
 * publishes updates").
 */
const tableWithoutReplicaIdentity: Rule = {
  id: 'blue-green-table-without-replica-identity',
  severity: 'warning',
  description:
    'A new table without a primary key cannot have its updates and deletes replicated once green is production.',
  nodeTypes: ['CreateStmt', 'CreateTableAsStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    const node = statement.node;
    const relation =
      statement.type === 'CreateStmt'
        ? node.relation
        : node.objtype === 'OBJECT_TABLE'
          ? (nodeOf(node.into, 'IntoClause') ?? (node.into as AstNode | undefined))?.rel
          : undefined;
    const rv = (nodeOf(relation, 'RangeVar') ?? relation) as AstNode | undefined;
    // Temporary and unlogged tables are never published; partitions and LIKE copies may inherit a key.
    if (!rv || rv.relpersistence !== 'p') return [];
    if (statement.type === 'CreateStmt') {
      const copies = list(node.tableElts).some((e) => nodeOf(e, 'TableLikeClause'));
      if (node.partbound || copies || declaresPrimaryKey(node)) return [];
    }
    if (identityAddedLater(context, tableKey(rv))) return [];
    const table = tableName(rv);
    return [
      {
        message: `${table} has no primary key: once green is production and publishes it (a reverse replication of every table, the next blue-green deploy), every UPDATE and DELETE on ${table} fails with "cannot update table … because it does not have a replica identity and publishes updates"`,
        hint: `give ${table} a primary key; or ALTER TABLE ${table} REPLICA IDENTITY USING INDEX <a unique index on NOT NULL columns>; REPLICA IDENTITY FULL as a last resort (every update and delete then logs and compares whole rows)`,
        location: locationOf(rv),
      },
    ];
  },
};

/** The replica-identity rules, in the order the constraint rules list them. */
export const identityRules: readonly Rule[] = [replicaIdentity, tableWithoutReplicaIdentity];
