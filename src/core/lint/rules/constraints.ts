import type { LintContext, Rule, RuleHit } from '../types.js';
import type { ParsedStatement } from '../../sql/index.js';
import { named, setNotNullScansTable, validatesRows } from './not-null.js';
import {
  alterTableCmds,
  columnConstraints,
  createdInMigration,
  list,
  locationOf,
  names,
  nodeOf,
  tableKey,
  tableName,
  typeNameText,
  type AstNode,
} from '../ast.js';

/** One constraint an ALTER TABLE adds to an existing table, table-level or on a new column. */
interface AddedConstraint {
  table: string;
  constraint: AstNode;
  /** The column it is declared on (`ADD COLUMN c … REFERENCES …`), if any. */
  column?: string;
  /** That column's definition. */
  columnDef?: AstNode;
  /**
   * The table is new but this migration filled it (CREATE TABLE AS, INSERT … SELECT): nobody
   * else uses it, but validating the constraint scans its rows.
   */
  filled: boolean;
}

/**
 * Constraints added by an ALTER TABLE on a table that existed before this migration, or on one
 * it created and filled with rows.
 */
function addedConstraints(statement: ParsedStatement, context: LintContext): AddedConstraint[] {
  if (statement.type !== 'AlterTableStmt') return [];
  const key = tableKey(statement.node.relation);
  const filled = context.filledTables.has(key);
  if (context.createdTables.has(key) && !filled) return [];
  const all = constraintsOf(statement);
  return filled ? all.map((added) => ({ ...added, filled })) : all;
}

/** Every constraint an ALTER TABLE adds, read once per statement (four rules ask). */
const constraintsCache = new WeakMap<ParsedStatement, AddedConstraint[]>();

function constraintsOf(statement: ParsedStatement): AddedConstraint[] {
  let found = constraintsCache.get(statement);
  if (!found) {
    found = readConstraints(statement.node);
    constraintsCache.set(statement, found);
  }
  return found;
}

function readConstraints(node: AstNode): AddedConstraint[] {
  const filled = false;
  const table = tableName(node.relation);
  return alterTableCmds(node).flatMap((cmd): AddedConstraint[] => {
    if (cmd.subtype === 'AT_AddConstraint') {
      const constraint = nodeOf(cmd.def, 'Constraint');
      return constraint ? [{ table, constraint, filled }] : [];
    }
    if (cmd.subtype !== 'AT_AddColumn') return [];
    const column = nodeOf(cmd.def, 'ColumnDef');
    return columnConstraints(column).map((constraint) => ({
      table,
      constraint,
      column: String(column?.colname ?? '?'),
      columnDef: column,
      filled,
    }));
  });
}

/** A rule over each added constraint of one `contype`. */
function perConstraint(
  contypes: readonly string[],
  hit: (added: AddedConstraint, context: LintContext) => Omit<RuleHit, 'location'> | undefined,
): Rule['check'] {
  return (statement, context) =>
    addedConstraints(statement, context)
      .filter((added) => contypes.includes(String(added.constraint.contype)))
      .flatMap((added) => {
        const result = hit(added, context);
        return result ? [{ ...result, location: locationOf(added.constraint) }] : [];
      });
}

/** Whether a new column starts with values in existing rows (a default, identity, generated, serial). */
function filledColumn(column: AstNode | undefined): boolean {
  const filling = ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'];
  return (
    columnConstraints(column).some((c) => filling.includes(String(c.contype))) ||
    /serial/.test(typeNameText(column?.typeName))
  );
}

/**
 * Adding a FOREIGN KEY checks every existing row while holding SHARE ROW EXCLUSIVE locks on both
 * tables, so writes to both wait. NOT VALID skips the check; VALIDATE CONSTRAINT later checks
 * under SHARE UPDATE EXCLUSIVE, which lets writes through (PostgreSQL docs, ALTER TABLE, ADD
 * table_constraint [ NOT VALID ] and VALIDATE CONSTRAINT). `ADD COLUMN … REFERENCES` without a
 * default is not checked at all: every value is NULL, so PostgreSQL marks it valid without a scan
 * (parse_utilcmd.c, transformFKConstraints; measured on PostgreSQL 18: 4 ms on 3M rows, 690 ms
 * with a DEFAULT).
 */
const foreignKeyMissingNotValid: Rule = {
  id: 'foreign-key-missing-not-valid',
  severity: 'error',
  description:
    'ADD FOREIGN KEY without NOT VALID blocks writes to both tables while it checks every row.',
  nodeTypes: ['AlterTableStmt'],
  check: perConstraint(['CONSTR_FOREIGN'], (added, context) => {
    const { table, constraint, column } = added;
    if (!validatesRows(constraint) || (column && !filledColumn(added.columnDef))) return undefined;
    const referenced = tableName(constraint.pktable);
    if (added.filled) {
      // The scan reads only the new table, but the lock on the referenced one is what hurts.
      if (createdInMigration(context, tableKey(constraint.pktable))) return undefined;
      return {
        message: `${column ? `ADD COLUMN ${column} … REFERENCES ${referenced}` : `ADD CONSTRAINT${named(constraint)} FOREIGN KEY … REFERENCES ${referenced}`} on ${table}, which this migration filled with rows, checks every one of them while holding a SHARE ROW EXCLUSIVE lock on ${referenced}: writes to ${referenced} wait`,
        hint: `add it NOT VALID and VALIDATE it in a later statement (VALIDATE lets writes to ${referenced} through), or create ${table} with the foreign key before filling it (each row is then checked as it is inserted)`,
      };
    }
    const target = `${referenced}${list(constraint.pk_attrs).length ? ` (${names(constraint.pk_attrs).join(', ')})` : ''}`;
    const what = column
      ? `ADD COLUMN ${column} … REFERENCES ${referenced}`
      : `ADD CONSTRAINT${named(constraint)} FOREIGN KEY … REFERENCES ${referenced}`;
    return {
      message: `${what} on ${table} checks every row of ${table} while blocking writes to ${table} and ${referenced}`,
      hint: column
        ? `add the column without the DEFAULT (a new all-NULL column's foreign key needs no check), or without REFERENCES and then ALTER TABLE ${table} ADD CONSTRAINT <name> FOREIGN KEY (${column}) REFERENCES ${target} NOT VALID, then ALTER TABLE ${table} VALIDATE CONSTRAINT <name> in a later statement or migration`
        : `add it with NOT VALID (only new rows are checked), then ALTER TABLE ${table} VALIDATE CONSTRAINT <name> in a later statement or migration (it lets writes through)`,
    };
  }),
};

