import type { LintContext, Rule, TableKey } from '../types.js';
import { list, names, nodeOf, qualifiedNameKey, tableKey, tableName } from '../ast.js';

/**
 * CREATE INDEX without CONCURRENTLY takes a SHARE lock on the table for the whole build:
 * every INSERT, UPDATE and DELETE waits (PostgreSQL docs, CREATE INDEX, "Building Indexes
 * Concurrently"). An index on a table created earlier in the same migration is harmless.
 */
const requireConcurrentIndex: Rule = {
  id: 'require-concurrent-index',
  severity: 'error',
  description: 'CREATE INDEX without CONCURRENTLY blocks every write to the table while it builds.',
  nodeTypes: ['IndexStmt'],
  check(statement, context) {
    const node = statement.node;
    if (node.concurrent) return [];
    if (context.createdTables.has(tableKey(node.relation))) return [];
    const table = tableName(node.relation);
    return [
      {
        message: `CREATE ${node.unique ? 'UNIQUE ' : ''}INDEX on ${table} without CONCURRENTLY blocks writes to ${table} until the index is built`,
        hint: 'use CREATE INDEX CONCURRENTLY (db-deploy runs it outside a transaction and drops an INVALID index left by a failed attempt)',
      },
    ];
  },
};

/** Indexes (as `schema.index` keys) built by earlier statements on tables new in this migration. */
function newIndexes(context: LintContext): Set<TableKey> {
  const keys = new Set<TableKey>();
  for (const s of context.statements.slice(0, context.index)) {
    if (s.type !== 'IndexStmt' || typeof s.node.idxname !== 'string') continue;
    const table = tableKey(s.node.relation);
    if (!context.createdTables.has(table)) continue;
    keys.add(`${table.slice(0, table.lastIndexOf('.'))}.${s.node.idxname}`);
  }
  return keys;
}

/**
 * DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the index's table: reads and
 * writes queue behind it, and behind any long query it waits for (PostgreSQL docs, DROP INDEX,
 * CONCURRENTLY). The concurrent form takes one index and no CASCADE, else it fails.
 */
const requireConcurrentIndexDrop: Rule = {
  id: 'require-concurrent-index-drop',
  severity: 'error',
  description: 'DROP INDEX without CONCURRENTLY locks the table against reads and writes.',
  nodeTypes: ['DropStmt'],
  check(statement, context) {
    const node = statement.node;
    if (node.removeType !== 'OBJECT_INDEX') return [];
    const indexes = list(node.objects).map((o) => names(nodeOf(o, 'List')?.items));
    const shown = indexes.map((parts) => parts.join('.')).join(', ');
    if (node.concurrent) {
      if (indexes.length > 1 || node.behavior === 'DROP_CASCADE')
        return [
          {
            message: `DROP INDEX CONCURRENTLY ${shown} fails: the concurrent form drops exactly one index and does not support CASCADE`,
            hint: 'write one DROP INDEX CONCURRENTLY statement per index, without CASCADE (drop dependent objects first)',
          },
        ];
      return [];
    }
    const created = newIndexes(context);
    if (indexes.every((parts) => created.has(qualifiedNameKey(parts)))) return [];
    return [
      {
        message: `DROP INDEX ${shown} without CONCURRENTLY locks its table against reads and writes, and queues them behind any running query until the drop is done`,
        hint: 'use DROP INDEX CONCURRENTLY IF EXISTS <index>, one index per statement (db-deploy runs it outside a transaction)',
      },
    ];
  },
};

/** Whether a statement is one of the CONCURRENTLY forms, with its SQL for messages. */
function concurrentForm(type: string, node: Record<string, unknown>): string | undefined {
  if (type === 'IndexStmt' && node.concurrent) return 'CREATE INDEX CONCURRENTLY';
  if (type === 'DropStmt' && node.concurrent && node.removeType === 'OBJECT_INDEX')
    return 'DROP INDEX CONCURRENTLY';
  if (type === 'ReindexStmt' && reindexIsConcurrent(node)) return 'REINDEX CONCURRENTLY';
  return undefined;
}

function reindexIsConcurrent(node: Record<string, unknown>): boolean {
  return list(node.params).some((p) => nodeOf(p, 'DefElem')?.defname === 'concurrently');
}

