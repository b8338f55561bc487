// Small waits and expectations shared by the integration tests.
import { isDbDeployError, type DbDeployError } from '../../src/core/errors.js';
import { deadline } from './deadline.js';

/** The DbDeployError `promise` rejects with; fails the test when it resolves or throws another error. */
export async function failure(promise: Promise<unknown>): Promise<DbDeployError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isDbDeployError(error)) throw new Error(`expected a DbDeployError, got ${String(error)}`);
  return error;
}

/** Polls `check` every `everyMs` until it returns true; throws after `timeoutMs`. */
export async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  timeoutMs = 10_000,
  everyMs = 10,
): Promise<void> {
  const end = deadline(timeoutMs);
  while (!(await check())) {
    if (end.passed()) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** The DbDeployError `run` throws; fails the test when it throws nothing or another error. */
export function refusal(run: () => unknown): DbDeployError {
  try {
    run();
  } catch (error) {
    if (isDbDeployError(error)) return error;
    throw error;
  }
  throw new Error('expected a DbDeployError, nothing was thrown');
}
