/**
 * What decides whether a column change rewrites the table: which ALTER COLUMN TYPE changes
 * PostgreSQL does in the catalog only (binary-coercible, no rewrite, indexes kept — PostgreSQL
 * docs, ALTER TABLE, Notes, and the release notes of 9.2 for varchar/numeric/varbit widening and
 * cidr → inet, 12 for timestamp ↔ timestamptz when the session TimeZone is UTC), the
 * `changing-column-type` rule built on it, and which DEFAULT functions are volatile.
 */
import type { LintContext, Rule, RuleHit } from '../types.js';
import {
  alterTableCmds,
  earlierAlterCmds,
  locationOf,
  names,
  nodeOf,
  tableKey,
  tableName,
  typeNameText,
  walk,
  type AstNode,
} from '../ast.js';

/** A column type as the rules compare it: `numeric(10,2)` → `{ name: 'numeric', mods: [10, 2] }`. */
export interface ColumnType {
  name: string;
  mods: number[];
  array: boolean;
}

export function parseType(typeName: unknown): ColumnType {
  const text = typeNameText(typeName);
  const match = /^(.*?)(?:\(([\d,]*)\))?(\[\])?$/.exec(text);
  return {
    name: match?.[1] ?? text,
    mods: (match?.[2] ?? '').split(',').filter(Boolean).map(Number),
    array: Boolean(match?.[3]),
  };
}

/** `safe`: no finding; `maybe`: in place only under a condition the SQL does not show; `rewrite`. */
export type TypeChangeVerdict = { kind: 'safe' } | { kind: 'maybe' | 'rewrite'; why: string };

const REWRITES =
  'rewrites the table and rebuilds its indexes while blocking reads and writes, and running code may break on the new type';

const TEXTUAL = new Set(['varchar', 'text']);

/** Whether `from` → `to` is a catalog-only change (timestamp ↔ timestamptz aside). */
function inPlace(from: ColumnType, to: ColumnType): boolean {
  if (from.array !== to.array) return false;
  if (from.name === to.name && from.mods.join() === to.mods.join()) return true;
  if (from.array) return false;
  const [n, s = 0] = from.mods;
  const [m, t = 0] = to.mods;
  if (TEXTUAL.has(from.name) && TEXTUAL.has(to.name))
    return (
      to.name === 'text' ||
      m === undefined ||
      (from.name === 'varchar' && n !== undefined && n <= m)
    );
  if (from.name === 'numeric' && to.name === 'numeric')
    return m === undefined || (n !== undefined && s === t && n <= m);
  if (from.name === 'varbit' && to.name === 'varbit')
    return m === undefined || (n !== undefined && n <= m);
  return from.name === 'cidr' && to.name === 'inet';
}

const TIMESTAMPS = new Set(['timestamp', 'timestamptz']);

function timestampSwap(from: ColumnType, to: ColumnType): boolean {
  return (
    TIMESTAMPS.has(from.name) &&
    TIMESTAMPS.has(to.name) &&
    from.name !== to.name &&
    !from.array &&
    !to.array &&
    (to.mods.length === 0 || to.mods.join() === from.mods.join())
  );
}

/** What the old type must be for a change to `to` to happen in place, when one exists. */
function safeOrigins(to: ColumnType, pgVersion: number): string | undefined {
  if (to.array) return undefined;
  const [m, t = 0] = to.mods;
  switch (to.name) {
    case 'text':
      return 'varchar(n) or varchar';
    case 'varchar':
      return m === undefined ? 'varchar(n) or text' : `varchar(n) with n ≤ ${m}`;
    case 'numeric':
      return m === undefined ? 'numeric(p,s)' : `numeric(p,${t}) with p ≤ ${m}`;
    case 'varbit':
      return m === undefined ? 'varbit(n)' : `varbit(n) with n ≤ ${m}`;
    case 'inet':
      return 'cidr';
    case 'timestamp':
    case 'timestamptz':
      return pgVersion >= 12
        ? `${to.name === 'timestamp' ? 'timestamptz' : 'timestamp'}, with the session TimeZone set to UTC`
        : undefined;
    default:
      return undefined;
  }
}

/** Whether a USING expression only relabels the column (`c` or `c::type`), which does not force a rewrite. */
function trivialUsing(using: unknown, column: string): boolean {
  if (using === undefined) return true;
  const inner = nodeOf(using, 'TypeCast')?.arg ?? using;
  const fields = names(nodeOf(inner, 'ColumnRef')?.fields);
  return fields.length > 0 && fields[fields.length - 1] === column;
}

/**
 * The verdict on changing a column to `to`. `from` is the old type when the migration itself
 * shows it (an earlier ADD COLUMN / ALTER TYPE); otherwise only the new type is known.
 */
