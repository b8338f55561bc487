import { DbDeployError } from '../errors.js';

/**
 * An HTTP(S) URL checked before the watch starts. `display` is the only form that may be
 * printed: no user or password, and the query string and fragment replaced by `?…`, since
 * health and metrics URLs often carry tokens there.
 */
export interface Endpoint {
  /**
   * The URL requested: as given, less any `user:password@` (fetch refuses a URL that holds
   * credentials). It may still carry tokens in its query string: never log it.
   */
  readonly url: string;
  readonly display: string;
  /** `Basic …` from the URL's `user:password@`, sent as the Authorization header (a secret). */
  readonly authorization?: string;
}

export function displayUrl(url: URL): string {
  const port = url.port ? `:${url.port}` : '';
  const hidden = url.search || url.hash ? '?…' : '';
  return `${url.protocol}//${url.hostname}${port}${url.pathname}${hidden}`;
}

/**
 * The Authorization header that `user:password@` in a URL stands for (RFC 7617 Basic, UTF-8):
 * what curl and browsers send for such a URL. Both parts are percent-decoded first.
 * Undefined when the URL has neither; throws URIError on an invalid percent-escape.
 */
export function basicAuthorization(url: URL): string | undefined {
  if (!url.username && !url.password) return undefined;
  const credentials = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;
}

/**
 * Parses an http(s) URL; anything else is one clear error line naming the input and holding no
 * part of it. `user:password@` moves from the URL into the Authorization header.
 */
export function parseEndpoint(raw: string, name: string): Endpoint {
  const text = raw.trim();
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new DbDeployError('bad-input', `${name}: not an http(s) URL`, {
      hint: 'use a full URL such as https://app.example.com/healthz',
    });
  }
  const display = displayUrl(url);
  let authorization: string | undefined;
  try {
    authorization = basicAuthorization(url);
  } catch {
    throw new DbDeployError(
      'bad-input',
      `${name}: invalid percent-escape in the user or password of ${display}`,
      { hint: 'percent-encode special characters of the user and password, e.g. @ as %40' },
    );
  }
  if (!authorization) return { url: text, display };
  url.username = '';
  url.password = '';
  return { url: url.href, display, authorization };
}
