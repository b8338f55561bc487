import type { Rule } from '../types.js';
import { tableKey, tableName } from '../ast.js';

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

export const indexRules: readonly Rule[] = [requireConcurrentIndex];
