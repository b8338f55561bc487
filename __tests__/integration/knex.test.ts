import { migrate, MIGRATE_DEFAULTS, type MigrateOptions } from '../../src/core/migrations/index.js';
import { memoryLogger, silentLogger } from '../../src/core/logger.js';
import { freshDatabase, query } from '../helpers/database.js';
import { knexCli, knexLedgerRows, knexList, knexProject } from '../helpers/knex.js';

function options(databaseUrl: string, baseDir: string, overrides: Partial<MigrateOptions> = {}) {
  return { ...MIGRATE_DEFAULTS, databaseUrl, baseDir, environment: 'development', ...overrides };
}

const ALL = [
  '20240101000000_create_customers.js',
  '20240102000000_create_products.js',
  '20240103000000_create_orders.js',
  '20240104000000_index_orders_status.js',
];

describe('knex migrations through the engine', () => {
  test('applies a knex project as knex does, and knex migrate:list agrees', async () => {
    const url = await freshDatabase();
    const project = await knexProject();
    const logger = memoryLogger();
    const result = await migrate(options(url, project), logger);
    expect(result.format).toBe('knex');
    expect(result.applied.map((m) => m.name)).toEqual(ALL);
    expect(await knexLedgerRows(url)).toEqual(ALL.map((name) => ({ name, batch: 1 })));
    expect(await query(url, 'SELECT is_locked FROM knex_migrations_lock')).toEqual([
      { is_locked: 0 },
    ]);
    expect(await knexList(project, url)).toEqual({ completed: ALL, pending: [] });
    expect(logger.lines.join('\n')).toMatch(/knex: db-deploy's bundled knex 3\.\d+\.\d+/);
  });
});
