import { DbDeployError } from '../errors.js';
import type { DbClient } from './connect.js';
import { SCHEMA_EXISTS } from './catalog.js';

/**
 * The schema validate keeps its marker in (the `marker` table: which database it claimed, and
 * whether its last run finished clean). It marks a disposable scratch database: migrate refuses
 * such a database and backup leaves the schema out.
 */
export const SCRATCH_SCHEMA = 'db_deploy_scratch';

/** The marker table in SCRATCH_SCHEMA. */
export const SCRATCH_MARKER_TABLE = 'marker';

/** Whether the database carries validate's marker schema (of this or an earlier db-deploy). */
export async function carriesScratchMarker(client: DbClient): Promise<boolean> {
  const { rows } = await client.query<{ exists: boolean }>(SCHEMA_EXISTS, [SCRATCH_SCHEMA]);
  return rows[0]?.exists ?? false;
}

/**
 * Refuses a database that validate uses as its scratch database: validate drops everything its
 * runs create there, so no real migration belongs in it.
 * @param where `host:port/database`
 */
export async function refuseScratchDatabase(client: DbClient, where: string): Promise<void> {
  if (!(await carriesScratchMarker(client))) return;
  throw new DbDeployError(
    'scratch-database',
    `database-url points at validate's scratch database (it carries the ${SCRATCH_SCHEMA} marker schema), which validate empties at the end of each run`,
    {
      where,
      hint: `point database-url at the real database; to make this one a real database, drop the marker first (DROP SCHEMA ${SCRATCH_SCHEMA} CASCADE)`,
    },
  );
}
