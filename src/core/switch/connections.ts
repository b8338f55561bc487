import type { DbClient } from '../db/index.js';
import { DATABASE_NOTES, allowConnections, commentOnDatabase } from './queries.js';

/**
 * Refusing new sessions of a database (ALLOW_CONNECTIONS false) for the seconds of a template
 * copy or a name swap. A process killed meanwhile would leave it refusing everyone, and with it
 * the journal, which lives inside: so the block leaves a marker in the database's comment (a
 * shared catalog, readable from any database of the server, and moved by the same transaction
 * as the block). The marker names the pair and keeps the comment it replaced; a later command
 * lifts only blocks that carry its pair's marker.
 */

const PREFIX = 'db-deploy blue-green:';
const SEPARATOR = ' ## ';

interface Marker {
  green: string;
  step: string;
  previous: string | null;
}

function markerText(marker: Marker): string {
  return `${PREFIX} new sessions refused during ${marker.step} of ${marker.green}; if no db-deploy command is running, run blue-green-switch status${SEPARATOR}${JSON.stringify(marker)}`;
}

function parseMarker(note: string | null): Marker | undefined {
  if (!note?.startsWith(PREFIX)) return undefined;
  const at = note.indexOf(SEPARATOR);
  if (at < 0) return undefined;
  try {
    const value = JSON.parse(note.slice(at + SEPARATOR.length)) as Partial<Marker>;
    if (typeof value.green !== 'string' || typeof value.step !== 'string') return undefined;
    return { green: value.green, step: value.step, previous: value.previous ?? null };
  } catch {
    return undefined;
  }
}

/** A database this pair left refusing sessions, and the step that did. */
export interface Blocked {
  database: string;
  step: string;
  previous: string | null;
}

async function notes(admin: DbClient, databases: readonly string[]) {
  const { rows } = await admin.query<{ name: string; allowed: boolean; note: string | null }>(
    DATABASE_NOTES,
    [databases],
  );
  return rows;
}

/** The databases among `databases` that refuse sessions under this pair's marker. */
export async function blockedByPair(
  admin: DbClient,
  databases: readonly string[],
  green: string,
): Promise<Blocked[]> {
  return (await notes(admin, databases)).flatMap((row) => {
    const marker = parseMarker(row.note);
    return !row.allowed && marker?.green === green
      ? [{ database: row.name, step: marker.step, previous: marker.previous }]
      : [];
  });
}

/** Makes `databases` refuse new sessions, each with the pair's marker, in one transaction. */
export async function blockConnections(
  admin: DbClient,
  databases: readonly string[],
  green: string,
  step: string,
): Promise<void> {
  const current = await notes(admin, databases);
  await admin.query('BEGIN');
  try {
    for (const database of databases) {
      const note = current.find((r) => r.name === database)?.note ?? null;
      const previous = parseMarker(note)?.previous ?? note;
      await admin.query(commentOnDatabase(database, markerText({ green, step, previous })));
      await admin.query(allowConnections(database, false));
    }
    await admin.query('COMMIT');
  } catch (error) {
    await admin.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}

/**
 * The statements that lift a block: sessions allowed, the previous comment back. Run inside
 * the caller's transaction (the swap lifts its block in the transaction that renames).
 */
export function unblockStatements(blocked: readonly Blocked[]): string[] {
  return blocked.flatMap((b) => [
    allowConnections(b.database, true),
    commentOnDatabase(b.database, b.previous),
  ]);
}

/** Lifts the blocks this pair left on `databases` (none: nothing to do), in one transaction. */
export async function unblockConnections(
  admin: DbClient,
  databases: readonly string[],
  green: string,
): Promise<Blocked[]> {
  const blocked = await blockedByPair(admin, databases, green);
  if (blocked.length === 0) return [];
  await admin.query('BEGIN');
  try {
    for (const sql of unblockStatements(blocked)) await admin.query(sql);
    await admin.query('COMMIT');
  } catch (error) {
    await admin.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return blocked;
}
