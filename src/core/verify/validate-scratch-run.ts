// validate on its scratch database: claiming it, the baseline and seed, the up → down → up cycle of
// every new migration, and the final schema's checks.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  connect,
  disconnect,
  type DbClient,
  SERVER_VERSION_NUM,
  parseDatabaseUrl,
} from '../db/index.js';
import { DbDeployError, describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import { NEWEST_PG_VERSION, sortFindings } from '../lint/index.js';
import {
  migrate,
  MIGRATE_DEFAULTS,
  type Migration,
  type MigrateOptions,
  type MigrationSet,
  type SentStatement,
} from '../migrations/index.js';
import { runCommand } from './command.js';
import { cycleMigration, runTestCommand, type CycleContext } from './cycle.js';
import { unifiedDiff } from './diff.js';
import type { ValidateOptions } from './options.js';
import { checkRequired } from './required.js';
import { SCRATCH_SCHEMA, claimScratchDatabase, type ScratchClaim } from './scratch.js';
import { readSchema, renderSchema } from './snapshot.js';
import { readIndexes, recordIndexes, type IndexTrail } from '../plans/index.js';
import type { ValidateReport } from './types.js';
import { columnOrderNotice } from './validate-lint.js';

/** validate's own connection to the scratch database it claimed for this run. */
export interface Scratch {
  client: DbClient;
  claim: ScratchClaim;
  display: string;
}

/** Connects to the scratch database and claims it for this run (refused unless provably validate's). */
export async function openScratch(
  url: string,
  options: ValidateOptions,
  logger: Logger,
): Promise<Scratch> {
  const target = parseDatabaseUrl(url);
  const client = await connect(target, { connectTimeoutMs: options.connectTimeoutMs });
  try {
    const claim = await claimScratchDatabase(client, target.display, logger);
    return { client, claim, display: target.display };
  } catch (error) {
    await disconnect(client);
    throw error;
  }
}

/** The scratch server's major version, for version-aware lint rules. */
export async function serverMajor(client: DbClient): Promise<number> {
  const { rows } = await client.query<{ version: number }>(SERVER_VERSION_NUM);
  return Math.floor(Number(rows[0]?.version ?? 0) / 10000) || NEWEST_PG_VERSION;
}

/**
 * On the scratch database: the baseline, the seed, then every new migration through
 * up → test → down → compare → up, and final-test-command once. Returns the SQL each migration's
 * code sent, for lintWhatRan.
 */
export async function runCycle(
  set: MigrationSet,
  client: DbClient,
  databaseUrl: string,
  baseline: readonly Migration[],
  fresh: readonly Migration[],
  report: ValidateReport,
  options: ValidateOptions,
  trail: IndexTrail,
  logger: Logger,
): Promise<Map<string, readonly SentStatement[]>> {
  const base: MigrateOptions = {
    ...MIGRATE_DEFAULTS,
    databaseUrl,
    // The set as resolved: the same format, directories and ledger for every run of the cycle
    // (a tool reading several directories reads them from its configuration again).
    format: set.format.name,
    migrationsDir:
      (set.config.migrationsDirs?.length ?? 1) > 1
        ? options.migrationsDir
        : set.config.migrationsDir,
    environment: options.environment,
    baseDir: options.baseDir,
    migrationsTable: set.ledger.location.table,
    schema: set.ledger.location.schema,
    placeholders: options.placeholders,
    connectTimeoutMs: options.connectTimeoutMs,
    // The scratch database has no traffic: a lock wait means a test-command left a session open.
    lockTimeoutMs: 5_000,
    lockRetries: 3,
    // The scratch database validate claimed for this run carries its marker, which migrate refuses.
    scratchClaimed: true,
  };
  const env = { DATABASE_URL: databaseUrl };
  if (baseline.length > 0) {
    logger.info(`applying the ${baseline.length} baseline migration(s)`);
    await migrate({ ...base, direction: 'up', count: baseline.length }, logger).catch(
      (error: unknown) => {
        throw new DbDeployError(
          'baseline-failed',
          `the baseline migrations do not apply: ${describeError(error)}`,
          {
            hint: 'the migrations already on the base branch must apply to an empty database',
          },
        );
      },
    );
  }
  await seed(client, options, env, logger);
  const exclude = excluded(set);
  const ctx: CycleContext = {
    client,
    format: set.format,
    migrate: (o) => migrate({ ...base, ...o }, logger),
    snapshot: () => readSchema(client, { exclude }),
    ignoreTables: new Set([...exclude.tables, ...exclude.sequences]),
    testCommand: options.testCommand,
    cwd: options.baseDir,
    env,
    logger,
  };
  const sent = new Map<string, readonly SentStatement[]>();
  for (const [index, file] of fresh.entries()) {
    const entry = report.migrations[index]!;
    const indexesBefore = await readIndexes(client, [SCRATCH_SCHEMA]);
    const { sent: statements, ...cycle } = await cycleMigration(file, ctx);
    Object.assign(entry, cycle);
    if (statements) sent.set(file.name, statements);
    if (entry.movedColumns) {
      const notice = columnOrderNotice(entry.file, entry.movedColumns);
      entry.findings = sortFindings([...entry.findings, notice]);
      report.findings = sortFindings([...report.findings, notice]);
    }
    if (entry.status === 'failed') {
      logger.error(`${file.name}: ${entry.error}`);
      break;
    }
    recordIndexes(trail, file.name, indexesBefore, await readIndexes(client, [SCRATCH_SCHEMA]));
  }
  // Once, on the schema every new migration built; a failed migration already fails the run.
  if (options.finalTestCommand && !report.migrations.some((m) => m.status === 'failed')) {
    const after = fresh.length ? 'the last new migration' : 'the baseline (no new migration)';
    report.finalTest = await runTestCommand(
      'final-test-command',
      options.finalTestCommand,
      after,
      ctx,
    );
  }
  return sent;
}

/** The bookkeeping relations: the tool's ledger and db-deploy's checksums, never the schema under test. */
function excluded(set: MigrationSet) {
  const { ledger } = set;
  return {
    schemas: [SCRATCH_SCHEMA],
    tables: [...ledger.relations.tables, `${ledger.location.schema}.${ledger.location.checksums}`],
    sequences: [...ledger.relations.sequences],
  };
}

/** seed-file, then seed-command, after the baseline. */
async function seed(
  client: DbClient,
  options: ValidateOptions,
  env: Record<string, string>,
  logger: Logger,
) {
  if (options.seedFile) {
    logger.info('loading seed-file');
    const sql = await readFile(options.seedFile, 'utf8').catch(() => {
      throw new DbDeployError('seed-failed', 'seed-file cannot be read', {
        where: options.seedFile,
        hint: 'check the path (relative to the repository checkout)',
      });
    });
    await client.query(sql).catch((error: unknown) => {
      throw new DbDeployError('seed-failed', `seed-file failed: ${(error as Error).message}`, {
        where: options.seedFile,
        hint: 'the seed runs after the baseline migrations: fix the SQL to match that schema',
      });
    });
  }
  if (options.seedCommand) {
    logger.info('running seed-command');
    const run = await runCommand(options.seedCommand, {
      cwd: options.baseDir,
      env,
      onOutput: (t) => logger.debug(t.trimEnd()),
    });
    if (run.exitCode !== 0) {
      throw new DbDeployError(
        'seed-failed',
        `seed-command exited with ${run.exitCode}: ${run.output.split('\n').at(-1) ?? ''}`,
        {
          hint: 'the seed runs after the baseline migrations with DATABASE_URL set to the scratch database',
        },
      );
    }
  }
}

/** Writes the final schema snapshot, checks the required objects, and compares with schema-file. */
export async function checkSchema(
  set: MigrationSet,
  client: DbClient,
  report: ValidateReport,
  options: ValidateOptions,
) {
  const model = await readSchema(client, { exclude: excluded(set) });
  const text = renderSchema(model);
  await mkdir(dirname(options.snapshotPath), { recursive: true });
  await writeFile(options.snapshotPath, text);
  report.checks = checkRequired(model, options.required);
  if (options.schemaFile) {
    const committed = await readFile(options.schemaFile, 'utf8').catch(() => undefined);
    report.schemaDiff = unifiedDiff(committed ?? '', text, {
      before: 'committed schema',
      after: 'schema after the migrations',
    });
    report.schemaMatches = committed !== undefined && report.schemaDiff === '';
    if (committed === undefined)
      report.schemaDiff = `(no committed schema file yet)\n${report.schemaDiff}`;
  }
}
