import type { DbClient } from '../db/connect.js';
import { quoteIdent } from '../db/sql.js';
import { assertNever } from '../errors.js';
import * as q from './queries.js';

/**
 * A schema snapshot: what the `validate` action compares to prove a down migration restores the
 * schema exactly, and to compare the final schema with a committed snapshot file.
 *
 * The model holds names and catalog deparse output (format_type, pg_get_*def, pg_get_expr) read with
 * `search_path = pg_catalog`, so every user object is schema-qualified and nothing depends on OIDs,
 * attnums of dropped columns, relfilenodes, creation order or the database name. It is meant to be
 * stable between two servers of the same major version; the deparse output differs between majors.
 */
export interface SchemaModel {
  /** User schemas (not pg_catalog, information_schema, pg_toast*, pg_temp_*). */
  schemas: string[];
  extensions: ExtensionModel[];
  tables: TableModel[];
  views: ViewModel[];
  sequences: SequenceModel[];
  functions: FunctionModel[];
  types: TypeModel[];
}

/** An installed extension. The version is left out on purpose: it differs between servers. */
export interface ExtensionModel {
  name: string;
  schema: string;
}

/** A column of a table or view, in its logical position. */
export interface ColumnModel {
  name: string;
  /** format_type output, e.g. `character varying(20)`, `public.mood`. */
  type: string;
  notNull: boolean;
  /** pg_get_expr of the default; undefined for none and for generated columns. */
  default?: string;
  identity?: 'always' | 'by default';
  /** The identity sequence's parameters, e.g. `start 1 increment 1 min 1 max … cache 1 no cycle`. */
  identityOptions?: string;
  /** The generation expression of a generated column. */
  generated?: { expression: string; kind: 'stored' | 'virtual' };
  /** Shown only when it differs from the type's default collation. */
  collation?: string;
  comment?: string;
}

/** A table constraint. */
export interface ConstraintModel {
  name: string;
  type: 'primary key' | 'unique' | 'foreign key' | 'check' | 'exclusion' | 'not null';
  /** pg_get_constraintdef output; ends with `NOT VALID` while not validated. */
  definition: string;
  valid: boolean;
  /** Set for foreign keys. */
  foreignKey?: ForeignKeyModel;
}

/** The columns on both sides of a foreign key, in key order. */
export interface ForeignKeyModel {
  columns: string[];
  referencedSchema: string;
  referencedTable: string;
  referencedColumns: string[];
}

/** An index of a table or materialized view. Its schema is the table's. */
export interface IndexModel {
  name: string;
  /** pg_get_indexdef without the `CREATE [UNIQUE] INDEX name ON [ONLY] table` head, e.g. `USING btree (id)`. */
  definition: string;
  unique: boolean;
  /** False for an index a failed CREATE INDEX CONCURRENTLY left behind. */
  valid: boolean;
  /** The primary key, unique or exclusion constraint it backs. */
  constraint?: string;
}

/** A user trigger. */
export interface TriggerModel {
  name: string;
  /** pg_get_triggerdef without the `CREATE TRIGGER name` head. */
  definition: string;
  /** pg_trigger.tgenabled: 'O' (origin, the default), 'D' disabled, 'R' replica, 'A' always. */
  enabled: 'O' | 'D' | 'R' | 'A';
}

/** A row-level security policy. */
export interface PolicyModel {
  name: string;
  command: 'all' | 'select' | 'insert' | 'update' | 'delete';
  permissive: boolean;
  /** Role names, sorted; `public` for PUBLIC. */
  roles: string[];
  using?: string;
  withCheck?: string;
}

/** The parts a table and a view share. */
interface RelationModel {
  schema: string;
  name: string;
  columns: ColumnModel[];
  indexes: IndexModel[];
  triggers: TriggerModel[];
  comment?: string;
}

/** A table. `partitioned` is a partitioned parent; `unlogged` an UNLOGGED table. */
export interface TableModel extends RelationModel {
  kind: 'table' | 'partitioned' | 'unlogged';
  /** pg_get_partkeydef of a partitioned table, e.g. `RANGE (created_at)`. */
  partitionKey?: string;
  /** For a partition: its parent (`schema.table`, quoted where needed) and bound. */
  partitionOf?: { parent: string; bound: string };
  /** Inheritance parents of a non-partition, in inhseqno order. */
  inherits: string[];
  constraints: ConstraintModel[];
  policies: PolicyModel[];
  rowSecurity: 'off' | 'enabled' | 'forced';
}

