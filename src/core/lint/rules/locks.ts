import type { LintContext, Rule, RuleHit } from '../types.js';
import {
  alterTableCmds,
  createdInMigration,
  list,
  names,
  nodeOf,
  rangeVarLocation,
  tableKey,
  tableName,
  walk,
  type AstNode,
} from '../ast.js';

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
        .filter((r) => r.relation === undefined || !isNew(r.relation, context))
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

/** String literals ('…') in the statements after the current one. */
function laterStrings(context: LintContext): Set<string> {
  const found = new Set<string>();
  for (const s of context.statements.slice(context.index + 1))
    walk(s.node, (type, node) => {
      const literal = type === 'A_Const' ? (nodeOf(node.sval, 'String') ?? node.sval) : undefined;
      const value = (literal as { sval?: unknown } | undefined)?.sval;
      if (typeof value === 'string') found.add(value);
    });
  return found;
}

/**
 * ALTER TYPE … ADD VALUE cannot run in a transaction block before PostgreSQL 12; from 12 on it can,
 * but the new value cannot be used until that transaction commits (PostgreSQL docs, ALTER TYPE, Notes).
 */
const enumAddValueInTransaction: Rule = {
  id: 'enum-add-value-in-transaction',
  severity: 'error',
  description:
    'ALTER TYPE … ADD VALUE fails in a transaction before PostgreSQL 12, or when the value is used before commit.',
  nodeTypes: ['AlterEnumStmt'],
  check(statement, context): RuleHit[] {
    const node = statement.node;
    if (node.oldVal !== undefined || !context.transactional) return [];
    const type = names(node.typeName).join('.');
    const value = String(node.newVal);
    const hint = `put ALTER TYPE ${type} ADD VALUE in its own migration that runs without a transaction (JS/TS: pgm.noTransaction()), before the migration that uses '${value}'`;
    if (context.pgVersion < 12)
      return [
        {
          message: `ALTER TYPE ${type} ADD VALUE cannot run inside a transaction block on PostgreSQL ${context.pgVersion}: the migration fails`,
          hint,
        },
      ];
    if (!laterStrings(context).has(value)) return [];
    return [
      {
        severity: 'warning',
        message: `'${value}' is added to ${type} and used later in the same transaction: PostgreSQL rejects a new enum value until the transaction that added it commits`,
        hint,
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

const SAVEPOINT_KINDS = ['TRANS_STMT_SAVEPOINT', 'TRANS_STMT_RELEASE', 'TRANS_STMT_ROLLBACK_TO'];

/**
 * db-deploy wraps each migration in its own transaction (or runs it statement by statement): a
 * BEGIN inside it is ignored with a warning, a COMMIT ends it early so later statements run outside
 * it and cannot be rolled back (PostgreSQL docs, BEGIN, COMMIT, 3.4 Transactions). A savepoint
 * inside db-deploy's transaction is harmless; outside one it fails.
 */
const transactionNesting: Rule = {
  id: 'transaction-nesting',
  severity: 'error',
  description: 'BEGIN/COMMIT/ROLLBACK in a migration fight the transaction db-deploy manages.',
  nodeTypes: ['TransactionStmt'],
  check(statement, context) {
    const kind = String(statement.node.kind);
    if (SAVEPOINT_KINDS.includes(kind) && context.transactional) return [];
    const what = kind.replace('TRANS_STMT_', '').replace('_', ' ');
    return [
      {
        message: `${what} in a migration: db-deploy manages the transaction (${context.transactional ? 'this one runs in a transaction; a COMMIT/ROLLBACK would end it early and leave the rest outside it' : 'this one runs statement by statement; a BEGIN would put the statements that cannot run in a transaction into one'})`,
        hint: 'remove transaction control from the file; to run a migration without a transaction, put only statements that need it (e.g. CREATE INDEX CONCURRENTLY) in it',
      },
    ];
  },
};

export const lockRules: readonly Rule[] = [
  banLockTable,
  requireConcurrentRefresh,
  banVacuumFull,
  banCluster,
  banSetTablespace,
  banSetLogged,
  enumAddValueInTransaction,
  attachPartitionWithoutCheck,
  banDisableTrigger,
  banAlterDomainWithAddConstraint,
  transactionNesting,
];
