import { connect, disconnect, type DbClient, type DatabaseTarget } from '../db/index.js';
import {
  BACKUP_TABLES,
  countRowsSql,
  RESTORED_TABLES,
  SERVER_VERSION_NUM,
  TARGET_CONTENT,
} from './queries.js';
import { serverMajor } from './tool-version.js';

/** A table of the backed-up database and its exact row count in the dumped snapshot. */
export interface TableRows {
  schema: string;
  name: string;
  rows: number;
}

/** The source server's major version (15, 16, …). Reads no table. */
export async function inspectSource(target: DatabaseTarget): Promise<{ major: number }> {
  const client = await connect(target);
  try {
    return { major: await readServerMajor(client) };
  } finally {
    await disconnect(client);
  }
}

/** Every user table and its exact row count, on a client whose transaction is already open. */
export async function countRows(client: DbClient): Promise<TableRows[]> {
  const { rows } = await client.query<{ schema: string; name: string }>(BACKUP_TABLES);
  const tables: TableRows[] = [];
  for (const t of rows) {
    const count = await client.query<{ rows: string }>(countRowsSql(t.schema, t.name));
    tables.push({ schema: t.schema, name: t.name, rows: Number(count.rows[0]?.rows ?? 0) });
  }
  return tables;
}

/** What is in a restore target: the server major and how many user objects it holds. */
export interface TargetState {
  major: number;
  /** Every object made after initdb (see TARGET_CONTENT): 0 means empty. */
  objects: number;
  /** The kinds found and how many of each, e.g. `1 large object`, `2 relations` ('' when empty). */
  found: string;
}

/** TARGET_CONTENT's columns as words for the error line, singular and plural. */
const KINDS: Record<string, [string, string]> = {
  relations: ['relation', 'relations'],
  schemas: ['schema', 'schemas'],
  types: ['type', 'types'],
  functions: ['function', 'functions'],
  large_objects: ['large object', 'large objects'],
  extensions: ['extension', 'extensions'],
  other_objects: ['other object', 'other objects'],
};

/** Reads the restore target's version and whether it is empty. Reads catalogs only. */
export async function inspectTarget(target: DatabaseTarget): Promise<TargetState> {
  const client = await connect(target);
  try {
    const major = await readServerMajor(client);
    const { rows } = await client.query<Record<string, number>>(TARGET_CONTENT);
    const counts = Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)] as const);
    const objects = counts.reduce((a, [, n]) => a + n, 0);
    const found = counts
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${(KINDS[k] ?? [k, k])[n === 1 ? 0 : 1]}`)
      .join(', ');
    return { major, objects, found };
  } finally {
    await disconnect(client);
  }
}

/** How many user tables the target has (after a restore). */
export async function countTables(target: DatabaseTarget): Promise<number> {
  const client = await connect(target);
  try {
    return Number((await client.query<{ tables: number }>(RESTORED_TABLES)).rows[0]?.tables ?? 0);
  } finally {
    await disconnect(client);
  }
}

/** The server's major version (15, 16, …). Takes no lock. */
export async function readServerMajor(
  client: Awaited<ReturnType<typeof connect>>,
): Promise<number> {
  const { rows } = await client.query<{ num: number }>(SERVER_VERSION_NUM);
  return serverMajor(Number(rows[0]?.num ?? 0));
}
