/**
 * The schema snapshot's model: the plain data a snapshot holds (schemas, extensions, tables, views,
 * sequences, functions, types), with no reading or rendering in it.
 */
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
export interface RelationModel {
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
