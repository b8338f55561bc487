import { oneLine } from '../errors.js';
import {
  nonTransactionalReason,
  renderMigration,
  type Migration,
  type MigrationFormat,
} from '../migrations/index.js';
import { loadParser, parseSql, withoutKeyword, type ParsedStatement } from '../sql/index.js';

/**
 * A new migration as the copy's transaction runs it. The copy must end exactly as it was, so
 * everything runs inside one transaction that is rolled back: a statement PostgreSQL refuses in a
 * transaction runs as its transactional equivalent (same resulting schema, hence the same plans),
 * statements that change no schema and would escape the rollback are left out, and anything that
 * could end the transaction or reach outside the database is refused — the migration is then not
 * planned, never run half-understood.
 */
export type CopyStatements =
  | {
      ok: true;
      /** The SQL to run, one statement each, in order. */
      statements: string[];
      /** What was rewritten or left out, one line each, for the report. */
      adjustments: string[];
    }
  | { ok: false; reason: string };

/** Settings a migration may not change on the copy: db-deploy's bounds on every statement. */
const BOUNDS = new Set([
  'lock_timeout',
  'statement_timeout',
  'idle_in_transaction_session_timeout',
  'transaction_timeout',
  'transaction_read_only',
  'default_transaction_read_only',
]);

/** One statement's fate on the copy. */
type Adapted = { run: string; note?: string } | { skip: string } | { refuse: string };

/** The up of `migration` as statements for the copy's transaction (format prepared first). */
export async function copyStatements(
  format: MigrationFormat,
  migration: Migration,
  all: readonly Migration[],
): Promise<CopyStatements> {
  let sql: string;
  try {
    await format.prepare([migration], all);
    const rendered = await renderMigration(format, migration, 'up');
    if (!rendered.ok) return { ok: false, reason: `its SQL cannot be built: ${rendered.reason}` };
    sql = rendered.sql;
  } catch (error) {
    return { ok: false, reason: `it cannot be loaded: ${oneLine((error as Error).message)}` };
  }
  await loadParser();
  const parsed = parseSql(sql);
  if (!parsed.ok) return { ok: false, reason: `it does not parse: ${oneLine(parsed.message)}` };
  const statements: string[] = [];
  const adjustments: string[] = [];
  for (const statement of parsed.statements) {
    const adapted = adaptStatement(statement);
    if ('refuse' in adapted) return { ok: false, reason: adapted.refuse };
    if ('skip' in adapted) {
      adjustments.push(adapted.skip);
      continue;
    }
    statements.push(adapted.run);
    if (adapted.note) adjustments.push(adapted.note);
  }
  return { ok: true, statements, adjustments };
}

/** What one statement becomes in the copy's transaction. */
export function adaptStatement(statement: ParsedStatement): Adapted {
  const { type, node, text } = statement;
  const head = text.split('\n')[0]?.slice(0, 60) ?? '';
  switch (type) {
    case 'TransactionStmt':
      return {
        refuse: `"${head}" would end or split the transaction the copy is kept safe in`,
      };
    case 'CopyStmt':
      return { refuse: `"${head}": COPY reads or writes outside the database` };
    case 'VacuumStmt':
      return {
        skip: `${node.is_vacuumcmd ? 'VACUUM' : 'ANALYZE'} left out: it changes statistics, not the schema, and the copy's own statistics stand for production's`,
      };
    case 'ReindexStmt':
      return { skip: 'REINDEX left out: it rebuilds an index as it was, so plans do not change' };
    case 'VariableSetStmt': {
      const name = String(node.name ?? '').toLowerCase();
      if (node.kind === 'VAR_RESET_ALL' || BOUNDS.has(name))
        return {
          skip: `"${head}" left out: db-deploy's lock_timeout and statement_timeout bound every statement on the copy`,
        };
      return { run: text };
    }
    default:
      break;
  }
  const reason = nonTransactionalReason(statement);
  if (!reason) return { run: text };
  const concurrent = ['CREATE INDEX CONCURRENTLY', 'DROP INDEX CONCURRENTLY'];
  if (concurrent.includes(reason) || reason === 'DETACH PARTITION CONCURRENTLY') {
    const rewritten = withoutKeyword(text, 'CONCURRENTLY');
    if (rewritten)
      return {
        run: rewritten,
        note: `${reason} run without CONCURRENTLY (the same result, inside the transaction)`,
      };
  }
  return { refuse: `${reason} cannot run in the transaction the copy is kept safe in` };
}
