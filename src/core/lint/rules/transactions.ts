/**
 * Rules about the transaction a migration runs in: ALTER TYPE … ADD VALUE inside it, and
 * transaction control (BEGIN, COMMIT, savepoints) that fights the one db-deploy manages.
 */
import type { LintContext, Rule, RuleHit } from '../types.js';
import { names, nodeOf, walk } from '../ast.js';

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
export const enumAddValueInTransaction: Rule = {
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

const SAVEPOINT_KINDS = ['TRANS_STMT_SAVEPOINT', 'TRANS_STMT_RELEASE', 'TRANS_STMT_ROLLBACK_TO'];

/**
 * db-deploy wraps each migration in its own transaction (or runs it statement by statement): a
 * BEGIN inside it is ignored with a warning, a COMMIT ends it early so later statements run outside
 * it and cannot be rolled back (PostgreSQL docs, BEGIN, COMMIT, 3.4 Transactions). A savepoint
 * inside db-deploy's transaction is harmless; outside one it fails.
 */
export const transactionNesting: Rule = {
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
