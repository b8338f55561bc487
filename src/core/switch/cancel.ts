import { DbDeployError } from '../errors.js';

/** The error a wait ends with when the job is cancelled (SIGINT/SIGTERM) while it waits. */
export function cancelled(what: string): DbDeployError {
  return new DbDeployError('cancelled', `cancelled while ${what}`, {
    hint: 'the job was cancelled; run status to see where the pair stands',
  });
}

/** Throws `cancelled(what)` once `signal` has fired. */
export function throwIfCancelled(signal: AbortSignal | undefined, what: string): void {
  if (signal?.aborted) throw cancelled(what);
}
