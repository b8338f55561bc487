import type { Logger } from '../logger.js';
import { endPair, rollBack, status, switchOver } from './lifecycle.js';
import { prepare } from './prepare.js';
import type { SwitchOptions, SwitchResult } from './types.js';

/** blue-green-switch: one command per call; the state in blue says which side is live. */
export function runSwitch(options: SwitchOptions, logger: Logger): Promise<SwitchResult> {
  switch (options.command) {
    case 'prepare':
      return prepare(options, logger);
    case 'switch':
      return switchOver(options, logger);
    case 'rollback':
      return rollBack(options, logger);
    case 'status':
      return status(options, logger);
    case 'abort':
    case 'finish':
      return endPair(options, logger);
  }
}
