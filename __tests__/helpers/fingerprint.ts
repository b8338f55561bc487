// What two databases must share to count as equal after a restore: every user table's row count
// and an md5 over its rows in a stable order, every sequence's position, and what the schema
// holds (indexes, views, constraints, comments, enum labels).
import { openClient } from './database.js';

const SCHEMA_QUERIES = {
  sequences: 'SELECT sequencename, last_value FROM pg_sequences ORDER BY 1',
  indexes: "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1",
  views: "SELECT viewname, definition FROM pg_views WHERE schemaname = 'public' ORDER BY 1",
  constraints:
    "SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1",
  comments:
    'SELECT objsubid, description FROM pg_description d JOIN pg_class c ON c.oid = d.objoid ORDER BY 1, 2',
  enums: 'SELECT enumlabel FROM pg_enum ORDER BY enumsortorder',
};

export async function databaseFingerprint(url: string): Promise<Record<string, unknown>> {
  const client = await openClient(url);
  try {
    const out: Record<string, unknown> = {};
    const tables = await client.query<{ t: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables
        WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    for (const { t } of tables.rows) {
      const rows = await client.query(
        `SELECT count(*) AS n, md5(string_agg(x::text, E'\\n' ORDER BY x::text)) AS md5 FROM ${t} x`,
      );
      out[t] = rows.rows[0];
    }
    for (const [key, sql] of Object.entries(SCHEMA_QUERIES))
      out[key] = (await client.query(sql)).rows;
    return out;
  } finally {
    await client.end();
  }
}
