import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { preflight, PREFLIGHT_CHECK_IDS, preflightFailure } from '../monitor/index.js';
import { runShell } from '../shell.js';
import type { TargetVerify, VerifySettings } from './options.js';
import type { FleetTarget } from './targets.js';

/**
 * Checks a `verify-checks` list against the monitor's preflight checks; an unknown name is
 * refused in one line that lists the known ones.
 */
export function parseVerifyChecks(names: readonly string[], source: string): string[] {
  for (const name of names)
    if (!PREFLIGHT_CHECK_IDS.includes(name))
      throw new DbDeployError('bad-input', `${source}: "${name}" is not a preflight check`, {
        hint: `use some of ${PREFLIGHT_CHECK_IDS.join(', ')}`,
      });
  return [...new Set(names)];
}

/** Whether the settings ask for a health gate at all. */
export function hasVerify(settings: VerifySettings): boolean {
  return Boolean(settings.command) || settings.checks.length > 0;
}

/** The outcome of the gate on one target: what ran, and the error line when it failed. */
export interface VerifyOutcome {
  verify: TargetVerify;
  error?: DbDeployError;
}

/**
 * The health gate of one target, right after its migrations: `verify-command` (with
 * DATABASE_URL and DB_DEPLOY_TARGET of the target; non-zero exit or a kill after `timeoutMs`
 * fails it), then the named preflight checks on one read-only connection, judged with the
 * monitor's thresholds. The first failure ends the gate. Never throws for a failing target.
 */
export async function verifyTarget(
  target: FleetTarget,
  settings: VerifySettings,
  connectTimeoutMs: number,
  logger: Logger,
): Promise<VerifyOutcome> {
  const verify: TargetVerify = {};
  if (settings.command) {
    logger.info('verify-command: running');
    const run = await runShell(settings.command, {
      env: { DATABASE_URL: target.url, DB_DEPLOY_TARGET: target.name },
      timeoutMs: settings.timeoutMs,
      label: 'verify-command',
      timeoutInput: 'verify-timeout',
      logger,
    });
    verify.command = {
      exitCode: run.exitCode,
      durationMs: run.durationMs,
      ...(run.error ? { error: run.error } : {}),
    };
    if (run.exitCode !== 0)
      return {
        verify,
        error: new DbDeployError(
          'verify-failed',
          run.exitCode === null
            ? `verify-command did not finish: ${run.error ?? 'no exit code'}`
            : `verify-command exited with code ${run.exitCode}`,
          {
            where: target.display,
            hint: `its output is in the log under [${target.name}]; the migrations stay applied (a rollout never runs a down migration): fix the target, then run the step again`,
          },
        ),
      };
  }
  if (settings.checks.length > 0) {
    const result = await preflight(
      { ...settings.limits, connectTimeoutMs, databaseUrl: target.url, checks: settings.checks },
      logger,
    );
    // Only the named checks judge the target (server-version and connection always run).
    const failed = result.checks.filter((c) => c.status === 'fail');
    verify.checks = {
      passed: failed.length === 0,
      failed: failed.map((c) => c.id),
      durationMs: result.durationMs,
    };
    const failure = preflightFailure(result);
    if (failure)
      return {
        verify,
        error: new DbDeployError('verify-failed', `verify-checks: ${failure.message}`, {
          where: failure.where,
          hint: failure.hint,
        }),
      };
  }
  return { verify };
}
