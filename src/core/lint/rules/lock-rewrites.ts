/**
 * Rules for the commands that copy a whole relation under an ACCESS EXCLUSIVE lock (VACUUM FULL,
 * CLUSTER, SET TABLESPACE, SET LOGGED / UNLOGGED): reads and writes wait for the whole copy.
 */
import type { Rule } from '../types.js';
import {
  alterTableCmds,
  createdInMigration,
  list,
  nodeOf,
  rangeVarLocation,
  tableKey,
  tableName,
  type AstNode,
} from '../ast.js';

interface Rewrite {
  command: string;
  /** The relation copied; undefined when the statement names none (every table). */
  relation?: unknown;
}

const COPY =
  'create a new table, keep it in sync with a trigger, backfill it in batches and switch code to it';

/** A rule for a command that copies a whole relation under an ACCESS EXCLUSIVE lock. */
function rewriteRule(
  id: string,
  sql: string,
  nodeTypes: string[],
  hint: string,
  find: (node: AstNode) => Rewrite[],
): Rule {
  return {
    id,
    severity: 'error',
    description: `${sql} copies the whole table under an ACCESS EXCLUSIVE lock: reads and writes wait.`,
    nodeTypes,
    check(statement, context) {
      return find(statement.node)
        .filter(
          (r) => r.relation === undefined || !createdInMigration(context, tableKey(r.relation)),
        )
        .map((r) => {
          const what = r.relation === undefined ? 'every table' : tableName(r.relation);
          return {
            message: `${r.command} rewrites ${what} under an ACCESS EXCLUSIVE lock: every read and write of ${what} waits until the copy is done`,
            hint,
            location: rangeVarLocation(r.relation),
          };
        });
    },
  };
}

function alterCommands(node: AstNode, subtypes: Record<string, string>): Rewrite[] {
  if (node.orig_tablespacename !== undefined) return [{ command: 'ALTER … ALL IN TABLESPACE' }];
  return alterTableCmds(node)
    .filter((cmd) => subtypes[String(cmd.subtype)] !== undefined)
    .map((cmd) => ({
      command: `ALTER … ${subtypes[String(cmd.subtype)]}`,
      relation: node.relation,
    }));
}

/**
 * VACUUM FULL writes a new copy of the table under an ACCESS EXCLUSIVE lock (PostgreSQL docs,
 * VACUUM; 24.1.2 Recovering Disk Space). Plain VACUUM and ANALYZE take no lock that blocks traffic.
 */
const banVacuumFull = rewriteRule(
  'ban-vacuum-full',
  'VACUUM FULL',
  ['VacuumStmt'],
  `use plain VACUUM (it blocks neither reads nor writes), or pg_repack / pg_squeeze to reclaim space online`,
  (node) => {
    const full = list(node.options)
      .map((o) => nodeOf(o, 'DefElem'))
      .find((o) => o?.defname === 'full');
    const arg = nodeOf(full?.arg, 'String')?.sval ?? nodeOf(full?.arg, 'Integer')?.ival;
    if (!full || ['false', 'off', '0', 0].includes(arg as string | number)) return [];
    const rels = list(node.rels).map((r) => nodeOf(r, 'VacuumRelation')?.relation);
    return (rels.length ? rels : [undefined]).map((relation) => ({
      command: 'VACUUM FULL',
      relation,
    }));
  },
);

/** CLUSTER writes a sorted copy of the table under an ACCESS EXCLUSIVE lock (PostgreSQL docs, CLUSTER). */
const banCluster = rewriteRule(
  'ban-cluster',
  'CLUSTER',
  ['ClusterStmt'],
  'reorder online with pg_repack --order-by, or leave the physical order alone',
  (node) => [{ command: 'CLUSTER', relation: node.relation }],
);

/**
 * SET TABLESPACE copies the table's files under an ACCESS EXCLUSIVE lock (PostgreSQL docs, ALTER
 * TABLE, SET TABLESPACE; ALTER INDEX and ALTER MATERIALIZED VIEW alike).
 */
const banSetTablespace = rewriteRule(
  'ban-set-tablespace',
  'SET TABLESPACE',
  ['AlterTableStmt', 'AlterTableMoveAllStmt'],
  `move it online with pg_repack --tablespace, or ${COPY}`,
  (node) => alterCommands(node, { AT_SetTableSpace: 'SET TABLESPACE' }),
);

/**
 * SET LOGGED / SET UNLOGGED rewrite the table (and, for LOGGED, write it all to WAL) under an ACCESS
 * EXCLUSIVE lock (PostgreSQL docs, ALTER TABLE, SET { LOGGED | UNLOGGED }).
 */
const banSetLogged = rewriteRule(
  'ban-set-logged',
  'SET LOGGED / UNLOGGED',
  ['AlterTableStmt'],
  `give new tables the persistence they need from the start; to change an existing one, ${COPY}`,
  (node) => alterCommands(node, { AT_SetLogged: 'SET LOGGED', AT_SetUnLogged: 'SET UNLOGGED' }),
);

/** The rewrite rules, in the order the lock rules list them. */
export const rewriteRules: readonly Rule[] = [
  banVacuumFull,
  banCluster,
  banSetTablespace,
  banSetLogged,
];
