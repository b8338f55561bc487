import type { LintContext, Rule, RuleHit } from '../types.js';
import type { ParsedStatement } from '../../sql/parse.js';
import {
  alterTableCmds,
  createdInMigration,
  list,
  rangeVarLocation,
  names,
  nodeOf,
  qualifiedNameKey,
  schemaCreatedInMigration,
  tableKey,
  tableName,
} from '../ast.js';

const IGNORE = (id: string) => `mark it \`-- db-deploy-ignore ${id}: <why it is safe>\``;

/** Names of the dropped objects of a DropStmt (`orders`, `sales.orders`) with their keys. */
function droppedRelations(node: Record<string, unknown>): Array<{ name: string; key: string }> {
  return list(node.objects).map((object) => {
    const parts = names(nodeOf(object, 'List')?.items);
    return { name: parts.join('.'), key: qualifiedNameKey(parts) };
  });
}

/** Whether every relation was created earlier in this migration (new, empty, unused by code). */
function allNew(relations: unknown[], context: LintContext): boolean {
  return relations.every((r) => createdInMigration(context, tableKey(r)));
}

/**
 * DROP TABLE deletes the table's rows for good, and running code that still queries the table
 * fails at once (PostgreSQL docs, DROP TABLE). A table created earlier in the same migration holds
 * no data yet. Rails' `create_table force: true` is the same DROP (strong_migrations).
 */
const banDropTable: Rule = {
  id: 'ban-drop-table',
  severity: 'error',
  description: 'DROP TABLE destroys the data and breaks code that still queries the table.',
  nodeTypes: ['DropStmt'],
  check(statement, context) {
    if (statement.node.removeType !== 'OBJECT_TABLE') return [];
    return droppedRelations(statement.node)
      .filter((t) => !createdInMigration(context, t.key))
      .map((t) => ({
        message: `DROP TABLE ${t.name} destroys its data, and running code that still queries ${t.name} fails`,
        hint: `remove every use of ${t.name} from the code and deploy that first; back the data up (the backup action); drop the table in a later migration and ${IGNORE('ban-drop-table')}`,
      }));
  },
};

/**
 * DROP COLUMN deletes the column's values, and the running application still selects or inserts
 * it until the new code is deployed: `column does not exist` errors (PostgreSQL docs, ALTER TABLE,
 * DROP COLUMN; strong_migrations "Removing a column": ORMs cache the column list).
 */
const banDropColumn: Rule = {
  id: 'ban-drop-column',
  severity: 'error',
  description:
    'DROP COLUMN destroys the data and breaks running code that still reads or writes it.',
  nodeTypes: ['AlterTableStmt'],
  check(statement, context) {
    const node = statement.node;
    if (createdInMigration(context, tableKey(node.relation))) return [];
    const table = tableName(node.relation);
    return alterTableCmds(node)
      .filter((cmd) => cmd.subtype === 'AT_DropColumn')
      .map((cmd) => ({
        message: `DROP COLUMN ${table}.${String(cmd.name)} destroys its data, and running code that still selects or inserts ${String(cmd.name)} fails until the new code is deployed`,
        hint: `stop using ${String(cmd.name)} in the code (e.g. ignore it in the ORM) and deploy that first; then drop the column in a later migration and ${IGNORE('ban-drop-column')}`,
        location: rangeVarLocation(node.relation),
      }));
  },
};

/** DROP SCHEMA removes the schema (with CASCADE, every table in it) (PostgreSQL docs, DROP SCHEMA). */
const banDropSchema: Rule = {
  id: 'ban-drop-schema',
  severity: 'error',
  description: 'DROP SCHEMA destroys what the schema holds and breaks code that uses it.',
  nodeTypes: ['DropStmt'],
  check(statement, context) {
    const node = statement.node;
    if (node.removeType !== 'OBJECT_SCHEMA') return [];
    const cascade = node.behavior === 'DROP_CASCADE';
    return names(node.objects)
      .filter((schema) => !schemaCreatedInMigration(context, schema))
      .map((schema) => ({
        message: `DROP SCHEMA ${schema}${cascade ? ' CASCADE destroys every table in it and their data' : ' destroys the schema'}, and running code that uses ${schema} fails`,
        hint: `move what code still needs out of ${schema} and deploy that first; back up; drop the schema in a later migration and ${IGNORE('ban-drop-schema')}`,
      }));
  },
};

/** DROP DATABASE removes a whole database and cannot be undone (PostgreSQL docs, DROP DATABASE). */
const banDropDatabase: Rule = {
  id: 'ban-drop-database',
  severity: 'error',
  description: 'DROP DATABASE destroys a whole database.',
  nodeTypes: ['DropdbStmt'],
  check(statement) {
    const db = String(statement.node.dbname);
    return [
      {
        message: `DROP DATABASE ${db} destroys the whole database; a migration should never do this`,
        hint: `drop databases by hand, after a backup, outside the migration history`,
      },
    ];
  },
};

