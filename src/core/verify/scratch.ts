import type { DbClient } from '../db/connect.js';
import { DbDeployError } from '../errors.js';
import { quoteIdent } from '../db/sql.js';
import { SCHEMA_EXISTS, USER_SCHEMAS, USER_TABLES } from '../db/catalog.js';
import type { Logger } from '../logger.js';

/** The schema validate creates to mark a database as its own scratch database. */
export const SCRATCH_SCHEMA = 'db_deploy_scratch';

/**
 * Makes sure the database is a disposable one validate may change: an empty database is
 * claimed (a marker schema is created), one validate claimed before is emptied, anything
 * else — a database holding tables validate did not create — is refused, so validate can never
 * be pointed at production by mistake.
 */
export async function claimScratchDatabase(
  client: DbClient,
  display: string,
  logger: Logger,
): Promise<void> {
  const claimed = (await client.query<{ exists: boolean }>(SCHEMA_EXISTS, [SCRATCH_SCHEMA])).rows[0]
    ?.exists;
  if (claimed) {
    logger.info(`emptying the scratch database ${display} (validate created it on an earlier run)`);
    const { rows } = await client.query<{ name: string }>(USER_SCHEMAS);
    for (const { name } of rows) {
      if (name !== SCRATCH_SCHEMA) await client.query(`DROP SCHEMA ${quoteIdent(name)} CASCADE`);
    }
    await client.query('CREATE SCHEMA IF NOT EXISTS public');
    return;
  }
  const { rows } = await client.query<{ schema: string; name: string }>(USER_TABLES, [[]]);
  if (rows.length > 0) {
    const names = rows.slice(0, 3).map((r) => `${r.schema}.${r.name}`);
    throw new DbDeployError(
      'not-a-scratch-database',
      `database-url points at a database that already holds ${rows.length} table(s) validate did not create (${names.join(', ')}${rows.length > 3 ? ', …' : ''})`,
      {
        where: display,
        hint: 'validate changes and empties the database it is given: point database-url at an empty, disposable database (e.g. a service container), never at a real one',
      },
    );
  }
  await client.query(`CREATE SCHEMA ${quoteIdent(SCRATCH_SCHEMA)}`);
  await client.query(
    `COMMENT ON SCHEMA ${quoteIdent(SCRATCH_SCHEMA)} IS 'db-deploy validate: this database is a disposable scratch database'`,
  );
}
