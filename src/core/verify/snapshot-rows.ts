/**
 * From catalog rows to the snapshot model: the value helpers every reader uses, the grouping of
 * per-relation rows, and the models of the objects that are not relations (sequences, functions,
 * enum, domain and composite types).
 */
import { displayName, ident } from './snapshot-names.js';
import { quoteIdent } from '../db/index.js';
import type { FunctionModel, SequenceModel, TypeModel } from './snapshot-model.js';

/** One catalog row as node-postgres returns it. */
export type Row = Record<string, unknown>;

/** The rows of each per-relation catalog read (columns, constraints, indexes, triggers, policies). */
export interface RelationRows {
  columns: Row[];
  constraints: Row[];
  indexes: Row[];
  triggers: Row[];
  policies: Row[];
}

/** Each part of {@link RelationRows}, keyed by {@link relationKey}. */
export type Grouped = { [K in keyof RelationRows]: Map<string, Row[]> };

/** Groups each part's rows by `schema.relation` (the queries already order them). */
export function groupRelationRows(parts: RelationRows): Grouped {
  const group = (rows: Row[]): Map<string, Row[]> => {
    const map = new Map<string, Row[]>();
    for (const row of rows) {
      const key = relationKey(str(row.schema), str(row.relation));
      const list = map.get(key);
      if (list) list.push(row);
      else map.set(key, [row]);
    }
    return map;
  };
  return {
    columns: group(parts.columns),
    constraints: group(parts.constraints),
    indexes: group(parts.indexes),
    triggers: group(parts.triggers),
    policies: group(parts.policies),
  };
}

/** The key of a relation in {@link Grouped}: schema and name, NUL-separated. */
export const relationKey = (schema: string, name: string): string => `${schema}\u0000${name}`;

/** Whether a pg_class relkind is a table (plain or partitioned) rather than a view. */
export const isTableKind = (kind: unknown): boolean => kind === 'r' || kind === 'p';

/** A catalog value as text; null becomes the empty string. */
export function str(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}

/** A nullable catalog value as text, undefined for null. */
export function optional(value: unknown): string | undefined {
  return value == null ? undefined : str(value);
}

/** A text[] column (the queries cast name[] to text[]: node-postgres parses only the latter). */
export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(str) : [];
}

/** A column's or type's collation, qualified unless it lives in pg_catalog; undefined for none. */
export function collation(row: Row): string | undefined {
  if (row.collation == null) return undefined;
  const name = quoteIdent(str(row.collation));
  return row.collation_schema === 'pg_catalog'
    ? name
    : `${ident(str(row.collation_schema))}.${name}`;
}

/** A sequence row as a SequenceModel. */
export function sequence(row: Row): SequenceModel {
  return {
    schema: str(row.schema),
    name: str(row.name),
    type: str(row.type),
    start: str(row.start),
    increment: str(row.increment),
    min: str(row.min),
    max: str(row.max),
    cache: str(row.cache),
    cycle: row.cycle === true,
    unlogged: row.persistence === 'u',
    ownedBy:
      row.owner_relation == null
        ? undefined
        : `${displayName(str(row.owner_schema), str(row.owner_relation))}.${ident(str(row.owner_column))}`,
  };
}

/** A function or procedure row as a FunctionModel. */
export function fn(row: Row): FunctionModel {
  return {
    schema: str(row.schema),
    name: str(row.name),
    arguments: str(row.arguments),
    kind: row.kind === 'p' ? 'procedure' : 'function',
    definition: str(row.definition),
  };
}

/** An enum row as a TypeModel. */
export function enumType(row: Row): TypeModel {
  return {
    kind: 'enum',
    schema: str(row.schema),
    name: str(row.name),
    labels: strings(row.labels),
  };
}

/** A domain row as a TypeModel. */
export function domainType(row: Row): TypeModel {
  const definitions = strings(row.constraint_definitions);
  return {
    kind: 'domain',
    schema: str(row.schema),
    name: str(row.name),
    baseType: str(row.base_type),
    notNull: row.not_null === true,
    default: optional(row.default_expr),
    collation: collation(row),
    constraints: strings(row.constraint_names).map((name, i) => ({
      name,
      definition: definitions[i] ?? '',
    })),
  };
}

/** Folds one row per attribute into one composite type each (a type without attributes has one null row). */
export function compositeTypes(rows: Row[]): TypeModel[] {
  const types = new Map<string, Extract<TypeModel, { kind: 'composite' }>>();
  for (const row of rows) {
    const key = relationKey(str(row.schema), str(row.name));
    let type = types.get(key);
    if (!type) {
      type = { kind: 'composite', schema: str(row.schema), name: str(row.name), attributes: [] };
      types.set(key, type);
    }
    if (row.attribute != null) {
      type.attributes.push({
        name: str(row.attribute),
        type: str(row.type),
        collation: collation(row),
      });
    }
  }
  return [...types.values()];
}
