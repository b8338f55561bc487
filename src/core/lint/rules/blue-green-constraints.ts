/**
 * Blue-green rules on constraints and keys: what green enforces that blue does not (replication
 * stops), what it stops enforcing (the replication back to blue stops), and replica identities.
 */
import type { LintContext, Rule, RuleHit, TableKey } from '../types.js';
import { defaultVolatility } from './column-types.js';
import { named, validatesRows } from './not-null.js';
import {
  alterTableCmds,
  columnConstraints,
  earlierAlterCmds,
  list,
  locationOf,
  names,
  nodeOf,
  qualifiedNameKey,
  rangeVarLocation,
  tableKey,
  tableName,
  walk,
  type AstNode,
} from '../ast.js';
import {
  BLUE_GREEN,
  STOPS,
  addedColumn,
  constraintOf,
  greenOnly,
  replicatedCmds,
} from './blue-green-shared.js';

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
const breaksRollback: Rule = {
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

export const constraintRules: readonly Rule[] = [
  newConstraint,
  newForeignKey,
  replicaIdentity,
  tableWithoutReplicaIdentity,
  breaksRollback,
];
