// Decision record: docs/adr/0014-scratch-database-claimed-only-when-empty.md (ADR 0014).
import {
  type DbClient,
  qualifiedName,
  quoteIdent,
  TRY_ADVISORY_LOCK,
  SCHEMA_EXISTS,
  SCRATCH_MARKER_TABLE,
  SCRATCH_SCHEMA,
} from '../db/index.js';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import {
  DATABASE_IDENTITY,
  DATABASE_OBJECTS_TO_DROP,
  PUBLIC_OBJECTS_TO_DROP,
  EXTENSIONS_TO_DROP,
  MARKER_EXISTS,
  SCHEMAS_TO_DROP,
  SCRATCH_INVENTORY,
  SET_CLEANUP_LOCK_TIMEOUT,
  UNLINK_LARGE_OBJECTS,
  commentMarkerSchema,
  createMarkerSchema,
  createMarkerTable,
  markClean,
  selectMarker,
  upsertMarker,
} from './scratch-queries.js';

export { SCRATCH_SCHEMA } from '../db/index.js';

/** validate's session lock on its scratch database: one run at a time (not node-pg-migrate's key). */
export const SCRATCH_LOCK_KEY = '4731930160250711';

const MARKER = qualifiedName(SCRATCH_SCHEMA, SCRATCH_MARKER_TABLE);

/** What a run claimed, for its clean-up. */
export interface ScratchClaim {
  /** Whether a schema named public existed when the run began (it is made again after the drop). */
  publicSchema: boolean;
}

/** Objects of one kind, with up to three of their names. */
interface InventoryRow {
  kind: string;
  count: number;
  sample: string[];
}

interface Identity {
  system_identifier: string;
  database_oid: string;
  database_name: string;
}

interface Marker extends Identity {
  state: 'running' | 'clean';
  claimed_at: string;
}

/**
 * Claims the database for one validate run, or refuses it with one line, changing nothing.
 *
 * validate only ever empties what it can prove it created: it claims a database that holds no
 * user object at all (the marker and an empty public schema aside), and at the end of its run
 * (releaseScratchDatabase) drops what it made and records the state `clean`. So there is never
 * anything to empty when a run begins, and a database holding objects is refused, whether they
 * are an interrupted run's leftovers or anyone's data: nothing is emptied on a guess. A marker
 * naming another database (a copy or restore of a scratch database) is refused too. One run at
 * a time: the run holds a session advisory lock until its connection closes.
 * @param display `host:port/database`, for messages
 */
