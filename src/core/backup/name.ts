import { DbDeployError } from '../errors.js';

/** The default backup name: `{database}_{timestamp}`, e.g. `shop_20261124_203000`. */
export const DEFAULT_NAME_TEMPLATE = '{database}_{timestamp}';

const PLACEHOLDERS = new Set(['database', 'timestamp']);
/** Literal characters allowed around the placeholders: safe in file names everywhere. */
const LITERAL = /^[A-Za-z0-9._-]*$/;

/** `YYYYMMDD_HHMMSS` in UTC. */
export function utcTimestamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}_` +
    `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`
  );
}

/** A database name made safe for a file name: anything but letters, digits, `.`, `_`, `-` becomes `_`. */
function safe(value: string): string {
  return value.replace(/[^A-Za-z0-9._-]/g, '_');
}

/**
 * Refuses a name template that could not make a safe file name: unknown or unclosed
 * placeholders, path separators, characters outside `A-Za-z0-9._-`, a leading dot.
 * @param name the option name, for the error message
 */
export function validateNameTemplate(template: string, name = 'name'): void {
  const hint = `use letters, digits, ".", "_", "-" and the placeholders {database} and {timestamp}, e.g. ${DEFAULT_NAME_TEMPLATE}`;
  const fail = (what: string) =>
    new DbDeployError('bad-input', `${name}: "${template}" ${what}`, { hint });
  if (!template.trim()) throw fail('is empty');
  const parts = template.split(/(\{[^{}]*\})/);
  for (const part of parts) {
    const placeholder = /^\{(.*)\}$/.exec(part);
    if (placeholder) {
      if (!PLACEHOLDERS.has(placeholder[1] ?? '')) throw fail(`has an unknown placeholder ${part}`);
    } else if (!LITERAL.test(part)) {
      throw fail(
        /[{}]/.test(part)
          ? 'has an unclosed placeholder'
          : 'has characters not allowed in a file name',
      );
    }
  }
  if (template.startsWith('.')) throw fail('starts with a dot (a hidden file)');
}

/**
 * Renders a validated template: `{database}` (made file-name safe) and `{timestamp}` (UTC
 * `YYYYMMDD_HHMMSS` of `now`).
 */
export function renderBackupName(template: string, database: string, now: Date): string {
  validateNameTemplate(template);
  return template
    .replaceAll('{database}', safe(database))
    .replaceAll('{timestamp}', utcTimestamp(now));
}
