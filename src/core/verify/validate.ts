import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, normalize } from 'node:path';
import { connect, disconnect, type DbClient } from '../db/connect.js';
import { SERVER_VERSION_NUM } from '../db/queries.js';
import { parseDatabaseUrl } from '../db/url.js';
import { DbDeployError, describeError } from '../errors.js';
import type { Logger } from '../logger.js';
import { NEWEST_PG_VERSION } from '../lint/engine.js';
import { collectKnownNames, lintMigration, sortFindings } from '../lint/files.js';
import { reachesFailOn } from '../lint/verdict.js';
import type { DeployStrategy, Finding, TableKey } from '../lint/types.js';
import {
  migrate,
  openMigrationSet,
  MIGRATE_DEFAULTS,
  type Migration,
  type MigrateOptions,
  type MigrationSet,
} from '../migrations/index.js';
import { fileAtCommit, migrationChangesSince } from './changed.js';
import { moduleChecksum } from '../migrations/engine/checksum.js';
import { runCommand } from './command.js';
import { cycleMigration, runTestCommand, type CycleContext } from './cycle.js';
import { unifiedDiff } from './diff.js';
import type { ValidateOptions } from './options.js';
import { checkRequired } from './required.js';
import {
  SCRATCH_SCHEMA,
  claimScratchDatabase,
  releaseScratchDatabase,
  type ScratchClaim,
} from './scratch.js';
import { readSchema, renderSchema } from './snapshot.js';
import {
  checkIndexes,
  closePlans,
  finishPlans,
  openPlans,
  readIndexes,
  recordIndexes,
  type IndexTrail,
  type PlansRun,
} from '../plans/validate-plans.js';
import { gradeFindings, gradeRisk, readTableStats } from './stats.js';
import type { MigrationReport, ValidateReport } from './types.js';
import { dataLossOf, declarationFindings, durationFindings } from './metadata.js';
import type { SentStatement } from '../migrations/engine/types.js';
import type { MovedColumn } from './compare.js';

/**
 * The validate run: lint the new migrations, then on a disposable database apply the baseline,
 * seed, and put every new migration through up → test → down → compare → up, then check the
 * final schema. Returns the report; the verdict is `report.passed`.
 */
export async function validate(options: ValidateOptions, logger: Logger): Promise<ValidateReport> {
  const started = Date.now();
  const set = await openMigrationSet(options, logger);
  const files = set.migrations;
  const wanted = await resolveNew(set, options.newMigrations);
  const fresh = selectNew(files, wanted);
  const baseline = files.slice(0, files.length - fresh.length);
  const report: ValidateReport = {
    passed: false,
    destructive: false,
    format: set.format.name,
    migrationsDir: set.displayDir,
    pgVersion: options.pgVersion ?? NEWEST_PG_VERSION,
    baseline: baseline.map((f) => f.name),
    migrations: fresh.map((f) => ({
      name: f.name,
      file: f.file,
      status: 'skipped',
      durationMs: 0,
      locks: [],
      rewrites: [],
      reversible: undefined,
      locksSampled: false,
      findings: [],
      destructive: false,
    })),
    schemaDiff: '',
    checks: [],
    findings: [],
    failOn: options.failOn,
    failures: [],
    durationMs: 0,
  };
  logger.info(
    fresh.length
      ? `new migrations: ${fresh.map((f) => f.name).join(', ')} (${baseline.length} baseline)`
      : 'no new migration to validate',
  );
  const scratch = options.databaseUrl
    ? await openScratch(options.databaseUrl, options, logger)
    : undefined;
  const client = scratch?.client;
  let plans: PlansRun | undefined;
  const trail: IndexTrail = new Map();
  try {
    // The copy's guards and the queries come first: a wrong URL or a missing file stops the run here.
    plans = await openPlans(options, client, logger);
    if (client && options.pgVersion === undefined) report.pgVersion = await serverMajor(client);
    await lintAll(set, report, files, options.lintAll ? files : fresh, fresh, options.strategy);
    report.findings = sortFindings([...report.findings, ...historyFindings(set, wanted)]);
    if (client && options.databaseUrl) {
      const sent = await runCycle(
        set,
        client,
        options.databaseUrl,
        baseline,
        fresh,
        report,
        options,
        trail,
        logger,
      );
      await lintWhatRan(set, report, fresh, sent, options.strategy);
      await checkSchema(set, client, report, options);
      if (report.migrations.every((m) => m.status === 'applied'))
        await checkIndexes(client, [SCRATCH_SCHEMA], fresh, trail, report, options);
      if (options.statsDatabaseUrl) {
        const stats = await readTableStats(
          options.statsDatabaseUrl,
          report.migrations,
          options.connectTimeoutMs,
        );
        for (const m of report.migrations) {
          m.tableStats = [...new Set([...m.locks.map((l) => l.relation), ...m.rewrites])].flatMap(
            (name) => stats.get(name) ?? [],
          );
          m.risk = gradeRisk(m);
          gradeFindings(m);
          m.findings = sortFindings(m.findings);
        }
        report.findings = sortFindings(report.findings);
      }
      for (const [index, file] of fresh.entries()) {
        const entry = report.migrations[index]!;
        addFindings(report, entry, durationFindings(file, entry));
      }
    }
    if (plans) await finishPlans(plans, set, fresh, report, logger);
    for (const m of report.migrations) m.findings = sortFindings(m.findings);
    report.findings = sortFindings(report.findings);
  } finally {
    await closePlans(plans);
    if (scratch)
      await releaseScratchDatabase(scratch.client, scratch.claim, scratch.display, logger);
    await disconnect(client);
  }
  report.failures = verdict(report);
  report.passed = report.failures.length === 0;
  report.destructive = report.migrations.some((m) => m.destructive);
  report.durationMs = Date.now() - started;
  return report;
}

