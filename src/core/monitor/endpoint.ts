import { DbDeployError } from '../errors.js';

/**
 * An HTTP(S) URL checked before the watch starts. `display` is the only form that may be
 * printed: no user or password, and the query string and fragment replaced by `?…`, since
 * health and metrics URLs often carry tokens there.
 */
export interface Endpoint {
  /** The URL as given (may hold credentials or tokens: never log it). */
  readonly url: string;
  readonly display: string;
}

export function displayUrl(url: URL): string {
  const port = url.port ? `:${url.port}` : '';
  const hidden = url.search || url.hash ? '?…' : '';
  return `${url.protocol}//${url.hostname}${port}${url.pathname}${hidden}`;
}

/** Parses an http(s) URL; anything else is one clear error line naming the input. */
export function parseEndpoint(raw: string, name: string): Endpoint {
  const text = raw.trim();
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    // Show the scheme and host only when they parse: the text may be a secret.
    throw new DbDeployError('bad-input', `${name}: not an http(s) URL`, {
      hint: 'use a full URL such as https://app.example.com/healthz',
    });
  }
  return { url: text, display: displayUrl(url) };
}

/** The secrets a URL can carry: the whole URL, its password (as written and decoded) and its query values. */
export function endpointSecrets(raw: string): string[] {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return raw.trim().length >= 3 ? [raw.trim()] : [];
  }
  const secrets = [raw.trim(), url.password, decodeSafe(url.password)];
  for (const value of url.searchParams.values()) secrets.push(value);
  return secrets.filter((s) => s.length >= 3);
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
