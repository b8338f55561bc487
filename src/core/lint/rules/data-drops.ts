/**
 * Data rules on statements that drop or empty objects: DROP TABLE / COLUMN / SCHEMA / DATABASE,
 * DROP … CASCADE, TRUNCATE (with and without CASCADE).
 */
import type { Rule } from '../types.js';
import {
  alterTableCmds,
  createdInMigration,
  list,
  rangeVarLocation,
  names,
  nodeOf,
  qualifiedNameKey,
  schemaCreatedInMigration,
  tableKey,
  tableName,
} from '../ast.js';

/** The end of a hint for a finding that may be intended: mark it with a `db-deploy-ignore` comment. */
export const IGNORE = (id: string) => `mark it \`-- db-deploy-ignore ${id}: <why it is safe>\``;

/** Names of the dropped objects of a DropStmt (`orders`, `sales.orders`) with their keys. */
function droppedRelations(node: Record<string, unknown>): Array<{ name: string; key: string }> {
  return list(node.objects).map((object) => {
    const parts = names(nodeOf(object, 'List')?.items);
    return { name: parts.join('.'), key: qualifiedNameKey(parts) };
  });
}

/**
 * DROP TABLE deletes the table's rows for good, and running code that still queries the table
 * fails at once (PostgreSQL docs, DROP TABLE). A table created earlier in the same migration holds
 * no data yet. Rails' `create_table force: true` is the same DROP (strong_migrations).
 */
export const banDropTable: Rule = {
  id: 'ban-drop-table',
  severity: 'error',
  description: 'DROP TABLE destroys the data and breaks code that still queries the table.',
  nodeTypes: ['DropStmt'],
  check(statement, context) {
    if (statement.node.removeType !== 'OBJECT_TABLE') return [];
    return droppedRelations(statement.node)
      .filter((t) => !createdInMigration(context, t.key))
      .map((t) => ({
        message: `DROP TABLE ${t.name} destroys its data, and running code that still queries ${t.name} fails`,
        hint: `remove every use of ${t.name} from the code and deploy that first; back the data up (the backup action); drop the table in a later migration and ${IGNORE('ban-drop-table')}`,
      }));
  },
};

/**
 * DROP COLUMN deletes the column's values, and the running application still selects or inserts
 * it until the new code is deployed: `column does not exist` errors (PostgreSQL docs, ALTER TABLE,
 * DROP COLUMN; strong_migrations "Removing a column": ORMs cache the column list).
 */
export const banDropColumn: Rule = {
  id: 'ban-drop-column',
  severity: 'error',
  description:
    'DROP COLUMN destroys the data and breaks running code that still reads or writes it.',
  nodeTypes: ['AlterTableStmt'],
  check(statement, context) {
    const node = statement.node;
    if (createdInMigration(context, tableKey(node.relation))) return [];
    const table = tableName(node.relation);
    return alterTableCmds(node)
      .filter((cmd) => cmd.subtype === 'AT_DropColumn')
      .map((cmd) => ({
        message: `DROP COLUMN ${table}.${String(cmd.name)} destroys its data, and running code that still selects or inserts ${String(cmd.name)} fails until the new code is deployed`,
        hint: `stop using ${String(cmd.name)} in the code (e.g. ignore it in the ORM) and deploy that first; then drop the column in a later migration and ${IGNORE('ban-drop-column')}`,
        location: rangeVarLocation(node.relation),
      }));
  },
};

/** DROP SCHEMA removes the schema (with CASCADE, every table in it) (PostgreSQL docs, DROP SCHEMA). */
export const banDropSchema: Rule = {
  id: 'ban-drop-schema',
  severity: 'error',
  description: 'DROP SCHEMA destroys what the schema holds and breaks code that uses it.',
  nodeTypes: ['DropStmt'],
  check(statement, context) {
    const node = statement.node;
    if (node.removeType !== 'OBJECT_SCHEMA') return [];
    const cascade = node.behavior === 'DROP_CASCADE';
    return names(node.objects)
      .filter((schema) => !schemaCreatedInMigration(context, schema))
      .map((schema) => ({
        message: `DROP SCHEMA ${schema}${cascade ? ' CASCADE destroys every table in it and their data' : ' destroys the schema'}, and running code that uses ${schema} fails`,
        hint: `move what code still needs out of ${schema} and deploy that first; back up; drop the schema in a later migration and ${IGNORE('ban-drop-schema')}`,
      }));
  },
};

