import { loadParser, parseSql, type ParsedStatement } from '../../sql/index.js';
import type { SqlSection } from './types.js';
import { nonTransactionalReason } from './transaction.js';
import { qualifiedName, quoteIdent } from '../../db/index.js';

/** Consecutive statements that run together: in one transaction, or alone outside any. */
export interface StatementGroup {
  transactional: boolean;
  statements: ParsedStatement[];
  /** For a non-transactional group: why (e.g. `CREATE INDEX CONCURRENTLY`). */
  reason?: string;
}

/** How a section of a `.sql` migration runs. */
export type SectionMode =
  { kind: 'transaction' } | { kind: 'statements'; groups: StatementGroup[]; reasons: string[] };

/**
 * Words without which no statement of a section can need to run outside a transaction (see
 * nonTransactionalReason). Their absence spares loading the parser, the costliest part of a
 * run that has little to do; their presence only means "ask the parser".
 */
const MAY_NEED_NO_TRANSACTION =
  /\b(?:concurrently|vacuum|database|system|tablespace|subscription|cluster)\b/i;

/**
 * Decides how a SQL section runs. Sections with a statement that PostgreSQL refuses inside a
 * transaction block (or with the `-- db-deploy:no-transaction` directive) run statement by
 * statement: ordinary statements in between are grouped into their own short transactions.
 * A section that does not parse runs as one transaction so that PostgreSQL reports the error.
 */
export async function sectionMode(
  section: SqlSection,
  forceNoTransaction: boolean,
): Promise<SectionMode> {
  if (!forceNoTransaction && !MAY_NEED_NO_TRANSACTION.test(section.sql))
    return { kind: 'transaction' };
  await loadParser();
  const parsed = parseSql(section.sql);
  if (!parsed.ok) return { kind: 'transaction' };
  const reasons = parsed.statements
    .map(nonTransactionalReason)
    .filter((r): r is string => r !== undefined);
  if (reasons.length === 0 && !forceNoTransaction) return { kind: 'transaction' };
  const groups: StatementGroup[] = [];
  for (const statement of parsed.statements) {
    const reason = forceNoTransaction
      ? (nonTransactionalReason(statement) ?? 'db-deploy:no-transaction')
      : nonTransactionalReason(statement);
    const last = groups.at(-1);
    if (reason) groups.push({ transactional: false, statements: [statement], reason });
    else if (last?.transactional) last.statements.push(statement);
    else groups.push({ transactional: true, statements: [statement] });
  }
  return {
    kind: 'statements',
    groups,
    reasons: reasons.length ? [...new Set(reasons)] : ['db-deploy:no-transaction'],
  };
}

/**
 * Groups for the SQL steps a migration's code built when it runs outside a transaction: each
 * step alone, as its tool sends it (one query per step, autocommitted). Steps that may build an
 * index concurrently are parsed, so a failed build's INVALID index is found and handled exactly
 * as for a SQL section.
 */
export async function stepGroups(
  steps: readonly string[],
  reason: string,
): Promise<StatementGroup[]> {
  const groups: StatementGroup[] = [];
  for (const step of steps) {
    let statement: ParsedStatement = { text: step, start: 0, end: step.length, type: '', node: {} };
    if (MAY_NEED_NO_TRANSACTION.test(step)) {
      await loadParser();
      const parsed = parseSql(step);
      if (parsed.ok && parsed.statements.length === 1)
        statement = { ...parsed.statements[0]!, text: step, start: 0, end: step.length };
    }
    groups.push({ transactional: false, statements: [statement], reason });
  }
  return groups;
}

/** A statement that builds an index outside a transaction, and can leave it INVALID when it fails. */
export interface IndexBuild {
  /** `CREATE INDEX CONCURRENTLY` or `REINDEX CONCURRENTLY`. */
  kind: string;
  /** The index a CREATE INDEX CONCURRENTLY names, quoted (`"schema"."name"` or `"name"`). */
  index?: string;
  /** The table it indexes, quoted, for CREATE INDEX CONCURRENTLY. */
  table?: string;
}

/** The index build a statement is, if it is one that runs outside a transaction. */
export function indexBuild(statement: ParsedStatement): IndexBuild | undefined {
  const reason = nonTransactionalReason(statement);
  if (reason === 'REINDEX CONCURRENTLY') return { kind: reason };
  if (reason !== 'CREATE INDEX CONCURRENTLY') return undefined;
  const relation = statement.node.relation as { schemaname?: string; relname?: string } | undefined;
  const qualify = (schema: string | undefined, name: string) =>
    schema ? qualifiedName(schema, name) : quoteIdent(name);
  const name = statement.node.idxname as string | undefined;
  return {
    kind: reason,
    index: name ? qualify(relation?.schemaname, name) : undefined,
    table: relation?.relname ? qualify(relation.schemaname, relation.relname) : undefined,
  };
}
