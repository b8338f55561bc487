import { renderWatchSummary, renderFailure } from '../core/report/index.js';
import { VERSION } from '../core/version.js';
import type { Logger } from '../core/logger.js';
import { runAction } from '../github/run-action.js';
import {
  cancelSignal,
  watch,
  type WatchResult,
  setUpWatch,
  endpointSecrets,
  watchFailure,
  preflight,
} from '../core/monitor/index.js';
import { setOutputs } from '../github/outputs.js';
import { readWatchInputs } from './monitor-inputs.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';
import { readPreflightInputs, reportPreflight } from './preflight.js';
import { actionInputs } from '../github/inputs.js';

/** monitor/action.yml's inputs, each defaulting to what it declares. */
const input = actionInputs('monitor');

const MODES = ['watch', 'preflight'] as const;

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
      [...input.list('health-url'), input.optional('error-rate-url') ?? ''].flatMap((url) =>
        endpointSecrets(url),
      ),
    main: async ({ logger }) => {
      mode = input.choice('mode', MODES);
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
