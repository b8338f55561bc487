/**
 * Reading a schema snapshot: the catalog SELECTs, run with search_path = pg_catalog, folded into a
 * SchemaModel.
 */
import { CURRENT_SEARCH_PATH, SET_SEARCH_PATH, type DbClient } from '../db/index.js';
import type { ReadSchemaOptions, SchemaModel } from './snapshot-model.js';
import * as q from './queries.js';
import { table, view } from './snapshot-relations.js';
import {
  compositeTypes,
  domainType,
  enumType,
  fn,
  groupRelationRows,
  isTableKind,
  sequence,
  str,
  type RelationRows,
  type Row,
} from './snapshot-rows.js';

/**
 * Reads every user schema into a SchemaModel. Runs read-only catalog SELECTs with the session's
 * search_path set to `pg_catalog` (restored afterwards) so that deparsed definitions qualify every
 * user object the same way whatever the caller's search_path. Takes no lock on user relations.
 */
export async function readSchema(
  client: DbClient,
  options: ReadSchemaOptions = {},
): Promise<SchemaModel> {
  const saved = await client.query<{ search_path: string }>(CURRENT_SEARCH_PATH);
  await client.query(SET_SEARCH_PATH, ['pg_catalog']);
  try {
    return await readCatalog(client, options);
  } finally {
    // Fails only when the connection or its transaction is already broken; the read's own error
    // is the one worth reporting then.
    await client.query(SET_SEARCH_PATH, [saved.rows[0]?.search_path ?? '']).catch(() => undefined);
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
