import { DbDeployError } from '../../../src/core/errors.js';
import { endpointSecrets, parseEndpoint } from '../../../src/core/monitor/endpoint.js';

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

  test('keeps the URL as given (trimmed) for the request', () => {
    const raw = 'https://ops:s3cret@app.example.com/healthz?token=abc';
    expect(parseEndpoint(`  ${raw}\n`, 'health-url').url).toBe(raw);
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
  test('lists the whole URL, the password (as written and decoded) and query values', () => {
    const raw = 'https://ops:s3cr%40t@app.example.com/metrics?token=t0k3n&region=eu&format=json';
    const secrets = endpointSecrets(raw);
    expect(secrets).toEqual(expect.arrayContaining([raw, 's3cr%40t', 's3cr@t', 't0k3n', 'json']));
  });

  test('leaves out values shorter than three characters', () => {
    const secrets = endpointSecrets('https://u:pw@app.example.com/m?a=1&bb=xy&c=abc');
    expect(secrets).toContain('abc');
    expect(secrets).not.toContain('pw');
    expect(secrets).not.toContain('1');
    expect(secrets).not.toContain('xy');
    expect(secrets).not.toContain('eu');
    expect(secrets.every((s) => s.length >= 3)).toBe(true);
  });

  test('holds only the URL itself when it carries no password or query', () => {
    expect(endpointSecrets(' https://app.example.com/healthz ')).toEqual([
      'https://app.example.com/healthz',
    ]);
  });

  test('decodes query values the way the server reads them', () => {
    expect(endpointSecrets('https://a.example.com/m?key=a%2Bb%20c')).toContain('a+b c');
  });

  test('treats text that is not a URL as one secret', () => {
    expect(endpointSecrets('  s3cret-not-a-url ')).toEqual(['s3cret-not-a-url']);
    expect(endpointSecrets('ab')).toEqual([]);
    expect(endpointSecrets('')).toEqual([]);
  });
});