/** A view or materialized view. */
export interface ViewModel extends RelationModel {
  materialized: boolean;
  /** pg_get_viewdef(oid, true). */
  definition: string;
}

/** A sequence's parameters; never its current value. */
export interface SequenceModel {
  schema: string;
  name: string;
  type: string;
  start: string;
  increment: string;
  min: string;
  max: string;
  cache: string;
  cycle: boolean;
  unlogged: boolean;
  /** `schema.table.column` of a serial column or OWNED BY. */
  ownedBy?: string;
}

/** A function, procedure or window function. */
export interface FunctionModel {
  schema: string;
  name: string;
  /** pg_get_function_identity_arguments, e.g. `integer, text`. */
  arguments: string;
  kind: 'function' | 'procedure';
  /** pg_get_functiondef output. */
  definition: string;
}

/** An enum, a domain or a stand-alone composite type. */
export type TypeModel =
  | { kind: 'enum'; schema: string; name: string; labels: string[] }
  | {
      kind: 'domain';
      schema: string;
      name: string;
      baseType: string;
      notNull: boolean;
      default?: string;
      collation?: string;
      constraints: { name: string; definition: string }[];
    }
  | {
      kind: 'composite';
      schema: string;
      name: string;
      attributes: { name: string; type: string; collation?: string }[];
    };

/** What to leave out of a snapshot. */
export interface ReadSchemaOptions {
  exclude?: {
    /** Whole schemas, e.g. `db_deploy_scratch`. */
    schemas?: string[];
    /** Tables as `schema.table` (unquoted), with their indexes, triggers, policies and owned sequences. */
    tables?: string[];
  };
}

type Row = Record<string, unknown>;

/**
 * Reads every user schema into a SchemaModel. Runs read-only catalog SELECTs with the session's
 * search_path set to `pg_catalog` (restored afterwards) so that deparsed definitions qualify every
 * user object the same way whatever the caller's search_path. Takes no lock on user relations.
 */
export async function readSchema(
  client: DbClient,
  options: ReadSchemaOptions = {},
): Promise<SchemaModel> {
  const saved = await client.query<{ search_path: string }>(q.CURRENT_SEARCH_PATH);
  await client.query(q.SET_SEARCH_PATH, ['pg_catalog']);
  try {
    return await readCatalog(client, options);
  } finally {
    // Fails only when the connection or its transaction is already broken; the read's own error
    // is the one worth reporting then.
    await client
      .query(q.SET_SEARCH_PATH, [saved.rows[0]?.search_path ?? ''])
      .catch(() => undefined);
  }
}

async function readCatalog(client: DbClient, options: ReadSchemaOptions): Promise<SchemaModel> {
  const params = [options.exclude?.schemas ?? []];
  const read = async (text: string): Promise<Row[]> => (await client.query(text, params)).rows;
  const schemas = await read(q.SELECT_SCHEMAS);
  const extensions = await read(q.SELECT_EXTENSIONS);
  const relations = await read(q.SELECT_RELATIONS);
  const parts: RelationRows = {
    columns: await read(q.SELECT_COLUMNS),
    constraints: await read(q.SELECT_CONSTRAINTS),
    indexes: await read(q.SELECT_INDEXES),
    triggers: await read(q.SELECT_TRIGGERS),
    policies: await read(q.SELECT_POLICIES),
  };
  const sequences = await read(q.SELECT_SEQUENCES);
  const functions = await read(q.SELECT_FUNCTIONS);
  const types = [
    ...(await read(q.SELECT_ENUMS)).map(enumType),
    ...(await read(q.SELECT_DOMAINS)).map(domainType),
    ...compositeTypes(await read(q.SELECT_COMPOSITE_ATTRIBUTES)),
  ];
  const excluded = new Set(options.exclude?.tables ?? []);
  const keep = (row: Row): boolean => !excluded.has(`${str(row.schema)}.${str(row.name)}`);
  const grouped = groupRelationRows(parts);
  const kept = relations.filter(keep);
  return {
    schemas: schemas.map((row) => str(row.name)),
    extensions: extensions.map((row) => ({ name: str(row.name), schema: str(row.schema) })),
    tables: kept.filter((row) => isTableKind(row.kind)).map((row) => table(row, grouped)),
    views: kept.filter((row) => !isTableKind(row.kind)).map((row) => view(row, grouped)),
    sequences: sequences
      .filter(
        (row) => keep(row) && !excluded.has(`${str(row.owner_schema)}.${str(row.owner_relation)}`),
      )
      .map(sequence),
    functions: functions.map(fn),
    types,
  };
}

