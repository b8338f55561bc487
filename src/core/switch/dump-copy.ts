import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { DatabaseTarget } from '../db/index.js';
import { findPgTool, withToolEnv, runTool } from '../backup/index.js';
/**
 * Copies blue into the empty green database with pg_dump and pg_restore of at least the server's
 * major (passwords through a passfile): the schema only (logical replication copies the rows),
 * or everything (clone-method dump). Never publications or subscriptions.
 */
export async function copyDatabase(
  blue: DatabaseTarget,
  green: DatabaseTarget,
  serverMajor: number,
  pgBinDir: string | undefined,
  logger: Logger,
  withData: boolean,
): Promise<void> {
  const what = withData ? 'pg_dump' : 'pg_dump --schema-only';
  const options = pgBinDir ? { binDir: pgBinDir } : {};
  const dump = await findPgTool('pg_dump', serverMajor, logger, options);
  const restore = await findPgTool('pg_restore', serverMajor, logger, options);
  const dir = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'db-deploy-schema-'));
  try {
    const file = join(dir, 'schema.dump');
    const dumped = await withToolEnv(blue, (env) =>
      runTool(
        dump,
        [
          ...(withData ? [] : ['--schema-only']),
          '--format=custom',
          '--no-publications',
          '--no-subscriptions',
          `--file=${file}`,
        ],
        env,
        logger,
      ),
    );
    if (dumped.exitCode !== 0)
      throw new DbDeployError('schema-copy-failed', `${what} of blue failed: ${dumped.lastError}`, {
        where: blue.display,
        hint: 'fix what pg_dump reports (usually a permission) and run prepare again',
      });
    const restored = await withToolEnv(green, (env) =>
      runTool(
        restore,
        ['--exit-on-error', '--single-transaction', `--dbname=${green.database}`, file],
        env,
        logger,
      ),
    );
    if (restored.exitCode !== 0)
      throw new DbDeployError(
        'schema-copy-failed',
        `restoring blue's ${withData ? 'dump' : 'schema'} into green failed: ${restored.lastError}`,
        {
          where: green.display,
          hint: 'fix what pg_restore reports (a missing role or extension), then run prepare again',
        },
      );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