/** DROP DATABASE removes a whole database and cannot be undone (PostgreSQL docs, DROP DATABASE). */
export const banDropDatabase: Rule = {
  id: 'ban-drop-database',
  severity: 'error',
  description: 'DROP DATABASE destroys a whole database.',
  nodeTypes: ['DropdbStmt'],
  check(statement) {
    const db = String(statement.node.dbname);
    return [
      {
        message: `DROP DATABASE ${db} destroys the whole database; a migration should never do this`,
        hint: `drop databases by hand, after a backup, outside the migration history`,
      },
    ];
  },
};

/**
 * DROP … CASCADE also drops every object that depends on the dropped one: views, foreign keys,
 * column defaults, and for a type or a domain the columns of that type with their data
 * (PostgreSQL docs, 5.15 Dependency Tracking). Tables and schemas are reported by their own rules.
 */
export const banDropCascade: Rule = {
  id: 'ban-drop-cascade',
  severity: 'error',
  description: 'DROP … CASCADE silently drops dependent objects, even columns and their data.',
  nodeTypes: ['DropStmt'],
  check(statement) {
    const node = statement.node;
    if (node.behavior !== 'DROP_CASCADE') return [];
    if (node.removeType === 'OBJECT_TABLE' || node.removeType === 'OBJECT_SCHEMA') return [];
    const kind = String(node.removeType)
      .replace(/^OBJECT_/, '')
      .replace('MATVIEW', 'MATERIALIZED VIEW')
      .replace(/_/g, ' ');
    return [
      {
        message: `DROP ${kind} … CASCADE also drops everything that depends on it (views, foreign keys, defaults, for a type the columns of that type and their data), without listing them`,
        hint: 'drop the dependent objects explicitly in earlier statements, then drop this one without CASCADE: PostgreSQL then refuses if something still depends on it',
      },
    ];
  },
};

/**
 * TRUNCATE empties tables at once under an ACCESS EXCLUSIVE lock (PostgreSQL docs, TRUNCATE).
 * Tables created earlier in the same migration are empty anyway.
 */
export const banTruncate: Rule = {
  id: 'ban-truncate',
  severity: 'error',
  description: 'TRUNCATE deletes every row of the table.',
  nodeTypes: ['TruncateStmt'],
  check(statement, context) {
    return list(statement.node.relations)
      .filter((r) => !createdInMigration(context, tableKey(r)))
      .map((r) => ({
        message: `TRUNCATE ${tableName(r)} deletes every row of ${tableName(r)} and blocks reads and writes while it runs`,
        hint: `back the data up first and truncate by hand, or delete the rows you mean in batches outside the migration; if it is intended, ${IGNORE('ban-truncate')}`,
        location: rangeVarLocation(r),
      }));
  },
};

/**
 * TRUNCATE … CASCADE also empties every table that has a foreign key to the truncated ones, and
 * the tables referencing those, recursively (PostgreSQL docs, TRUNCATE, CASCADE).
 */
export const banTruncateCascade: Rule = {
  id: 'ban-truncate-cascade',
  severity: 'error',
  description: 'TRUNCATE … CASCADE also empties every table that references the truncated ones.',
  nodeTypes: ['TruncateStmt'],
  check(statement) {
    if (statement.node.behavior !== 'DROP_CASCADE') return [];
    const tables = list(statement.node.relations).map(tableName).join(', ');
    return [
      {
        message: `TRUNCATE ${tables} CASCADE also deletes every row of each table with a foreign key to ${tables}, recursively`,
        hint: 'remove CASCADE and list exactly the tables to empty: PostgreSQL then refuses if another table references them',
      },
    ];
  },
};
