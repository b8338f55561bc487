import { DbDeployError } from './errors.js';

const UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/**
 * The longest duration db-deploy accepts: 2147483647 ms (INT_MAX, about 596 hours). PostgreSQL
 * refuses a larger lock_timeout or statement_timeout ("outside the valid range", see the
 * "Client Connection Defaults" settings), and Node fires a larger setTimeout after 1 ms.
 */
export const MAX_DURATION_MS = 2_147_483_647;

/**
 * Parses a duration such as `250ms`, `5s`, `10m` or `1h` into milliseconds.
 * A bare `0` means "no limit" where the caller allows it. Anything else is refused.
 * @param name the input name, for the error message
 */
export function parseDuration(value: string, name: string): number {
  const text = value.trim();
  if (text === '0') return 0;
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)$/.exec(text);
  if (!match) {
    throw new DbDeployError('bad-input', `${name}: "${value}" is not a duration`, {
      hint: 'use a number with a unit, e.g. 250ms, 5s, 10m or 1h (0 for no limit)',
    });
  }
  const ms = Math.round(Number(match[1]) * (UNITS_MS[match[2] as string] as number));
  if (ms > MAX_DURATION_MS) {
    throw new DbDeployError(
      'bad-input',
      `${name}: "${value}" is longer than the longest timeout PostgreSQL and Node accept (${MAX_DURATION_MS}ms, about ${Math.floor(MAX_DURATION_MS / 3_600_000)}h)`,
      { hint: `use at most ${Math.floor(MAX_DURATION_MS / 3_600_000)}h (0 for no limit)` },
    );
  }
  return ms;
}

/** Formats milliseconds for people: `850ms`, `2.4s`, `3m 05s`. */
export function formatDuration(ms: number): string {
  // Round before choosing the unit, so 999.6ms is 1.0s and 119.5s is 2m 00s, never 1m 60s.
  if (Math.round(ms) < 1000) return `${Math.round(ms)}ms`;
  if (Math.round(ms / 100) < 600) return `${(ms / 1000).toFixed(1)}s`;
  const total = Math.round(ms / 1000);
  return `${Math.floor(total / 60)}m ${String(total % 60).padStart(2, '0')}s`;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
