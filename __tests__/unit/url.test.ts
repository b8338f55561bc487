import { parseDatabaseUrl, redact, secretsOf } from '../../src/core/db/url.js';
import { DbDeployError } from '../../src/core/errors.js';

function refusal(url: string): DbDeployError {
  try {
    parseDatabaseUrl(url);
  } catch (error) {
    if (error instanceof DbDeployError) return error;
    throw error;
  }
  throw new Error(`expected ${url} to be refused`);
}

describe('parseDatabaseUrl', () => {
  test('reads user, password, host, port and database, and shows only host:port/database', () => {
    expect(parseDatabaseUrl('postgres://app:s3cret@db.example.com:6543/shop')).toEqual({
      url: 'postgres://app:s3cret@db.example.com:6543/shop',
      user: 'app',
      password: 's3cret',
      host: 'db.example.com',
      port: 6543,
      database: 'shop',
      display: 'db.example.com:6543/shop',
      params: {},
    });
  });

  test('decodes a percent-encoded database name fully, as libpq does (%3B is ;)', () => {
    expect(parseDatabaseUrl('postgres://app:pw@db/prod%3Bx').database).toBe('prod;x');
  });

  test('takes the password, user, port and database from the query string as libpq does', () => {
    const target = parseDatabaseUrl(
      'postgres://db.example.com/shop?user=app&password=s%26cret&port=6543&sslmode=require',
    );
    expect(target).toMatchObject({ user: 'app', password: 's&cret', port: 6543, database: 'shop' });
    expect(target.params).toEqual({ sslmode: 'require' });
    expect(parseDatabaseUrl('postgres://db/?dbname=other').database).toBe('other');
  });

  test.each([
    ['password', 'postgres://app:one@db/shop?password=two'],
    ['user', 'postgres://app:pw@db/shop?user=other'],
    ['database name', 'postgres://app:pw@db/shop?dbname=other'],
    ['port', 'postgres://app:pw@db:5432/shop?port=6543'],
    ['password', 'postgres://db/shop?password=a&password=b'],
  ])('refuses a URL that gives its %s twice with different values', (what, url) => {
    const error = refusal(url);
    expect(error.message).toBe(`database-url gives its ${what} twice, with different values`);
    expect(error.toLine()).not.toMatch(/one|two|other/);
  });

  test('masks a password given as ?password=, as written and decoded', () => {
    const url = 'postgres://app@db/shop?sslmode=require&password=s%26cr%20et';
    const secrets = secretsOf(url);
    expect(secrets).toEqual(expect.arrayContaining([url, 's%26cr%20et', 's&cr et']));
    expect(redact('failed for s&cr et and s%26cr%20et', secrets)).toBe('failed for *** and ***');
  });

  test('accepts the postgresql:// scheme and surrounding whitespace', () => {
    const target = parseDatabaseUrl('  postgresql://app:s3cret@db/shop\n');
    expect(target.url).toBe('postgresql://app:s3cret@db/shop');
    expect(target.display).toBe('db:5432/shop');
  });

  test('defaults the port to 5432', () => {
    expect(parseDatabaseUrl('postgres://app:s3cret@db.example.com/shop').port).toBe(5432);
  });

  test('defaults the database to the user name, as libpq does', () => {
    expect(parseDatabaseUrl('postgres://app:s3cret@db').database).toBe('app');
    expect(parseDatabaseUrl('postgres://db').database).toBe('postgres');
  });

  test('takes an IPv6 host without its brackets', () => {
    const target = parseDatabaseUrl('postgres://app:s3cret@[::1]:5433/shop');
    expect(target.host).toBe('::1');
    expect(target.port).toBe(5433);
    expect(target.database).toBe('shop');
  });

  test('takes the host from ?host= when the authority has none (a Unix socket directory)', () => {
    const target = parseDatabaseUrl('postgres:///shop?host=/var/run/postgresql');
    expect(target.host).toBe('/var/run/postgresql');
    expect(target.display).toBe('/var/run/postgresql:5432/shop');
  });

  test('decodes a percent-encoded password, user and database', () => {
    const target = parseDatabaseUrl('postgres://me%40corp:p%40ss%3Aw%2Frd%25@db/my%20shop');
    expect(target.password).toBe('p@ss:w/rd%');
    expect(target.user).toBe('me@corp');
    expect(target.database).toBe('my shop');
  });

  test.each([
    ['empty', '', 'database-url is empty'],
    ['blank', '   ', 'database-url is empty'],
    ['not a URL', 'not a url with s3cretpw', 'database-url is not a valid URL'],
    [
      'credentials without a host',
      'postgres://app:s3cretpw@/shop',
      'database-url is not a valid URL',
    ],
    [
      'another database',
      'mysql://app:s3cretpw@db/shop',
      'database-url must start with postgres:// or postgresql://',
    ],
    [
      'an http URL',
      'https://app:s3cretpw@db/shop',
      'database-url must start with postgres:// or postgresql://',
    ],
    ['no host', 'postgres://:s3cretpw@:5432/shop', 'database-url is not a valid URL'],
    ['an empty authority', 'postgres:///shop', 'database-url has no host'],
    [
      'a bad escape in the password',
      'postgres://app:s3cretpw%E0%A4%A@db/shop',
      'database-url has an invalid percent-escape in its user or password',
    ],
    [
      'a bad escape in the database',
      'postgres://app:s3cretpw@db/sh%ZZop',
      'database-url has an invalid percent-escape in its database name',
    ],
  ])('refuses %s without printing the URL or its password', (_case, url, message) => {
    const error = refusal(url);
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe(message);
    const line = error.toLine();
    expect(line).toMatch(/^database-url .* — /);
    expect(line).not.toContain('s3cretpw');
    if (url.trim()) expect(line).not.toContain(url.trim());
  });

  test('names the option it was given in its refusals', () => {
    expect(() => parseDatabaseUrl('', 'DATABASE_URL')).toThrow('DATABASE_URL is empty');
  });
});

