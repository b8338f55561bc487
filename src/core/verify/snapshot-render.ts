/**
 * Rendering a schema snapshot: a SchemaModel as deterministic line-based text, the form that is
 * diffed and committed.
 */
import { assertNever } from '../errors.js';
import type {
  ColumnModel,
  FunctionModel,
  IndexModel,
  PolicyModel,
  RelationModel,
  SchemaModel,
  SequenceModel,
  TableModel,
  TriggerModel,
  TypeModel,
  ViewModel,
} from './snapshot-model.js';
import { displayName, ident } from './snapshot-names.js';

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
