import {
  rollout,
  type FleetOptions,
  type FleetResult,
  fleetFailure,
  fleetOutputs,
} from '../core/fleet/index.js';
import { cancelSignal } from '../core/monitor/index.js';
import { renderFleetSummary, renderFailure } from '../core/report/index.js';
import type { Logger } from '../core/logger.js';
import { setOutputs } from '../github/outputs.js';
import { writeJsonReport, writeSummary } from '../github/summary.js';

/** migrate over database-urls: the rollout (core), stopped part-way by a cancelled job. */
export async function rolloutFleet(options: FleetOptions, logger: Logger): Promise<FleetResult> {
  const cancel = cancelSignal();
  try {
    return await rollout(options, logger, cancel.signal);
  } finally {
    cancel.dispose();
  }
}

/**
 * A rollout's outputs, report-json and job summary, then the step fails with one line when a
 * target failed or the job was cancelled part-way. Without a result (the rollout could not
 * start), the failure's summary only.
 */
export async function reportFleet(result: FleetResult | undefined, line?: string): Promise<void> {
  if (!result) return writeSummary(renderFailure('migrate', line));
  setOutputs({
    ...fleetOutputs(result),
    'last-migration': '',
    'duration-ms': result.durationMs,
    'report-json': await writeJsonReport('migrate-fleet', result),
  });
  await writeSummary(renderFleetSummary(result));
  const failure = fleetFailure(result);
  if (failure) throw failure;
}
