import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { migrate, MIGRATE_DEFAULTS, type MigrateOptions } from '../../src/core/migrations/index.js';
import { migrationChecksum } from '../../src/core/migrations/engine/checksum.js';
import { DbDeployError } from '../../src/core/errors.js';
import { memoryLogger, silentLogger } from '../../src/core/logger.js';
import { freshDatabase, query } from '../helpers/database.js';
import { tempTree } from '../helpers/fixtures.js';

function options(databaseUrl: string, baseDir: string, overrides: Partial<MigrateOptions> = {}) {
  return { ...MIGRATE_DEFAULTS, databaseUrl, baseDir, environment: 'development', ...overrides };
}

const PGM_TABLE = `exports.up = (pgm) => { pgm.createTable('orders', { id: 'id', status: 'text' }); };
exports.down = (pgm) => { pgm.dropTable('orders'); };
`;
const PGM_INDEX = `exports.up = (pgm) => { pgm.createIndex('orders', 'status', { concurrently: true }); };
exports.down = (pgm) => { pgm.dropIndex('orders', 'status', { concurrently: true }); };
exports.config = { transaction: false, destructive: false, estimatedDuration: '5m', dependencies: [] };
`;

describe('the metadata block on node-pg-migrate and knex migrations', () => {
  test('node-pg-migrate: transaction: false works as pgm.noTransaction() (CREATE INDEX CONCURRENTLY runs)', async () => {
    const url = await freshDatabase();
    const dir = await tempTree({
      'migrations/001_orders.js': PGM_TABLE,
      'migrations/002_index.js': PGM_INDEX,
    });
    const logger = memoryLogger();
    const result = await migrate(options(url, dir), logger);
    expect(result.format).toBe('node-pg-migrate');
    expect(result.applied.map((m) => [m.name, m.transactional])).toEqual([
      ['001_orders', true],
      ['002_index', false],
    ]);
    expect(logger.lines.join('\n')).toMatch(
      /applying 002_index \(outside a transaction: exports\.config\.transaction = false\)/,
    );
    expect(
      await query(
        url,
        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'orders_status_index'::regclass",
      ),
    ).toEqual([{ indisvalid: true }]);
  });

  test.each([
    [
      'node-pg-migrate',
      { 'migrations/001_orders.js': PGM_TABLE, 'migrations/002_index.js': PGM_INDEX },
      'migrations/002_index.js',
    ],
    [
      'knex',
      {
        'knexfile.js': `module.exports = { client: 'pg' };\n`,
        'migrations/001_orders.js': `exports.up = (knex) => knex.schema.createTable('orders', (t) => { t.increments(); });
exports.down = (knex) => knex.schema.dropTable('orders');
exports.config = { transaction: true, estimatedDuration: '30s' };
`,
      },
      'migrations/001_orders.js',
    ],
  ])(
    '%s: editing only the metadata of an applied migration is accepted; editing its code is refused',
    async (_, files, edited) => {
      const url = await freshDatabase();
      const dir = await tempTree(files);
      await migrate(options(url, dir), silentLogger);
      const path = join(dir, edited);
      const text = files[edited as keyof typeof files] as string;
      await writeFile(
        path,
        text.replace(/estimatedDuration: '[^']+'/, "estimatedDuration: '2h', owner: 'team-a'"),
      );
      await expect(migrate(options(url, dir), silentLogger)).resolves.toMatchObject({
        applied: [],
      });
      await writeFile(path, `// a change to the code\n${text}`);
      const error = await migrate(options(url, dir), silentLogger).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DbDeployError);
      expect((error as DbDeployError).code).toBe('edited-migrations');
    },
  );

  test('a checksum recorded over the whole file (before the block was left out) still counts as unchanged', async () => {
    const url = await freshDatabase();
    const dir = await tempTree({
      'migrations/001_orders.js': PGM_TABLE,
      'migrations/002_index.js': PGM_INDEX,
    });
    await migrate(options(url, dir), silentLogger);
    await query(url, 'UPDATE pgmigrations_checksums SET checksum = $1 WHERE name = $2', [
      migrationChecksum(PGM_INDEX),
      '002_index',
    ]);
    await expect(migrate(options(url, dir), silentLogger)).resolves.toMatchObject({ applied: [] });
  });
});