/**
 * Adding a CHECK constraint scans the whole table under an ACCESS EXCLUSIVE lock. NOT VALID plus
 * a later VALIDATE CONSTRAINT (SHARE UPDATE EXCLUSIVE) does the same without blocking (PostgreSQL
 * docs, ALTER TABLE, Notes: "scanning … while holding … ACCESS EXCLUSIVE" and NOT VALID).
 */
const checkConstraintMissingNotValid: Rule = {
  id: 'check-constraint-missing-not-valid',
  severity: 'error',
  description: 'ADD CHECK without NOT VALID blocks reads and writes while it scans the table.',
  nodeTypes: ['AlterTableStmt'],
  check: perConstraint(['CONSTR_CHECK'], ({ table, constraint, column, filled }) => {
    if (!validatesRows(constraint)) return undefined;
    if (filled)
      return {
        severity: 'notice',
        message: `${column ? `ADD COLUMN ${column} … CHECK` : `ADD CONSTRAINT${named(constraint)} CHECK`} on ${table}, which this migration filled with rows, scans every one of them; no other session uses ${table} yet, but the migration's other locks are held meanwhile`,
        hint: `declare the CHECK in CREATE TABLE ${table} before filling it (each row is checked as it is inserted), or add it NOT VALID and VALIDATE it later`,
      };
    return {
      message: `${column ? `ADD COLUMN ${column} … CHECK` : `ADD CONSTRAINT${named(constraint)} CHECK`} on ${table} scans every row of ${table} while blocking its reads and writes`,
      hint: `${column ? 'add the column without the CHECK, then ' : ''}ALTER TABLE ${table} ADD CONSTRAINT <name> CHECK (…) NOT VALID, then ALTER TABLE ${table} VALIDATE CONSTRAINT <name> in a later statement or migration`,
    };
  }),
};

/**
 * ADD UNIQUE / PRIMARY KEY builds its index under an ACCESS EXCLUSIVE lock. Building the index
 * CONCURRENTLY first and attaching it with USING INDEX only takes the lock briefly (PostgreSQL
 * docs, ALTER TABLE, "ADD table_constraint_using_index").
 */
const uniqueConstraintWithoutIndex: Rule = {
  id: 'unique-constraint-without-index',
  severity: 'error',
  description:
    'ADD UNIQUE / PRIMARY KEY without USING INDEX blocks reads and writes while the index builds.',
  nodeTypes: ['AlterTableStmt'],
  check: perConstraint(
    ['CONSTR_UNIQUE', 'CONSTR_PRIMARY'],
    ({ table, constraint, column, filled }) => {
      // On a new table, filled or not, the index build locks only that table, which nobody uses.
      if (typeof constraint.indexname === 'string' || filled) return undefined;
      const kind = constraint.contype === 'CONSTR_PRIMARY' ? 'PRIMARY KEY' : 'UNIQUE';
      const columns = column ?? (names(constraint.keys).join(', ') || '…');
      return {
        message: `${column ? `ADD COLUMN ${column} … ${kind}` : `ADD CONSTRAINT${named(constraint)} ${kind}`} on ${table} builds a unique index while blocking reads and writes to ${table}`,
        hint: `${column ? 'add the column without the constraint, then ' : ''}CREATE UNIQUE INDEX CONCURRENTLY <index> ON ${table} (${columns}), then ALTER TABLE ${table} ADD CONSTRAINT <name> ${kind} USING INDEX <index>${kind === 'PRIMARY KEY' ? ' (make the columns NOT NULL first, or it scans the table)' : ''}`,
      };
    },
  ),
};

/**
 * An EXCLUDE constraint builds its index and checks every row under an ACCESS EXCLUSIVE lock, and
 * there is no USING INDEX or NOT VALID form for it (PostgreSQL docs, ALTER TABLE, ADD
 * table_constraint: "EXCLUDE … cannot be NOT VALID"; CREATE TABLE, EXCLUDE).
 */
const banExclusionConstraint: Rule = {
  id: 'ban-exclusion-constraint',
  severity: 'error',
  description:
    'ADD EXCLUDE blocks reads and writes while it builds its index; there is no online form.',
  nodeTypes: ['AlterTableStmt'],
  check: perConstraint(['CONSTR_EXCLUSION'], ({ table, constraint, filled }) =>
    filled
      ? undefined
      : {
          message: `ADD CONSTRAINT${named(constraint)} EXCLUDE on ${table} locks ${table} against reads and writes while it builds the index and checks every row; PostgreSQL has no online way to add it`,
          hint: `add it while ${table} is small or in a maintenance window, or enforce the rule in a new table created with the constraint and move the data over`,
        },
  ),
};

export const constraintRules: readonly Rule[] = [
  foreignKeyMissingNotValid,
  checkConstraintMissingNotValid,
  uniqueConstraintWithoutIndex,
  banExclusionConstraint,
  setNotNullScansTable,
];
