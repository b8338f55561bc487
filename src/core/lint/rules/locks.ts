/**
 * Rules for statements that hold a lock running traffic waits for: LOCK TABLE, REFRESH without
 * CONCURRENTLY, ATTACH PARTITION, DISABLE TRIGGER, ALTER DOMAIN; with the table rewrites
 * (lock-rewrites.ts) and the transaction rules (transactions.ts) they make the lock rules.
 */
import type { LintContext, Rule } from '../types.js';
import {
  alterTableCmds,
  createdInMigration,
  list,
  names,
  nodeOf,
  rangeVarLocation,
  tableKey,
  tableName,
  type AstNode,
} from '../ast.js';
import { rewriteRules } from './lock-rewrites.js';
import { enumAddValueInTransaction, transactionNesting } from './transactions.js';

/** PostgreSQL's lock modes as LockStmt numbers them (src/include/storage/lockdefs.h). */
const LOCK_MODES =
  ',ACCESS SHARE,ROW SHARE,ROW EXCLUSIVE,SHARE UPDATE EXCLUSIVE,SHARE,SHARE ROW EXCLUSIVE,EXCLUSIVE,ACCESS EXCLUSIVE'.split(
    ',',
  );
const SHARE_LOCK = 5;
const ACCESS_EXCLUSIVE_LOCK = 8;

function isNew(relation: unknown, context: LintContext): boolean {
  return createdInMigration(context, tableKey(relation));
}

/**
 * LOCK TABLE in SHARE mode or stronger blocks every INSERT/UPDATE/DELETE (ACCESS EXCLUSIVE: every
 * SELECT too) until the migration commits (PostgreSQL docs, 13.3.1 Table-Level Locks, LOCK).
 */
const banLockTable: Rule = {
  id: 'ban-lock-table',
  severity: 'error',
  description: 'LOCK TABLE in SHARE mode or stronger blocks writes until the migration commits.',
  nodeTypes: ['LockStmt'],
  check(statement, context) {
    const mode = Number(statement.node.mode);
    if (mode < SHARE_LOCK) return [];
    const blocks = mode === ACCESS_EXCLUSIVE_LOCK ? 'reads and writes' : 'writes';
    return list(statement.node.relations)
      .filter((r) => !isNew(r, context))
      .map((r) => ({
        message: `LOCK TABLE ${tableName(r)} IN ${LOCK_MODES[mode] ?? mode} MODE blocks ${blocks} to ${tableName(r)} until the migration commits`,
        hint: 'remove the explicit lock: each DDL statement takes the lock it needs; do data changes in batches outside the migration',
        location: rangeVarLocation(r),
      }));
  },
};

/**
 * REFRESH MATERIALIZED VIEW without CONCURRENTLY holds an ACCESS EXCLUSIVE lock on the view for the
 * whole query: every SELECT on it waits (PostgreSQL docs, REFRESH MATERIALIZED VIEW).
 */
const requireConcurrentRefresh: Rule = {
  id: 'require-concurrent-refresh',
  severity: 'error',
  description: 'REFRESH MATERIALIZED VIEW without CONCURRENTLY blocks reads of the view.',
  nodeTypes: ['RefreshMatViewStmt'],
  check(statement, context) {
    const node = statement.node;
    if (node.concurrent || isNew(node.relation, context)) return [];
    const view = tableName(node.relation);
    return [
      {
        message: `REFRESH MATERIALIZED VIEW ${view} without CONCURRENTLY blocks every read of ${view} until the refresh is done`,
        hint: `use REFRESH MATERIALIZED VIEW CONCURRENTLY ${view} (it needs a unique index on the view, and a view that is already populated)`,
        location: rangeVarLocation(node.relation),
      },
    ];
  },
};

/** Whether an earlier statement of this migration validated a CHECK constraint on `key`. */
function checkValidatedEarlier(context: LintContext, key: string): boolean {
  return context.statements.slice(0, context.index).some(
    (s) =>
      s.type === 'AlterTableStmt' &&
      tableKey(s.node.relation) === key &&
      alterTableCmds(s.node).some((cmd) => {
        if (cmd.subtype === 'AT_ValidateConstraint') return true;
        const constraint = nodeOf(cmd.def, 'Constraint');
        return constraint?.contype === 'CONSTR_CHECK' && !constraint.skip_validation;
      }),
  );
}

/**
 * ATTACH PARTITION scans the whole partition to prove its rows fit the bound, under an ACCESS
 * EXCLUSIVE lock on the partition (and on the parent before PostgreSQL 12), unless a valid CHECK
 * constraint implies the bound (PostgreSQL docs, ALTER TABLE, ATTACH PARTITION; 5.12.2.2).
 */
const attachPartitionWithoutCheck: Rule = {
  id: 'attach-partition-without-check',
  severity: 'warning',
  description:
    'ATTACH PARTITION scans the partition under lock unless a validated CHECK implies the bound.',
  nodeTypes: ['AlterTableStmt'],
  check(statement, context) {
    const node = statement.node;
    const parent = tableName(node.relation);
    return alterTableCmds(node)
      .filter((cmd) => cmd.subtype === 'AT_AttachPartition')
      .map((cmd) => nodeOf(cmd.def, 'PartitionCmd')?.name)
      .filter((p) => !isNew(p, context) && !checkValidatedEarlier(context, tableKey(p)))
      .map((p) => ({
        message: `ATTACH PARTITION ${tableName(p)} to ${parent} scans every row of ${tableName(p)} under an ACCESS EXCLUSIVE lock${context.pgVersion < 12 ? `, and locks ${parent} ACCESS EXCLUSIVE meanwhile` : ''}, unless ${tableName(p)} already has a validated CHECK constraint matching the bound`,
        hint: `first add a CHECK matching the bound to ${tableName(p)} as NOT VALID and VALIDATE it (a SHARE UPDATE EXCLUSIVE lock) in an earlier migration, then attach and drop the CHECK; a DEFAULT partition of ${parent} is scanned too`,
        location: rangeVarLocation(p),
      }));
  },
};