/**
 * The CONCURRENTLY forms cannot run inside a transaction block: PostgreSQL rejects them with
 * "cannot run inside a transaction block" (PostgreSQL docs, CREATE INDEX, DROP INDEX and REINDEX,
 * CONCURRENTLY). A JS/TS migration runs in one unless it calls `pgm.noTransaction()`.
 */
const banConcurrentIndexInTransaction: Rule = {
  id: 'ban-concurrent-index-in-transaction',
  severity: 'error',
  description: 'CREATE/DROP INDEX CONCURRENTLY and REINDEX CONCURRENTLY fail inside a transaction.',
  nodeTypes: ['IndexStmt', 'DropStmt', 'ReindexStmt'],
  check(statement, context) {
    const form = concurrentForm(statement.type, statement.node);
    if (!form || !context.transactional) return [];
    return [
      {
        message: `${form} fails inside a transaction block ("cannot run inside a transaction block"), and this migration runs in one`,
        hint: 'call pgm.noTransaction() in this migration (or move the statement to its own migration that does), so it runs outside a transaction',
      },
    ];
  },
};

/**
 * REINDEX without CONCURRENTLY locks out writes to the table (and reads that would use the index)
 * while it rebuilds (PostgreSQL docs, REINDEX, "Rebuilding Indexes Concurrently", PostgreSQL 12+).
 */
const requireConcurrentReindex: Rule = {
  id: 'require-concurrent-reindex',
  severity: 'error',
  description: 'REINDEX without CONCURRENTLY blocks writes (and index reads) while it rebuilds.',
  nodeTypes: ['ReindexStmt'],
  check(statement, context) {
    const node = statement.node;
    if (reindexIsConcurrent(node)) return [];
    const kind = String(node.kind ?? '').replace('REINDEX_OBJECT_', '');
    const target = node.relation ? tableName(node.relation) : String(node.name ?? '');
    if (kind === 'TABLE' && context.createdTables.has(tableKey(node.relation))) return [];
    if (kind === 'INDEX' && newIndexes(context).has(tableKey(node.relation))) return [];
    const hint =
      kind === 'SYSTEM'
        ? 'REINDEX SYSTEM has no concurrent form: run it in a maintenance window, not in a migration'
        : context.pgVersion >= 12
          ? `use REINDEX (CONCURRENTLY) ${kind} ${target} (db-deploy runs it outside a transaction)`
          : `REINDEX CONCURRENTLY needs PostgreSQL 12 (this is ${context.pgVersion}): build a copy with CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY the old one, then rename the copy`;
    return [
      {
        message: `REINDEX ${kind} ${target} without CONCURRENTLY blocks writes to the ${kind === 'INDEX' ? "index's table" : kind === 'TABLE' ? target : `${kind.toLowerCase()}'s tables`} and reads that use the indexes until every index is rebuilt`,
        hint,
      },
    ];
  },
};

/**
 * A B-tree is used efficiently from its leading columns; a non-unique index with more than three
 * columns rarely beats a narrower one and costs space and write time (PostgreSQL docs,
 * "Multicolumn Indexes"; strong_migrations' "keeping non-unique indexes to three columns or less").
 * Opt-in: on real migrations nearly every such index is a deliberate sort index (account, status,
 * created_at DESC, id) that serves one ORDER BY exactly — every hit on the test corpus was one.
 */
const indexTooManyColumns: Rule = {
  id: 'index-too-many-columns',
  severity: 'notice',
  optIn: true,
  description: 'A non-unique index with more than three columns rarely helps and slows writes.',
  nodeTypes: ['IndexStmt'],
  check(statement) {
    const node = statement.node;
    const columns = list(node.indexParams).length;
    if (node.unique || columns <= 3) return [];
    return [
      {
        message: `non-unique index on ${tableName(node.relation)} has ${columns} key columns: queries use it efficiently only from its leading columns, and every write pays for all of them`,
        hint: 'start the index with the columns that narrow results the most and keep it to three columns or less (move payload columns to INCLUDE, or use a partial index)',
      },
    ];
  },
};

export const indexRules: readonly Rule[] = [
  requireConcurrentIndex,
  requireConcurrentIndexDrop,
  banConcurrentIndexInTransaction,
  requireConcurrentReindex,
  indexTooManyColumns,
];
