import { DbDeployError } from '../errors.js';
import type { SchemaModel, TableModel } from './snapshot.js';
import type { SchemaCheck } from './types.js';

/** Objects that must exist in the final schema (the validate action's required-* inputs). */
export interface RequiredObjects {
  /** `table` or `schema.table`. */
  tables: string[];
  /** `index` or `schema.index` (an index lives in its table's schema). */
  indexes: string[];
  /** A constraint name (`name`, `schema.name`) or `[schema.]table(col, …)->[schema.]table[(col, …)]`. */
  foreignKeys: string[];
}

/**
 * Checks that each required table, index and foreign key exists in `model`; one SchemaCheck per
 * name, in input order, named as given.
 *
 * Names follow SQL: an unqualified name is in schema `public`; unquoted parts fold to lower case,
 * `"Quoted"` parts keep their case. Accepted forms:
 * - tables: `orders`, `sales.orders` — a table of any kind (plain, partitioned, unlogged); views do
 *   not count.
 * - indexes: `orders_status_idx`, `sales.orders_status_idx` — an INVALID index (a failed
 *   CREATE INDEX CONCURRENTLY) does not count.
 * - foreign keys: a constraint name, `orders_customer_id_fkey` (on any table of `public`) or
 *   `sales.orders_customer_id_fkey` (on any table of `sales`); or the columns,
 *   `orders(customer_id)->customers(id)`, `sales.lines(order_id, sku)->sales.orders(id, sku)`: a
 *   foreign key on exactly those columns in that order, referencing that table, and those columns
 *   when a list is given (`orders(customer_id)->customers` accepts any). A NOT VALID foreign key
 *   counts: it exists and is enforced for new rows.
 *
 * @throws DbDeployError (`bad-input`) for a name that fits none of these forms.
 */
export function checkRequired(model: SchemaModel, required: RequiredObjects): SchemaCheck[] {
  return [
    ...required.tables.map((name) => check('table', name, hasTable(model, name))),
    ...required.indexes.map((name) => check('index', name, hasIndex(model, name))),
    ...required.foreignKeys.map((name) => check('foreign-key', name, hasForeignKey(model, name))),
  ];
}

function check(kind: SchemaCheck['kind'], name: string, passed: boolean): SchemaCheck {
  return { kind, name: name.trim(), passed };
}

function hasTable(model: SchemaModel, text: string): boolean {
  const [schema, name] = schemaAndName(
    parseWhole(text, 'required-tables'),
    text,
    'required-tables',
  );
  return model.tables.some((t) => t.schema === schema && t.name === name);
}

function hasIndex(model: SchemaModel, text: string): boolean {
  const [schema, name] = schemaAndName(
    parseWhole(text, 'required-indexes'),
    text,
    'required-indexes',
  );
  return [...model.tables, ...model.views].some(
    (r) => r.schema === schema && r.indexes.some((i) => i.name === name && i.valid),
  );
}

function hasForeignKey(model: SchemaModel, text: string): boolean {
  const wanted = parseForeignKey(text);
  return model.tables.some((t) => t.schema === wanted.schema && matchesOn(t, wanted));
}

/** Whether table `t` (already in the wanted schema) has a foreign key as wanted. */
function matchesOn(t: TableModel, wanted: ForeignKeySpec): boolean {
  return t.constraints.some((c) => {
    const fk = c.foreignKey;
    if (c.type !== 'foreign key' || !fk) return false;
    if (wanted.by === 'name') return c.name === wanted.name;
    return (
      t.name === wanted.table &&
      sameList(fk.columns, wanted.columns) &&
      fk.referencedSchema === wanted.referencedSchema &&
      fk.referencedTable === wanted.referencedTable &&
      (wanted.referencedColumns === undefined ||
        sameList(fk.referencedColumns, wanted.referencedColumns))
    );
  });
}

const sameList = (a: string[], b: string[]): boolean =>
  a.length === b.length && a.every((item, i) => item === b[i]);

type ForeignKeySpec =
  | { by: 'name'; schema: string; name: string }
  | {
      by: 'columns';
      schema: string;
      table: string;
      columns: string[];
      referencedSchema: string;
      referencedTable: string;
      referencedColumns: string[] | undefined;
    };

