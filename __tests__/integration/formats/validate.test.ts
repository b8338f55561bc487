// validate over other tools' layouts: the down leg runs where the tool has downs; a migration
// its tool gives no down is forward-only — linted, observed and checked, never "irreversible".
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { validate } from '../../../src/core/verify/validate.js';
import type { ValidateOptions } from '../../../src/core/verify/options.js';
import { renderValidateReport } from '../../../src/core/report/validate.js';
import { silentLogger } from '../../../src/core/logger.js';
import { freshDatabase } from '../../helpers/database.js';
import { copyExample } from '../../helpers/formats.js';

async function validateExample(project: string, last: number): Promise<ValidateOptions> {
  return {
    databaseUrl: await freshDatabase('fmt_validate'),
    baseDir: project,
    newMigrations: { last },
    lintAll: false,
    pgVersion: undefined,
    strategy: 'in-place',
    failOn: 'error',
    required: { tables: ['public.order_items'], indexes: [], foreignKeys: [] },
    snapshotPath: join(project, 'out', 'schema.sql'),
    connectTimeoutMs: 10_000,
  };
}

describe('validate across formats', () => {
  test('a Flyway migration without an undo file is forward-only: observed, checked, and the run passes', async () => {
    const project = await copyExample('flyway');
    const dir = join(project, 'src/main/resources/db/migration');
    await rm(join(dir, 'U7__add_products_description.sql'));
    const report = await validate(await validateExample(project, 2), silentLogger);
    expect(report.format).toBe('flyway');
    expect(report.passed).toBe(true);
    expect(
      report.migrations.map((m) => [m.name, m.status, m.reversible, m.forwardOnly ?? false]),
    ).toEqual([
      ['V6__index_orders_by_status', 'applied', true, false],
      ['V7__add_products_description', 'applied', undefined, true],
    ]);
    expect(report.migrations[1]?.locks).toContainEqual({
      relation: 'public.products',
      mode: 'AccessExclusiveLock',
    });
    expect(report.checks).toEqual([{ kind: 'table', name: 'public.order_items', passed: true }]);
    expect(renderValidateReport(report, { title: 'validate', version: '0.0.0' })).toContain(
      '| forward-only |',
    );
  });

  test.each(['prisma', 'drizzle'])(
    '%s migrations are forward-only: linted, observed, schema-checked, never called irreversible',
    async (format) => {
      const project = await copyExample(format);
      const report = await validate(await validateExample(project, 2), silentLogger);
      expect(report.format).toBe(format);
      expect(report.passed).toBe(true);
      expect(report.migrations.map((m) => [m.status, m.reversible, m.forwardOnly])).toEqual([
        ['applied', undefined, true],
        ['applied', undefined, true],
      ]);
      expect(report.migrations[0]?.locksSampled).toBe(true);
      expect(report.migrations[1]?.locks).toContainEqual({
        relation: 'public.products',
        mode: 'AccessExclusiveLock',
      });
    },
  );

  test.each(['dbmate', 'golang-migrate', 'goose', 'diesel'])(
    '%s: each new migration goes up → down → up and is reversible',
    async (format) => {
      const project = await copyExample(format);
      const report = await validate(await validateExample(project, 3), silentLogger);
      expect(report.format).toBe(format);
      expect(report.passed).toBe(true);
      expect(report.migrations.map((m) => [m.status, m.reversible])).toEqual([
        ['applied', true],
        ['applied', true],
        ['applied', true],
      ]);
    },
  );
});
