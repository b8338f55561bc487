import type { DbClient } from '../db/connect.js';
import { qualifiedName } from '../db/sql.js';
import { CONTROL_SCHEMA } from './names.js';

/** A user table: `schema.name`, quoted for SQL, and whether UPDATE/DELETE can be replicated. */
export interface UserTable {
  schema: string;
  name: string;
  sql: string;
  /** REPLICA IDENTITY other than NOTHING, with the key it needs (a primary key by default). */
  replicable: boolean;
  columns: string[];
}

/** Every ordinary and partitioned-root table outside the system schemas and db-deploy's own. */
export async function userTables(client: DbClient): Promise<UserTable[]> {
  const { rows } = await client.query<{
    schema: string;
    name: string;
    replicable: boolean;
    columns: string[];
  }>(
    `SELECT n.nspname AS schema, c.relname AS name,
            CASE c.relreplident
              WHEN 'd' THEN EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary)
              WHEN 'i' THEN EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisreplident)
              WHEN 'f' THEN true ELSE false END AS replicable,
            ARRAY(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
                    AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum)::text[] AS columns
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
        AND n.nspname NOT IN ('pg_catalog', 'information_schema', $1)
        AND n.nspname NOT LIKE 'pg\\_%'
      ORDER BY 1, 2`,
    [CONTROL_SCHEMA],
  );
  return rows.map((r) => ({ ...r, sql: qualifiedName(r.schema, r.name) }));
}

/** node-pg-migrate's table and its checksums table: each side keeps its own, never replicated. */
function isMigrationsTable(t: UserTable, schema: string, table: string): boolean {
  return t.schema === schema && (t.name === table || t.name === `${table}_checksums`);
}

/** The user tables that replicate: all of them but the migrations tables. */
export async function replicatedTables(
  client: DbClient,
  migrations: { migrationsSchema: string; migrationsTable: string },
): Promise<UserTable[]> {
  return (await userTables(client)).filter(
    (t) => !isMigrationsTable(t, migrations.migrationsSchema, migrations.migrationsTable),
  );
}

export interface SequenceValue {
  sql: string;
  lastValue: string | null;
}

/** Every sequence's position (pg_sequences; null for one never used). */
export async function sequenceValues(client: DbClient): Promise<SequenceValue[]> {
  const { rows } = await client.query<{
    schemaname: string;
    sequencename: string;
    last_value: string | null;
  }>(
    `SELECT schemaname, sequencename, last_value::text FROM pg_sequences
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`,
  );
  return rows.map((r) => ({
    sql: qualifiedName(r.schemaname, r.sequencename),
    lastValue: r.last_value,
  }));
}

/** Sets each sequence on `to` to its position on `from` (logical replication does not carry them). */
export async function copySequences(from: DbClient, to: DbClient): Promise<number> {
  const values = await sequenceValues(from);
  let copied = 0;
  for (const s of values) {
    if (s.lastValue === null) continue;
    // A sequence that exists only on one side (a new one on green) is left alone.
    const found = await to.query<{ ok: boolean }>('SELECT to_regclass($1) IS NOT NULL AS ok', [
      s.sql,
    ]);
    if (!found.rows[0]?.ok) continue;
    await to.query('SELECT setval($1::regclass, $2::bigint, true)', [s.sql, s.lastValue]);
    copied += 1;
  }
  return copied;
}

/** Client sessions of this database other than ours, with a transaction older than `ms`. */
export async function oldTransactions(
  client: DbClient,
  ms: number,
): Promise<Array<{ pid: number; seconds: number }>> {
  const { rows } = await client.query<{ pid: number; seconds: number }>(
    `SELECT pid, extract(epoch FROM now() - xact_start)::float8 AS seconds FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
        AND xact_start < now() - make_interval(secs => $1::float8 / 1000) ORDER BY xact_start`,
    [ms],
  );
  return rows;
}

/** Whether the server can decode its WAL for logical replication. */
export async function walLevel(client: DbClient): Promise<string> {
  const { rows } = await client.query<{ wal_level: string }>('SHOW wal_level');
  return rows[0]?.wal_level ?? 'unknown';
}

/**
 * The columns green's tables have and blue's lack (`schema.table.column`): a migration's additions.
 * Before PostgreSQL 15 a publication sends every column (column lists are 15+), and blue's apply
 * worker stops at the first one it has no column for.
 */
export function columnsOnlyOnGreen(
  green: readonly UserTable[],
  blue: readonly UserTable[],
): string[] {
  const blueColumns = new Map(blue.map((t) => [`${t.schema}.${t.name}`, new Set(t.columns)]));
  return green.flatMap((t) => {
    const own = blueColumns.get(`${t.schema}.${t.name}`);
    return own ? t.columns.filter((c) => !own.has(c)).map((c) => `${t.schema}.${t.name}.${c}`) : [];
  });
}

/** Whether blue can follow green after the switch (the return replication rollback relies on). */
export async function canReturn(green: DbClient, tables: readonly UserTable[]): Promise<boolean> {
  return (await walLevel(green)) === 'logical' && tables.every((t) => t.replicable);
}
