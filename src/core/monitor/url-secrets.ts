// Decision record: docs/adr/0012-health-url-secrets.md (ADR 0012).
import { basicAuthorization } from './endpoint.js';

/**
 * Which parts of a health or metrics URL are secret. Unlike a connection string, such a URL is
 * mostly not: its scheme, host, port and path say which check failed and are shown. Secret are
 *  - the password, as written and percent-decoded (and the Basic header made from it);
 *  - the user name when there is no password (`https://TOKEN@host/…` carries a token there);
 *  - query-string and fragment values that look like credentials: the key names one (token,
 *    key, secret, password, auth, signature, session, jwt, code, …) or the value looks random
 *    (16 characters or more of letters and digits, mixed, with only `-._~+/=` besides).
 * Values shorter than 3 characters are never registered: masking them would blank the log.
 * Text that is not a URL is masked whole (it may be a secret pasted into the wrong input).
 * The path is shown: put tokens in the query string or the password, not in the path.
 */
export function endpointSecrets(raw: string): string[] {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return text.length >= 3 ? [text] : [];
  }
  const secrets = new Set<string>();
  const credential = url.password || url.username;
  if (credential) {
    secrets.add(credential);
    secrets.add(decodeSafe(credential));
    try {
      secrets.add((basicAuthorization(url) ?? '').replace(/^Basic /, ''));
    } catch {
      // an invalid percent-escape: parseEndpoint refuses the URL; the raw forms are masked
    }
  }
  for (const params of [url.search, url.hash].map((part) => part.slice(1))) {
    for (const [rawKey, rawValue] of splitParams(params)) {
      const key = decodeSafe(rawKey.replace(/\+/g, ' '));
      const value = decodeSafe(rawValue.replace(/\+/g, ' '));
      if (looksLikeCredential(key, value)) {
        secrets.add(rawValue);
        secrets.add(value);
      }
    }
  }
  return [...secrets].filter((s) => s.length >= 3);
}

/** Key parts that name a credential (`access_token`, `api-key`, `X-Amz-Signature`, `sessionId`…). */
const SECRET_KEY =
  /(token|secret|passw|passwd|pwd|apikey|auth|signature|credential|session|jwt|bearer)|(^|[-_.\s])(key|pass|sig|code|sid)([-_.\s]|$)/i;
/** A value that looks random: long, letters and digits mixed, few other characters. */
const RANDOM_VALUE = /^(?=.*[a-z])(?=.*[0-9])[A-Za-z0-9\-._~+/=]{16,}$/i;

/** Whether a query-string value would be a credential (see endpointSecrets). */
export function looksLikeCredential(key: string, value: string): boolean {
  return SECRET_KEY.test(key) || RANDOM_VALUE.test(value);
}

function splitParams(text: string): Array<[string, string]> {
  if (!text) return [];
  return text.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    // A bare `?abc123…` is a value without a key.
    return eq < 0 ? ['', pair] : [pair.slice(0, eq), pair.slice(eq + 1)];
  });
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
