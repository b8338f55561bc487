// Production-sized copies for the query-plan tests: the plans fixture's baseline migrations
// applied by db-deploy's own migrate, then a few hundred thousand rows, analysed.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase } from '../../scripts/lib/postgres.mjs';
import { migrate, MIGRATE_DEFAULTS } from '../../src/core/migrations/index.js';
import { silentLogger } from '../../src/core/logger.js';
import { readSchema, renderSchema } from '../../src/core/verify/snapshot.js';
import { openClient, query } from './database.js';
import { databaseFingerprint } from './fingerprint.js';
import { fixturePath } from './fixtures.js';

let counter = 0;

/** A checkout holding the plans baseline plus the named cases (the new migrations) and the queries files. */
export async function plansCheckout(...cases: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'db-deploy-plans-'));
  await cp(fixturePath('plans/baseline'), join(dir, 'migrations'), { recursive: true });
  for (const name of cases)
    await cp(join(fixturePath('plans/cases'), name), join(dir, 'migrations', name));
  for (const file of ['queries.sql', 'queries-bad.sql'])
    await cp(fixturePath(`plans/${file}`), join(dir, file));
  return dir;
}

/** Rows of the copy: 5,000 users, `orders` orders (60 a user by default). */
export const COPY_ROWS = { users: 5_000, orders: 300_000 };

/**
 * A database on the server behind `adminUrl` at the state of the base branch (the baseline
 * migrations, applied by migrate, ledger included), holding `orders` orders, vacuumed and analysed.
 */
export async function productionCopy(
  adminUrl: string,
  orders = COPY_ROWS.orders,
  prefix = 'copy',
): Promise<string> {
  counter += 1;
  const url = await createDatabase(adminUrl, `${prefix}_${process.pid}_${counter}`);
  await migrate(
    {
      ...MIGRATE_DEFAULTS,
      databaseUrl: url,
      migrationsDir: fixturePath('plans/baseline'),
      baseDir: fixturePath('plans'),
    },
    silentLogger,
  );
  await query(
    url,
    `INSERT INTO users (email) SELECT 'user' || g || '@example.com' FROM generate_series(1, ${COPY_ROWS.users}) AS g;
     INSERT INTO orders (user_id, status, created_at)
       SELECT 1 + g % ${COPY_ROWS.users}, CASE WHEN g % 10 = 0 THEN 'new' ELSE 'shipped' END,
              now() - g * interval '1 minute'
         FROM generate_series(1, ${orders}) AS g;`,
  );
  // Vacuumed as well as analysed: autovacuum then has nothing to do on the copy, whose workers
  // a role without pg_read_all_stats cannot tell from client sessions.
  await query(url, 'VACUUM ANALYZE');
  return url;
}

/**
 * What must not change on the copy: every table's row count and rows (md5), sequences, indexes,
 * constraints (databaseFingerprint), the whole schema as validate snapshots it, and the ledger.
 */
export async function copyState(url: string): Promise<Record<string, unknown>> {
  const client = await openClient(url);
  try {
    return {
      ...(await databaseFingerprint(url)),
      schema: renderSchema(await readSchema(client)),
      ledger: (await client.query('SELECT name FROM pgmigrations ORDER BY id')).rows,
    };
  } finally {
    await client.end();
  }
}
