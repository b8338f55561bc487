import type { LintContext, Rule, RuleHit } from '../types.js';
import type { ParsedStatement } from '../../sql/index.js';
import {
  createdNames,
  longStrings,
  MAX_IDENTIFIER_BYTES,
  nameKey,
  truncateIdentifier,
  type CreatedName,
} from '../names.js';
import { list, names, nodeOf, walk, type AstNode } from '../ast.js';

/** The statement types that give objects names (see `createdNames`). */
const NAMING = [
  'CreateStmt',
  'CreateTableAsStmt',
  'ViewStmt',
  'CreateSeqStmt',
  'IndexStmt',
  'AlterTableStmt',
  'CreateTrigStmt',
  'CreatePolicyStmt',
  'CreateEnumStmt',
  'CreateDomainStmt',
  'CompositeTypeStmt',
  'CreateSchemaStmt',
  'RenameStmt',
];

/** Whether a statement between `from` and `to` drops an object stored as `stored`. */
function droppedBetween(context: LintContext, from: number, stored: string): boolean {
  return context.statements
    .slice(from + 1, context.index)
    .some(
      (s) =>
        s.type === 'DropStmt' &&
        list(s.node.objects).some((o) => names(nodeOf(o, 'List')?.items ?? [o]).at(-1) === stored),
    );
}

/** An earlier name (this migration, the same statement, or the schema) that `name` clashes with. */
function clashWith(
  statement: ParsedStatement,
  name: CreatedName,
  before: readonly CreatedName[],
  context: LintContext,
): string | undefined {
  const differs = (other: CreatedName) =>
    other.namespace === name.namespace &&
    other.stored === name.stored &&
    other.written !== name.written;
  const same = before.find(differs);
  if (same) return `${same.written}, earlier in the same statement`;
  for (let i = context.index - 1; i >= 0; i -= 1) {
    const earlier = context.statements[i] as ParsedStatement;
    const other = createdNames(earlier).find(differs);
    if (other && !droppedBetween(context, i, name.stored))
      return `${other.written}, earlier in this migration`;
  }
  const known = context.knownNames.get(nameKey(name.namespace, name.stored));
  if (known && known.written !== name.written && statement)
    return `${known.written}, created by ${known.where}`;
  return undefined;
}

/**
 * Two names that share their first 63 bytes are the same name to PostgreSQL: the second CREATE
 * fails with "already exists", or with IF NOT EXISTS is skipped with only a NOTICE, and the
 * object the migration means is never created (PostgreSQL docs, 4.1.1 Identifiers; CREATE TABLE,
 * IF NOT EXISTS).
 */
const truncatedNameClash: Rule = {
  id: 'truncated-name-clash',
  severity: 'error',
  description:
    'Two names that share their first 63 bytes are one name to PostgreSQL: the second CREATE fails, or with IF NOT EXISTS is silently skipped.',
  nodeTypes: NAMING,
  check(statement, context): RuleHit[] {
    const created = createdNames(statement);
    const hits: RuleHit[] = [];
    created.forEach((name, i) => {
      const other = clashWith(statement, name, created.slice(0, i), context);
      if (!other) return;
      const what = name.namespace.split(' ')[0];
      hits.push({
        message: `${what} name ${name.written} is longer than ${MAX_IDENTIFIER_BYTES} bytes: PostgreSQL cuts it to ${name.stored}, which is also the name of ${other}, so ${name.ifNotExists ? 'IF NOT EXISTS skips this statement with only a NOTICE and the object is never created' : 'the statement fails with "already exists"'}`,
        hint: `give the two names a difference within their first ${MAX_IDENTIFIER_BYTES} bytes (shorten the long one)`,
      });
    });
    return hits;
  },
};

/** Catalog and information_schema columns that hold names (`name` values of at most 63 bytes). */
const NAME_COLUMNS = new Set([
  'relname',
  'indexname',
  'indexrelname',
  'tablename',
  'viewname',
  'matviewname',
  'sequencename',
  'conname',
  'tgname',
  'typname',
  'attname',
  'proname',
  'nspname',
  'schemaname',
  'polname',
  'policyname',
  'extname',
  'table_name',
  'column_name',
  'constraint_name',
  'index_name',
  'trigger_name',
  'sequence_name',
  'routine_name',
  'udt_name',
]);

/** Long string constants compared with a catalog name column (`= '…'`, `IN ('…')`). */
function comparedWithNames(node: AstNode): Set<string> {
  const compared = new Set<string>();
  walk(node, (type, expr) => {
    if (type !== 'A_Expr') return;
    const column = [expr.lexpr, expr.rexpr]
      .map((side) => names(nodeOf(side, 'ColumnRef')?.fields).at(-1))
      .find((name) => name !== undefined && NAME_COLUMNS.has(name));
    if (!column) return;
    walk({ sides: [expr.lexpr, expr.rexpr] }, (inner, constant) => {
      if (inner !== 'A_Const') return;
      const sval = nodeOf(constant.sval, 'String')?.sval ?? (constant.sval as AstNode)?.sval;
      if (typeof sval === 'string') compared.add(sval);
    });
  });
  return compared;
}

/** Every long name written in this migration before this statement (and in this one). */
function writtenLongNames(context: LintContext): Set<string> {
  const found = new Set<string>();
  for (const s of context.statements.slice(0, context.index + 1))
    for (const name of createdNames(s)) if (name.written !== name.stored) found.add(name.written);
  for (const known of context.knownNames.values()) found.add(known.written);
  return found;
}

/**
 * A name longer than 63 bytes looked up as a string never matches: the catalog holds it cut to 63
 * bytes (`WHERE indexname = '…'` in an IF NOT EXISTS guard is false for ever, so the guarded
 * statement runs again and fails).
 */
const truncatedNameLookup: Rule = {
  id: 'truncated-name-lookup',
  severity: 'warning',
  description:
    'A name longer than 63 bytes compared as a string never matches: the catalog holds it cut to 63 bytes.',
  nodeTypes: ['*'],
  check(statement, context): RuleHit[] {
    const strings = longStrings(statement);
    if (strings.length === 0) return [];
    const compared = comparedWithNames(statement.node);
    // Only a string not compared with a name column needs the migration's long names.
    const written = strings.every((s) => compared.has(s.value))
      ? new Set<string>()
      : writtenLongNames(context);
    return strings
      .filter((s) => compared.has(s.value) || written.has(s.value))
      .map((s) => ({
        message: `'${s.value}' is looked up as a name, but it is longer than ${MAX_IDENTIFIER_BYTES} bytes and PostgreSQL stores names cut to ${truncateIdentifier(s.value)}: the comparison never matches`,
        hint: `compare with the stored name '${truncateIdentifier(s.value)}', or better, shorten the name so that both are the same`,
        location: s.location,
      }));
  },
};

export const nameRules: readonly Rule[] = [truncatedNameClash, truncatedNameLookup];
