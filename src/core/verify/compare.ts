/**
 * validate's reversibility proof: the schema after a migration's down against the schema before
 * its up. Exact, except for one thing no down migration can restore: a column's position.
 * PostgreSQL adds a column at the end of its table (ALTER TABLE, ADD COLUMN), so a down that
 * re-adds a column dropped from the middle restores it one place or more later. That alone is
 * reported as a move (a notice), not a difference; every other property of the column and
 * everything else in the catalog is still compared exactly.
 */
import { unifiedDiff } from './diff.js';
import { renderSchema, type SchemaModel, type TableModel } from './snapshot.js';

/** A column restored at another position (1-based positions among the table's columns). */
export interface MovedColumn {
  table: string;
  column: string;
  before: number;
  after: number;
}

export interface SchemaComparison {
  /** Unified diff of everything but column positions; '' when the schemas match otherwise. */
  diff: string;
  /** Columns whose position alone changed, in table and position order. */
  moved: MovedColumn[];
}

/** Compares two schema snapshots, telling moved columns apart from real differences. */
export function compareSchemas(
  before: SchemaModel,
  after: SchemaModel,
  labels: { before: string; after: string },
): SchemaComparison {
  const beforeTables = new Map(before.tables.map((t) => [tableName(t), t]));
  const moved: MovedColumn[] = [];
  const tables = after.tables.map((table) => {
    const original = beforeTables.get(tableName(table));
    if (!original) return table;
    const aligned = inOrderOf(table, original);
    if (aligned === table) return table;
    table.columns.forEach((column, index) => {
      const position = original.columns.findIndex((c) => c.name === column.name);
      if (position !== index)
        moved.push({
          table: tableName(table),
          column: column.name,
          before: position + 1,
          after: index + 1,
        });
    });
    return aligned;
  });
  const diff = unifiedDiff(renderSchema(before), renderSchema({ ...after, tables }), labels);
  return { diff, moved };
}

/**
 * `table` with its columns in the order `original` has them, when both have the same column
 * names in another order; `table` itself otherwise (a column added or missing is a real change).
 */
function inOrderOf(table: TableModel, original: TableModel): TableModel {
  const names = table.columns.map((c) => c.name);
  const wanted = original.columns.map((c) => c.name);
  if (names.join('\u0000') === wanted.join('\u0000')) return table;
  if (
    names.length !== wanted.length ||
    [...names].sort().join('\u0000') !== [...wanted].sort().join('\u0000')
  )
    return table;
  const byName = new Map(table.columns.map((c) => [c.name, c]));
  return { ...table, columns: wanted.map((name) => byName.get(name)!) };
}

function tableName(table: TableModel): string {
  return `${table.schema}.${table.name}`;
}