/**
 * Migrations already on the base branch that the change edits or removes: production has run
 * them as they were, and migrate refuses to run with an edited or missing applied migration.
 */
function historyFindings(set: MigrationSet, wanted: NewMigrations): Finding[] {
  if ('last' in wanted) return [];
  const finding = (file: string, rule: string, message: string, hint: string): Finding => ({
    file,
    line: 1,
    column: 1,
    endLine: 1,
    rule,
    severity: 'error',
    message,
    hint,
  });
  const migration = (path: string) => set.format.isMigrationPath(path);
  const metadataOnly = new Set(wanted.metadataOnly ?? []);
  return [
    ...[...metadataOnly].map((file) => ({
      ...finding(
        file,
        'edited-metadata',
        `${basename(file)} is already on the base branch and this change edits only its metadata block (exports.config): what ran is unchanged, and migrate accepts it`,
        'nothing to do if the new metadata is right; the code of an applied migration stays as it was',
      ),
      severity: 'notice' as const,
    })),
    ...(wanted.edited ?? [])
      .filter((file) => migration(file) && !metadataOnly.has(file))
      .map((file) =>
        finding(
          file,
          'edited-migration',
          `${basename(file)} is already on the base branch and this change edits it: databases that ran it keep the old version, and migrate refuses an edited migration`,
          'revert the edit and put the correction in a new migration',
        ),
      ),
    ...(wanted.removed ?? [])
      .filter(migration)
      .map((file) =>
        finding(
          file,
          'removed-migration',
          `${basename(file)} is already on the base branch and this change removes it: databases that ran it still have its changes, and migrate refuses a missing migration`,
          'restore the file, and undo its changes with a new migration',
        ),
      ),
  ];
}

type NewMigrations =
  | { last: number }
  | {
      files: string[];
      edited?: string[];
      removed?: string[];
      /** Edited files whose code is unchanged: only their metadata block differs. */
      metadataOnly?: string[];
    };