/** The triggers an ENABLE covers: by name, USER (all but internal ones) or ALL. */
function enables(cmd: AstNode, disabled: AstNode): boolean {
  const subtype = String(cmd.subtype);
  if (!/^AT_Enable/.test(subtype)) return false;
  if (subtype === 'AT_EnableTrigAll') return true;
  if (disabled.subtype === 'AT_DisableTrigAll') return false;
  if (subtype === 'AT_EnableTrigUser') return true;
  return disabled.subtype === 'AT_DisableTrig' && cmd.name === disabled.name;
}

/** Whether a later statement of this migration enables the disabled trigger(s) of `key` again. */
function enabledLater(context: LintContext, key: string, disabled: AstNode): boolean {
  return context.statements
    .slice(context.index + 1)
    .some(
      (s) =>
        s.type === 'AlterTableStmt' &&
        tableKey(s.node.relation) === key &&
        alterTableCmds(s.node).some((cmd) => enables(cmd, disabled)),
    );
}

/**
 * DISABLE TRIGGER takes a SHARE ROW EXCLUSIVE lock (PostgreSQL docs, ALTER TABLE, DISABLE/ENABLE
 * TRIGGER): writes wait for it and, in a transaction, until the commit. Once committed (or outside
 * a transaction) concurrent writes skip the trigger; DISABLE TRIGGER ALL also skips foreign-key
 * checks. Enabled again before the commit of the same transaction, no other session ever sees it
 * disabled: then the lock, held while the statements in between run, is the risk.
 */
const banDisableTrigger: Rule = {
  id: 'ban-disable-trigger',
  severity: 'warning',
  description:
    'DISABLE TRIGGER lets concurrent writes skip the trigger (with ALL, foreign-key checks too), and blocks writes until the migration commits.',
  nodeTypes: ['AlterTableStmt'],
  check(statement, context) {
    const node = statement.node;
    if (isNew(node.relation, context)) return [];
    const table = tableName(node.relation);
    const key = tableKey(node.relation);
    return alterTableCmds(node)
      .filter((cmd) => /^AT_DisableTrig/.test(String(cmd.subtype)))
      .map((cmd) => {
        const which =
          cmd.subtype === 'AT_DisableTrigAll'
            ? 'ALL (foreign-key checks included)'
            : String(cmd.name ?? 'USER');
        const location = rangeVarLocation(node.relation);
        if (context.transactional && enabledLater(context, key, cmd))
          return {
            message: `DISABLE TRIGGER ${which} on ${table} takes a SHARE ROW EXCLUSIVE lock: every write to ${table} waits until the migration commits (it is enabled again in the same transaction, so no write skips it)`,
            hint: `keep the statements between DISABLE and ENABLE short, or change the trigger function to skip the rows you mean (e.g. on a session setting) instead of disabling it`,
            location,
          };
        return {
          message: `DISABLE TRIGGER ${which} on ${table}: every write to ${table} by running code skips it until it is enabled again, and writes wait for the lock until the migration commits`,
          hint: 'change the trigger function to skip the rows you mean (e.g. on a session setting) instead of disabling it for everyone',
          location,
        };
      });
  },
};

/** Whether an earlier statement of this migration created the domain `name`. */
function domainIsNew(context: LintContext, name: string): boolean {
  return context.statements
    .slice(0, context.index)
    .some((s) => s.type === 'CreateDomainStmt' && names(s.node.domainname).join('.') === name);
}

/**
 * ALTER DOMAIN ADD CONSTRAINT (without NOT VALID) and SET NOT NULL check every column of the domain
 * type in every table, holding a SHARE lock on each: writes wait (PostgreSQL docs, ALTER DOMAIN).
 */
const banAlterDomainWithAddConstraint: Rule = {
  id: 'ban-alter-domain-with-add-constraint',
  severity: 'error',
  description:
    'ALTER DOMAIN ADD CONSTRAINT scans every column of the domain while blocking writes.',
  nodeTypes: ['AlterDomainStmt'],
  check(statement, context) {
    const node = statement.node;
    const domain = names(node.typeName).join('.');
    const constraint = nodeOf(node.def, 'Constraint');
    const scans = (node.subtype === 'C' && !constraint?.skip_validation) || node.subtype === 'O';
    if (!scans || domainIsNew(context, domain)) return [];
    return [
      {
        message: `ALTER DOMAIN ${domain} ${node.subtype === 'O' ? 'SET NOT NULL' : 'ADD CONSTRAINT'} checks every column of type ${domain} in every table, blocking writes to those tables while it scans`,
        hint: 'add CHECK constraints to the tables instead (NOT VALID, then VALIDATE CONSTRAINT), or ADD CONSTRAINT … NOT VALID to the domain and validate it off-peak',
      },
    ];
  },
};

/** The lock rules, in the order they report. */
export const lockRules: readonly Rule[] = [
  banLockTable,
  requireConcurrentRefresh,
  ...rewriteRules,
  enumAddValueInTransaction,
  attachPartitionWithoutCheck,
  banDisableTrigger,
  banAlterDomainWithAddConstraint,
  transactionNesting,
];
