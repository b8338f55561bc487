import type { DbClient } from '../db/connect.js';
import { qualifiedName, quoteIdent } from '../db/sql.js';
import { CONTROL_SCHEMA, MARKER_TABLE, STATE_TABLE } from './names.js';
import type { CloneMethod, Phase } from './types.js';

const STATE = qualifiedName(CONTROL_SCHEMA, STATE_TABLE);
export const MARKER = qualifiedName(CONTROL_SCHEMA, MARKER_TABLE);

/** Which side is live, recorded in blue (and copied into green) so every command knows. */
export interface PairState {
  blue: string;
  green: string;
  active: string;
  phase: Phase;
  method: CloneMethod;
  /** The last switch swapped the names: blue's name is on the database made as green. */
  renamed: boolean;
  updatedAt: string;
}

/** The control schema: the state row (never replicated) and the marker table (replicated). */
export async function ensureControlTables(client: DbClient): Promise<void> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(CONTROL_SCHEMA)}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${STATE} (
    green text PRIMARY KEY, blue text NOT NULL, active text NOT NULL, phase text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now())`);
  await client.query(
    `ALTER TABLE ${STATE} ADD COLUMN IF NOT EXISTS method text NOT NULL DEFAULT 'logical',
       ADD COLUMN IF NOT EXISTS renamed boolean NOT NULL DEFAULT false`,
  );
  await client.query(`CREATE TABLE IF NOT EXISTS ${MARKER} (
    token text PRIMARY KEY, written_at timestamptz NOT NULL DEFAULT now())`);
}

export async function readState(client: DbClient, green: string): Promise<PairState | undefined> {
  const exists = await client.query<{ ok: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS ok`, [
    STATE,
  ]);
  if (!exists.rows[0]?.ok) return undefined;
  const { rows } = await client.query<{
    blue: string;
    green: string;
    active: string;
    phase: Phase;
    method: CloneMethod;
    renamed: boolean;
    updated_at: Date;
  }>(
    `SELECT blue, green, active, phase, coalesce(to_jsonb(s) ->> 'method', 'logical') AS method,
            coalesce((to_jsonb(s) ->> 'renamed')::boolean, false) AS renamed, updated_at
       FROM ${STATE} s WHERE green = $1`,
    [green],
  );
  const row = rows[0];
  return row
    ? {
        blue: row.blue,
        green: row.green,
        active: row.active,
        phase: row.phase,
        method: row.method,
        renamed: row.renamed,
        updatedAt: row.updated_at.toISOString(),
      }
    : undefined;
}

export async function writeState(
  client: DbClient,
  state: Omit<PairState, 'updatedAt'>,
): Promise<void> {
  // After a rename the state lives in the other database: make sure its table is current.
  await ensureControlTables(client);
  await client.query(
    `INSERT INTO ${STATE} (green, blue, active, phase, method, renamed)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (green) DO UPDATE SET blue = $2, active = $3, phase = $4, method = $5,
       renamed = $6, updated_at = now()`,
    [state.green, state.blue, state.active, state.phase, state.method, state.renamed],
  );
}