/** A pull request's changes under the migrations directory, from git; the other forms as given. */
async function resolveNew(
  set: MigrationSet,
  wanted: ValidateOptions['newMigrations'],
): Promise<NewMigrations> {
  if (!('pullRequestBase' in wanted)) return wanted;
  const changes = { files: [] as string[], edited: [] as string[], removed: [] as string[] };
  for (const dir of set.displayDirs) {
    const { added, edited, removed } = await migrationChangesSince(
      wanted.pullRequestBase,
      dir,
      set.baseDir,
    );
    changes.files.push(...added);
    changes.edited.push(...edited);
    changes.removed.push(...removed);
  }
  const metadataOnly: string[] = [];
  for (const file of changes.edited) {
    if (!/\.[cm]?[jt]s$/.test(file)) continue;
    const before = await fileAtCommit(wanted.pullRequestBase, file, set.baseDir);
    const now = await readFile(join(set.baseDir, file), 'utf8').catch(() => undefined);
    if (
      before !== undefined &&
      now !== undefined &&
      moduleChecksum(before).checksum === moduleChecksum(now).checksum
    )
      metadataOnly.push(file);
  }
  return { ...changes, metadataOnly };
}

/** The new migrations: the given files, or the last N. They must come after every baseline one. */
function selectNew(files: readonly Migration[], wanted: NewMigrations): Migration[] {
  if ('last' in wanted) return files.slice(Math.max(0, files.length - wanted.last));
  const paths = new Set(wanted.files.map((f) => normalize(f)));
  const first = files.findIndex((f) => paths.has(normalize(f.file)));
  if (first < 0) return [];
  const tail = files.slice(first);
  const old = tail.find((f) => !paths.has(normalize(f.file)));
  if (old) {
    const newer = tail.find((f) => paths.has(normalize(f.file)))!;
    throw new DbDeployError(
      'migration-order',
      `the new migration ${newer.name} sorts before ${old.name}, which is already on the base branch`,
      {
        where: newer.file,
        hint: "give the new migration a newer version or timestamp prefix (migrations apply in their tool's order, and production already has the older ones)",
      },
    );
  }
  return tail;
}

/** validate's own connection to the scratch database it claimed for this run. */
interface Scratch {
  client: DbClient;
  claim: ScratchClaim;
  display: string;
}

