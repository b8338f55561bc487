import { DbDeployError } from '../../../src/core/errors.js';
import { parseEndpoint } from '../../../src/core/monitor/endpoint.js';
import { endpointSecrets, looksLikeCredential } from '../../../src/core/monitor/url-secrets.js';

const basic = (credentials: string) =>
  `Basic ${Buffer.from(credentials, 'utf8').toString('base64')}`;

describe('parseEndpoint', () => {
  test.each([
    ['http://app.internal/healthz', 'http://app.internal/healthz'],
    ['https://app.example.com/healthz', 'https://app.example.com/healthz'],
    ['https://app.example.com', 'https://app.example.com/'],
    ['http://127.0.0.1:8080/ready', 'http://127.0.0.1:8080/ready'],
    ['http://[::1]:3000/up', 'http://[::1]:3000/up'],
    ['HTTPS://App.Example.com/Health', 'https://app.example.com/Health'],
    ['https://app.example.com:443/a', 'https://app.example.com/a'],
  ])('accepts %s and prints it as %s', (raw, display) => {
    const endpoint = parseEndpoint(raw, 'health-url');
    expect(endpoint.display).toBe(display);
  });

  test('keeps the URL as given (trimmed) for the request when it holds no credentials', () => {
    const raw = 'https://app.example.com/healthz?token=abc&x=%2F';
    expect(parseEndpoint(`  ${raw}\n`, 'health-url')).toEqual({
      url: raw,
      display: 'https://app.example.com/healthz?…',
    });
  });

  test('moves user:password@ into a Basic Authorization header, percent-decoded, as curl sends it', () => {
    const endpoint = parseEndpoint(
      'https://ops:s3cr%40t%3A%C3%A9@app.example.com:8443/healthz?token=abc',
      'health-url',
    );
    expect(endpoint.url).toBe('https://app.example.com:8443/healthz?token=abc');
    expect(endpoint.authorization).toBe(basic('ops:s3cr@t:é'));
    expect(endpoint.display).toBe('https://app.example.com:8443/healthz?…');
  });

  test('sends a user without a password (a token as user name) with an empty password', () => {
    expect(parseEndpoint('https://t0k3n@app.example.com/', 'health-url').authorization).toBe(
      basic('t0k3n:'),
    );
    expect(parseEndpoint('https://:pw@app.example.com/', 'health-url').authorization).toBe(
      basic(':pw'),
    );
  });

  test('refuses an invalid percent-escape in the credentials, naming the URL without them', () => {
    expect(() => parseEndpoint('https://ops:50%zz@app.example.com/up', 'health-url 2')).toThrow(
      'health-url 2: invalid percent-escape in the user or password of https://app.example.com/up',
    );
  });

  test('drops the user and password from the printable form, keeping port and path', () => {
    const endpoint = parseEndpoint(
      'https://ops:s3cr%40t@app.example.com:8443/internal/health',
      'health-url',
    );
    expect(endpoint.display).toBe('https://app.example.com:8443/internal/health');
    expect(endpoint.display).not.toContain('ops');
    expect(endpoint.display).not.toContain('s3cr');
  });

  test.each([
    ['https://app.example.com/metrics?token=t0ps3cret', 'https://app.example.com/metrics?…'],
    ['https://app.example.com/metrics#key=t0ps3cret', 'https://app.example.com/metrics?…'],
    ['https://app.example.com:9090/m?a=1&b=2#frag', 'https://app.example.com:9090/m?…'],
    ['https://u:p4ss@app.example.com/m?k=v', 'https://app.example.com/m?…'],
  ])('replaces the query string and fragment of %s with ?…', (raw, display) => {
    expect(parseEndpoint(raw, 'error-rate-url').display).toBe(display);
  });

  test.each([
    'ftp://files.example.com/health',
    'postgres://app:s3cretpw@db.example.com:5432/app',
    'file:///etc/passwd',
    'ws://app.example.com/socket',
    'app.example.com/healthz',
    '/healthz',
    'not a url at all s3cretpw',
    'https://',
    '',
    '   ',
  ])('refuses %j with an error line that holds no part of the input', (raw) => {
    let caught: unknown;
    try {
      parseEndpoint(raw, 'health-url 2');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DbDeployError);
    const error = caught as DbDeployError;
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe('health-url 2: not an http(s) URL');
    const line = error.toLine();
    for (const part of [
      's3cretpw',
      'files.example.com',
      'db.example.com',
      'passwd',
      'ftp',
      'postgres',
    ]) {
      expect(line).not.toContain(part);
    }
    expect(error.hint).toContain('https://');
  });
});

