import type { DbClient } from '../db/index.js';
import { SELECT_FOREIGN_KEYS, SELECT_INDEXES } from './queries.js';
import type { ForeignKeyInfo, IndexInfo } from './types.js';

interface IndexRow {
  schema: string;
  table: string;
  name: string;
  method: string;
  unique: boolean;
  primary: boolean;
  valid: boolean;
  keys: string[];
  key_options: string[];
  include: string[];
  predicate: string | null;
  constraint: string | null;
  definition: string;
}

/** Every index of the user's tables (schemas in `exclude` left out), from the catalog. */
export async function readIndexes(
  client: DbClient,
  exclude: readonly string[] = [],
): Promise<IndexInfo[]> {
  const { rows } = await client.query<IndexRow>(SELECT_INDEXES, [exclude]);
  return rows.map((r) => ({
    schema: r.schema,
    table: r.table,
    name: r.name,
    method: r.method,
    unique: r.unique,
    primary: r.primary,
    valid: r.valid,
    keys: r.keys,
    keyOptions: r.key_options,
    include: r.include,
    ...(r.predicate ? { predicate: r.predicate } : {}),
    ...(r.constraint ? { constraint: r.constraint } : {}),
    definition: r.definition,
  }));
}

/** Every foreign key of the user's tables (schemas in `exclude` left out), from the catalog. */
export async function readForeignKeys(
  client: DbClient,
  exclude: readonly string[] = [],
): Promise<ForeignKeyInfo[]> {
  const { rows } = await client.query<ForeignKeyInfo>(SELECT_FOREIGN_KEYS, [exclude]);
  return rows.map((r) => ({ ...r }));
}

/** `schema.name` of an index. */
export const indexKey = (index: Pick<IndexInfo, 'schema' | 'name'>): string =>
  `${index.schema}.${index.name}`;

/**
 * Indexes in `after` that `before` lacks, and the other way round. An index dropped and made
 * again under its name with another definition is both.
 */
export function indexChanges(
  before: readonly IndexInfo[],
  after: readonly IndexInfo[],
): { created: IndexInfo[]; dropped: IndexInfo[] } {
  const identity = (i: IndexInfo) => `${indexKey(i)}\n${i.definition}`;
  const had = new Set(before.map(identity));
  const has = new Set(after.map(identity));
  return {
    created: after.filter((i) => !had.has(identity(i))),
    dropped: before.filter((i) => !has.has(identity(i))),
  };
}

/** Index name → its first key (column or expression), for spotting full index reads. */
export function firstKeys(indexes: readonly IndexInfo[]): Map<string, string> {
  return new Map(indexes.flatMap((i) => (i.keys[0] ? [[i.name, i.keys[0]] as const] : [])));
}
