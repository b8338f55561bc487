import { DbDeployError } from '../errors.js';

/** Placeholder names a tool can substitute (Flyway's `${name}`): no spaces, no `}`. */
const NAME = /^[^\s=}]+$/;

/**
 * Parses `NAME=VALUE` lines (the `placeholders` input, `--placeholder`) into values for the
 * migration tool's placeholders. The value is everything after the first `=`, as written.
 * @param where how to name the source in an error (`input placeholders`, `--placeholder`)
 */
export function parsePlaceholders(lines: readonly string[], where: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of lines) {
    const at = line.indexOf('=');
    const name = at > 0 ? line.slice(0, at).trim() : '';
    if (!NAME.test(name)) {
      throw new DbDeployError(
        'bad-input',
        `${where}: "${line.length > 40 ? `${line.slice(0, 40)}…` : line}" is not NAME=VALUE`,
        { hint: 'write one placeholder per line as NAME=VALUE, e.g. tablePrefix=shop_' },
      );
    }
    values[name] = line.slice(at + 1);
  }
  return values;
}
