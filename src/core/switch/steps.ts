import type { Logger } from '../logger.js';

/** What a command did, in order, with the time since it began: logged and kept for the summary. */
export function stepRecorder(logger: Logger) {
  const started = performance.now();
  const list: Array<{ at: string; step: string; ms?: number }> = [];
  return {
    list,
    elapsed: () => Math.round(performance.now() - started),
    mark(step: string, ms?: number) {
      list.push({ at: new Date().toISOString(), step, ...(ms === undefined ? {} : { ms }) });
      logger.info(`blue-green: ${step}${ms === undefined ? '' : ` (${ms} ms)`}`);
    },
  };
}
