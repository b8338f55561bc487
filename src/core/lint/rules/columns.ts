import type { LintContext, Rule, RuleHit } from '../types.js';
import {
  alterTableCmds,
  columnConstraints,
  list,
  locationOf,
  nodeOf,
  tableKey,
  tableName,
  typeNameText,
  type AstNode,
} from '../ast.js';
import { changingColumnType, defaultVolatility, parseType } from './column-types.js';

/** An ADD COLUMN / ALTER COLUMN command on a table that existed before this migration. */
interface ColumnCmd {
  table: string;
  cmd: AstNode;
  column: AstNode;
}

/** The column commands of `subtype` in an ALTER TABLE on a pre-existing table. */
function columnCmds(
  node: AstNode,
  context: LintContext,
  subtype: 'AT_AddColumn' | 'AT_AlterColumnType' | 'AT_DropNotNull',
): ColumnCmd[] {
  if (context.createdTables.has(tableKey(node.relation))) return [];
  const table = tableName(node.relation);
  return alterTableCmds(node)
    .filter((cmd) => cmd.subtype === subtype)
    .map((cmd) => ({ table, cmd, column: nodeOf(cmd.def, 'ColumnDef') ?? {} }));
}

const constraintOf = (column: AstNode, contype: string) =>
  columnConstraints(column).find((c) => c.contype === contype);

const isNullConstant = (expr: unknown) => nodeOf(expr, 'A_Const')?.isnull === true;

/**
 * Since PostgreSQL 11, ADD COLUMN with a non-volatile DEFAULT stores the value in the catalog and
 * does not rewrite; a volatile default (or any default before 11) rewrites the table under an
 * ACCESS EXCLUSIVE lock (PostgreSQL docs, ALTER TABLE, Notes: "Adding a column with a volatile
 * DEFAULT … will require the entire table and its indexes to be rewritten").
 */
const addColumnDefaultRewrite: Rule = {
  id: 'add-column-default-rewrite',
  severity: 'error',
  description:
    'ADD COLUMN with a volatile DEFAULT (any DEFAULT before PostgreSQL 11) rewrites the table.',
  nodeTypes: ['AlterTableStmt'],
  check(statement, context) {
    return columnCmds(statement.node, context, 'AT_AddColumn').flatMap(
      ({ table, column }): RuleHit[] => {
        const def = constraintOf(column, 'CONSTR_DEFAULT');
        if (!def || isNullConstant(def.raw_expr)) return [];
        const name = String(column.colname);
        const hint = `add ${name} without a DEFAULT, then ALTER TABLE ${table} ALTER COLUMN ${name} SET DEFAULT … (new rows only), then backfill existing rows in batches`;
        const at = { location: locationOf(def) };
        if (context.pgVersion < 11)
          return [
            {
              ...at,
              hint,
              message: `ADD COLUMN ${name} with a DEFAULT rewrites ${table} on PostgreSQL ${context.pgVersion} (before 11), blocking its reads and writes until done`,
            },
          ];
        const { volatile, unknown } = defaultVolatility(def.raw_expr);
        if (volatile.length)
          return [
            {
              ...at,
              hint,
              message: `ADD COLUMN ${name} with the volatile DEFAULT ${volatile.join(', ')} rewrites ${table} (a value per row), blocking its reads and writes until done`,
            },
          ];
        if (unknown.length)
          return [
            {
              ...at,
              hint,
              severity: 'warning',
              message: `ADD COLUMN ${name} on ${table}: the DEFAULT calls ${unknown.join(', ')}, which may be volatile; a volatile default rewrites ${table} under a lock that blocks reads and writes`,
            },
          ];
        return [];
      },
    );
  },
};

/**
 * ADD COLUMN … NOT NULL without a DEFAULT fails on a table that has rows ("column contains null
 * values"): existing rows would be NULL (PostgreSQL docs, ALTER TABLE, ADD COLUMN).
 */
const addingRequiredField: Rule = {
  id: 'adding-required-field',
  severity: 'error',
  description: 'ADD COLUMN … NOT NULL without a DEFAULT fails on a table that has rows.',
  nodeTypes: ['AlterTableStmt'],
  check(statement, context) {
    return columnCmds(statement.node, context, 'AT_AddColumn').flatMap(
      ({ table, column }): RuleHit[] => {
        const notNull = constraintOf(column, 'CONSTR_NOTNULL');
        const filled = ['CONSTR_DEFAULT', 'CONSTR_IDENTITY', 'CONSTR_GENERATED'].some((t) =>
          constraintOf(column, t),
        );
        if (!notNull || filled || /serial/.test(typeNameText(column.typeName))) return [];
        const name = String(column.colname);
        return [
          {
            message: `ADD COLUMN ${name} … NOT NULL without a DEFAULT on ${table} fails as soon as ${table} has a row`,
            hint: `add ${name} with a constant DEFAULT (no rewrite on PostgreSQL 11+), or add it nullable, backfill, then make it NOT NULL with the CHECK … NOT VALID → VALIDATE → SET NOT NULL recipe`,
            location: locationOf(notNull),
          },
        ];
      },
    );
  },
};

