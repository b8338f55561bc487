import { compareSchemas } from '../../src/core/verify/compare.js';
import type { ColumnModel, SchemaModel, TableModel } from '../../src/core/verify/snapshot.js';

const column = (name: string, type = 'text', extra: Partial<ColumnModel> = {}): ColumnModel => ({
  name,
  type,
  notNull: false,
  ...extra,
});

const table = (name: string, columns: ColumnModel[]): TableModel => ({
  schema: 'public',
  name,
  kind: 'table',
  columns,
  indexes: [],
  triggers: [],
  inherits: [],
  constraints: [],
  policies: [],
  rowSecurity: 'off',
});

const schema = (...tables: TableModel[]): SchemaModel => ({
  schemas: ['public'],
  extensions: [],
  tables,
  views: [],
  sequences: [],
  functions: [],
  types: [],
});

const LABELS = { before: 'before', after: 'after' };
const ORDERS = [
  column('id', 'bigint', { notNull: true }),
  column('note'),
  column('total', 'numeric'),
];

describe('compareSchemas (the reversibility proof)', () => {
  test('equal schemas: no diff, nothing moved', () => {
    expect(
      compareSchemas(schema(table('orders', ORDERS)), schema(table('orders', ORDERS)), LABELS),
    ).toEqual({
      diff: '',
      moved: [],
    });
  });

  test('a column restored at the end: no diff, the moves are listed', () => {
    const restored = [ORDERS[0]!, ORDERS[2]!, ORDERS[1]!];
    expect(
      compareSchemas(schema(table('orders', ORDERS)), schema(table('orders', restored)), LABELS),
    ).toEqual({
      diff: '',
      moved: [
        { table: 'public.orders', column: 'total', before: 3, after: 2 },
        { table: 'public.orders', column: 'note', before: 2, after: 3 },
      ],
    });
  });

  test('moved and restored differently: the diff shows only the real difference', () => {
    const restored = [ORDERS[0]!, ORDERS[2]!, column('note', 'text', { default: "''::text" })];
    const { diff, moved } = compareSchemas(
      schema(table('orders', ORDERS)),
      schema(table('orders', restored)),
      LABELS,
    );
    expect(diff.split('\n').filter((l) => /^[-+] /.test(l))).toEqual([
      '-  column note text',
      "+  column note text default ''::text",
    ]);
    expect(moved.map((m) => m.column)).toEqual(['total', 'note']);
  });

  test('a column missing or added is a difference, not a move', () => {
    const { diff } = compareSchemas(
      schema(table('orders', ORDERS)),
      schema(table('orders', [ORDERS[0]!, ORDERS[2]!])),
      LABELS,
    );
    expect(diff).toContain('-  column note text');
  });

  test('a renamed column is a difference', () => {
    const renamed = [ORDERS[0]!, ORDERS[2]!, column('notes')];
    expect(
      compareSchemas(schema(table('orders', ORDERS)), schema(table('orders', renamed)), LABELS)
        .diff,
    ).toContain('+  column notes text');
  });
});
