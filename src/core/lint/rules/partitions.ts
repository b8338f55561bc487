import type { Rule } from '../types.js';
import { alterTableCmds, createdInMigration, nodeOf, tableKey, tableName } from '../ast.js';

/**
 * DETACH PARTITION without CONCURRENTLY takes ACCESS EXCLUSIVE on the parent table: every read
 * and write of the partitioned table waits (PostgreSQL docs, ALTER TABLE, "DETACH PARTITION";
 * CONCURRENTLY exists since PostgreSQL 14 and runs outside a transaction).
 */
const requireConcurrentDetach: Rule = {
  id: 'require-concurrent-partition-detach',
  severity: 'error',
  description:
    'DETACH PARTITION without CONCURRENTLY locks the whole partitioned table against reads and writes.',
  nodeTypes: ['AlterTableStmt'],
  check(statement, context) {
    const node = statement.node;
    if (createdInMigration(context, tableKey(node.relation))) return [];
    return alterTableCmds(node)
      .filter((cmd) => cmd.subtype === 'AT_DetachPartition')
      .filter((cmd) => !nodeOf(cmd.def, 'PartitionCmd')?.concurrent)
      .map(() => ({
        message: `DETACH PARTITION on ${tableName(node.relation)} without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table: reads and writes wait`,
        hint:
          context.pgVersion >= 14
            ? 'use ALTER TABLE … DETACH PARTITION … CONCURRENTLY (PostgreSQL 14+; db-deploy runs it outside a transaction)'
            : 'PostgreSQL before 14 has no online DETACH: schedule it for a quiet window, or upgrade and use DETACH PARTITION … CONCURRENTLY',
      }));
  },
};

export const partitionRules: readonly Rule[] = [requireConcurrentDetach];
