import { type DbClient, qualifiedName, RELATION_EXISTS } from '../db/index.js';
import { CONTROL_SCHEMA } from './names.js';
import {
  OLD_TRANSACTIONS,
  SEQUENCE_VALUES,
  SET_SEQUENCE,
  USER_TABLES,
  WAL_LEVEL,
} from './queries.js';

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
  }>(USER_TABLES, [CONTROL_SCHEMA]);
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
  }>(SEQUENCE_VALUES);
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
    const found = await to.query<{ exists: boolean }>(RELATION_EXISTS, [s.sql]);
    if (!found.rows[0]?.exists) continue;
    await to.query(SET_SEQUENCE, [s.sql, s.lastValue]);
    copied += 1;
  }
  return copied;
}

/** Client sessions of this database other than ours, with a transaction older than `ms`. */
export async function oldTransactions(
  client: DbClient,
  ms: number,
): Promise<Array<{ pid: number; seconds: number }>> {
  const { rows } = await client.query<{ pid: number; seconds: number }>(OLD_TRANSACTIONS, [ms]);
  return rows;
}

/** Whether the server can decode its WAL for logical replication. */
export async function walLevel(client: DbClient): Promise<string> {
  const { rows } = await client.query<{ wal_level: string }>(WAL_LEVEL);
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
