import { DbDeployError } from '../errors.js';
import { formatDuration } from '../duration.js';
import type { WatchResult } from './watch.js';

/** Where the details are: the job summary and step log (the action), the output above (the CLI). */
export type ReportPlace = 'action' | 'cli';

const DETAILS: Record<ReportPlace, { timeline: string; rollbackOutput: string }> = {
  action: {
    timeline: 'see the job summary for the timeline',
    rollbackOutput: 'the rollback output is in the step log',
  },
  cli: {
    timeline: "each check's probes are listed above",
    rollbackOutput: 'the rollback output is above',
  },
};

/**
 * The one error line that fails the step after an unhealthy or cancelled watch; none when
 * healthy. `place` picks where its hint sends the reader (default: the action's job summary).
 */
export function watchFailure(
  result: WatchResult,
  place: ReportPlace = 'action',
): DbDeployError | undefined {
  if (result.verdict === 'healthy') return undefined;
  const details = DETAILS[place];
  if (result.verdict === 'cancelled') {
    const rolled = result.rollback
      ? result.rolledBack
        ? '; rolled back (rollback-on-cancel)'
        : `; rollback FAILED (${result.rollback.error ?? `exit code ${result.rollback.exitCode}`})`
      : '';
    return new DbDeployError(
      'cancelled',
      `watch cancelled after ${formatDuration(result.durationMs)}${rolled}`,
      {
        hint:
          result.rollback && !result.rolledBack
            ? `check the deployment and roll back by hand; ${details.rollbackOutput}`
            : 'nothing is wrong with the deployment as far as the watch saw; re-run to watch again',
      },
    );
  }
  const what = `${result.failedCheckLabel ?? result.failedCheck} failed ${result.failureThreshold} times in a row (${result.failedMessage ?? ''})`;
  if (!result.rollback)
    return new DbDeployError('unhealthy', `deployment unhealthy: ${what}; nothing rolled back`, {
      hint: 'set rollback-command to roll back automatically, or roll back by hand now',
    });
  if (result.rolledBack)
    return new DbDeployError('unhealthy', `deployment unhealthy: ${what}; rolled back`, {
      hint: `the rollback command ended with exit code 0; ${details.timeline}`,
    });
  return new DbDeployError(
    'rollback-failed',
    `deployment unhealthy: ${what}; the rollback command FAILED (${result.rollback.error ?? `exit code ${result.rollback.exitCode}`})`,
    { hint: `roll back by hand now; ${details.rollbackOutput}` },
  );
}
