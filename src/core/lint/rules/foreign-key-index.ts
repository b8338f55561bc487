import type { ParsedStatement } from '../../sql/index.js';
import type { LintContext, Rule, RuleHit, TableKey } from '../types.js';
import {
  alterTableCmds,
  columnConstraints,
  list,
  locationOf,
  names,
  nodeOf,
  tableKey,
  tableName,
  type AstNode,
} from '../ast.js';

export const FOREIGN_KEY_WITHOUT_INDEX = 'foreign-key-without-index';

/** `orders (user_id, shop_id)`: how findings name a foreign key's referencing side. */
export function foreignKeyColumns(table: string, columns: readonly string[]): string {
  return `${table} (${columns.join(', ')})`;
}

/** A foreign key a statement adds: its table, referencing columns and referenced table. */
interface AddedForeignKey {
  table: TableKey;
  written: string;
  columns: string[];
  references: string;
  location?: number;
}

/** Foreign keys added by CREATE TABLE (column or table constraints) or ALTER TABLE. */
function addedForeignKeys(statement: ParsedStatement): AddedForeignKey[] {
  const node = statement.node;
  const table = tableKey(node.relation);
  const written = tableName(node.relation);
  const key = (constraint: AstNode, column?: string): AddedForeignKey => ({
    table,
    written,
    columns: column ? [column] : names(constraint.fk_attrs),
    references: tableName(constraint.pktable),
    location: locationOf(constraint),
  });
  const fromColumn = (def: AstNode | undefined) =>
    columnConstraints(def)
      .filter((c) => c.contype === 'CONSTR_FOREIGN')
      .map((c) => key(c, String(def?.colname ?? '?')));
  if (statement.type === 'CreateStmt') {
    return list(node.tableElts).flatMap((element) => {
      const constraint = nodeOf(element, 'Constraint');
      if (constraint) return constraint.contype === 'CONSTR_FOREIGN' ? [key(constraint)] : [];
      return fromColumn(nodeOf(element, 'ColumnDef'));
    });
  }
  return alterTableCmds(node).flatMap((cmd) => {
    if (cmd.subtype === 'AT_AddColumn') return fromColumn(nodeOf(cmd.def, 'ColumnDef'));
    const constraint =
      cmd.subtype === 'AT_AddConstraint' ? nodeOf(cmd.def, 'Constraint') : undefined;
    return constraint?.contype === 'CONSTR_FOREIGN' ? [key(constraint)] : [];
  });
}

/**
 * Column lists this migration indexes on `table`: CREATE INDEX (not partial), and PRIMARY KEY /
 * UNIQUE constraints of CREATE TABLE or ALTER TABLE, each as its key columns in order.
 */
function indexedColumns(statements: readonly ParsedStatement[], table: TableKey): string[][] {
  const keyed = (constraint: AstNode | undefined, column?: string): string[][] => {
    if (!constraint || !['CONSTR_PRIMARY', 'CONSTR_UNIQUE'].includes(String(constraint.contype)))
      return [];
    return [column ? [column] : names(constraint.keys)];
  };
  return statements.flatMap((statement): string[][] => {
    const node = statement.node;
    if (statement.type === 'IndexStmt') {
      if (tableKey(node.relation) !== table || node.whereClause) return [];
      return [list(node.indexParams).map((p) => String(nodeOf(p, 'IndexElem')?.name ?? ''))];
    }
    if (statement.type === 'CreateStmt' && tableKey(node.relation) === table) {
      return list(node.tableElts).flatMap((element) => {
        const column = nodeOf(element, 'ColumnDef');
        if (!column) return keyed(nodeOf(element, 'Constraint'));
        return columnConstraints(column).flatMap((c) => keyed(c, String(column.colname)));
      });
    }
    if (statement.type === 'AlterTableStmt' && tableKey(node.relation) === table) {
      return alterTableCmds(node).flatMap((cmd) => keyed(nodeOf(cmd.def, 'Constraint')));
    }
    return [];
  });
}

/** Whether an index on `indexed` (in order) serves equality lookups on every column of `columns`. */
function covers(indexed: readonly string[], columns: readonly string[]): boolean {
  const leading = indexed.slice(0, columns.length);
  return leading.length === columns.length && columns.every((c) => leading.includes(c));
}

/**
 * A foreign key without an index on its referencing columns: every DELETE of a referenced row,
 * and every UPDATE of its key, makes PostgreSQL look for referencing rows, and without an index
 * that is a sequential scan of the referencing table, per row, while locks are held (PostgreSQL
 * docs, CREATE TABLE, REFERENCES: "it is often a good idea to index the referencing columns
 * too"). Only indexes of this migration are seen here; validate checks the schema on its scratch
 * database and drops the finding when an earlier migration indexes the columns.
 */
const foreignKeyWithoutIndex: Rule = {
  id: FOREIGN_KEY_WITHOUT_INDEX,
  severity: 'warning',
  description:
    'A foreign key without an index on its referencing columns makes every delete or key update of the referenced table scan the referencing one.',
  nodeTypes: ['CreateStmt', 'AlterTableStmt'],
  check(statement: ParsedStatement, context: LintContext): RuleHit[] {
    return addedForeignKeys(statement)
      .filter((fk) => fk.columns.length > 0)
      .filter(
        (fk) => !indexedColumns(context.statements, fk.table).some((i) => covers(i, fk.columns)),
      )
      .map((fk) => {
        const columns = foreignKeyColumns(fk.written, fk.columns);
        return {
          message: `foreign key ${columns} → ${fk.references} has no index on ${columns}: every delete or key update on ${fk.references} scans ${fk.written} for referencing rows`,
          hint: `CREATE INDEX CONCURRENTLY ON ${columns} (in a migration of its own); if an earlier migration already indexes these columns, validate with a scratch database sees it and drops this finding, db-deploy lint cannot: silence it with -- db-deploy-ignore ${FOREIGN_KEY_WITHOUT_INDEX}: reason`,
          location: fk.location,
        };
      });
  },
};

export const foreignKeyIndexRules: readonly Rule[] = [foreignKeyWithoutIndex];