interface RelationRows {
  columns: Row[];
  constraints: Row[];
  indexes: Row[];
  triggers: Row[];
  policies: Row[];
}

type Grouped = { [K in keyof RelationRows]: Map<string, Row[]> };

/** Groups each part's rows by `schema.relation` (the queries already order them). */
function groupRelationRows(parts: RelationRows): Grouped {
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

const relationKey = (schema: string, name: string): string => `${schema}\u0000${name}`;

const isTableKind = (kind: unknown): boolean => kind === 'r' || kind === 'p';

function str(value: unknown): string {
  return typeof value === 'string' ? value : value == null ? '' : String(value);
}

function optional(value: unknown): string | undefined {
  return value == null ? undefined : str(value);
}

/** A text[] column (the queries cast name[] to text[]: node-postgres parses only the latter). */
function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(str) : [];
}

function relationParts(row: Row, grouped: Grouped): RelationModel {
  const key = relationKey(str(row.schema), str(row.name));
  return {
    schema: str(row.schema),
    name: str(row.name),
    columns: (grouped.columns.get(key) ?? []).map(column),
    indexes: (grouped.indexes.get(key) ?? []).map(index),
    triggers: (grouped.triggers.get(key) ?? []).map(trigger),
    comment: optional(row.comment),
  };
}

function table(row: Row, grouped: Grouped): TableModel {
  const key = relationKey(str(row.schema), str(row.name));
  const parents = strings(row.parent_names).map((name, i) =>
    displayName(strings(row.parent_schemas)[i] ?? '', name),
  );
  const isPartition = row.is_partition === true;
  return {
    ...relationParts(row, grouped),
    kind: row.kind === 'p' ? 'partitioned' : row.persistence === 'u' ? 'unlogged' : 'table',
    partitionKey: optional(row.partition_key),
    partitionOf:
      isPartition && parents[0]
        ? { parent: parents[0], bound: str(row.partition_bound) }
        : undefined,
    inherits: isPartition ? [] : parents,
    constraints: (grouped.constraints.get(key) ?? []).map(constraint),
    policies: (grouped.policies.get(key) ?? []).map(policy),
    rowSecurity: row.force_row_security ? 'forced' : row.row_security ? 'enabled' : 'off',
  };
}

function view(row: Row, grouped: Grouped): ViewModel {
  return {
    ...relationParts(row, grouped),
    materialized: row.kind === 'm',
    definition: str(row.view_definition),
  };
}

function column(row: Row): ColumnModel {
  const generated = str(row.generated);
  const identity = str(row.identity);
  const expression = optional(row.default_expr);
  return {
    name: str(row.name),
    type: str(row.type),
    notNull: row.not_null === true,
    default: generated ? undefined : expression,
    identity: identity === 'a' ? 'always' : identity === 'd' ? 'by default' : undefined,
    identityOptions: identity ? optional(row.identity_options) : undefined,
    generated:
      generated && expression !== undefined
        ? { expression, kind: generated === 'v' ? 'virtual' : 'stored' }
        : undefined,
    collation: collation(row),
    comment: optional(row.comment),
  };
}

function collation(row: Row): string | undefined {
  if (row.collation == null) return undefined;
  const name = quoteIdent(str(row.collation));
  return row.collation_schema === 'pg_catalog'
    ? name
    : `${ident(str(row.collation_schema))}.${name}`;
}

