import { DbDeployError } from '../errors.js';

/**
 * Readers for the thresholds of `monitor` (preflight and watch), shared by the action and the
 * CLI. `name` is the input or option as the user wrote it (`max-connections-usage`,
 * `--max-active-connections`), for the error line. Durations: `parseDuration` (../duration.ts).
 */

/**
 * A share between 0 and 1, written as a fraction (`0.8`) or a percentage (`80%`, `5.5%`).
 * Returns the fraction.
 */
export function parseRatio(value: string, name: string): number {
  const text = value.trim();
  const match = /^(\d+(?:\.\d+)?|\.\d+)(%?)$/.exec(text);
  const ratio = match ? Number(match[1]) / (match[2] ? 100 : 1) : NaN;
  if (!(ratio >= 0 && ratio <= 1)) {
    throw new DbDeployError('bad-input', `${name}: "${value}" is not a share from 0 to 1`, {
      hint: 'use a fraction or a percentage, e.g. 0.8 or 80%',
    });
  }
  return ratio;
}

/** A whole number of at least `min` (default 0), e.g. a count of connections. */
export function parseCount(value: string, name: string, min = 0): number {
  const text = value.trim();
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(Number(text)) || Number(text) < min) {
    throw new DbDeployError(
      'bad-input',
      `${name}: "${value}" is not a whole number of at least ${min}`,
      { hint: `use digits only, e.g. ${Math.max(min, 100)}` },
    );
  }
  return Number(text);
}
