/**
 * A password is masked wherever it appears (GitHub replaces every occurrence in the whole job
 * log, db-deploy in everything it writes), rightly: a secret is a secret. A short or common
 * password therefore blanks ordinary words too: with user `postgres` and password `postgres`
 * the log reads `authentication failed for user "***"`. This says so once, without the password.
 */

/** Passwords seen in tutorials, container images and defaults: each one is also an everyday word in a log. */
const COMMON = new Set([
  'postgres',
  'postgresql',
  'password',
  'passw0rd',
  'mysecretpassword',
  'secret',
  'admin',
  'administrator',
  'root',
  'user',
  'guest',
  'test',
  'testing',
  'example',
  'default',
  'changeme',
  'letmein',
  'welcome',
  'qwerty',
  'master',
  'database',
  'local',
  'dev',
  'development',
  'staging',
  'production',
  'prod',
]);

/** Shorter than this, a password is likely to turn up inside other words of the log. */
const SHORT = 8;
/** Masks shorter than this are never registered (they would blank the log): see secretsOf. */
const UNMASKABLE = 3;

export type Weakness = 'unmaskable' | 'common';

/**
 * Whether masking cannot keep the password apart from ordinary text: too short to mask at all,
 * or short, common, all digits, or part of the user, host or database name (`names`).
 */
export function passwordWeakness(
  password: string,
  names: readonly string[] = [],
): Weakness | undefined {
  if (!password) return undefined;
  if (password.length < UNMASKABLE) return 'unmaskable';
  const lower = password.toLowerCase();
  const common =
    password.length < SHORT ||
    COMMON.has(lower) ||
    /^\d+$/.test(password) ||
    names.some((n) => n.toLowerCase().includes(lower));
  return common ? 'common' : undefined;
}

/** passwordWeakness of a connection URL (`scheme://user:password@host/db`), read textually. */
export function urlPasswordWeakness(rawUrl: string): Weakness | undefined {
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^:/?#]*):(.*)@([^@/?#]*)(\/[^?#]*)?/i.exec(rawUrl.trim());
  if (!match) return undefined;
  const [, user = '', password = '', host = '', path = ''] = match;
  return passwordWeakness(decode(password), [decode(user), host, decode(path)]);
}

/**
 * One warning line for the URL inputs whose password is weak (undefined when none is), naming
 * the inputs and never a password.
 * @param urls input name → URL, e.g. `{ 'database-url': '…' }`
 */
export function weakPasswordWarning(urls: Readonly<Record<string, string>>): string | undefined {
  const found = Object.entries(urls).flatMap(([name, url]) => {
    const weakness = urlPasswordWeakness(url);
    return weakness ? [{ name, weakness }] : [];
  });
  if (found.length === 0) return undefined;
  const names = (kind: Weakness) => found.filter((f) => f.weakness === kind).map((f) => f.name);
  const parts: string[] = [];
  const unmaskable = names('unmaskable');
  const common = names('common');
  if (unmaskable.length > 0)
    parts.push(
      `the password of ${unmaskable.join(', ')} is shorter than ${UNMASKABLE} characters, too short to be masked, so it can show in the log`,
    );
  if (common.length > 0)
    parts.push(
      `the password of ${common.join(', ')} is short or a common word; it stays masked, so wherever those characters appear in the log (in a user, host or database name too) they read ***`,
    );
  return `${parts.join('; ')} — use a long random password`;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