const CONSTRAINT_TYPES: Record<string, ConstraintModel['type']> = {
  p: 'primary key',
  u: 'unique',
  f: 'foreign key',
  c: 'check',
  x: 'exclusion',
  n: 'not null',
};

function constraint(row: Row): ConstraintModel {
  const type = CONSTRAINT_TYPES[str(row.type)];
  if (!type) throw new Error(`unexpected constraint type ${str(row.type)} on ${str(row.name)}`);
  return {
    name: str(row.name),
    type,
    definition: str(row.definition),
    valid: row.valid === true,
    foreignKey:
      type === 'foreign key'
        ? {
            columns: strings(row.columns),
            referencedSchema: str(row.referenced_schema),
            referencedTable: str(row.referenced_relation),
            referencedColumns: strings(row.referenced_columns),
          }
        : undefined,
  };
}

function index(row: Row): IndexModel {
  const definition = str(row.definition);
  const unique = definition.startsWith('CREATE UNIQUE INDEX ');
  const head = `CREATE ${unique ? 'UNIQUE ' : ''}INDEX ${quoteIdent(str(row.name))} ON `;
  return {
    name: str(row.name),
    definition: stripIndexHead(definition, head, str(row.schema), str(row.relation)),
    unique,
    valid: row.valid === true,
    constraint: optional(row.constraint_name),
  };
}

/**
 * Drops `CREATE [UNIQUE] INDEX name ON [ONLY] schema.table ` (the block header names the table) so
 * the line reads `USING btree (id)`. PostgreSQL quotes names only where needed, so both the quoted
 * and the bare spellings are tried; anything unexpected is kept whole rather than mangled.
 */
function stripIndexHead(
  definition: string,
  head: string,
  schema: string,
  relation: string,
): string {
  const heads = [head, head.replace(/"([a-z_][a-z0-9_$]*)"/, '$1')];
  const tables = [
    `${ident(schema)}.${ident(relation)}`,
    `${quoteIdent(schema)}.${quoteIdent(relation)}`,
  ];
  for (const h of heads) {
    for (const only of ['ONLY ', '']) {
      for (const t of tables) {
        const prefix = `${h}${only}${t} `;
        if (definition.startsWith(prefix))
          return `${only ? 'only ' : ''}${definition.slice(prefix.length)}`;
      }
    }
  }
  return definition;
}

function trigger(row: Row): TriggerModel {
  const definition = str(row.definition);
  const name = str(row.name);
  const heads = [quoteIdent(name), ident(name)].flatMap((n) => [
    [`CREATE TRIGGER ${n} `, ''],
    [`CREATE CONSTRAINT TRIGGER ${n} `, 'constraint '],
  ]);
  const match = heads.find(([head]) => definition.startsWith(head ?? ''));
  const enabled = str(row.enabled);
  return {
    name,
    definition: match ? `${match[1]}${definition.slice(match[0]?.length ?? 0)}` : definition,
    enabled: enabled === 'D' || enabled === 'R' || enabled === 'A' ? enabled : 'O',
  };
}

const POLICY_COMMANDS: Record<string, PolicyModel['command']> = {
  '*': 'all',
  r: 'select',
  a: 'insert',
  w: 'update',
  d: 'delete',
};

function policy(row: Row): PolicyModel {
  return {
    name: str(row.name),
    command: POLICY_COMMANDS[str(row.command)] ?? 'all',
    permissive: row.permissive === true,
    roles: strings(row.roles),
    using: optional(row.using_expr),
    withCheck: optional(row.check_expr),
  };
}

