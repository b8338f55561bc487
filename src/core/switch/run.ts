import type { Logger } from '../logger.js';
import { abort, finish } from './end.js';
import { prepare } from './prepare.js';
import { rollBack } from './rollback.js';
import { status } from './status.js';
import { switchOver } from './switch.js';
import type { SwitchResult } from './types.js';
import type { SwitchOptions } from './options.js';

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
      return abort(options, logger);
    case 'finish':
      return finish(options, logger);
  }
}
