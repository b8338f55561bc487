import { DbDeployError } from '../errors.js';

/**
 * Which HTTP statuses count as healthy: a comma-separated list of codes (`200`), classes
 * (`2xx`) and ranges (`200-299`).
 */
export interface StatusMatcher {
  readonly text: string;
  matches(status: number): boolean;
}

export function parseStatusMatcher(value: string, name: string): StatusMatcher {
  const text = value.trim() || '2xx';
  const tests: Array<(status: number) => boolean> = [];
  for (const part of text.split(',').map((p) => p.trim())) {
    const cls = /^([1-5])xx$/i.exec(part);
    const range = /^(\d{3})-(\d{3})$/.exec(part);
    if (cls) {
      const hundred = Number(cls[1]) * 100;
      tests.push((s) => s >= hundred && s < hundred + 100);
    } else if (range && Number(range[1]) <= Number(range[2])) {
      const [low, high] = [Number(range[1]), Number(range[2])];
      tests.push((s) => s >= low && s <= high);
    } else if (/^\d{3}$/.test(part)) {
      const code = Number(part);
      tests.push((s) => s === code);
    } else {
      throw new DbDeployError('bad-input', `${name}: "${value}" is not a status list`, {
        hint: 'use codes, classes or ranges separated by commas, e.g. 2xx or 200,204 or 200-399',
      });
    }
  }
  return { text, matches: (status) => tests.some((t) => t(status)) };
}
