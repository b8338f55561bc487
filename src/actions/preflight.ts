import {
  type PreflightOptions,
  type PreflightResult,
  assertPreflightPassed,
  preflightOutputs,
} from '../core/monitor/index.js';
import { renderPreflightSummary, renderFailure } from '../core/report/index.js';
import { VERSION } from '../core/version.js';
import { readPreflightThresholds } from './preflight-inputs.js';
import { setOutputs } from '../github/outputs.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';
import { actionInputs } from '../github/inputs.js';

/** monitor/action.yml's inputs, each defaulting to what it declares. */
const input = actionInputs('monitor');

/** Reads the preflight inputs of monitor/action.yml. */
export function readPreflightInputs(): PreflightOptions {
  return {
    databaseUrl: input.required('database-url', 'for mode preflight'),
    connectTimeoutMs: input.duration('connect-timeout'),
    ...readPreflightThresholds(input),
  };
}

/**
 * monitor with mode preflight: the outputs and job summary of every check, then the step fails
 * listing each failed one.
 */
export async function reportPreflight(
  result: PreflightResult | undefined,
  line?: string,
): Promise<void> {
  setOutputs({
    ...(result ? preflightOutputs(result) : { passed: '' }),
    'duration-ms': result?.durationMs ?? '',
    'report-json': result ? await writeJsonReport('preflight', result) : '',
  });
  await writeSummary(
    result ? renderPreflightSummary(result, VERSION) : renderFailure('monitor preflight', line),
  );
  if (result) assertPreflightPassed(result);
}