export function changedTypeVerdict(
  from: ColumnType | undefined,
  to: ColumnType,
  using: unknown,
  column: string,
  pgVersion: number,
): TypeChangeVerdict {
  if (!trivialUsing(using, column))
    return {
      kind: 'rewrite',
      why: `the USING expression computes a new value for every row: it ${REWRITES}`,
    };
  if (from) {
    if (inPlace(from, to)) return { kind: 'safe' };
    if (timestampSwap(from, to) && pgVersion >= 12)
      return {
        kind: 'maybe',
        why: `${from.name} → ${to.name} is done in place only when the session TimeZone is UTC (PostgreSQL 12+); otherwise it ${REWRITES}`,
      };
    return { kind: 'rewrite', why: `${from.name} → ${to.name} ${REWRITES}` };
  }
  const origins = safeOrigins(to, pgVersion);
  if (origins)
    return {
      kind: 'maybe',
      why: `done in place only if the current type is ${origins} (this migration does not show it); any other change ${REWRITES}`,
    };
  return { kind: 'rewrite', why: `it ${REWRITES}` };
}

/** The type a column had according to earlier statements of this migration, if it says. */
function earlierType(context: LintContext, key: string, column: string): AstNode | undefined {
  let type: AstNode | undefined;
  for (const cmd of earlierAlterCmds(context, key)) {
    const def = nodeOf(cmd.def, 'ColumnDef');
    if (cmd.subtype === 'AT_AddColumn' && def?.colname === column) type = def.typeName as AstNode;
    if (cmd.subtype === 'AT_AlterColumnType' && cmd.name === column)
      type = def?.typeName as AstNode;
  }
  return type;
}

/**
 * ALTER COLUMN TYPE rewrites the table (and rebuilds its indexes) under an ACCESS EXCLUSIVE lock,
 * and running code may break on the new type, except for binary-coercible changes PostgreSQL
 * does in the catalog only (PostgreSQL docs, ALTER TABLE, Notes: "changing the type of an existing
 * column will require the entire table and its indexes to be rewritten", with the exceptions).
 */
export const changingColumnType: Rule = {
  id: 'changing-column-type',
  severity: 'error',
  description:
    'ALTER COLUMN TYPE rewrites the table and can break running code, except safe widenings.',
  nodeTypes: ['AlterTableStmt'],
  check(statement, context) {
    const key = tableKey(statement.node.relation);
    if (context.createdTables.has(key)) return [];
    const table = tableName(statement.node.relation);
    return alterTableCmds(statement.node)
      .filter((cmd) => cmd.subtype === 'AT_AlterColumnType')
      .flatMap((cmd): RuleHit[] => {
        const column = nodeOf(cmd.def, 'ColumnDef') ?? {};
        const name = String(cmd.name);
        const to = parseType(column.typeName);
        const from = earlierType(context, key, name);
        const verdict = changedTypeVerdict(
          from && parseType(from),
          to,
          column.raw_default,
          name,
          context.pgVersion,
        );
        if (verdict.kind === 'safe') return [];
        return [
          {
            message: `ALTER COLUMN ${name} TYPE ${typeNameText(column.typeName)} on ${table}: ${verdict.why}`,
            hint: `${verdict.kind === 'maybe' ? `if it is a safe widening, mark it \`-- db-deploy-ignore changing-column-type: <old> → <new> is in place\`; otherwise ` : ''}add a new column of the new type, write to both, backfill in batches, move reads to the new column, then drop the old one`,
            severity: verdict.kind === 'rewrite' ? 'error' : 'warning',
            location: locationOf(column),
          },
        ];
      });
  },
};

/**
 * Volatility from pg_proc.provolatile (checked on PostgreSQL 18) and the uuid-ossp / pgcrypto
 * extensions. Volatile defaults are evaluated per row; stable and immutable ones once.
 */
const VOLATILE = new Set(
  'random random_normal gen_random_uuid uuidv4 uuidv7 uuid_generate_v1 uuid_generate_v1mc uuid_generate_v4 gen_random_bytes clock_timestamp timeofday nextval currval lastval setval'.split(
    ' ',
  ),
);
const NOT_VOLATILE = new Set(
  'now transaction_timestamp statement_timestamp txid_current pg_current_xact_id current_setting current_database current_schema lower upper btrim ltrim rtrim length char_length substr replace left right lpad rpad md5 concat concat_ws format abs round trunc floor ceil date_trunc date_part make_date make_interval make_timestamp make_timestamptz to_timestamp to_date to_char to_json to_jsonb json_build_object jsonb_build_object json_build_array jsonb_build_array json_object jsonb_object array_fill timezone'.split(
    ' ',
  ),
);

/** The volatile (or unknown) functions a default expression calls. */
export function defaultVolatility(expr: unknown): { volatile: string[]; unknown: string[] } {
  const result = { volatile: [] as string[], unknown: [] as string[] };
  walk({ expr }, (type, node) => {
    if (type !== 'FuncCall') return;
    const name = names(node.funcname).at(-1)?.toLowerCase() ?? '?';
    if (VOLATILE.has(name)) result.volatile.push(`${name}()`);
    else if (!NOT_VOLATILE.has(name)) result.unknown.push(`${name}()`);
  });
  return result;
}