/**
 * DROP … CASCADE also drops every object that depends on the dropped one: views, foreign keys,
 * column defaults, and for a type or a domain the columns of that type with their data
 * (PostgreSQL docs, 5.15 Dependency Tracking). Tables and schemas are reported by their own rules.
 */
const banDropCascade: Rule = {
  id: 'ban-drop-cascade',
  severity: 'error',
  description: 'DROP … CASCADE silently drops dependent objects, even columns and their data.',
  nodeTypes: ['DropStmt'],
  check(statement) {
    const node = statement.node;
    if (node.behavior !== 'DROP_CASCADE') return [];
    if (node.removeType === 'OBJECT_TABLE' || node.removeType === 'OBJECT_SCHEMA') return [];
    const kind = String(node.removeType)
      .replace(/^OBJECT_/, '')
      .replace('MATVIEW', 'MATERIALIZED VIEW')
      .replace(/_/g, ' ');
    return [
      {
        message: `DROP ${kind} … CASCADE also drops everything that depends on it (views, foreign keys, defaults, for a type the columns of that type and their data), without listing them`,
        hint: 'drop the dependent objects explicitly in earlier statements, then drop this one without CASCADE: PostgreSQL then refuses if something still depends on it',
      },
    ];
  },
};

/**
 * TRUNCATE empties tables at once under an ACCESS EXCLUSIVE lock (PostgreSQL docs, TRUNCATE).
 * Tables created earlier in the same migration are empty anyway.
 */
const banTruncate: Rule = {
  id: 'ban-truncate',
  severity: 'error',
  description: 'TRUNCATE deletes every row of the table.',
  nodeTypes: ['TruncateStmt'],
  check(statement, context) {
    return list(statement.node.relations)
      .filter((r) => !createdInMigration(context, tableKey(r)))
      .map((r) => ({
        message: `TRUNCATE ${tableName(r)} deletes every row of ${tableName(r)} and blocks reads and writes while it runs`,
        hint: `back the data up first and truncate by hand, or delete the rows you mean in batches outside the migration; if it is intended, ${IGNORE('ban-truncate')}`,
        location: rangeVarLocation(r),
      }));
  },
};

/**
 * TRUNCATE … CASCADE also empties every table that has a foreign key to the truncated ones, and
 * the tables referencing those, recursively (PostgreSQL docs, TRUNCATE, CASCADE).
 */
const banTruncateCascade: Rule = {
  id: 'ban-truncate-cascade',
  severity: 'error',
  description: 'TRUNCATE … CASCADE also empties every table that references the truncated ones.',
  nodeTypes: ['TruncateStmt'],
  check(statement) {
    if (statement.node.behavior !== 'DROP_CASCADE') return [];
    const tables = list(statement.node.relations).map(tableName).join(', ');
    return [
      {
        message: `TRUNCATE ${tables} CASCADE also deletes every row of each table with a foreign key to ${tables}, recursively`,
        hint: 'remove CASCADE and list exactly the tables to empty: PostgreSQL then refuses if another table references them',
      },
    ];
  },
};

/**
 * Whether a relation is a system catalog: in pg_catalog, or unqualified and named pg_… (pg_catalog
 * is searched before any other schema, so `pg_index` is pg_catalog.pg_index).
 */
function isCatalog(relation: unknown): boolean {
  const rv = (nodeOf(relation, 'RangeVar') ?? relation) as Record<string, unknown> | undefined;
  if (rv?.schemaname === 'pg_catalog') return true;
  return rv?.schemaname === undefined && typeof rv?.relname === 'string' && /^pg_/.test(rv.relname);
}

/**
 * Writing a system catalog by hand (`UPDATE pg_index SET indisvalid = …`, `DELETE FROM pg_depend`)
 * bypasses every check PostgreSQL makes, leaves caches and dependent objects inconsistent, needs a
 * superuser, and is not supported across versions (PostgreSQL docs, 51.1 System Catalogs
 * Overview: "you should not change the system catalogs by hand"). It is not a data backfill.
 */
const banCatalogWrite: Rule = {
  id: 'ban-catalog-write',
  severity: 'error',
  description: 'INSERT, UPDATE or DELETE on a system catalog bypasses the checks PostgreSQL makes.',
  nodeTypes: ['UpdateStmt', 'DeleteStmt', 'InsertStmt', 'MergeStmt'],
  check(statement) {
    const relation = statement.node.relation;
    if (!isCatalog(relation)) return [];
    const verb = statement.type.replace(/Stmt$/, '').toUpperCase();
    return [
      {
        message: `${verb} on the system catalog ${tableName(relation)} changes PostgreSQL's own bookkeeping behind its back: caches, dependent objects and later upgrades may break, and it needs a superuser`,
        hint: 'use the SQL command that makes the change (ALTER …, REINDEX, VALIDATE CONSTRAINT); never write catalogs in a migration',
        location: rangeVarLocation(relation),
      },
    ];
  },
};

