import { MAX_PARSE_BYTES, parseSql, type ParsedStatement } from '../sql/parse.js';
import { list, nodeOf, tableKey } from '../lint/ast.js';
import { nonTransactionalReason } from '../migrations/transaction.js';
import { loadModuleActions, type MigrationFile } from '../migrations/load.js';
import { renderDryRun } from '../migrations/dry-run.js';
import type { ObservedLock } from './types.js';

/**
 * The locks PostgreSQL documents for statements that run outside a transaction, where sampling
 * from another connection can miss a short one: CREATE INDEX / REINDEX CONCURRENTLY and VACUUM
 * take SHARE UPDATE EXCLUSIVE on their table (docs: "Explicit Locking", Table 13.2), which
 * blocks other DDL and VACUUM but not reads or writes.
 */
export async function documentedLocks(file: MigrationFile): Promise<ObservedLock[]> {
  const sql = await upSql(file);
  // Too large to parse (lint reports it): only what sampling saw is reported.
  if (Buffer.byteLength(sql, 'utf8') > MAX_PARSE_BYTES) return [];
  const parsed = parseSql(sql);
  if (!parsed.ok) return [];
  return parsed.statements.flatMap((statement) =>
    nonTransactionalReason(statement) ? locksOf(statement) : [],
  );
}

/** The SQL of a migration's up: the `.sql` section, or what a JS/TS migration generates. */
async function upSql(file: MigrationFile): Promise<string> {
  if (file.sql) return file.sql.up.sql;
  try {
    const actions = await loadModuleActions(file);
    const prepared = new Map([[file.path, { file, actions, modes: {}, statementRetries: 0 }]]);
    return (await renderDryRun([file], prepared, 'up'))[0]?.sql ?? '';
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
