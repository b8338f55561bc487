import type { Logger } from '../logger.js';

/**
 * A logger whose every line starts with `[name] `, so the interleaved output of targets that
 * migrate at once stays attributable; a message of several lines (a dry run's SQL) gets the
 * prefix on each.
 */
export function targetLogger(logger: Logger, name: string): Logger {
  const prefix = (message: string) =>
    message
      .split('\n')
      .map((line) => `[${name}] ${line}`)
      .join('\n');
  return {
    debug: (m) => logger.debug(prefix(m)),
    info: (m) => logger.info(prefix(m)),
    warn: (m) => logger.warn(prefix(m)),
    error: (m) => logger.error(prefix(m)),
  };
}
