import { preflight } from '../core/monitor/preflight.js';
import {
  PREFLIGHT_DEFAULTS,
  type PreflightOptions,
  type PreflightResult,
} from '../core/monitor/preflight-types.js';
import { assertPreflightPassed, preflightOutputs } from '../core/monitor/preflight-verdict.js';
import { renderPreflightSummary } from '../core/report/preflight.js';
import { renderFailure } from '../core/report/failure.js';
import { describeError } from '../core/errors.js';
import { VERSION } from '../core/version.js';
import type { Logger } from '../core/logger.js';
import { readDuration, readRequired } from '../github/inputs.js';
import { readPreflightThresholds } from './preflight-inputs.js';
import { setOutputs } from '../github/outputs.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';

/** Reads the preflight inputs of monitor/action.yml. */
export function readPreflightInputs(): PreflightOptions {
  return {
    databaseUrl: readRequired('database-url', 'for mode preflight'),
    connectTimeoutMs: readDuration('connect-timeout', PREFLIGHT_DEFAULTS.connectTimeoutMs),
    ...readPreflightThresholds(),
  };
}

async function report(result: PreflightResult | undefined, markdown: string): Promise<void> {
  setOutputs({
    ...(result ? preflightOutputs(result) : { passed: '' }),
    'duration-ms': result?.durationMs ?? '',
    'report-json': result ? await writeJsonReport('preflight', result) : '',
  });
  await writeSummary(markdown);
}

/** monitor with mode preflight: every check once, all reported, the step fails listing each failed one. */
export async function runPreflight(logger: Logger): Promise<void> {
  let result: PreflightResult;
  try {
    result = await preflight(readPreflightInputs(), logger);
  } catch (error) {
    await report(undefined, renderFailure('monitor preflight', describeError(error))).catch(
      () => undefined,
    );
    throw error;
  }
  await report(result, renderPreflightSummary(result, VERSION));
  assertPreflightPassed(result);
}
