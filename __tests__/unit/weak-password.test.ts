import {
  passwordWeakness,
  urlPasswordWeakness,
  weakPasswordWarning,
} from '../../src/core/db/weak-password.js';

describe('passwordWeakness', () => {
  test.each([
    ['postgres', 'common'],
    ['Password', 'common'],
    ['mysecretpassword', 'common'],
    ['s3cr3t', 'common'],
    ['12345678901', 'common'],
    ['pw', 'unmaskable'],
    ['x', 'unmaskable'],
  ])('finds %j weak (%s)', (password, weakness) => {
    expect(passwordWeakness(password)).toBe(weakness);
  });

  test.each(['kT9-vQ2mX7pL', 'correct horse battery staple', 'p@ss:w/rd%'])(
    'leaves %j alone',
    (password) => expect(passwordWeakness(password)).toBeUndefined(),
  );

  test('finds a password weak that is part of the user, host or database name', () => {
    expect(passwordWeakness('inventory', ['app', 'db.example.com', 'inventory_prod'])).toBe(
      'common',
    );
    expect(passwordWeakness('inventory', ['app', 'db.example.com', 'shop'])).toBeUndefined();
  });

  test('has nothing to say without a password', () => {
    expect(passwordWeakness('')).toBeUndefined();
  });
});

describe('urlPasswordWeakness', () => {
  test('reads the user, password, host and database of a URL, decoded', () => {
    expect(urlPasswordWeakness('postgres://postgres:postgres@localhost:5432/app')).toBe('common');
    expect(urlPasswordWeakness('postgres://app:shop%2Dprod@h:5432/shop-prod')).toBe('common');
    expect(urlPasswordWeakness('postgres://app:kT9-vQ2mX7pL@h:5432/shop')).toBeUndefined();
    expect(urlPasswordWeakness('postgres://app@h/shop')).toBeUndefined();
    expect(urlPasswordWeakness('not a url')).toBeUndefined();
    expect(urlPasswordWeakness('')).toBeUndefined();
  });
});

describe('weakPasswordWarning', () => {
  test('says in one line which inputs, why, and what to do, without the password', () => {
    const warning = weakPasswordWarning({
      'database-url': 'postgres://postgres:postgres@localhost:5432/app',
      'verify-database-url': 'postgres://app:xy@localhost:5432/scratch',
      'github-token': 'ghs_notaurl',
    });
    expect(warning).toBe(
      'the password of verify-database-url is shorter than 3 characters, too short to be masked, so it can show in the log; ' +
        'the password of database-url is short or a common word; it stays masked, so wherever those characters appear in the log (in a user, host or database name too) they read *** — use a long random password',
    );
    expect(warning).not.toContain('postgres');
    expect(warning).not.toMatch(/\bxy\b/);
  });

  test('names every input with a weak password in one warning', () => {
    expect(
      weakPasswordWarning({
        'database-url': 'postgres://a:admin@h/d',
        'green-database-url': 'postgres://a:secret@h/d',
      }),
    ).toMatch(/^the password of database-url, green-database-url is short or a common word;/);
  });

  test('says nothing for strong passwords or URLs without one', () => {
    expect(
      weakPasswordWarning({
        'database-url': 'postgres://app:kT9-vQ2mX7pL@db.example.com/shop',
        'stats-database-url': '',
      }),
    ).toBeUndefined();
  });
});
