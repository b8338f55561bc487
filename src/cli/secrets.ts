import { weakPasswordWarning } from '../core/db/index.js';

/**
 * Makes the CLI's secret list warn about weak passwords. Every command registers a connection
 * URL's secrets in this one array (io.secrets) before it prints anything; the first URL whose
 * password is short or a common word (masking it then blanks those characters wherever they
 * appear, in user, host and database names too) is said once through `warn`, never the
 * password. The list stays the same array, so whoever holds it sees every secret.
 */
export function warnOnWeakPasswords(secrets: string[], warn: (line: string) => void): void {
  let warned = false;
  const push = secrets.push.bind(secrets);
  secrets.push = (...values: string[]) => {
    if (!warned) {
      const warning = values
        .map((value) => weakPasswordWarning({ 'the connection URL': value }))
        .find((line) => line !== undefined);
      if (warning) {
        warned = true;
        warn(warning);
      }
    }
    return push(...values);
  };
}
