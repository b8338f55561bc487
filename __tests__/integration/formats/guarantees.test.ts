// db-deploy's guarantees hold whatever the format: runners take turns on the migration lock
// (each migration runs once), and a lock not granted within lock_timeout is retried.
import { silentLogger, memoryLogger } from '../../../src/core/logger.js';
import { freshDatabase, openClient, query } from '../../helpers/database.js';
import { failure, waitFor } from '../../helpers/expect.js';
import { appendFile } from 'node:fs/promises';
import { migrationStatus, openMigrationSet } from '../../../src/core/migrations/index.js';
import { copyExample, formatOptions, migrate } from '../../helpers/formats.js';

const FORMATS = [
  'dbmate',
  'golang-migrate',
  'goose',
  'flyway',
  'prisma',
  'drizzle',
  'diesel',
] as const;

describe.each(FORMATS)('%s under db-deploy guarantees', (format) => {
  test('two runners at once: one waits for the other, every migration runs once', async () => {
    const url = await freshDatabase('guard');
    const project = await copyExample(format);
    const [a, b] = await Promise.all([
      migrate(formatOptions(url, project), silentLogger),
      migrate(formatOptions(url, project), silentLogger),
    ]);
    expect(a.applied.length + b.applied.length).toBe(7);
    expect([a.applied.length, b.applied.length].sort()).toEqual([0, 7]);
  });

  test('an applied migration edited afterwards is refused before anything runs', async () => {
    const url = await freshDatabase('guard');
    const project = await copyExample(format);
    await migrate(formatOptions(url, project, { count: 6 }), silentLogger);
    const { migrations } = await openMigrationSet({ baseDir: project });
    await appendFile(migrations[0]!.path, '\nCREATE TABLE sneaked_in (id int);\n');
    const error = await failure(migrate(formatOptions(url, project), silentLogger));
    expect(error.code).toBe('edited-migrations');
    expect(error.message).toContain('(file changed)');
    expect(await query(url, "SELECT to_regclass('sneaked_in') AS t")).toEqual([{ t: null }]);
    const status = await migrationStatus(formatOptions(url, project));
    expect(status.applied[0]?.state).toBe('changed');
  });

  test('a lock held by a long transaction is retried until it is released', async () => {
    const url = await freshDatabase('guard');
    const project = await copyExample(format);
    await migrate(formatOptions(url, project, { count: 6 }), silentLogger);
    const holder = await openClient(url);
    await holder.query('BEGIN');
    await holder.query('LOCK TABLE products IN ACCESS SHARE MODE');
    const logger = memoryLogger();
    const running = migrate(
      formatOptions(url, project, {
        lockTimeoutMs: 50,
        backoff: { baseMs: 50, maxMs: 50, factor: 1, jitter: 0 },
      }),
      logger,
    );
    await waitFor(
      'a refused lock',
      async () => logger.lines.some((l) => l.includes('lock not granted')),
      60_000,
    );
    await holder.query('COMMIT');
    await holder.end();
    const result = await running;
    expect(result.applied[0]?.retries).toBeGreaterThanOrEqual(1);
    expect(
      await query(
        url,
        "SELECT 1 AS found FROM information_schema.columns WHERE table_name = 'products' AND column_name = 'description'",
      ),
    ).toEqual([{ found: 1 }]);
  });
});
