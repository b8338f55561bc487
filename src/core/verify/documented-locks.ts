import { MAX_PARSE_BYTES, parseSql, type ParsedStatement } from '../sql/index.js';
import { list, nodeOf, tableKey } from '../lint/index.js';
import {
  nonTransactionalReason,
  renderMigration,
  type Migration,
  type MigrationFormat,
} from '../migrations/index.js';
import type { ObservedLock } from './types.js';

/**
 * The locks PostgreSQL documents for statements that run outside a transaction, where sampling
 * from another connection can miss a short one: CREATE INDEX / REINDEX CONCURRENTLY and VACUUM
 * take SHARE UPDATE EXCLUSIVE on their table (docs: "Explicit Locking", Table 13.2), which
 * blocks other DDL and VACUUM but not reads or writes.
 */
export async function documentedLocks(
  file: Migration,
  format: MigrationFormat,
): Promise<ObservedLock[]> {
  const sql = await upSql(file, format);
  // Too large to parse (lint reports it): only what sampling saw is reported.
  if (Buffer.byteLength(sql, 'utf8') > MAX_PARSE_BYTES) return [];
  const parsed = parseSql(sql);
  if (!parsed.ok) return [];
  return parsed.statements.flatMap((statement) =>
    nonTransactionalReason(statement) ? locksOf(statement) : [],
  );
}

/** The SQL of a migration's up: its SQL section, or what its code builds (empty when it cannot be built). */
async function upSql(file: Migration, format: MigrationFormat): Promise<string> {
  if (file.sql) return file.sql.up.sql;
  try {
    const rendered = await renderMigration(format, file, 'up');
    return rendered.ok ? rendered.sql : '';
  } catch {
    return '';
  }
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
