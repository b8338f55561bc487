// Decision record: docs/adr/0015-fleet-rollouts.md (ADR 0015).
import { migrate, type MigrateResult } from '../migrations/index.js';
import { preflightLimits } from '../monitor/index.js';
import { assertNever, DbDeployError, describeError, isDbDeployError } from '../errors.js';
import { formatDuration } from '../duration.js';
import type { Logger } from '../logger.js';
import type { FleetOptions, FleetResult, TargetReport } from './options.js';
import { selectTargets } from './select.js';
import type { FleetTarget } from './targets.js';
import { targetLogger } from './log.js';
import { hasVerify, verifyTarget } from './verify.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Refuses what no target could use, before any target is touched (one `bad-input` line). */
function checkOptions(options: FleetOptions): void {
  if (options.migrate.direction !== 'up')
    throw new DbDeployError(
      'bad-input',
      'a rollout over database-urls only applies migrations: direction down is refused',
      { hint: 'roll back one database at a time with database-url and direction: down' },
    );
  if (!Number.isSafeInteger(options.maxParallel) || options.maxParallel < 1)
    throw new DbDeployError('bad-input', `max-parallel: ${options.maxParallel} is not valid`, {
      hint: 'use a whole number from 1 up',
    });
  if (options.verify.checks.length > 0)
    preflightLimits({ ...options.verify.limits, databaseUrl: '' });
}

/** The report of a target that has not started (yet). */
function notStarted(target: FleetTarget, canary: boolean): TargetReport {
  return {
    name: target.name,
    target: target.display,
    status: 'skipped',
    canary,
    migrations: [],
    planned: [],
  };
}

/** Copies what a migrate run (or the part of it before a failure) did into the target's report. */
function record(report: TargetReport, result: MigrateResult): void {
  report.migrations = result.applied.map((m) => ({
    name: m.name,
    durationMs: m.durationMs,
    retries: m.retries,
  }));
  report.planned = result.planned.map((p) => p.name);
  report.pending = result.pending;
  if (result.lastMigration) report.lastMigration = result.lastMigration;
}

function statusLine(report: TargetReport): string {
  const took = `in ${formatDuration(report.durationMs ?? 0)}`;
  switch (report.status) {
    case 'applied':
      return `applied ${plural(report.migrations.length, 'migration')} ${took}`;
    case 'up-to-date':
      return `up to date ${took}`;
    case 'pending':
      return `dry run: ${plural(report.planned.length, 'migration')} would run`;
    case 'failed':
      return `FAILED ${took}: ${report.error ?? ''}`;
    case 'skipped':
      return `not started: ${report.skipped ?? ''}`;
    default:
      return assertNever(report.status);
  }
}

/**
 * Migrates many databases with the single-database `migrate` (every guarantee of it, per
 * target, unchanged): the canary targets first, one after another, then the rest on up to
 * `maxParallel` lanes, each lane taking the next target as soon as its last one is done.
 * Each target is followed by its health gate (verify-command, verify-checks) when one is set.
 *
 * A failed target keeps what `migrate` keeps on failure (the failing migration's transaction
 * rolled back, the ones before it applied); no down migration is ever run. After a failure no
 * new target starts (`halt`, and always after a failing canary), the running ones finish; with
 * `continue` the others go on. A cancelled job (`signal`) also starts no new target. A target
 * holds at most one db-deploy connection at a time: the migration's, then the checks'.
 *
 * Throws only for options no target could use; a failing target is reported, not thrown.
 */
