import type { ParsedStatement } from '../../sql/index.js';

/**
 * Why a statement cannot run inside a transaction block, or undefined when it can.
 * PostgreSQL rejects these with "cannot run inside a transaction block" (SQLSTATE 25001);
 * see the Notes of CREATE INDEX, DROP INDEX, REINDEX, VACUUM, CREATE DATABASE, ALTER SYSTEM,
 * ALTER TABLE … DETACH PARTITION … CONCURRENTLY and CREATE SUBSCRIPTION.
 */
export function nonTransactionalReason(statement: ParsedStatement): string | undefined {
  const node = statement.node;
  switch (statement.type) {
    case 'IndexStmt':
      return node.concurrent ? 'CREATE INDEX CONCURRENTLY' : undefined;
    case 'DropStmt':
      return node.concurrent ? 'DROP INDEX CONCURRENTLY' : undefined;
    case 'ReindexStmt': {
      const params = (node.params as Array<{ DefElem?: { defname?: string } }> | undefined) ?? [];
      if (params.some((p) => p.DefElem?.defname === 'concurrently')) return 'REINDEX CONCURRENTLY';
      const kind = String(node.kind ?? '');
      return kind === 'REINDEX_OBJECT_SYSTEM' || kind === 'REINDEX_OBJECT_DATABASE'
        ? 'REINDEX DATABASE/SYSTEM'
        : undefined;
    }
    case 'VacuumStmt':
      return node.is_vacuumcmd ? 'VACUUM' : undefined;
    case 'CreatedbStmt':
      return 'CREATE DATABASE';
    case 'DropdbStmt':
      return 'DROP DATABASE';
    case 'AlterDatabaseStmt': {
      const options = (node.options as Array<{ DefElem?: { defname?: string } }> | undefined) ?? [];
      return options.some((o) => o.DefElem?.defname === 'tablespace')
        ? 'ALTER DATABASE … SET TABLESPACE'
        : undefined;
    }
    case 'DiscardStmt':
      return node.target === 'DISCARD_ALL' ? 'DISCARD ALL' : undefined;
    case 'AlterSystemStmt':
      return 'ALTER SYSTEM';
    case 'CreateTableSpaceStmt':
      return 'CREATE TABLESPACE';
    case 'DropTableSpaceStmt':
      return 'DROP TABLESPACE';
    case 'CreateSubscriptionStmt':
      return 'CREATE SUBSCRIPTION';
    case 'DropSubscriptionStmt':
      return 'DROP SUBSCRIPTION';
    case 'ClusterStmt':
      return node.relation ? undefined : 'CLUSTER (all tables)';
    case 'AlterTableStmt': {
      const cmds =
        (node.cmds as Array<{
          AlterTableCmd?: { subtype?: string; def?: { PartitionCmd?: { concurrent?: boolean } } };
        }>) ?? [];
      const detach = cmds.some(
        (c) =>
          c.AlterTableCmd?.subtype === 'AT_DetachPartition' &&
          c.AlterTableCmd.def?.PartitionCmd?.concurrent,
      );
      return detach ? 'DETACH PARTITION CONCURRENTLY' : undefined;
    }
    default:
      return undefined;
  }
}