export async function claimScratchDatabase(
  client: DbClient,
  display: string,
  logger: Logger,
): Promise<ScratchClaim> {
  const locked = (await client.query<{ locked: boolean }>(TRY_ADVISORY_LOCK, [SCRATCH_LOCK_KEY]))
    .rows[0]?.locked;
  if (!locked) {
    throw new DbDeployError('scratch-busy', 'another validate run is using this database', {
      where: display,
      hint: 'wait for it to finish, or give each run its own database',
    });
  }
  const identity = (await client.query<Identity>(DATABASE_IDENTITY)).rows[0]!;
  const marker = await readMarker(client, display);
  const inventory = (
    await client.query<InventoryRow>(SCRATCH_INVENTORY, [SCRATCH_SCHEMA, SCRATCH_MARKER_TABLE])
  ).rows;
  const copied = marker !== undefined && !sameDatabase(marker, identity);
  if (inventory.length > 0) throw notEmpty(inventory, marker, copied, display);
  if (copied) {
    throw new DbDeployError(
      'scratch-copied',
      `database-url points at a copy of validate's scratch database ${marker.database_name} (its ${SCRATCH_SCHEMA} marker names another database or server)`,
      {
        where: display,
        hint: `point database-url at a fresh database; this one holds nothing else, so dropping its marker (DROP SCHEMA ${SCRATCH_SCHEMA} CASCADE) also lets validate claim it`,
      },
    );
  }
  if (marker?.state === 'running')
    logger.info(`an earlier validate run on ${display} stopped before it created anything`);
  const publicSchema =
    (await client.query<{ exists: boolean }>(SCHEMA_EXISTS, ['public'])).rows[0]?.exists ?? false;
  await client.query('BEGIN');
  try {
    await client.query(createMarkerSchema(quoteIdent(SCRATCH_SCHEMA)));
    await client.query(createMarkerTable(MARKER));
    await client.query(commentMarkerSchema(quoteIdent(SCRATCH_SCHEMA)));
    await client.query(upsertMarker(MARKER), [
      identity.system_identifier,
      identity.database_oid,
      identity.database_name,
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
  return { publicSchema };
}

/**
 * Drops everything the run made (every schema but the marker's, public made again empty,
 * extensions, large objects, event triggers, publications, foreign servers) and records the
 * state `clean`. Everything there was made by this run: the database held nothing when the run
 * claimed it. What cannot be dropped (a lock not granted within 10 s, a kind this does not
 * drop) stays, and so does the state `running`: the next run refuses the database, naming it.
 */
export async function releaseScratchDatabase(
  client: DbClient,
  claim: ScratchClaim,
  display: string,
  logger: Logger,
): Promise<void> {
  try {
    await client.query(SET_CLEANUP_LOCK_TIMEOUT);
    const names = async (sql: string, values: unknown[] = []) =>
      (await client.query<{ name: string }>(sql, values)).rows.map((r) => r.name);
    const schemas = await client.query<{ name: string; owned: boolean }>(SCHEMAS_TO_DROP, [
      SCRATCH_SCHEMA,
    ]);
    for (const { name, owned } of schemas.rows) {
      // A public schema the role does not own (PostgreSQL 14 and older, managed services) cannot
      // be dropped by it: what the run made in it is dropped instead.
      if (name === 'public' && !owned) await emptyPublicSchema(client);
      else await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(name)} CASCADE`);
    }
    if (claim.publicSchema) await client.query('CREATE SCHEMA IF NOT EXISTS public');
    for (const extension of await names(EXTENSIONS_TO_DROP))
      await client.query(`DROP EXTENSION IF EXISTS ${quoteIdent(extension)} CASCADE`);
    await client.query(UNLINK_LARGE_OBJECTS);
    const { rows } = await client.query<{ kind: string; name: string }>(DATABASE_OBJECTS_TO_DROP);
    for (const { kind, name } of rows)
      await client.query(`DROP ${kind} IF EXISTS ${quoteIdent(name)} CASCADE`);
    const left = (
      await client.query<InventoryRow>(SCRATCH_INVENTORY, [SCRATCH_SCHEMA, SCRATCH_MARKER_TABLE])
    ).rows;
    if (left.length > 0) {
      logger.warn(
        `validate could not remove everything it made on ${display} (${describeInventory(left)}): the next run refuses this database until it is dropped and recreated`,
      );
      return;
    }
    await client.query(markClean(MARKER));
  } catch (error) {
    logger.warn(
      `validate could not empty its scratch database ${display} after the run (${(error as Error).message}): the next run refuses it until it is dropped and recreated`,
    );
  }
}

/** Drops what a run made in public, object by object (the schema stays). */
async function emptyPublicSchema(client: DbClient): Promise<void> {
  const { rows } = await client.query<{ kind: string; name: string }>(PUBLIC_OBJECTS_TO_DROP);
  // `name` comes quoted from the catalog (format %I); CASCADE takes dependants along.
  for (const { kind, name } of rows) await client.query(`DROP ${kind} IF EXISTS ${name} CASCADE`);
}

async function readMarker(client: DbClient, display: string): Promise<Marker | undefined> {
  const exists = (await client.query<{ exists: boolean }>(MARKER_EXISTS, [MARKER])).rows[0]?.exists;
  if (!exists) return undefined;
  try {
    const { rows } = await client.query<Marker>(selectMarker(MARKER));
    if (rows.length === 1) return rows[0];
  } catch {
    // Not validate's marker table: refused below.
  }
  throw new DbDeployError(
    'not-a-scratch-database',
    `database-url points at a database whose ${SCRATCH_SCHEMA}.${SCRATCH_MARKER_TABLE} table is not validate's marker`,
    {
      where: display,
      hint: 'point database-url at a fresh, empty database; validate never changes a database it cannot prove it alone used',
    },
  );
}

function sameDatabase(marker: Identity, identity: Identity): boolean {
  return (
    marker.system_identifier === identity.system_identifier &&
    marker.database_oid === identity.database_oid &&
    marker.database_name === identity.database_name
  );
}

/** `1000 large objects, 1 table (large object 16400, large object 16401, public.users, …)`. */
function describeInventory(rows: readonly InventoryRow[]): string {
  const counts = rows.map((r) => `${r.count} ${r.kind}${r.count === 1 ? '' : 's'}`);
  const names = rows.flatMap((r) => r.sample).slice(0, 3);
  const total = rows.reduce((n, r) => n + r.count, 0);
  return `${counts.join(', ')}: ${names.join(', ')}${total > names.length ? ', …' : ''}`;
}

function notEmpty(
  inventory: readonly InventoryRow[],
  marker: Marker | undefined,
  copied: boolean,
  display: string,
): DbDeployError {
  const found = describeInventory(inventory);
  let what: string;
  if (!marker) what = `database-url points at a database that is not empty: it holds ${found}`;
  else if (copied)
    what = `database-url points at a copy of validate's scratch database ${marker.database_name}, and it holds ${found}`;
  else if (marker.state === 'running')
    what = `a validate run on this database was interrupted (it began ${marker.claimed_at}) and left ${found}`;
  else what = `validate's scratch database holds objects no validate run left there: ${found}`;
  return new DbDeployError('not-a-scratch-database', what, {
    where: display,
    hint: marker
      ? 'validate never empties a database on a guess: drop and recreate this database, or point database-url at a fresh one'
      : 'validate needs an empty, disposable database it may change (e.g. a service container): point database-url at one, never at a real database',
  });
}