export async function rollout(
  options: FleetOptions,
  logger: Logger,
  signal?: AbortSignal,
): Promise<FleetResult> {
  checkOptions(options);
  const selected = selectTargets(options.targets, options.selection);
  const started = Date.now();
  const dryRun = options.migrate.dryRun;
  const reports = new Map<FleetTarget, TargetReport>();
  for (const t of selected.canary) reports.set(t, notStarted(t, true));
  for (const t of selected.rest) reports.set(t, notStarted(t, false));
  const failures: string[] = [];
  let halt: string | undefined;
  const stopReason = () => halt ?? (signal?.aborted ? 'the job was cancelled' : undefined);

  const lanes = Math.min(options.maxParallel, selected.rest.length);
  logger.info(
    `rollout of ${plural(reports.size, 'target')}` +
      (selected.canary.length
        ? `: canary ${selected.canary.map((t) => t.name).join(', ')} first, one at a time`
        : '') +
      (selected.rest.length
        ? `${selected.canary.length ? ', then' : ':'} ${plural(selected.rest.length, 'target')} on ${plural(lanes, 'lane')}`
        : '') +
      ` (on-failure ${options.onFailure}${dryRun ? ', dry run' : ''})`,
  );

  const onCancel = () =>
    logger.info('cancelled: no new target starts; the targets running now finish');
  signal?.addEventListener('abort', onCancel, { once: true });

  const runOne = async (target: FleetTarget, lane: number): Promise<TargetReport> => {
    const report = reports.get(target) as TargetReport;
    const log = targetLogger(logger, target.name);
    const t0 = Date.now();
    Object.assign(report, {
      lane,
      startedAt: new Date(t0).toISOString(),
      startOffsetMs: t0 - started,
    });
    log.info(report.canary ? `canary: migrating ${target.display}` : `migrating ${target.display}`);
    try {
      const result = await migrate({ ...options.migrate, databaseUrl: target.url }, log);
      record(report, result);
      if (dryRun) report.status = result.planned.length ? 'pending' : 'up-to-date';
      else report.status = result.applied.length ? 'applied' : 'up-to-date';
      if (!dryRun && hasVerify(options.verify)) {
        const gate = await verifyTarget(
          target,
          options.verify,
          options.migrate.connectTimeoutMs,
          log,
        );
        report.verify = gate.verify;
        if (gate.error) throw gate.error;
      }
    } catch (error) {
      const partial = isDbDeployError(error)
        ? (error.partial as MigrateResult | undefined)
        : undefined;
      if (partial?.applied) record(report, partial);
      report.status = 'failed';
      report.error = describeError(error);
      failures.push(target.name);
    }
    report.durationMs = Date.now() - t0;
    log.info(statusLine(report));
    return report;
  };

  for (const target of selected.canary) {
    if (stopReason()) break;
    const report = await runOne(target, 0);
    if (report.status === 'failed') halt = `the canary ${target.name} failed`;
  }

  let next = 0;
  const lane = async (number: number) => {
    for (;;) {
      if (stopReason()) return;
      const target = selected.rest[next];
      next += 1;
      if (!target) return;
      const report = await runOne(target, number);
      if (report.status === 'failed' && options.onFailure === 'halt')
        halt ??= `${target.name} failed (on-failure halt)`;
    }
  };
  await Promise.all(Array.from({ length: lanes }, (_, i) => lane(i + 1)));

  signal?.removeEventListener('abort', onCancel);
  const targets = [...reports.values()];
  for (const report of targets)
    if (report.startedAt === undefined) report.skipped = stopReason() ?? 'not reached';
  const count = (...statuses: TargetReport['status'][]) =>
    targets.filter((t) => statuses.includes(t.status)).length;
  const { shardIndex, shardTotal } = options.selection;
  const result: FleetResult = {
    dryRun,
    group: options.selection.group,
    ...(shardIndex !== undefined && shardTotal !== undefined
      ? { shard: { index: shardIndex, total: shardTotal } }
      : {}),
    canary: selected.canaryCount,
    maxParallel: options.maxParallel,
    onFailure: options.onFailure,
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    targets,
    counts: {
      targets: targets.length,
      succeeded: count('applied', 'up-to-date', 'pending'),
      failed: count('failed'),
      skipped: count('skipped'),
      applied: targets.reduce((sum, t) => sum + t.migrations.length, 0),
    },
    ...(failures[0] ? { firstFailure: failures[0] } : {}),
    halted: halt !== undefined,
    cancelled: Boolean(signal?.aborted),
  };
  const { succeeded, failed, skipped } = result.counts;
  logger.info(
    `rollout: ${succeeded} of ${plural(targets.length, 'target')} succeeded, ${failed} failed, ${skipped} not started, ${plural(result.counts.applied, 'migration')} applied in ${formatDuration(result.durationMs)}`,
  );
  return result;
}
