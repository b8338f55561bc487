/**
 * What the engine knows about the tables a migration creates: they are new (no running code uses
 * them), and empty unless the migration fills them. A table made by CREATE TABLE AS / SELECT INTO,
 * or filled by INSERT … SELECT or COPY FROM, holds rows: validating a constraint on it scans them
 * (and a foreign key locks the live table it references meanwhile). A table made by CREATE TABLE
 * IF NOT EXISTS is assumed new; when a later statement is judged safe only because of that, the
 * engine says so in one `assumed-new-table` notice per table.
 */
import type { ParsedStatement } from '../sql/index.js';
import { list, nodeOf, tableKey, tableName, type AstNode } from './ast.js';
import type { LintContext, Rule, TableKey } from './types.js';

/** A CREATE TABLE IF NOT EXISTS, and the rules a later statement escaped only because of it. */
export interface Assumption {
  statement: ParsedStatement;
  name: string;
  rules: Set<string>;
}

export class CreatedTables {
  /** Tables created earlier in the migration (new: no running code uses them yet). */
  readonly created = new Set<TableKey>();
  /** Of those, the ones filled with rows (CREATE TABLE AS, SELECT INTO, INSERT … SELECT, COPY). */
  readonly filled = new Set<TableKey>();
  /** Of those, the ones created with IF NOT EXISTS (they may have existed, with rows). */
  readonly assumed = new Map<TableKey, Assumption>();

  /** Records what a statement creates or fills. */
  record(statement: ParsedStatement): void {
    const node = statement.node;
    const made = createdRelation(statement);
    if (made) {
      const key = tableKey(made.rel);
      this.created.add(key);
      if (made.filled) this.filled.add(key);
      if (node.if_not_exists && !this.assumed.has(key))
        this.assumed.set(key, { statement, name: tableName(made.rel), rules: new Set() });
      return;
    }
    const target = filledRelation(statement);
    if (target !== undefined && this.created.has(tableKey(target)))
      this.filled.add(tableKey(target));
  }

  /**
   * Runs the statement's rules again as if each assumed table were not new, and remembers the
   * rules that only then report something: the verdict rests on the IF NOT EXISTS assumption.
   */
  noteAssumptions(statement: ParsedStatement, context: LintContext, rules: readonly Rule[]): void {
    const text = statement.text.toLowerCase();
    for (const [key, assumption] of this.assumed) {
      // Only a statement that names the table can depend on it being new.
      if (assumption.statement === statement || !text.includes(key.slice(key.indexOf('.') + 1)))
        continue;
      const asExisting = new Set(this.created);
      asExisting.delete(key);
      const other: LintContext = { ...context, createdTables: asExisting };
      for (const rule of rules) {
        if (assumption.rules.has(rule.id)) continue;
        const real = rule.check(statement, context).length;
        if (rule.check(statement, other).length > real) assumption.rules.add(rule.id);
      }
    }
  }

  /** The assumptions some later statement relied on, in creation order. */
  assumptions(): Assumption[] {
    return [...this.assumed.values()].filter((a) => a.rules.size > 0);
  }
}

/** The table a statement creates, and whether it creates it with rows. */
function createdRelation(
  statement: ParsedStatement,
): { rel: unknown; filled: boolean } | undefined {
  const node = statement.node;
  if (statement.type === 'CreateStmt') return { rel: node.relation, filled: false };
  if (statement.type === 'CreateTableAsStmt') {
    const into = (nodeOf(node.into, 'IntoClause') ?? node.into) as AstNode | undefined;
    return into?.rel ? { rel: into.rel, filled: into.skipData !== true } : undefined;
  }
  if (statement.type === 'SelectStmt' && node.intoClause) {
    const into = (nodeOf(node.intoClause, 'IntoClause') ?? node.intoClause) as AstNode;
    return into.rel ? { rel: into.rel, filled: true } : undefined;
  }
  return undefined;
}

/** The table an INSERT … SELECT or a COPY FROM fills, if the statement is one. */
function filledRelation(statement: ParsedStatement): unknown {
  const node = statement.node;
  if (statement.type === 'CopyStmt' && node.is_from) return node.relation;
  if (statement.type !== 'InsertStmt') return undefined;
  const select = nodeOf(node.selectStmt, 'SelectStmt');
  // INSERT … VALUES adds the rows it lists; INSERT … SELECT copies a query's (any number).
  return select && list(select.valuesLists).length === 0 ? node.relation : undefined;
}
