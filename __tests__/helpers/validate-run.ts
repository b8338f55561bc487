// Runs the validate core in-process on a copy of the validate fixtures.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validate } from '../../src/core/verify/validate.js';
import type { ValidateOptions } from '../../src/core/verify/options.js';
import { silentLogger, type Logger } from '../../src/core/logger.js';
import { freshDatabase } from './database.js';
import { fixturePath } from './fixtures.js';

/** A migrations directory holding the baseline plus the named cases (the new migrations). */
export async function migrationsWith(...cases: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'db-deploy-validate-'));
  await cp(fixturePath('validate/baseline'), join(dir, 'migrations'), { recursive: true });
  for (const name of cases)
    await cp(join(fixturePath('validate/cases'), name), join(dir, 'migrations', name));
  return dir;
}

/** validate over the baseline and `cases` (the new ones), on a fresh database unless one is given. */
export async function runValidate(
  cases: string[],
  overrides: Partial<ValidateOptions> = {},
  logger: Logger = silentLogger,
) {
  const dir = await migrationsWith(...cases);
  const databaseUrl = overrides.databaseUrl ?? (await freshDatabase('validate'));
  const options: ValidateOptions = {
    databaseUrl,
    migrationsDir: join(dir, 'migrations'),
    baseDir: dir,
    newMigrations: { last: cases.length },
    lintAll: false,
    pgVersion: undefined,
    strategy: 'in-place',
    failOn: 'error',
    required: { tables: [], indexes: [], foreignKeys: [] },
    snapshotPath: join(dir, 'out', 'schema.sql'),
    connectTimeoutMs: 10_000,
    seedFile: fixturePath('validate/seed.sql'),
    ...overrides,
  };
  return { report: await validate(options, logger), dir, databaseUrl, options };
}
