import { parseTargets, secretsOfList } from '../../src/core/fleet/targets.js';
import { redact } from '../../src/core/db/url.js';
import { DbDeployError } from '../../src/core/errors.js';

function refusal(text: string): DbDeployError {
  try {
    parseTargets(text, 'database-urls');
  } catch (error) {
    if (error instanceof DbDeployError) return error;
    throw error;
  }
  throw new Error('expected the list to be refused');
}

describe('parseTargets', () => {
  test('reads URL and name=URL lines in order, skipping blank lines and # comments', () => {
    const targets = parseTargets(
      [
        '# tenants of eu-1',
        'acme=postgres://app:pw1@db1.example.com:6543/acme?sslmode=require',
        '',
        '  postgres://app:pw2@db2.example.com/globex  ',
        'initech = postgresql://app:pw3@db2.example.com/initech_prod',
      ].join('\n'),
      'database-urls',
    );
    expect(
      targets.map(({ name, display, line, index }) => ({ name, display, line, index })),
    ).toEqual([
      { name: 'acme', display: 'db1.example.com:6543/acme', line: 2, index: 0 },
      { name: 'globex', display: 'db2.example.com:5432/globex', line: 4, index: 1 },
      { name: 'initech', display: 'db2.example.com:5432/initech_prod', line: 5, index: 2 },
    ]);
    expect(targets[0]?.url).toBe('postgres://app:pw1@db1.example.com:6543/acme?sslmode=require');
  });

  test.each([
    [
      'an empty list',
      '\n# nothing\n',
      'database-urls lists no database — give one connection URL a line, as URL or name=URL',
    ],
    [
      'a line that is not a URL',
      'a=postgres://u:pw@h/a\nb=not a url with s3cret',
      'database-urls line 2 is not a valid URL — use postgres://USER:PASSWORD@HOST:PORT/DATABASE, with special characters in the password percent-encoded',
    ],
    [
      'a name with a space',
      'tenant one=postgres://u:s3cret@h/a',
      'database-urls line 1 is not a valid URL — use postgres://USER:PASSWORD@HOST:PORT/DATABASE, with special characters in the password percent-encoded',
    ],
    [
      'a MySQL URL',
      'a=mysql://u:s3cret@h/a',
      'database-urls line 1 must start with postgres:// or postgresql:// — use postgres://USER:PASSWORD@HOST:PORT/DATABASE, with special characters in the password percent-encoded',
    ],
    [
      'two lines with one name',
      'a=postgres://u:pw@h/one\na=postgres://u:pw@h/two',
      'database-urls lines 1 and 2 share the name "a" — give each target its own name: name=URL',
    ],
    [
      'the same database twice',
      'a=postgres://u:pw@h/one\nb=postgres://v:other@h:5432/one',
      'database-urls lines 1 and 2 are the same database (h:5432/one) — list each database once',
    ],
    [
      'a database name that cannot be a target name',
      'postgres://u:pw@h/my%20db',
      'database-urls line 1: the database name of h:5432/my db cannot serve as the target\'s name — name the target: name=URL, with letters, digits, ".", "_" and "-" (at most 63)',
    ],
    [
      'a name longer than 63 characters',
      `${'n'.repeat(64)}=postgres://u:pw@h/a`,
      `database-urls line 1: the name "${'n'.repeat(64)}" is longer than 63 characters — name the target: name=URL, with letters, digits, ".", "_" and "-" (at most 63)`,
    ],
  ])('refuses %s in one line that names the line, never the URL', (_, text, line) => {
    const error = refusal(text);
    expect(error.toLine()).toBe(line);
    expect(error.toLine()).not.toContain('s3cret');
  });
});

describe('secretsOfList', () => {
  test('masks every line, URL and password of the list, two different passwords included', () => {
    const text = [
      'eu=postgres://app:first%40pass@db1:5432/eu',
      'us=postgres://ops:second:pass@db2:5432/us',
      '# a comment line with postgres://old:third-pass@db3/x',
    ].join('\n');
    const secrets = secretsOfList(text);
    for (const secret of [
      'eu=postgres://app:first%40pass@db1:5432/eu',
      'postgres://app:first%40pass@db1:5432/eu',
      'first%40pass',
      'first@pass',
      'postgres://ops:second:pass@db2:5432/us',
      'second:pass',
      'third-pass',
    ])
      expect(secrets).toContain(secret);
    const log =
      'connecting with first@pass and second:pass to postgres://app:first%40pass@db1:5432/eu';
    expect(redact(log, secrets)).toBe('connecting with *** and *** to ***');
  });

  test('finds the password of a line that does not parse, before it is refused', () => {
    expect(secretsOfList('tenant one=postgres://u:hunter22@h/a')).toContain('hunter22');
  });

  test('is secretsOf for a single URL', () => {
    expect(secretsOfList('postgres://u:p%25w@h/db').sort()).toEqual(
      ['postgres://u:p%25w@h/db', 'p%25w', 'p%w'].sort(),
    );
  });
});
