import { watch, type WatchResult } from '../core/monitor/watch.js';
import { setUpWatch, WATCH_DEFAULTS, type WatchSettings } from '../core/monitor/setup.js';
import { DATABASE_WATCH_DEFAULTS } from '../core/monitor/db-probe.js';
import { endpointSecrets } from '../core/monitor/url-secrets.js';
import { watchFailure } from '../core/monitor/verdict.js';
import { renderWatchSummary } from '../core/report/monitor.js';
import { renderFailure } from '../core/report/failure.js';
import { describeError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import type { Logger } from '../core/logger.js';
import { runAction } from '../github/run-action.js';
import { cancelSignal } from '../core/monitor/cancel.js';
import {
  readBoolean,
  readChoice,
  readDuration,
  readInteger,
  readList,
  readOptional,
  readRatio,
  readString,
} from '../github/inputs.js';
import { setOutputs } from '../github/outputs.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';
import { runPreflight } from './preflight.js';

const MODES = ['watch', 'preflight'] as const;

/** Reads and validates every watch input declared in monitor/action.yml. */
export function readWatchInputs(): WatchSettings {
  return {
    healthUrls: readList('health-url'),
    expectedStatus: readString('expected-status', '2xx'),
    errorRateUrl: readOptional('error-rate-url'),
    errorRateJsonPath: readOptional('error-rate-json-path'),
    errorRateMetric: readOptional('error-rate-metric'),
    errorRateThreshold: readRatio('error-rate-threshold', WATCH_DEFAULTS.errorRateThreshold),
    databaseUrl: readOptional('database-url'),
    database: {
      maxLockWaitMs: readDuration('max-lock-wait', DATABASE_WATCH_DEFAULTS.maxLockWaitMs),
      maxActiveConnections: readInteger(
        'max-active-connections',
        DATABASE_WATCH_DEFAULTS.maxActiveConnections,
        1,
      ),
      maxDeadlocks: readInteger('max-deadlocks', DATABASE_WATCH_DEFAULTS.maxDeadlocks),
      maxRollbackRatio: readRatio('max-rollback-ratio', DATABASE_WATCH_DEFAULTS.maxRollbackRatio),
      maxReplicationLagMs: readDuration(
        'max-replication-lag',
        DATABASE_WATCH_DEFAULTS.maxReplicationLagMs,
      ),
    },
    durationMs: readDuration('duration', WATCH_DEFAULTS.durationMs),
    intervalMs: readDuration('interval', WATCH_DEFAULTS.intervalMs),
    timeoutMs: readDuration('timeout', WATCH_DEFAULTS.timeoutMs),
    failureThreshold: readInteger('failure-threshold', WATCH_DEFAULTS.failureThreshold, 1),
    rollbackCommand: readOptional('rollback-command'),
    rollbackTimeoutMs: readDuration('rollback-timeout', WATCH_DEFAULTS.rollbackTimeoutMs),
    rollbackOnCancel: readBoolean('rollback-on-cancel', false),
  };
}

async function report(result: WatchResult | undefined, markdown: string): Promise<void> {
  setOutputs({
    verdict: result?.verdict ?? '',
    healthy: result ? String(result.healthy) : '',
    'rolled-back': result ? String(result.rolledBack) : '',
    'failed-check': result?.failedCheck ?? '',
    'first-failure-at': result?.firstFailureAt ?? '',
    'rollback-exit-code': result?.rollback?.exitCode ?? '',
    rounds: result?.rounds ?? '',
    'duration-ms': result?.durationMs ?? '',
    'report-json': result ? await writeJsonReport('monitor', result) : '',
  });
  await writeSummary(markdown);
}

async function runWatch(logger: Logger): Promise<void> {
  let result: WatchResult;
  const cancel = cancelSignal();
  try {
    const options = setUpWatch(readWatchInputs());
    result = await watch({ ...options, signal: cancel.signal }, logger);
  } catch (error) {
    await report(undefined, renderFailure('monitor', describeError(error))).catch(() => undefined);
    throw error;
  } finally {
    cancel.dispose();
  }
  await report(result, renderWatchSummary(result, VERSION));
  const failure = watchFailure(result);
  if (failure) throw failure;
}

/** The `monitor` action: preflight checks, or a watch that rolls back an unhealthy deployment. */
export async function run(): Promise<void> {
  await runAction({
    name: 'monitor',
    secretInputs: ['database-url'],
    secretValues: () =>
      ['health-url', 'error-rate-url'].flatMap((name) =>
        readList(name).flatMap((url) => endpointSecrets(url)),
      ),
    main: async ({ logger }) => {
      const mode = readChoice('mode', MODES, 'watch');
      if (mode === 'preflight') await runPreflight(logger);
      else await runWatch(logger);
    },
  });
}
