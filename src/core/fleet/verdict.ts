import { DbDeployError } from '../errors.js';
import type { FleetResult } from './options.js';

const RERUN = 'run the step again once it is fixed: targets already up to date do nothing';

/**
 * The error a rollout ends with, or undefined when every target succeeded: ONE line with the
 * counts and the first failure's own line (`2 of 10 targets failed, 6 not started (tenant_3
 * failed (on-failure halt)); first tenant_3: migration … failed: … (file:8:16) — …`).
 */
export function fleetFailure(result: FleetResult): DbDeployError | undefined {
  const { targets, failed, skipped } = result.counts;
  const notStarted = skipped
    ? `, ${skipped} not started (${result.targets.find((t) => t.skipped)?.skipped ?? ''})`
    : '';
  const first = result.targets.find((t) => t.name === result.firstFailure);
  if (first)
    return new DbDeployError(
      'rollout-failed',
      `${failed} of ${targets} target${targets === 1 ? '' : 's'} failed${notStarted}; first ${first.name}: ${first.error ?? ''}`,
      { hint: RERUN },
    );
  if (result.cancelled && skipped)
    return new DbDeployError(
      'cancelled',
      `the job was cancelled: ${skipped} of ${targets} targets not started`,
      { hint: 'run the step again: targets already up to date do nothing' },
    );
  return undefined;
}

/**
 * The fleet's step outputs (kebab-case, as migrate/action.yml declares them): the counts,
 * the failed targets' names (comma-separated, in the order they failed), and `applied` as the
 * migrations applied on any target, each once.
 */
export function fleetOutputs(result: FleetResult): Record<string, string | number> {
  const applied = [...new Set(result.targets.flatMap((t) => t.migrations.map((m) => m.name)))];
  const known = result.targets.filter((t) => t.pending !== undefined);
  return {
    applied: JSON.stringify(applied),
    'applied-count': result.counts.applied,
    'pending-count': known.reduce((sum, t) => sum + (t.pending?.length ?? 0), 0),
    'targets-count': result.counts.targets,
    'succeeded-count': result.counts.succeeded,
    'failed-count': result.counts.failed,
    'skipped-count': result.counts.skipped,
    'failed-targets': result.targets
      .filter((t) => t.status === 'failed')
      .map((t) => t.name)
      .join(','),
  };
}
