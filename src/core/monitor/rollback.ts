import type { Logger } from '../logger.js';
import { runShell, type ShellRun } from '../shell.js';

export type RollbackRun = ShellRun;

/** Environment given to the rollback command: which check failed and how. */
export interface RollbackReason {
  check: string;
  label: string;
  value: string;
  message: string;
  firstFailureAt: string;
}

/**
 * Runs the rollback command once (see runShell) with the failing check in its environment, and
 * waits for it. After `timeoutMs` its whole process group is killed.
 */
export function runRollback(
  command: string,
  reason: RollbackReason,
  timeoutMs: number,
  logger: Logger,
): Promise<RollbackRun> {
  return runShell(command, {
    env: {
      DB_DEPLOY_FAILED_CHECK: reason.check,
      DB_DEPLOY_FAILED_CHECK_LABEL: reason.label,
      DB_DEPLOY_FAILED_VALUE: reason.value,
      DB_DEPLOY_FAILED_MESSAGE: reason.message,
      DB_DEPLOY_FIRST_FAILURE_AT: reason.firstFailureAt,
    },
    timeoutMs,
    label: 'rollback',
    logger,
  });
}