const FOREIGN_KEY_FORMS = 'a constraint name or table(column)->table(column)';

/** Parses a required-foreign-keys entry in either form. */
function parseForeignKey(text: string): ForeignKeySpec {
  const input = 'required-foreign-keys';
  const cursor: Cursor = new Cursor(text, input, FOREIGN_KEY_FORMS);
  const first = cursor.qualifiedName();
  if (cursor.done()) {
    const [schema, name] = schemaAndName(first, text, input, FOREIGN_KEY_FORMS);
    return { by: 'name', schema, name };
  }
  const columns = cursor.columnList();
  if (!columns) cursor.fail();
  cursor.expect('->');
  const target = cursor.qualifiedName();
  const referencedColumns = cursor.columnList();
  if (!cursor.done()) cursor.fail();
  const [schema, table] = schemaAndName(first, text, input, FOREIGN_KEY_FORMS);
  const [referencedSchema, referencedTable] = schemaAndName(target, text, input, FOREIGN_KEY_FORMS);
  return {
    by: 'columns',
    schema,
    table,
    columns,
    referencedSchema,
    referencedTable,
    referencedColumns,
  };
}

/** The parts of a dotted name that must make up the whole entry. */
function parseWhole(text: string, input: string): string[] {
  const cursor = new Cursor(text, input, 'name or schema.name');
  const parts = cursor.qualifiedName();
  if (!cursor.done()) cursor.fail();
  return parts;
}

/** `[schema, name]` from one or two parts; one part means schema `public`. */
function schemaAndName(
  parts: string[],
  text: string,
  input: string,
  forms = 'name or schema.name',
): [string, string] {
  if (parts.length === 1) return ['public', parts[0] as string];
  if (parts.length === 2) return [parts[0] as string, parts[1] as string];
  throw badName(text, input, forms);
}

function badName(text: string, input: string, forms: string): DbDeployError {
  return new DbDeployError('bad-input', `input ${input}: "${text.trim()}" is not ${forms}`, {
    hint: `write ${forms}; quote names with capitals or spaces ("Name")`,
  });
}

/** A left-to-right reader of SQL identifiers, dotted names and column lists. */
class Cursor {
  private pos = 0;

  constructor(
    private readonly text: string,
    private readonly input: string,
    private readonly forms: string,
  ) {}

  fail(): never {
    throw badName(this.text, this.input, this.forms);
  }

  done(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }

  /** `ident(.ident)*`. */
  qualifiedName(): string[] {
    const parts = [this.identifier()];
    while (this.peek() === '.') {
      this.pos += 1;
      parts.push(this.identifier());
    }
    return parts;
  }

  /** `(ident, …)` when the next character opens one; undefined otherwise. */
  columnList(): string[] | undefined {
    if (this.peek() !== '(') return undefined;
    this.pos += 1;
    const columns = [this.identifier()];
    while (this.peek() === ',') {
      this.pos += 1;
      columns.push(this.identifier());
    }
    this.expect(')');
    return columns;
  }

  expect(token: string): void {
    this.skipSpace();
    if (!this.text.startsWith(token, this.pos)) this.fail();
    this.pos += token.length;
  }

  /** A `"quoted"` identifier as written (`""` is a quote) or a bare one folded to lower case. */
  private identifier(): string {
    this.skipSpace();
    if (this.text[this.pos] === '"') return this.quoted();
    const match = /^[\p{L}_][\p{L}\p{N}_$]*/u.exec(this.text.slice(this.pos));
    if (!match) this.fail();
    this.pos += match[0].length;
    return match[0].toLowerCase();
  }

  private quoted(): string {
    let value = '';
    let i = this.pos + 1;
    for (;;) {
      const quote = this.text.indexOf('"', i);
      if (quote < 0) this.fail();
      value += this.text.slice(i, quote);
      if (this.text[quote + 1] !== '"') {
        this.pos = quote + 1;
        if (value === '') this.fail();
        return value;
      }
      value += '"';
      i = quote + 2;
    }
  }

  private peek(): string | undefined {
    this.skipSpace();
    return this.text[this.pos];
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos] as string)) this.pos += 1;
  }
}
