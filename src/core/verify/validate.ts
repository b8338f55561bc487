import { disconnect } from '../db/index.js';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { NEWEST_PG_VERSION, sortFindings, reachesFailOn } from '../lint/index.js';
import { openMigrationSet } from '../migrations/index.js';
import type { ValidateOptions } from './options.js';
import { SCRATCH_SCHEMA, releaseScratchDatabase } from './scratch.js';
import {
  checkIndexes,
  closePlans,
  finishPlans,
  openPlans,
  type IndexTrail,
  type PlansRun,
} from '../plans/index.js';
import { gradeFindings, gradeRisk, readTableStats } from './stats.js';
import type { ValidateReport } from './types.js';
import { durationFindings } from './metadata.js';
import { historyFindings, resolveNew, selectNew } from './validate-new.js';
import { addFindings, lintAll, lintWhatRan } from './validate-lint.js';
import { checkSchema, openScratch, runCycle, serverMajor } from './validate-scratch-run.js';

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
