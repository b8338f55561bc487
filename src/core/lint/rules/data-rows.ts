/**
 * Data rules on statements that change rows: DELETE / UPDATE without WHERE, backfills inside a
 * schema migration, and writes to the system catalogs.
 */
import type { LintContext, Rule, RuleHit } from '../types.js';
import type { ParsedStatement } from '../../sql/index.js';
import { createdInMigration, nodeOf, rangeVarLocation, tableKey, tableName } from '../ast.js';
import { IGNORE } from './data-drops.js';

/** Whether every relation was created earlier in this migration (new, empty, unused by code). */
function allNew(relations: unknown[], context: LintContext): boolean {
  return relations.every((r) => createdInMigration(context, tableKey(r)));
}

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
export const banCatalogWrite: Rule = {
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
export const banDeleteWithoutWhere: Rule = {
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
export const banUpdateWithoutWhere: Rule = {
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
export const dataBackfillInMigration: Rule = {
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
