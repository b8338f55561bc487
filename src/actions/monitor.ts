import { watch, type WatchResult } from '../core/monitor/watch.js';
import { setUpWatch, WATCH_DEFAULTS, type WatchSettings } from '../core/monitor/setup.js';
import { DATABASE_WATCH_DEFAULTS } from '../core/monitor/db-probe.js';
import { endpointSecrets } from '../core/monitor/url-secrets.js';
import { watchFailure } from '../core/monitor/verdict.js';
import { renderWatchSummary } from '../core/report/monitor.js';
import { renderFailure } from '../core/report/failure.js';
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
import { preflight } from '../core/monitor/preflight.js';
import { readPreflightInputs, reportPreflight } from './preflight.js';

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

/** The watch's outputs and job summary, then the step fails with one line when it was not healthy. */
async function reportWatch(result: WatchResult | undefined, line?: string): Promise<void> {
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
  await writeSummary(result ? renderWatchSummary(result, VERSION) : renderFailure('monitor', line));
  const failure = result && watchFailure(result);
  if (failure) throw failure;
}

async function runWatch(logger: Logger): Promise<WatchResult> {
  const cancel = cancelSignal();
  try {
    const options = setUpWatch(readWatchInputs());
    return await watch({ ...options, signal: cancel.signal }, logger);
  } finally {
    cancel.dispose();
  }
}

/** The `monitor` action: preflight checks, or a watch that rolls back an unhealthy deployment. */
export async function run(): Promise<void> {
  let mode: (typeof MODES)[number] | undefined;
  await runAction({
    name: 'monitor',
    secretInputs: ['database-url'],
    secretValues: () =>
      ['health-url', 'error-rate-url'].flatMap((name) =>
        readList(name).flatMap((url) => endpointSecrets(url)),
      ),
    main: async ({ logger }) => {
      mode = readChoice('mode', MODES, 'watch');
      if (mode === 'preflight')
        return { preflight: await preflight(readPreflightInputs(), logger) };
      return { watch: await runWatch(logger) };
    },
    // An unknown mode fails with its one line and reports nothing else.
    report: async ({ result, line }) => {
      if (mode === 'preflight') await reportPreflight(result?.preflight, line);
      if (mode === 'watch') await reportWatch(result?.watch, line);
    },
  });
}
