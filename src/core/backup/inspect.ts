import { connect, disconnect } from '../db/connect.js';
import type { DatabaseTarget } from '../db/url.js';
import {
  BACKUP_TABLES,
  countRowsSql,
  RESTORED_TABLES,
  SERVER_VERSION_NUM,
  TARGET_CONTENT,
} from './queries.js';
import { serverMajor } from './tool-version.js';

/** A table of the backed-up database and its exact row count when the backup started. */
export interface TableRows {
  schema: string;
  name: string;
  rows: number;
}

/**
 * The source's server major and every user table with its row count (0 when `countRows` is
 * false: verify-restore counts them itself, in pg_dump's snapshot).
 */
export async function inspectSource(
  target: DatabaseTarget,
  countRows = true,
): Promise<{ major: number; tables: TableRows[] }> {
  const client = await connect(target);
  try {
    const major = await readServerMajor(client);
    const { rows } = await client.query<{ schema: string; name: string }>(BACKUP_TABLES);
    const tables: TableRows[] = [];
    for (const t of rows) {
      if (!countRows) {
        tables.push({ ...t, rows: 0 });
        continue;
      }
      const count = await client.query<{ rows: string }>(countRowsSql(t.schema, t.name));
      tables.push({ schema: t.schema, name: t.name, rows: Number(count.rows[0]?.rows ?? 0) });
    }
    return { major, tables };
  } finally {
    await disconnect(client);
  }
}

/** What is in a restore target: the server major and how many user objects it holds. */
export interface TargetState {
  major: number;
  /** User relations, schemas (besides public), types and functions: 0 means empty. */
  objects: number;
}

/** Reads the restore target's version and whether it is empty. Reads catalogs only. */
export async function inspectTarget(target: DatabaseTarget): Promise<TargetState> {
  const client = await connect(target);
  try {
    const major = await readServerMajor(client);
    const { rows } = await client.query<Record<string, number>>(TARGET_CONTENT);
    const objects = Object.values(rows[0] ?? {}).reduce((a, b) => a + Number(b), 0);
    return { major, objects };
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