/** A DELETE or UPDATE that touches every row of an existing table, or undefined. */
function everyRow(statement: ParsedStatement, context: LintContext): string | undefined {
  const node = statement.node;
  if (node.whereClause || isCatalog(node.relation)) return undefined;
  if (allNew([node.relation], context)) return undefined;
  return tableName(node.relation);
}

/** DELETE without WHERE removes every row (PostgreSQL docs, DELETE). */
const banDeleteWithoutWhere: Rule = {
  id: 'ban-delete-without-where',
  severity: 'error',
  description: 'DELETE without WHERE deletes every row of the table.',
  nodeTypes: ['DeleteStmt'],
  check(statement, context) {
    const table = everyRow(statement, context);
    if (!table) return [];
    return [
      {
        message: `DELETE FROM ${table} without WHERE deletes every row of ${table}, holding a row lock on each until the migration commits`,
        hint: `add the WHERE clause you mean; delete large sets in batches outside the migration; if emptying ${table} is intended, ${IGNORE('ban-delete-without-where')}`,
        location: rangeVarLocation(statement.node.relation),
      },
    ];
  },
};

/**
 * UPDATE without WHERE writes a new version of every row: row locks on the whole table until the
 * migration commits (every concurrent UPDATE/DELETE of those rows waits), twice the table size in
 * dead tuples and WAL (PostgreSQL docs, 13.3.2 Row-Level Locks; 24.1 Routine Vacuuming).
 */
const banUpdateWithoutWhere: Rule = {
  id: 'ban-update-without-where',
  severity: 'error',
  description: 'UPDATE without WHERE rewrites and locks every row until the migration commits.',
  nodeTypes: ['UpdateStmt'],
  check(statement, context) {
    const table = everyRow(statement, context);
    if (!table) return [];
    return [
      {
        message: `UPDATE ${table} without WHERE rewrites every row of ${table} and holds a lock on each row until the migration commits: concurrent writes to ${table} wait, and the table bloats`,
        hint: `backfill in batches (e.g. 1000 rows by primary key range, one transaction each) from a script or job outside the schema migration, and make the code handle both old and new values meanwhile`,
        location: rangeVarLocation(statement.node.relation),
      },
    ];
  },
};

/**
 * A data backfill (UPDATE/DELETE/MERGE with a WHERE) inside a schema migration keeps its row locks
 * until the whole migration commits (strong_migrations "Backfilling data"; PostgreSQL docs, 13.3.2).
 */
const dataBackfillInMigration: Rule = {
  id: 'data-backfill-in-migration',
  severity: 'notice',
  description: 'Data changes in a schema migration hold their row locks for the whole migration.',
  nodeTypes: ['UpdateStmt', 'DeleteStmt', 'MergeStmt'],
  check(statement, context): RuleHit[] {
    const node = statement.node;
    const relation = node.relation;
    if (statement.type !== 'MergeStmt' && !node.whereClause) return []; // the ban-* rules report it
    if (allNew([relation], context) || isCatalog(relation)) return [];
    const verb = statement.type.replace(/Stmt$/, '').toUpperCase();
    return [
      {
        message: `${verb} on ${tableName(relation)} in a schema migration keeps every changed row locked until the migration commits`,
        hint: 'for more than a few thousand rows, backfill in batches outside the migration (a script or job, one short transaction per batch)',
        location: rangeVarLocation(relation),
      },
    ];
  },
};

export const dataRules: readonly Rule[] = [
  banDropTable,
  banDropColumn,
  banDropSchema,
  banDropDatabase,
  banDropCascade,
  banTruncate,
  banTruncateCascade,
  banDeleteWithoutWhere,
  banUpdateWithoutWhere,
  dataBackfillInMigration,
  banCatalogWrite,
];

/**
 * Rules whose finding means data is dropped or truncated: the validate report's `destructive`
 * flag. UPDATE without WHERE rewrites rows but keeps them, so it is not in the set.
 */
export const DESTRUCTIVE_RULES: ReadonlySet<string> = new Set([
  banDropTable.id,
  banDropColumn.id,
  banDropSchema.id,
  banDropDatabase.id,
  banDropCascade.id,
  banTruncate.id,
  banTruncateCascade.id,
  banDeleteWithoutWhere.id,
]);