describe('secretsOf', () => {
  test('returns the URL, the password as written and the password decoded', () => {
    const url = 'postgres://app:p%40ss%3Aw%2Frd%25@db.example.com/shop';
    expect(secretsOf(url).sort()).toEqual([url, 'p%40ss%3Aw%2Frd%25', 'p@ss:w/rd%'].sort());
  });

  test('returns a password given as a query parameter, as written and decoded', () => {
    const url = 'postgres://app@db.example.com/shop?sslmode=require&password=p%40ss+w0rd';
    expect(secretsOf(url).sort()).toEqual([url, 'p%40ss+w0rd', 'p@ss w0rd', 'p@ss+w0rd'].sort());
  });

  test('returns the password once when it needs no decoding', () => {
    expect(secretsOf('postgres://app:s3cret@db/shop').sort()).toEqual(
      ['postgres://app:s3cret@db/shop', 's3cret'].sort(),
    );
  });

  test.each([
    ['a space in the host', 'postgres://app:s3cret@db host/shop', ['s3cret']],
    ['an unencoded @ in the password', 'postgres://app:p@ss@db/shop', ['p@ss']],
    ['an unencoded / and : in the password', 'postgres://app:pa/ss:wd@db/shop', ['pa/ss:wd']],
    ['a bad escape in the password', 'postgres://app:s3cret%E0%A4%A@db/shop', ['s3cret%E0%A4%A']],
    ['an unknown scheme', 'mysql://app:s3cret@db/shop', ['s3cret']],
  ])(
    'finds the password of a URL with %s, which parseDatabaseUrl refuses',
    (_case, url, passwords) => {
      expect(secretsOf(url)).toEqual(expect.arrayContaining([url, ...passwords]));
    },
  );

  test('returns nothing for an empty URL', () => {
    expect(secretsOf('')).toEqual([]);
    expect(secretsOf('  ')).toEqual([]);
  });

  test('returns only the URL when it has no password', () => {
    expect(secretsOf('postgres://app@db:5432/shop')).toEqual(['postgres://app@db:5432/shop']);
    expect(secretsOf('postgres://db:5432/shop')).toEqual(['postgres://db:5432/shop']);
  });

  test('never returns strings shorter than 3 characters, which would mask half the log', () => {
    expect(secretsOf('postgres://app:ab@db/shop')).toEqual(['postgres://app:ab@db/shop']);
    expect(secretsOf('postgres://app:%41@db/shop')).toEqual(['postgres://app:%41@db/shop', '%41']);
    for (const secret of secretsOf('postgres://a:b@c'))
      expect(secret.length).toBeGreaterThanOrEqual(3);
  });

  // The WHATWG parser splits user and password at the last @ (user "me@server", password
  // "p4ssw0rd"), but the textual match stops at the first @ and so finds no password.
  test('finds the password when the user name holds an unencoded @ (user@server)', () => {
    const url = 'postgres://me@server:p4ssw0rd@server.postgres.database.azure.com/shop';
    expect(parseDatabaseUrl(url).password).toBe('p4ssw0rd');
    expect(secretsOf(url)).toContain('p4ssw0rd');
  });
});

describe('redact', () => {
  test('replaces every occurrence of every secret with ***', () => {
    expect(redact('login s3cret failed; s3cret again', ['s3cret'])).toBe(
      'login *** failed; *** again',
    );
  });

  test('replaces the longest secret first, so no fragment of it survives', () => {
    const url = 'postgres://app:s3cret@db/shop';
    expect(redact(`cannot reach ${url}`, ['s3cret', url])).toBe('cannot reach ***');
  });

  test('masks a URL and both forms of its password', () => {
    const url = 'postgres://app:p%40ss%3Aw%2Frd%25@db/shop';
    const text = `url=${url} raw=p%40ss%3Aw%2Frd%25 decoded=p@ss:w/rd%`;
    expect(redact(text, secretsOf(url))).toBe('url=*** raw=*** decoded=***');
  });

  test('leaves text alone when there is nothing to mask', () => {
    expect(redact('all fine', [])).toBe('all fine');
    expect(redact('all fine', [''])).toBe('all fine');
  });
});