function sequence(row: Row): SequenceModel {
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

function fn(row: Row): FunctionModel {
  return {
    schema: str(row.schema),
    name: str(row.name),
    arguments: str(row.arguments),
    kind: row.kind === 'p' ? 'procedure' : 'function',
    definition: str(row.definition),
  };
}

function enumType(row: Row): TypeModel {
  return {
    kind: 'enum',
    schema: str(row.schema),
    name: str(row.name),
    labels: strings(row.labels),
  };
}

function domainType(row: Row): TypeModel {
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
function compositeTypes(rows: Row[]): TypeModel[] {
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

// ---------------------------------------------------------------------------------------------
// Rendering

/**
 * An identifier as PostgreSQL would print it: bare when it is a plain lower-case name, quoted
 * otherwise. (Reserved words are not quoted: this text is for reading and diffing, not running.)
 */
function ident(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : quoteIdent(name);
}

function displayName(schema: string, name: string): string {
  return `${ident(schema)}.${ident(name)}`;
}

/** A one-line string literal: JSON escaping keeps newlines and quotes on one line. */
const literal = (text: string): string => JSON.stringify(text);

/** A multi-line deparse output, each line indented, trailing spaces and blank edge lines dropped. */
function body(text: string, indent = '    '): string[] {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => (line === '' ? '' : `${indent}${line}`));
}

interface Block {
  /** Sort group: blocks sort by kind first, then by name. */
  order: number;
  key: string;
  lines: string[];
}

const KIND_ORDER = {
  schema: 0,
  extension: 1,
  type: 2,
  sequence: 3,
  table: 4,
  view: 5,
  materializedView: 6,
  function: 7,
} as const;

/**
 * Renders a SchemaModel as deterministic line-based text: one block per object separated by a
 * blank line, blocks sorted by kind (schema, extension, type, sequence, table, view, materialized
 * view, function/procedure) then by name; within a table, columns in their logical order and
 * constraints, indexes, triggers and policies by name. Ends with a newline ('' for an empty model).
 *
 * ```text
 * table public.orders
 *   column id bigint not null default nextval('public.orders_id_seq'::regclass)
 *   column status text not null default 'new'::text
 *   constraint orders_pkey PRIMARY KEY (id)
 *   index orders_pkey unique USING btree (id)
 * ```
 */
export function renderSchema(model: SchemaModel): string {
  const blocks: Block[] = [
    ...model.schemas.map((name) => block(KIND_ORDER.schema, name, [`schema ${ident(name)}`])),
    ...model.extensions.map((e) =>
      block(KIND_ORDER.extension, e.name, [`extension ${ident(e.name)} schema ${ident(e.schema)}`]),
    ),
    ...model.types.map(renderType),
    ...model.sequences.map(renderSequence),
    ...model.tables.map(renderTable),
    ...model.views.map(renderView),
    ...model.functions.map(renderFunction),
  ];
  blocks.sort((a, b) => a.order - b.order || compare(a.key, b.key));
  return blocks.map((b) => `${b.lines.join('\n')}\n`).join('\n');
}

/** Code-unit order, not locale order: the same on every machine. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function block(order: number, key: string, lines: string[]): Block {
  return { order, key, lines };
}

function renderType(type: TypeModel): Block {
  const name = displayName(type.schema, type.name);
  switch (type.kind) {
    case 'enum':
      return block(KIND_ORDER.type, name, [
        `enum ${name}`,
        ...type.labels.map((label) => `  label ${literal(label)}`),
      ]);
    case 'domain':
      return block(KIND_ORDER.type, name, [
        `domain ${name} ${type.baseType}${type.collation ? ` collate ${type.collation}` : ''}`,
        ...(type.notNull ? ['  not null'] : []),
        ...(type.default !== undefined ? [`  default ${type.default}`] : []),
        ...sortedBy(type.constraints, (c) => c.name).map(
          (c) => `  constraint ${ident(c.name)} ${c.definition}`,
        ),
      ]);
    case 'composite':
      return block(KIND_ORDER.type, name, [
        `composite ${name}`,
        ...type.attributes.map(
          (a) =>
            `  attribute ${ident(a.name)} ${a.type}${a.collation ? ` collate ${a.collation}` : ''}`,
        ),
      ]);
    default:
      return assertNever(type);
  }
}

function renderSequence(s: SequenceModel): Block {
  const name = displayName(s.schema, s.name);
  return block(KIND_ORDER.sequence, name, [
    `${s.unlogged ? 'unlogged ' : ''}sequence ${name}`,
    `  type ${s.type}`,
    `  start ${s.start} increment ${s.increment} min ${s.min} max ${s.max} cache ${s.cache} ${s.cycle ? 'cycle' : 'no cycle'}`,
    ...(s.ownedBy ? [`  owned by ${s.ownedBy}`] : []),
  ]);
}

const TABLE_HEADS: Record<TableModel['kind'], string> = {
  table: 'table',
  partitioned: 'partitioned table',
  unlogged: 'unlogged table',
};

function renderTable(t: TableModel): Block {
  const name = displayName(t.schema, t.name);
  return block(KIND_ORDER.table, name, [
    `${TABLE_HEADS[t.kind]} ${name}`,
    ...(t.partitionKey ? [`  partition by ${t.partitionKey}`] : []),
    ...(t.partitionOf ? [`  partition of ${t.partitionOf.parent} ${t.partitionOf.bound}`] : []),
    ...t.inherits.map((parent) => `  inherits ${parent}`),
    ...t.columns.map(renderColumn),
    ...sortedBy(t.constraints, (c) => c.name).map(
      (c) => `  constraint ${ident(c.name)} ${c.definition}`,
    ),
    ...renderIndexes(t.indexes),
    ...renderTriggers(t.triggers),
    ...(t.rowSecurity === 'off' ? [] : [`  row level security ${t.rowSecurity}`]),
    ...sortedBy(t.policies, (p) => p.name).map(renderPolicy),
    ...renderComments(t),
  ]);
}

function renderView(v: ViewModel): Block {
  const name = displayName(v.schema, v.name);
  const kind = v.materialized ? 'materialized view' : 'view';
  return block(v.materialized ? KIND_ORDER.materializedView : KIND_ORDER.view, name, [
    `${kind} ${name}`,
    ...v.columns.map((c) => `  column ${ident(c.name)} ${c.type}`),
    ...renderIndexes(v.indexes),
    ...renderTriggers(v.triggers),
    ...renderComments(v),
    '  definition',
    ...body(v.definition),
  ]);
}

function renderFunction(f: FunctionModel): Block {
  const signature = `${displayName(f.schema, f.name)}(${f.arguments})`;
  return block(KIND_ORDER.function, signature, [`${f.kind} ${signature}`, ...body(f.definition)]);
}

function renderColumn(c: ColumnModel): string {
  const parts = [`  column ${ident(c.name)} ${c.type}`];
  if (c.collation) parts.push(`collate ${c.collation}`);
  if (c.notNull) parts.push('not null');
  if (c.default !== undefined) parts.push(`default ${c.default}`);
  if (c.identity) {
    const options = c.identityOptions ? ` (${c.identityOptions})` : '';
    parts.push(`generated ${c.identity} as identity${options}`);
  }
  if (c.generated)
    parts.push(`generated always as (${c.generated.expression}) ${c.generated.kind}`);
  return parts.join(' ');
}

function renderIndexes(indexes: IndexModel[]): string[] {
  return sortedBy(indexes, (i) => i.name).map((i) => {
    const flags = [i.unique ? 'unique' : '', i.valid ? '' : 'INVALID'].filter(Boolean).join(' ');
    return `  index ${ident(i.name)}${flags ? ` ${flags}` : ''} ${i.definition}`;
  });
}

const TRIGGER_STATES: Record<TriggerModel['enabled'], string> = {
  O: '',
  D: ' (disabled)',
  R: ' (enabled replica)',
  A: ' (enabled always)',
};

function renderTriggers(triggers: TriggerModel[]): string[] {
  return sortedBy(triggers, (t) => t.name).map(
    (t) => `  trigger ${ident(t.name)}${TRIGGER_STATES[t.enabled]} ${t.definition}`,
  );
}

function renderPolicy(p: PolicyModel): string {
  const parts = [
    `  policy ${ident(p.name)}`,
    p.permissive ? 'permissive' : 'restrictive',
    `for ${p.command}`,
    `to ${p.roles.join(', ')}`,
  ];
  if (p.using !== undefined) parts.push(`using (${p.using})`);
  if (p.withCheck !== undefined) parts.push(`with check (${p.withCheck})`);
  return parts.join(' ');
}

function renderComments(r: RelationModel): string[] {
  return [
    ...(r.comment !== undefined ? [`  comment ${literal(r.comment)}`] : []),
    ...r.columns
      .filter((c) => c.comment !== undefined)
      .map((c) => `  comment on column ${ident(c.name)} ${literal(c.comment ?? '')}`),
  ];
}

function sortedBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compare(key(a), key(b)));
}
