import {
  connect,
  disconnect,
  type DbClient,
  pgErrorFields,
  parseDatabaseUrl,
} from '../db/index.js';
import { formatDuration } from '../duration.js';
import { isDbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { SESSION_CHECKS, type CheckSpec } from './preflight-checks.js';
import { PREFLIGHT_SESSION } from './preflight-queries.js';
import {
  NO_FIGURES,
  type PreflightCheck,
  type PreflightFigures,
  type PreflightResult,
} from './preflight-types.js';
import { preflightLimits } from './options.js';
import type { PreflightLimits, PreflightOptions } from './options.js';

/** Why a query failed, what to do, and whether the session is still usable. */
interface QueryFailure {
  reason: string;
  hint: string;
  lost: boolean;
}

/** The client gives up a little after the server's statement_timeout would have fired. */
const clientTimeout = (limits: PreflightLimits) => limits.statementTimeoutMs + 2_000;

function queryFailure(error: unknown, limits: PreflightLimits): QueryFailure {
  const pg = pgErrorFields(error);
  if (pg.code === '57014')
    return {
      reason: `cancelled by statement-timeout after ${formatDuration(limits.statementTimeoutMs)}`,
      hint: 'raise statement-timeout, or run again when the server is less busy',
      lost: false,
    };
  if (pg.code === '42501')
    return {
      reason: `permission denied: ${pg.message}`,
      hint: 'grant this role pg_monitor, or run as a role that has it',
      lost: false,
    };
  if (pg.code && /^[0-9A-Z]{5}$/.test(pg.code))
    return { reason: `${pg.code} ${pg.message}`, hint: 'see the server log', lost: false };
  const hint = 'check that the server is up and reachable from here, then run again';
  if (/query read timeout/i.test(pg.message))
    return {
      reason: `no answer within ${formatDuration(clientTimeout(limits))}`,
      hint,
      lost: true,
    };
  return { reason: `the connection was lost: ${pg.message}`, hint, lost: true };
}

/** The session checks to run: the named ones (server-version always), else every one. */
function selectedChecks(ids: readonly string[] | undefined): readonly CheckSpec[] {
  if (!ids) return SESSION_CHECKS;
  return SESSION_CHECKS.filter((spec) => spec.id === 'server-version' || ids.includes(spec.id));
}

/** Every check id a preflight knows, in report order: the connection check, then the session checks. */
export const PREFLIGHT_CHECK_IDS: readonly string[] = [
  'connection',
  ...SESSION_CHECKS.map((spec) => spec.id),
];

/** Runs the session checks in order; after a lost connection the rest are skipped. */
async function runChecks(
  client: DbClient,
  specs: readonly CheckSpec[],
  limits: PreflightLimits,
  figures: PreflightFigures,
  logger: Logger,
): Promise<PreflightCheck[]> {
  const checks: PreflightCheck[] = [];
  let lost: string | undefined;
  for (const spec of specs) {
    const row = { id: spec.id, label: spec.label, limit: spec.limit(limits) };
    let check: PreflightCheck;
    if (lost) {
      check = { ...row, value: 'not run', status: 'skipped', detail: lost };
    } else {
      try {
        const measured = await spec.measure(client, limits, figures);
        Object.assign(figures, measured.figures);
        const hint = measured.check.status === 'fail' && spec.hint ? { hint: spec.hint } : {};
        check = { ...row, ...measured.check, ...hint };
      } catch (error) {
        const failure = queryFailure(error, limits);
        if (failure.lost) lost = failure.reason;
        const { reason: detail, hint } = failure;
        check = { ...row, value: 'not measured', status: 'fail', detail, hint };
      }
    }
    logger.debug(`${check.status} ${check.id}: ${check.value}`);
    checks.push(check);
  }
  return checks;
}

/** The connection check when connecting (or making the session read-only) failed. */
function connectionFailed(error: unknown, limits: PreflightLimits): PreflightCheck {
  const failure = isDbDeployError(error)
    ? { reason: error.message, hint: error.hint ?? '' }
    : queryFailure(error, limits);
  return {
    id: 'connection',
    label: 'Connection',
    value: failure.reason,
    status: 'fail',
    ...(failure.hint ? { hint: failure.hint } : {}),
  };
}

function notRun(specs: readonly CheckSpec[], limits: PreflightLimits): PreflightCheck[] {
  return specs.map((spec) => ({
    id: spec.id,
    label: spec.label,
    value: 'not run',
    limit: spec.limit(limits),
    status: 'skipped',
    detail: 'no connection',
  }));
}

/**
 * The preflight checks of a deployment: connects within `connectTimeoutMs`, makes the session
 * read-only, then measures the server version, the database size, active sessions, sessions
 * against max_connections, the oldest open transaction, sessions waiting on locks, replica
 * lag and INVALID indexes, each query under its own statement timeout. Every check is
 * reported: a failed connection or query is a failed check, not an exception. Throws only for
 * bad options (a `bad-input` DbDeployError).
 */
export async function preflight(
  options: PreflightOptions,
  logger: Logger,
): Promise<PreflightResult> {
  const limits = preflightLimits(options);
  const specs = selectedChecks(options.checks);
  const target = parseDatabaseUrl(options.databaseUrl);
  const started = performance.now();
  const figures: PreflightFigures = { ...NO_FIGURES };
  logger.info(`preflight checks on ${target.display}`);
  let client: DbClient | undefined;
  let checks: PreflightCheck[];
  try {
    client = await connect(target, {
      connectTimeoutMs: limits.connectTimeoutMs,
      applicationName: 'db-deploy preflight',
      queryTimeoutMs: clientTimeout(limits),
    });
    await client.query(PREFLIGHT_SESSION, [String(limits.statementTimeoutMs)]);
    const connected: PreflightCheck = {
      id: 'connection',
      label: 'Connection',
      value: `connected in ${formatDuration(performance.now() - started)}`,
      status: 'pass',
    };
    checks = [connected, ...(await runChecks(client, specs, limits, figures, logger))];
  } catch (error) {
    checks = [connectionFailed(error, limits), ...notRun(specs, limits)];
  } finally {
    await disconnect(client);
  }
  const failed = checks.filter((c) => c.status === 'fail').length;
  logger.info(
    failed
      ? `preflight: ${failed} of ${checks.length} checks failed`
      : `preflight: all ${checks.length} checks passed`,
  );
  return {
    passed: failed === 0,
    database: target.display,
    durationMs: Math.round(performance.now() - started),
    checks,
    figures,
  };
}
