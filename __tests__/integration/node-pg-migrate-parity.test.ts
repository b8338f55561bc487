import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { migrate, MIGRATE_DEFAULTS, type MigrateOptions } from '../../src/core/migrations/index.js';
import { silentLogger } from '../../src/core/logger.js';
import { readSchema, renderSchema } from '../../src/core/verify/snapshot.js';
import { freshDatabase, openClient, query } from '../helpers/database.js';
import { fixturePath } from '../helpers/fixtures.js';

const run = promisify(execFile);
const dir = fixturePath('builder-parity');
const COUNT = 15;

/** node-pg-migrate's own CLI, as a project runs it (its defaults: one transaction, checked order). */
async function nodePgMigrate(url: string, ...args: string[]): Promise<string> {
  const bin = resolve('node_modules/node-pg-migrate/bin/node-pg-migrate.js');
  const { stdout } = await run(process.execPath, [bin, ...args, '-m', dir], {
    env: { ...process.env, DATABASE_URL: url },
  });
  return stdout;
}

function options(databaseUrl: string, overrides: Partial<MigrateOptions> = {}): MigrateOptions {
  return { ...MIGRATE_DEFAULTS, databaseUrl, migrationsDir: dir, ...overrides };
}

/** The schema under migration as text, without either tool's bookkeeping. */
async function schemaOf(url: string): Promise<string> {
  const client = await openClient(url);
  try {
    const tables = ['public.pgmigrations', 'public.pgmigrations_checksums'];
    return renderSchema(await readSchema(client, { exclude: { tables } }));
  } finally {
    await client.end();
  }
}

const ledger = async (url: string) =>
  (await query<{ name: string }>(url, 'SELECT name FROM pgmigrations ORDER BY run_on, id')).map(
    (r) => r.name,
  );

describe('node-pg-migrate migrations through db-deploy and through node-pg-migrate itself', () => {
  test('a broad set of builder operations gives the same schema and ledger, up and down', async () => {
    const [byTool, byDbDeploy] = await Promise.all([freshDatabase('npm'), freshDatabase('dbd')]);
    await nodePgMigrate(byTool, 'up');
    const applied = await migrate(options(byDbDeploy), silentLogger);
    expect(applied.applied).toHaveLength(COUNT);
    expect(applied.applied.filter((m) => !m.transactional).map((m) => m.name)).toEqual([
      '1700000000007_type_value',
      '1700000000008_concurrent_index',
    ]);

    const schema = await schemaOf(byTool);
    expect(schema).toContain('users_created_at');
    expect(schema).toContain('discount');
    expect(await schemaOf(byDbDeploy)).toBe(schema);
    expect(await ledger(byDbDeploy)).toEqual(await ledger(byTool));
    // pgm.db ran inside the migration on both: same data decision.
    const seeded = 'SELECT key FROM app.settings ORDER BY key';
    expect(await query(byDbDeploy, seeded)).toEqual(await query(byTool, seeded));

    // Each tool agrees with what the other recorded.
    expect(await nodePgMigrate(byDbDeploy, 'up')).toMatch(/No migrations to run!/);
    const adopted = await migrate(options(byTool), silentLogger);
    expect(adopted.applied).toEqual([]);
    expect(adopted.adopted).toHaveLength(COUNT);

    // Down all the way, each with its own tool.
    await nodePgMigrate(byTool, 'down', String(COUNT));
    const down = await migrate(
      options(byDbDeploy, { direction: 'down', count: COUNT }),
      silentLogger,
    );
    expect(down.applied).toHaveLength(COUNT);
    expect(await schemaOf(byDbDeploy)).toBe(await schemaOf(byTool));
    expect(await ledger(byDbDeploy)).toEqual([]);
    expect(await ledger(byTool)).toEqual([]);
  });

  test('half applied by node-pg-migrate, finished by db-deploy, rolled back by node-pg-migrate', async () => {
    const url = await freshDatabase('half');
    await nodePgMigrate(url, 'up', '6');
    const finished = await migrate(options(url), silentLogger);
    expect(finished.adopted).toHaveLength(6);
    expect(finished.applied).toHaveLength(COUNT - 6);
    await nodePgMigrate(url, 'down', '3');
    expect((await ledger(url)).at(-1)).toBe('1700000000012_uses_earlier_shorthand');
    const status = await migrate(options(url, { dryRun: true }), silentLogger);
    expect(status.pending).toEqual([
      '1700000000013_plain',
      '1700000000014_callback',
      '1700000000015_typescript',
    ]);
  });
});