describe('endpointSecrets', () => {
  test('lists the password as written and decoded, and the Basic credentials made from it', () => {
    const raw = 'https://ops:s3cr%40t@app.example.com/metrics';
    expect(endpointSecrets(raw).sort()).toEqual(
      ['s3cr%40t', 's3cr@t', basic('ops:s3cr@t').slice('Basic '.length)].sort(),
    );
  });

  test('never lists the whole URL, its host or its path: they say which check failed', () => {
    const raw = 'https://ops:s3cr3t-pw@app.example.com/internal/health?format=json&region=eu';
    const secrets = endpointSecrets(raw);
    for (const shown of [raw, 'app.example.com', '/internal/health', 'ops', 'json', 'eu'])
      expect(secrets).not.toContain(shown);
    expect(endpointSecrets('https://app.example.com/healthz')).toEqual([]);
  });

  test('takes the user name for the secret when there is no password (https://TOKEN@host)', () => {
    expect(endpointSecrets('https://ghp_abc123@app.example.com/up')).toContain('ghp_abc123');
  });

  test.each([
    ['token=t0k3n', 't0k3n'],
    ['access_token=abc', 'abc'],
    ['api-key=k-1', 'k-1'],
    ['apikey=zzz', 'zzz'],
    ['X-Amz-Signature=ffff', 'ffff'],
    ['sig=abcd', 'abcd'],
    ['code=azfunc', 'azfunc'],
    ['secret=hush', 'hush'],
    ['password=hunter', 'hunter'],
    ['auth=basic', 'basic'],
    ['sessionId=s-77', 's-77'],
    ['jwt=e.y.j', 'e.y.j'],
    ['key=a%2Bb%20c', 'a+b c'],
    ['v=3f9a1c77e2b44d0a', '3f9a1c77e2b44d0a'],
    ['x=0123456789abcdefXYZ', '0123456789abcdefXYZ'],
  ])('lists the value of the credential-like query parameter %s', (query, value) => {
    expect(endpointSecrets(`https://a.example.com/m?${query}&format=json`)).toContain(value);
  });

  test('lists the percent-encoded form too, as it stands in the URL', () => {
    expect(endpointSecrets('https://a.example.com/m?key=a%2Bb%20c')).toEqual(
      expect.arrayContaining(['a%2Bb%20c', 'a+b c']),
    );
  });

  test('lists credentials in the fragment and a bare value that looks random', () => {
    expect(endpointSecrets('https://a.example.com/m#access_token=abc')).toContain('abc');
    expect(endpointSecrets('https://a.example.com/m?3f9a1c77e2b44d0aa')).toContain(
      '3f9a1c77e2b44d0aa',
    );
  });

  test.each([
    ['format', 'json'],
    ['region', 'eu-west-1'],
    ['verbose', '1'],
    ['service', 'checkout-api'],
    ['since', '2024-05-01T00:00:00Z'],
    ['monkey', 'business'],
  ])('leaves out the ordinary query parameter %s=%s', (key, value) => {
    expect(looksLikeCredential(key, value)).toBe(false);
    expect(endpointSecrets(`https://a.example.com/m?${key}=${value}`)).toEqual([]);
  });

  test('leaves out values shorter than three characters: masking them would blank the log', () => {
    const secrets = endpointSecrets('https://u:pw@app.example.com/m?token=ab&key=abc');
    expect(secrets).toContain('abc');
    expect(secrets).not.toContain('pw');
    expect(secrets).not.toContain('ab');
    expect(secrets.every((s) => s.length >= 3)).toBe(true);
  });

  test('treats text that is not a URL as one secret', () => {
    expect(endpointSecrets('  s3cret-not-a-url ')).toEqual(['s3cret-not-a-url']);
    expect(endpointSecrets('ab')).toEqual([]);
    expect(endpointSecrets('')).toEqual([]);
  });
});
