import type { LintContext, Rule } from '../types.js';
import {
  createdInMigration,
  names,
  nodeOf,
  qualifiedNameKey,
  rangeVarLocation,
  schemaCreatedInMigration,
  tableKey,
  tableName,
} from '../ast.js';

/*
 * During a deploy the old application version keeps running until the new one has replaced it: it
 * still queries the old name, and gets `relation/column does not exist` the moment a rename commits.
 * A rename is safe only for objects created in the same migration, which no running code uses yet.
 */

const KINDS: Record<string, string> = {
  OBJECT_TABLE: 'TABLE',
  OBJECT_VIEW: 'VIEW',
  OBJECT_MATVIEW: 'MATERIALIZED VIEW',
  OBJECT_FOREIGN_TABLE: 'FOREIGN TABLE',
};

/** Whether a later statement of this migration creates a view under the old name (the safe recipe). */
function viewKeepsOldName(context: LintContext, key: string): boolean {
  return context.statements
    .slice(context.index + 1)
    .some((s) => s.type === 'ViewStmt' && tableKey(s.node.view) === key);
}

/** Whether an earlier statement of this migration created the type `key`. */
function typeCreatedInMigration(context: LintContext, key: string): boolean {
  return context.statements.slice(0, context.index).some((s) => {
    if (s.type === 'CompositeTypeStmt') return tableKey(s.node.typevar) === key;
    const parts =
      s.type === 'CreateEnumStmt'
        ? s.node.typeName
        : s.type === 'CreateDomainStmt'
          ? s.node.domainname
          : undefined;
    return parts !== undefined && qualifiedNameKey(names(parts)) === key;
  });
}

/**
 * ALTER TABLE/VIEW/MATERIALIZED VIEW … RENAME TO breaks every running query that names the
 * relation (PostgreSQL docs, ALTER TABLE, RENAME; strong_migrations "Renaming a table").
 * Following the rename with CREATE VIEW <old name> AS SELECT * FROM <new name> keeps old code
 * working: a simple view is updatable (PostgreSQL docs, CREATE VIEW, Updatable Views).
 */
const renameTable: Rule = {
  id: 'rename-table',
  severity: 'error',
  description: 'Renaming a table or view breaks running code that still uses the old name.',
  nodeTypes: ['RenameStmt'],
  check(statement, context) {
    const node = statement.node;
    const kind = KINDS[String(node.renameType)];
    if (!kind) return [];
    const key = tableKey(node.relation);
    if (createdInMigration(context, key) || viewKeepsOldName(context, key)) return [];
    const old = tableName(node.relation);
    const renamed = String(node.newname);
    return [
      {
        message: `ALTER ${kind} ${old} RENAME TO ${renamed} breaks running code: the old version still queries ${old} until the deploy completes`,
        hint: `in the same migration, CREATE VIEW ${old} AS SELECT * FROM ${renamed} (a simple view is updatable), switch the code to ${renamed} and deploy, then DROP VIEW ${old} in a later migration; or create ${renamed}, write to both, backfill, switch reads, drop ${old}`,
        location: rangeVarLocation(node.relation),
      },
    ];
  },
};

/**
 * RENAME COLUMN breaks every running query that names the column (PostgreSQL docs, ALTER TABLE,
 * RENAME; strong_migrations "Renaming a column").
 */
const renameColumn: Rule = {
  id: 'rename-column',
  severity: 'error',
  description: 'Renaming a column breaks running code that still reads or writes the old name.',
  nodeTypes: ['RenameStmt'],
  check(statement, context) {
    const node = statement.node;
    if (node.renameType !== 'OBJECT_COLUMN') return [];
    if (createdInMigration(context, tableKey(node.relation))) return [];
    const table = tableName(node.relation);
    const [old, renamed] = [String(node.subname), String(node.newname)];
    return [
      {
        message: `RENAME COLUMN ${table}.${old} TO ${renamed} breaks running code: the old version still reads and writes ${old} until the deploy completes`,
        hint: `expand and contract: add ${renamed}, keep both in sync (a trigger or writes to both), backfill ${renamed} in batches, switch reads to ${renamed} and deploy, stop writing ${old}, then drop ${old} in a later migration`,
        location: rangeVarLocation(node.relation),
      },
    ];
  },
};

/** ALTER SCHEMA … RENAME breaks every query that names the schema (PostgreSQL docs, ALTER SCHEMA). */
const renameSchema: Rule = {
  id: 'rename-schema',
  severity: 'error',
  description: 'Renaming a schema breaks running code that still uses the old name.',
  nodeTypes: ['RenameStmt'],
  check(statement, context) {
    const node = statement.node;
    if (node.renameType !== 'OBJECT_SCHEMA') return [];
    const old = String(node.subname);
    if (schemaCreatedInMigration(context, old)) return [];
    const renamed = String(node.newname);
    return [
      {
        message: `ALTER SCHEMA ${old} RENAME TO ${renamed} breaks running code that still names ${old}, and every search_path that lists it`,
        hint: `create ${renamed} and move or re-create the objects behind views left in ${old}, switch code and search_path to ${renamed} and deploy, then drop ${old} in a later migration`,
      },
    ];
  },
};

/**
 * ALTER TYPE … RENAME VALUE: running code that writes or compares the old label gets `invalid input
 * value for enum` (PostgreSQL docs, ALTER TYPE, RENAME VALUE; 8.7 Enumerated Types).
 */
const renameEnumValue: Rule = {
  id: 'rename-enum-value',
  severity: 'warning',
  description:
    'Renaming an enum value breaks running code that still writes or compares the old label.',
  nodeTypes: ['AlterEnumStmt'],
  check(statement, context) {
    const node = statement.node;
    if (node.oldVal === undefined) return [];
    const parts = names(node.typeName);
    if (typeCreatedInMigration(context, qualifiedNameKey(parts))) return [];
    const type = parts.join('.');
    const [old, renamed] = [String(node.oldVal), String(node.newVal)];
    return [
      {
        message: `renaming '${old}' to '${renamed}' in ${type}: running code that writes or compares '${old}' fails with "invalid input value for enum" until the deploy completes`,
        hint: `ADD VALUE '${renamed}', make the code accept both and write '${renamed}' and deploy, update the rows in batches, then stop using '${old}' (enum values cannot be dropped: keep it, or move to a new type later)`,
      },
    ];
  },
};

/**
 * ALTER TYPE/DOMAIN … RENAME TO breaks running code that casts to the old name
 * (`'x'::old_name`) or declares it in functions (PostgreSQL docs, ALTER TYPE, RENAME).
 */
const renameType: Rule = {
  id: 'rename-type',
  severity: 'warning',
  description: 'Renaming a type breaks running code that casts to or declares the old name.',
  nodeTypes: ['RenameStmt'],
  check(statement, context) {
    const node = statement.node;
    if (node.renameType !== 'OBJECT_TYPE' && node.renameType !== 'OBJECT_DOMAIN') return [];
    const parts = names(nodeOf(node.object, 'List')?.items ?? node.object);
    if (typeCreatedInMigration(context, qualifiedNameKey(parts))) return [];
    const old = parts.join('.');
    return [
      {
        message: `renaming type ${old} to ${String(node.newname)} breaks running code that casts to ${old} or uses it in SQL it sends`,
        hint: `remove casts to ${old} from the code (columns keep working: they refer to the type by OID) and deploy, then rename it in a later migration`,
      },
    ];
  },
};

export const renameRules: readonly Rule[] = [
  renameTable,
  renameColumn,
  renameSchema,
  renameEnumValue,
  renameType,
];
