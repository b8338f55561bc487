import { commandPreamble } from '../../src/cli/preamble.js';
import type { OptionSpec } from '../../src/cli/args.js';
import { setEnv } from '../helpers/env.js';
import { capture } from '../helpers/cli-io.js';

const OPTIONS = {
  'database-url': { type: 'string' },
  'stats-database-url': { type: 'string' },
  'health-url': { type: 'string', multiple: true },
} as const satisfies OptionSpec;

const spec = { command: 'demo', options: OPTIONS, help: 'Usage: db-deploy demo' };

describe('commandPreamble: the opening every CLI command shares', () => {
  test('--help prints the help and asks for exit 0 (undefined), before any URL is required', () => {
    const io = capture();
    const restore = setEnv({ DATABASE_URL: undefined });
    try {
      expect(commandPreamble(['--help'], io, { ...spec, databaseUrl: 'required' })).toBeUndefined();
    } finally {
      restore();
    }
    expect(io.stdout).toBe('Usage: db-deploy demo\n');
  });

  test('an unknown option is a usage error pointing at the command help', () => {
    expect(() => commandPreamble(['--bogus'], capture(), spec)).toThrow(
      expect.objectContaining({ code: 'usage', hint: 'run db-deploy demo --help' }),
    );
  });

  test('a required URL comes from --database-url, else DATABASE_URL, else is refused in one line', () => {
    const restore = setEnv({ DATABASE_URL: 'postgres://app:from-env-pw@db:5432/shop' });
    try {
      const io = capture();
      const parsed = commandPreamble([], io, { ...spec, databaseUrl: 'required' });
      expect(parsed?.databaseUrl).toBe('postgres://app:from-env-pw@db:5432/shop');
      expect(io.secrets).toContain('from-env-pw');
      const given = commandPreamble(
        ['--database-url', 'postgres://app:given-pw@db/shop'],
        capture(),
        { ...spec, databaseUrl: 'required' },
      );
      expect(given?.databaseUrl).toBe('postgres://app:given-pw@db/shop');
      setEnv({ DATABASE_URL: undefined });
      expect(() => commandPreamble([], capture(), { ...spec, databaseUrl: 'required' })).toThrow(
        'no database URL given',
      );
      expect(
        commandPreamble([], capture(), { ...spec, databaseUrl: 'optional' })?.databaseUrl,
      ).toBeUndefined();
    } finally {
      restore();
    }
  });

  test('registers the secrets of every URL option, repeated ones included, before the command runs', () => {
    const io = capture();
    commandPreamble(
      [
        '--stats-database-url',
        'postgres://ro:stats-pw@replica/shop',
        '--health-url',
        'https://u:first-token@app/a',
        '--health-url',
        'https://u:second-token@app/b',
      ],
      io,
      { ...spec, secretUrls: ['stats-database-url', 'health-url'] },
    );
    expect(io.secrets).toEqual(expect.arrayContaining(['stats-pw', 'first-token', 'second-token']));
  });
});