/**
 * A serial column's default is nextval() and an identity column fills every row: both rewrite
 * the table under an ACCESS EXCLUSIVE lock (PostgreSQL docs, ALTER TABLE, Notes; CREATE TABLE,
 * GENERATED … AS IDENTITY; Data Types, "Serial Types").
 */
const addColumnAutoIncrement: Rule = {
  id: 'add-column-auto-increment',
  severity: 'error',
  description: 'ADD COLUMN serial / GENERATED AS IDENTITY rewrites the whole table.',
  nodeTypes: ['AlterTableStmt'],
  check(statement, context) {
    return columnCmds(statement.node, context, 'AT_AddColumn').flatMap(
      ({ table, column }): RuleHit[] => {
        const type = typeNameText(column.typeName);
        const identity = constraintOf(column, 'CONSTR_IDENTITY');
        if (!identity && !/^(small|big)?serial[248]?$/.test(type)) return [];
        const name = String(column.colname);
        return [
          {
            message: `ADD COLUMN ${name} ${identity ? 'GENERATED AS IDENTITY' : type} fills every existing row of ${table}: it rewrites ${table} while blocking its reads and writes`,
            hint: `add ${name} as a plain nullable bigint, attach a sequence with ALTER COLUMN ${name} SET DEFAULT nextval(…) (new rows only), backfill existing rows in batches, then add constraints online (CHECK NOT VALID, unique index CONCURRENTLY)`,
            location: locationOf(identity ?? column),
          },
        ];
      },
    );
  },
};

/**
 * A STORED generated column is computed for every existing row: the table is rewritten under an
 * ACCESS EXCLUSIVE lock (PostgreSQL docs, ALTER TABLE, Notes; "Generated Columns"). PostgreSQL 18's
 * VIRTUAL generated columns are computed on read and do not rewrite.
 */
const addColumnStoredGenerated: Rule = {
  id: 'add-column-stored-generated',
  severity: 'error',
  description: 'ADD COLUMN … GENERATED ALWAYS AS (…) STORED rewrites the whole table.',
  nodeTypes: ['AlterTableStmt'],
  check(statement, context) {
    return columnCmds(statement.node, context, 'AT_AddColumn').flatMap(
      ({ table, column }): RuleHit[] => {
        const generated = constraintOf(column, 'CONSTR_GENERATED');
        if (generated?.generated_kind !== 's') return [];
        const name = String(column.colname);
        return [
          {
            message: `ADD COLUMN ${name} GENERATED ALWAYS AS (…) STORED computes ${name} for every row: it rewrites ${table} while blocking its reads and writes`,
            hint: `add a plain nullable column filled by a trigger (or by the application), backfill it in batches${context.pgVersion >= 18 ? ', or use a VIRTUAL generated column (PostgreSQL 18, no rewrite)' : ''}`,
            location: locationOf(generated),
          },
        ];
      },
    );
  },
};

/**
 * `json` keeps the text as written and has no equality operator, so SELECT DISTINCT, UNION and
 * GROUP BY on it fail; `jsonb` is the usual choice (PostgreSQL docs, "JSON Types"; strong_migrations).
 */
const preferJsonb: Rule = {
  id: 'prefer-jsonb',
  severity: 'notice',
  description: 'A json column has no equality operator (DISTINCT, UNION fail); prefer jsonb.',
  nodeTypes: ['CreateStmt', 'AlterTableStmt'],
  check(statement) {
    const node = statement.node;
    const columns: AstNode[] =
      statement.type === 'CreateStmt'
        ? list(node.tableElts).flatMap((e): AstNode[] => {
            const column = nodeOf(e, 'ColumnDef');
            return column ? [column] : [];
          })
        : alterTableCmds(node)
            .filter((c) => c.subtype === 'AT_AddColumn' || c.subtype === 'AT_AlterColumnType')
            .map((c) => ({ colname: c.name, ...nodeOf(c.def, 'ColumnDef') }));
    return columns
      .filter((c) => parseType(c.typeName).name === 'json')
      .map((c) => ({
        message: `column ${String(c.colname)} of ${tableName(node.relation)} is json: json has no equality operator, so SELECT DISTINCT, UNION and GROUP BY on it fail, and it is re-parsed on every read`,
        hint: 'use jsonb',
        location: locationOf(c),
      }));
  },
};

/**
 * DROP NOT NULL is instant, but code that reads the column may assume it is never NULL
 * (squawk's ban-drop-not-null). Not traffic-blocking, so a notice.
 */
const dropNotNull: Rule = {
  id: 'drop-not-null',
  severity: 'notice',
  description: 'DROP NOT NULL lets NULLs in where running code may not expect them.',
  nodeTypes: ['AlterTableStmt'],
  check(statement, context) {
    return columnCmds(statement.node, context, 'AT_DropNotNull').map(({ table, cmd }) => ({
      message: `ALTER COLUMN ${String(cmd.name)} DROP NOT NULL on ${table}: code reading ${String(cmd.name)} may not expect NULLs once writers stop filling it`,
      hint: 'make sure every reader handles NULL before any writer stores one',
    }));
  },
};

export const columnRules: readonly Rule[] = [
  addColumnDefaultRewrite,
  addingRequiredField,
  addColumnAutoIncrement,
  addColumnStoredGenerated,
  changingColumnType,
  preferJsonb,
  dropNotNull,
];
