/**
 * Identifiers longer than PostgreSQL's 63-byte limit (NAMEDATALEN - 1). PostgreSQL cuts every such
 * identifier to its first 63 bytes (at a character boundary), with only a NOTICE, and does so the
 * same way in every later command, so one long name is harmless (PostgreSQL docs, 4.1.1
 * Identifiers and Key Words). Two names that share their first 63 bytes are one name to it, and a
 * name compared as a string (`WHERE indexname = '…'`) is compared with the long spelling, which
 * the catalog never holds. libpg_query's parse tree already holds the cut names; the spelling as
 * written comes from PostgreSQL's scanner.
 */
import { isAscii, scanTokens, type ParsedStatement } from '../sql/index.js';
import { alterTableCmds, list, names, nodeOf, tableKey, type AstNode } from './ast.js';

/** Bytes PostgreSQL keeps of an identifier. */
export const MAX_IDENTIFIER_BYTES = 63;

/** A name an object gets, in the namespace where two equal names clash. */
export interface CreatedName {
  /** `relation public` (tables, indexes, sequences, views), `type public`, `column public.t`, … */
  namespace: string;
  /** As PostgreSQL stores it (at most 63 bytes). */
  stored: string;
  /** As written (longer than `stored` when it was cut). */
  written: string;
  /** The statement says IF NOT EXISTS: a clash is skipped silently instead of failing. */
  ifNotExists: boolean;
}

/** A long name known before the migration: as written, and the migration that gave it. */
export interface KnownName {
  written: string;
  where: string;
}

/** Names known before the migration (validate: from the migrations already applied), by `nameKey`. */
export type KnownNames = Map<string, KnownName>;

/** The key of a stored name in a namespace. */
export const nameKey = (namespace: string, stored: string) => `${namespace}\u0000${stored}`;

/** The first 63 bytes of an identifier, cut at a character boundary, as PostgreSQL does. */
export function truncateIdentifier(name: string): string {
  if (Buffer.byteLength(name, 'utf8') <= MAX_IDENTIFIER_BYTES) return name;
  let bytes = 0;
  let end = 0;
  for (const char of name) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > MAX_IDENTIFIER_BYTES) break;
    bytes += size;
    end += char.length;
  }
  return name.slice(0, end);
}

/**
 * Whether the text has a run of name characters of 63 bytes or more: without one, no name in it
 * can be cut or equal a cut name. Cheap, so the rules can skip almost every statement.
 */
export function mayHoldLongName(text: string): boolean {
  // Non-ASCII: 21 characters may already be 63 bytes (rare: the slow way).
  if (!isAscii(text)) return longRuns(text).length > 0;
  // ASCII: a run of 63 name characters, or 63 characters between double quotes. One pass: a
  // regular expression like [^…]{63,} retries from every character of each shorter run.
  let run = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const close = text.indexOf('"', i + 1);
      if (close < 0) return false;
      if (close - i - 1 >= MAX_IDENTIFIER_BYTES) return true;
      i = close;
      run = 0;
    } else if (NAME_SEPARATORS.has(c)) run = 0;
    else if ((run += 1) >= MAX_IDENTIFIER_BYTES) return true;
  }
  return false;
}

/** Characters that end an unquoted name run: whitespace and ' ( ) , ; . = */
const NAME_SEPARATORS = new Set([9, 10, 11, 12, 13, 32, 39, 40, 41, 44, 59, 46, 61]);

