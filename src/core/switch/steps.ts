import type { Logger } from '../logger.js';
import type { SwitchStep } from './types.js';

/** What a command did, in order, with the time since it began: logged and kept for the summary. */
export function stepRecorder(logger: Logger) {
  const started = performance.now();
  const list: SwitchStep[] = [];
  const elapsed = () => Math.round(performance.now() - started);
  return {
    list,
    elapsed,
    /** Records a step; `ms` is the step's own duration when it has one (the write pause). */
    mark(step: string, ms?: number) {
      const at = new Date().toISOString();
      list.push({ at, step, ...(ms === undefined ? {} : { ms }), sinceMs: elapsed() });
      logger.info(`blue-green: ${step}${ms === undefined ? '' : ` (${ms} ms)`}`);
    },
  };
}
