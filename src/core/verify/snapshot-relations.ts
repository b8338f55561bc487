/**
 * From catalog rows to the models of relations: tables and views with their columns, constraints,
 * indexes, triggers and policies.
 */
import { quoteIdent } from '../db/index.js';
import type {
  ColumnModel,
  ConstraintModel,
  IndexModel,
  PolicyModel,
  RelationModel,
  TableModel,
  TriggerModel,
  ViewModel,
} from './snapshot-model.js';
import { displayName, ident } from './snapshot-names.js';
import {
  collation,
  optional,
  relationKey,
  str,
  strings,
  type Grouped,
  type Row,
} from './snapshot-rows.js';

/** The parts a table and a view share, from the relation's row and its grouped rows. */
export function relationParts(row: Row, grouped: Grouped): RelationModel {
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

/** A table row (with its grouped columns, constraints, indexes, triggers, policies) as a TableModel. */
export function table(row: Row, grouped: Grouped): TableModel {
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

/** A view or materialized view row as a ViewModel. */
export function view(row: Row, grouped: Grouped): ViewModel {
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