function longRuns(text: string): string[] {
  return (text.match(/[^\s"'(),;.=]{21,}|"[^"]{21,}"/g) ?? []).filter(
    (run) => Buffer.byteLength(run.replace(/^"|"$/g, ''), 'utf8') >= MAX_IDENTIFIER_BYTES,
  );
}

/** Cut name → the identifiers of the statement that PostgreSQL cut to it, as written, in order. */
const spellingsCache = new WeakMap<ParsedStatement, Map<string, string[]>>();

function spellings(statement: ParsedStatement): Map<string, string[]> {
  let found = spellingsCache.get(statement);
  if (found) return found;
  found = new Map();
  for (const token of scanTokens(statement.text)) {
    if (token.tokenName !== 'IDENT') continue;
    const written = identifierValue(token.text);
    const stored = truncateIdentifier(written);
    if (stored === written) continue;
    const seen = found.get(stored) ?? [];
    if (!seen.includes(written)) seen.push(written);
    found.set(stored, seen);
  }
  spellingsCache.set(statement, found);
  return found;
}

/** An identifier token's value: quoted as written, unquoted with ASCII letters lower-cased. */
function identifierValue(token: string): string {
  if (token.startsWith('"')) return token.slice(1, -1).replace(/""/g, '"');
  return token.replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}

/** Schema of a qualified name list or RangeVar key (`public` when not written). */
const schemaOf = (key: string) => key.slice(0, key.lastIndexOf('.'));

/** The names a statement gives to objects (only those that could be cut or clash: ≥ 63 bytes). */
export function createdNames(statement: ParsedStatement): CreatedName[] {
  if (!mayHoldLongName(statement.text)) return [];
  const written = spellings(statement);
  // The n-th name cut to the same stored name is taken to be its n-th spelling in the text.
  const used = new Map<string, number>();
  const node = statement.node;
  const out: CreatedName[] = [];
  const add = (namespace: string, stored: unknown, ifNotExists = false) => {
    if (typeof stored !== 'string') return;
    // A cut name is 63 bytes, or up to 3 fewer where a multi-byte character did not fit.
    if (Buffer.byteLength(stored, 'utf8') < MAX_IDENTIFIER_BYTES - 3) return;
    const spelled = written.get(stored) ?? [];
    const n = used.get(stored) ?? 0;
    used.set(stored, n + 1);
    const spelling = spelled[Math.min(n, spelled.length - 1)] ?? stored;
    out.push({ namespace, stored, written: spelling, ifNotExists });
  };
  const relation = (rel: unknown, ifNotExists = false) => {
    const key = tableKey(rel);
    const name = (nodeOf(rel, 'RangeVar') ?? (rel as AstNode | undefined))?.relname;
    add(`relation ${schemaOf(key)}`, name, ifNotExists);
    return key;
  };
  const constraint = (table: string, c: AstNode | undefined, ifNotExists = false) => {
    if (!c) return;
    add(`constraint ${table}`, c.conname, ifNotExists);
    // PRIMARY KEY, UNIQUE and EXCLUDE constraints create an index of the same name.
    if (['CONSTR_PRIMARY', 'CONSTR_UNIQUE', 'CONSTR_EXCLUSION'].includes(String(c.contype)))
      add(`relation ${schemaOf(table)}`, c.conname, ifNotExists);
  };
  switch (statement.type) {
    case 'CreateStmt': {
      const table = relation(node.relation, Boolean(node.if_not_exists));
      for (const element of list(node.tableElts)) {
        const column = nodeOf(element, 'ColumnDef');
        if (column) add(`column ${table}`, column.colname);
        constraint(table, nodeOf(element, 'Constraint'));
      }
      break;
    }
    case 'CreateTableAsStmt': {
      const into = (nodeOf(node.into, 'IntoClause') ?? node.into) as AstNode | undefined;
      relation(into?.rel, Boolean(node.if_not_exists));
      break;
    }
    case 'ViewStmt':
      relation(node.view);
      break;
    case 'CreateSeqStmt':
      relation(node.sequence, Boolean(node.if_not_exists));
      break;
    case 'IndexStmt':
      add(
        `relation ${schemaOf(tableKey(node.relation))}`,
        node.idxname,
        Boolean(node.if_not_exists),
      );
      break;
    case 'AlterTableStmt': {
      const table = tableKey(node.relation);
      for (const cmd of alterTableCmds(node)) {
        if (cmd.subtype === 'AT_AddColumn')
          add(`column ${table}`, nodeOf(cmd.def, 'ColumnDef')?.colname, Boolean(cmd.missing_ok));
        if (cmd.subtype === 'AT_AddConstraint') constraint(table, nodeOf(cmd.def, 'Constraint'));
      }
      break;
    }
    case 'CreateTrigStmt':
      add(`trigger ${tableKey(node.relation)}`, node.trigname);
      break;
    case 'CreatePolicyStmt':
      add(`policy ${tableKey(node.table)}`, node.policy_name);
      break;
    case 'CreateEnumStmt':
    case 'CreateDomainStmt':
    case 'CompositeTypeStmt': {
      const parts =
        statement.type === 'CompositeTypeStmt'
          ? [tableKey(node.typevar)]
          : [names(node.typeName ?? node.domainname).join('.')];
      const key = parts[0]?.includes('.') ? parts[0] : `public.${parts[0]}`;
      add(`type ${schemaOf(key)}`, key.slice(key.lastIndexOf('.') + 1));
      break;
    }
    case 'CreateSchemaStmt':
      add('schema', node.schemaname, Boolean(node.if_not_exists));
      break;
    case 'RenameStmt':
      renamed(node, add);
      break;
    default:
      break;
  }
  return out;
}

/** The new name of a RenameStmt, in its namespace. */
function renamed(node: AstNode, add: (namespace: string, stored: unknown) => void): void {
  const table = node.relation ? tableKey(node.relation) : '';
  switch (node.renameType) {
    case 'OBJECT_TABLE':
    case 'OBJECT_INDEX':
    case 'OBJECT_SEQUENCE':
    case 'OBJECT_VIEW':
    case 'OBJECT_MATVIEW':
      add(`relation ${schemaOf(table)}`, node.newname);
      return;
    case 'OBJECT_COLUMN':
      add(`column ${table}`, node.newname);
      return;
    case 'OBJECT_TABCONSTRAINT':
      add(`constraint ${table}`, node.newname);
      return;
    case 'OBJECT_TRIGGER':
      add(`trigger ${table}`, node.newname);
      return;
    case 'OBJECT_SCHEMA':
      add('schema', node.newname);
      return;
    default:
      return;
  }
}

/** Whether some '…' span of the text is over 63 bytes (one pass over the quotes). */
function hasLongQuotedRun(text: string): boolean {
  for (let open = text.indexOf("'"); open >= 0;) {
    const close = text.indexOf("'", open + 1);
    if (close < 0) return false;
    // 22 characters are needed for 64 bytes; count bytes only then.
    if (
      close - open > 22 &&
      Buffer.byteLength(text.slice(open + 1, close), 'utf8') > MAX_IDENTIFIER_BYTES
    )
      return true;
    open = text.indexOf("'", close + 1);
  }
  return false;
}

/** Long string constants (over 63 bytes) of a statement, with their byte locations. */
export function longStrings(
  statement: ParsedStatement,
): Array<{ value: string; location?: number }> {
  if (!hasLongQuotedRun(statement.text)) return [];
  const found: Array<{ value: string; location?: number }> = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    const constant = (value as AstNode).A_Const as AstNode | undefined;
    const sval = nodeOf(constant?.sval, 'String')?.sval ?? (constant?.sval as AstNode)?.sval;
    if (typeof sval === 'string' && Buffer.byteLength(sval, 'utf8') > MAX_IDENTIFIER_BYTES)
      found.push({
        value: sval,
        location: typeof constant?.location === 'number' ? constant.location : undefined,
      });
    for (const inner of Object.values(value as AstNode)) visit(inner);
  };
  visit(statement.node);
  return found;
}
