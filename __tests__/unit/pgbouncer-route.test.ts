import { pgBouncerRoute } from '../../src/core/switch/guardrails.js';

describe('pgBouncerRoute (the action and the CLI read PgBouncer the same way)', () => {
  test('no setting: no route', () => {
    expect(pgBouncerRoute({}, 'shop')).toBeUndefined();
  });

  test("the admin console alone routes blue's own entry", () => {
    expect(pgBouncerRoute({ adminUrl: 'postgres://a@h/pgbouncer' }, 'shop')).toEqual({
      adminUrl: 'postgres://a@h/pgbouncer',
      database: 'shop',
    });
  });

  test('config and entry name are kept with the admin console', () => {
    expect(
      pgBouncerRoute(
        { adminUrl: 'postgres://a@h/pgbouncer', configPath: '/etc/pgb.ini', database: 'app' },
        'shop',
      ),
    ).toEqual({
      adminUrl: 'postgres://a@h/pgbouncer',
      configPath: '/etc/pgb.ini',
      database: 'app',
    });
  });

  test.each([
    [{ configPath: '/etc/pgb.ini' }, ''],
    [{ database: 'app' }, '--'],
  ])('%j without the admin console is refused, not ignored', (given, prefix) => {
    expect(() => pgBouncerRoute(given, 'shop', prefix)).toThrow(
      `${prefix}pgbouncer-config and ${prefix}pgbouncer-database need ${prefix}pgbouncer-admin-url`,
    );
  });
});
