import { DbDeployError } from '../../src/core/errors.js';
import { checkRequired, type RequiredObjects } from '../../src/core/verify/required.js';
import type {
  ConstraintModel,
  IndexModel,
  SchemaModel,
  TableModel,
} from '../../src/core/verify/snapshot.js';

function table(schema: string, name: string, overrides: Partial<TableModel> = {}): TableModel {
  return {
    schema,
    name,
    kind: 'table',
    inherits: [],
    columns: [],
    constraints: [],
    indexes: [],
    triggers: [],
    policies: [],
    rowSecurity: 'off',
    ...overrides,
  };
}

function index(name: string, valid = true): IndexModel {
  return { name, definition: 'USING btree (id)', unique: false, valid };
}

function foreignKey(
  name: string,
  columns: string[],
  referenced: [schema: string, table: string, columns: string[]],
): ConstraintModel {
  const [referencedSchema, referencedTable, referencedColumns] = referenced;
  return {
    name,
    type: 'foreign key',
    definition: `FOREIGN KEY (${columns.join(', ')}) REFERENCES ${referencedSchema}.${referencedTable}(${referencedColumns.join(', ')})`,
    valid: true,
    foreignKey: { columns, referencedSchema, referencedTable, referencedColumns },
  };
}

const model: SchemaModel = {
  schemas: ['public', 'sales'],
  extensions: [],
  tables: [
    table('public', 'customers', { indexes: [index('customers_pkey')] }),
    table('public', 'orders', {
      indexes: [index('orders_status_idx'), index('orders_broken_idx', false)],
      constraints: [
        foreignKey('orders_customer_id_fkey', ['customer_id'], ['public', 'customers', ['id']]),
      ],
    }),
    table('public', 'Order Items', {
      constraints: [foreignKey('Items_Order', ['order_id'], ['public', 'orders', ['id']])],
    }),
    table('sales', 'lines', {
      kind: 'partitioned',
      indexes: [index('lines_sku_idx')],
      constraints: [
        foreignKey('lines_order_fkey', ['order_id', 'sku'], ['sales', 'orders', ['id', 'sku']]),
      ],
    }),
    table('sales', 'orders'),
  ],
  views: [
    {
      schema: 'public',
      name: 'open_orders',
      materialized: true,
      definition: 'SELECT 1',
      columns: [],
      indexes: [index('open_orders_id')],
      triggers: [],
    },
  ],
  sequences: [],
  functions: [],
  types: [],
};

const none: RequiredObjects = { tables: [], indexes: [], foreignKeys: [] };

/** The one check for a single required name of `kind`. */
function passes(kind: keyof RequiredObjects, name: string): boolean {
  const [check] = checkRequired(model, { ...none, [kind]: [name] });
  if (!check) throw new Error('expected one check');
  return check.passed;
}

function refusal(kind: keyof RequiredObjects, name: string): DbDeployError {
  try {
    checkRequired(model, { ...none, [kind]: [name] });
  } catch (error) {
    if (error instanceof DbDeployError) return error;
    throw error;
  }
  throw new Error(`expected ${name} to be refused`);
}

describe('checkRequired', () => {
  test('returns one check per name, in input order, named as given', () => {
    expect(
      checkRequired(model, {
        tables: ['orders', ' sales.missing '],
        indexes: ['orders_status_idx'],
        foreignKeys: ['orders_customer_id_fkey'],
      }),
    ).toEqual([
      { kind: 'table', name: 'orders', passed: true },
      { kind: 'table', name: 'sales.missing', passed: false },
      { kind: 'index', name: 'orders_status_idx', passed: true },
      { kind: 'foreign-key', name: 'orders_customer_id_fkey', passed: true },
    ]);
  });

  test.each([
    ['an unqualified name in public', 'customers', true],
    ['a schema-qualified name', 'sales.lines', true],
    ['a partitioned table', 'sales.lines', true],
    ['a name folded to lower case', 'PUBLIC.Customers', true],
    ['a quoted name keeping its case and spaces', '"Order Items"', true],
    ['a quoted name in the wrong case', '"order items"', false],
    ['a table of another schema', 'lines', false],
    ['a view', 'open_orders', false],
    ['a missing table', 'invoices', false],
  ])('tables: %s (%s)', (_what, name, expected) => {
    expect(passes('tables', name)).toBe(expected);
  });

  test.each([
    ['an unqualified name in public', 'orders_status_idx', true],
    ['a schema-qualified name', 'sales.lines_sku_idx', true],
    ['an index in another schema', 'lines_sku_idx', false],
    ['an index of a materialized view', 'open_orders_id', true],
    ['an INVALID index', 'orders_broken_idx', false],
    ['a missing index', 'orders_total_idx', false],
  ])('indexes: %s (%s)', (_what, name, expected) => {
    expect(passes('indexes', name)).toBe(expected);
  });

  test.each([
    ['a constraint name in public', 'orders_customer_id_fkey', true],
    ['a schema-qualified constraint name', 'sales.lines_order_fkey', true],
    ['a constraint name in another schema', 'lines_order_fkey', false],
    ['a quoted constraint name', '"Items_Order"', true],
    ['an unquoted name that folds away from its case', 'Items_Order', false],
    ['columns on both sides', 'orders(customer_id)->customers(id)', true],
    [
      'columns with spaces around the arrow',
      ' orders ( customer_id ) -> public.customers ( id ) ',
      true,
    ],
    ['no referenced columns (any)', 'orders(customer_id)->customers', true],
    ['several columns in key order', 'sales.lines(order_id, sku)->sales.orders(id, sku)', true],
    ['several columns out of order', 'sales.lines(sku, order_id)->sales.orders(sku, id)', false],
    ['the wrong referenced table', 'orders(customer_id)->sales.orders(id)', false],
    ['the wrong referenced column', 'orders(customer_id)->customers(email)', false],
    ['a quoted table', '"Order Items"(order_id)->orders(id)', true],
    ['the reverse direction', 'customers(id)->orders(customer_id)', false],
    ['a missing constraint', 'orders_coupon_fkey', false],
  ])('foreign keys: %s (%s)', (_what, name, expected) => {
    expect(passes('foreignKeys', name)).toBe(expected);
  });

  test.each([
    ['tables', 'a.b.c', 'required-tables'],
    ['tables', '', 'required-tables'],
    ['indexes', 'orders idx', 'required-indexes'],
    ['foreignKeys', 'orders(customer_id)', 'required-foreign-keys'],
    ['foreignKeys', 'orders(customer_id)->', 'required-foreign-keys'],
    ['foreignKeys', 'orders(customer_id->customers(id)', 'required-foreign-keys'],
    ['foreignKeys', '"unterminated', 'required-foreign-keys'],
    ['foreignKeys', 'a.b.c(x)->d(y)', 'required-foreign-keys'],
  ] as const)('refuses %s entry %j, naming the input', (kind, name, input) => {
    const error = refusal(kind, name);
    expect(error.code).toBe('bad-input');
    expect(error.message).toContain(input);
    expect(error.message).toContain(`"${name.trim()}"`);
  });
});
