import { parseSql, type ParsedStatement } from '../sql/parse.js';
import { list, nodeOf, tableKey } from '../lint/ast.js';
import { nonTransactionalReason } from '../migrations/transaction.js';
import type { MigrationFile } from '../migrations/load.js';
import type { ObservedLock } from './types.js';

/**
 * The locks PostgreSQL documents for statements that run outside a transaction, where sampling
 * from another connection can miss a short one: CREATE INDEX / REINDEX CONCURRENTLY and VACUUM
 * take SHARE UPDATE EXCLUSIVE on their table (docs: "Explicit Locking", Table 13.2), which
 * blocks other DDL and VACUUM but not reads or writes.
 */
export function documentedLocks(file: MigrationFile): ObservedLock[] {
  const section = file.sql?.up;
  if (!section) return [];
  const parsed = parseSql(section.sql);
  if (!parsed.ok) return [];
  return parsed.statements.flatMap((statement) =>
    nonTransactionalReason(statement) ? locksOf(statement) : [],
  );
}

function locksOf(statement: ParsedStatement): ObservedLock[] {
  const mode = 'ShareUpdateExclusiveLock';
  const node = statement.node;
  switch (statement.type) {
    case 'IndexStmt':
      return [{ relation: tableKey(node.relation), mode }];
    case 'ReindexStmt':
      return node.kind === 'REINDEX_OBJECT_TABLE'
        ? [{ relation: tableKey(node.relation), mode }]
        : [];
    case 'VacuumStmt':
      return list(node.rels).flatMap((rel) => {
        const relation = nodeOf(rel, 'VacuumRelation')?.relation;
        return relation ? [{ relation: tableKey(relation), mode }] : [];
      });
    default:
      return [];
  }
}
