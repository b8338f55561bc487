import { rollout } from '../core/fleet/rollout.js';
import type { FleetOptions, FleetResult } from '../core/fleet/options.js';
import { fleetFailure, fleetOutputs } from '../core/fleet/verdict.js';
import { cancelSignal } from '../core/monitor/cancel.js';
import { renderFleetSummary } from '../core/report/fleet.js';
import { renderFailure } from '../core/report/failure.js';
import { describeError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { setOutputs } from '../github/outputs.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';

async function report(result: FleetResult): Promise<void> {
  setOutputs({
    ...fleetOutputs(result),
    'last-migration': '',
    'duration-ms': result.durationMs,
    'report-json': await writeJsonReport('migrate-fleet', result),
  });
  await writeSummary(renderFleetSummary(result));
}

/**
 * migrate over database-urls: the rollout (core) → outputs, report-json and the job summary;
 * the step fails with one line when a target failed or the job was cancelled part-way.
 */
export async function runFleet(options: FleetOptions, logger: Logger): Promise<void> {
  const cancel = cancelSignal();
  let result: FleetResult;
  try {
    result = await rollout(options, logger, cancel.signal);
  } catch (error) {
    await writeSummary(renderFailure('migrate', describeError(error))).catch(() => undefined);
    throw error;
  } finally {
    cancel.dispose();
  }
  await report(result);
  const failure = fleetFailure(result);
  if (failure) throw failure;
}