async function openScratch(
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

async function serverMajor(client: DbClient): Promise<number> {
  const { rows } = await client.query<{ version: number }>(SERVER_VERSION_NUM);
  return Math.floor(Number(rows[0]?.version ?? 0) / 10000) || NEWEST_PG_VERSION;
}

async function lintAll(
  set: MigrationSet,
  report: ValidateReport,
  files: readonly Migration[],
  toLint: readonly Migration[],
  fresh: readonly Migration[],
  strategy: DeployStrategy,
) {
  // The new migrations are one deploy: a table one of them creates is new for the next ones.
  const createdInDeploy = new Set<TableKey>();
  // Long names the schema already holds (the baseline's), and those the new migrations add.
  const knownNames = await collectKnownNames(files.filter((f) => !fresh.includes(f)));
  for (const file of toLint) {
    const suppressed: Finding[] = [];
    const findings = await lintMigration(file, {
      format: set.format,
      all: set.migrations,
      pgVersion: report.pgVersion,
      strategy,
      createdInDeploy: fresh.includes(file) ? createdInDeploy : undefined,
      knownNames: fresh.includes(file) ? knownNames : undefined,
      onSuppressed: (f) => suppressed.push(f),
    });
    const entry = report.migrations.find((m) => m.name === file.name);
    // The metadata block is checked for the new migrations (their modules are loaded by now).
    if (entry)
      findings.push(
        ...declarationFindings(file, set.migrations, dataLossOf([...findings, ...suppressed])),
      );
    report.findings.push(...findings);
    if (entry) {
      entry.findings = sortFindings(findings);
      // Data loss counts even when a reviewer silenced the finding: it still needs a backup.
      entry.destructive = dataLossOf([...findings, ...suppressed]).length > 0;
      declare(entry, file);
    }
  }
  report.findings = sortFindings(report.findings);
}

/** What a migration declares about itself, on its report entry: `destructive: true` counts as destructive. */
function declare(entry: MigrationReport, file: Migration): void {
  const declared = file.declared;
  if (!declared) return;
  entry.declared = {
    ...(declared.destructive !== undefined ? { destructive: declared.destructive } : {}),
    ...(declared.estimatedDuration ? { estimatedDuration: declared.estimatedDuration.text } : {}),
    ...(declared.dependencies ? { dependencies: [...declared.dependencies] } : {}),
  };
  if (declared.destructive === true) entry.destructive = true;
}

/** Adds findings to a migration's entry and to the report. */
function addFindings(report: ValidateReport, entry: MigrationReport, findings: Finding[]): void {
  if (findings.length === 0) return;
  entry.findings = sortFindings([...entry.findings, ...findings]);
  report.findings = sortFindings([...report.findings, ...findings]);
}

/**
 * Lints again, with the SQL their code actually sent on the scratch database, the migrations whose
 * code runs its own queries (knex): what the linter saw without a database was a recording's
 * guess. Their findings (and the destructive verdict) are replaced.
 */
async function lintWhatRan(
  set: MigrationSet,
  report: ValidateReport,
  fresh: readonly Migration[],
  sent: ReadonlyMap<string, readonly SentStatement[]>,
  strategy: DeployStrategy,
): Promise<void> {
  const createdInDeploy = new Set<TableKey>();
  for (const [index, file] of fresh.entries()) {
    const statements = sent.get(file.name);
    const entry = report.migrations[index]!;
    if (!statements) continue;
    const suppressed: Finding[] = [];
    const findings = await lintMigration(file, {
      format: set.format,
      all: set.migrations,
      pgVersion: report.pgVersion,
      strategy,
      createdInDeploy,
      onSuppressed: (f) => suppressed.push(f),
      sent: statements,
    });
    const loss = dataLossOf([...findings, ...suppressed]);
    findings.push(...declarationFindings(file, set.migrations, loss));
    const old = new Set(entry.findings);
    report.findings = sortFindings([...report.findings.filter((f) => !old.has(f)), ...findings]);
    entry.findings = sortFindings(findings);
    entry.destructive = loss.length > 0;
    declare(entry, file);
  }
}

async function runCycle(
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

/** The notice for columns a down migration restores at another position (nothing else differs). */
function columnOrderNotice(file: string, moved: readonly MovedColumn[]): Finding {
  const columns = moved
    .map(
      (m) => `${m.table}.${m.column} (column ${m.before} before the up, ${m.after} after the down)`,
    )
    .join(', ');
  return {
    file,
    line: 1,
    column: 1,
    endLine: 1,
    rule: 'column-order-changed',
    severity: 'notice',
    message: `its down restores ${columns} at a different position; the schema is otherwise identical`,
    hint: 'PostgreSQL adds columns at the end of the table, so a down cannot put one back in the middle; only SELECT * and INSERT without a column list see the order',
  };
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

async function checkSchema(
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

/**
 * The one error line of a failed verdict; `hint` says where the full report is (the action's
 * job summary by default, the CLI's own output from the CLI).
 */
export function validationFailed(
  report: ValidateReport,
  hint = 'see the job summary or the pull request comment for the full report',
): DbDeployError {
  const [first, ...rest] = report.failures;
  return new DbDeployError(
    'validation-failed',
    `${first ?? 'failed'}${rest.length ? ` (and ${rest.length} more)` : ''}`,
    { hint },
  );
}

/** Why the run fails, one line each. */
function verdict(report: ValidateReport): string[] {
  const failures: string[] = [];
  const counted = report.findings.filter((f) => reachesFailOn([f], report.failOn)).length;
  if (counted) failures.push(`${counted} finding(s) at or above fail-on ${report.failOn}`);
  for (const m of report.migrations) {
    if (m.status === 'failed') failures.push(`${m.name}: ${m.error ?? 'failed'}`);
    if (m.reversible === false)
      failures.push(
        `${m.name} is not reversible: ${m.reversibleDetail?.startsWith('down failed') ? m.reversibleDetail : 'the schema after its down differs from the schema before its up'}`,
      );
    if (m.test && !m.test.passed)
      failures.push(`${m.name}: test-command exited with ${m.test.exitCode}`);
  }
  if (report.finalTest && !report.finalTest.passed)
    failures.push(`final-test-command exited with ${report.finalTest.exitCode}`);
  for (const c of report.checks)
    if (!c.passed) failures.push(`required ${c.kind} ${c.name} is missing from the final schema`);
  if (report.schemaMatches === false)
    failures.push('the final schema differs from schema-file (see the schema diff)');
  return failures;
}
