import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { freshDatabase, query } from '../helpers/database.js';

const dir = resolve('examples/migrations');

describe('db-deploy CLI (same core as the action)', () => {
  test('--help lists the commands, and each command has its own help', async () => {
    const io = capture();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.stdout).toMatch(/migrate[\s\S]*status/);
    for (const command of ['migrate', 'status']) {
      const sub = capture();
      expect(await main([command, '--help'], sub)).toBe(0);
      expect(sub.stdout).toContain(`Usage: db-deploy ${command}`);
    }
  });

  test('a short or common password stays masked and is said once on stderr, never printed', async () => {
    const url = await freshDatabase();
    const role = `cli_common_${process.pid}`;
    await query(url, `CREATE ROLE ${role} LOGIN PASSWORD 'secret'`);
    const weak = new URL(url);
    weak.username = role;
    weak.password = 'secret';
    const io = capture();
    expect(await main(['status', '--database-url', weak.toString(), '--dir', dir], io)).toBe(0);
    expect(io.stderr.split('\n').filter((l) => l.startsWith('warning:'))).toEqual([
      'warning: the password of the connection URL is short or a common word; it stays masked, so wherever those characters appear in the log (in a user, host or database name too) they read *** — use a long random password',
    ]);
    expect(io.stdout + io.stderr).not.toContain(weak.toString());
    expect(io.secrets).toContain('secret');

    await query(url, `ALTER ROLE ${role} PASSWORD 'k7Qv-2mZr-9xLp'`);
    weak.password = 'k7Qv-2mZr-9xLp';
    const strong = capture();
    expect(await main(['status', '--database-url', weak.toString(), '--dir', dir], strong)).toBe(0);
    expect(strong.stderr).not.toContain('warning:');
  });

  test('migrate --count 2 then status --json shows two applied and five pending; --down rolls back one', async () => {
    const url = await freshDatabase();
    const run = capture();
    expect(await main(['migrate', '--database-url', url, '--dir', dir, '--count', '2'], run)).toBe(
      0,
    );
    expect(run.stdout).toContain('2 migrations applied');
    const status = capture();
    expect(await main(['status', '--database-url', url, '--dir', dir, '--json'], status)).toBe(0);
    const parsed = JSON.parse(status.stdout) as { applied: unknown[]; pending: unknown[] };
    expect([parsed.applied.length, parsed.pending.length]).toEqual([2, 5]);
    const down = capture();
    expect(
      await main(['migrate', '--database-url', url, '--dir', dir, '--down', '--json'], down),
    ).toBe(0);
    expect(
      (JSON.parse(down.stdout) as { applied: { name: string }[] }).applied.map((m) => m.name),
    ).toEqual(['1700000000002_create_categories']);
    expect(await query(url, 'SELECT name FROM pgmigrations')).toHaveLength(1);
  });

  test('takes the URL from DATABASE_URL and never prints it or its password', async () => {
    const url = await freshDatabase();
    const previous = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url;
    try {
      const io = capture();
      expect(await main(['migrate', '--dir', dir, '--dry-run'], io)).toBe(0);
      expect(io.stdout).toContain('dry run');
      expect(io.stdout + io.stderr).not.toContain(url);
    } finally {
      if (previous === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = previous;
    }
  });

  test.each([
    [['migrate', '--bogus'], 2, /Unknown option '--bogus' — run db-deploy migrate --help/],
    [['frobnicate'], 2, /unknown command "frobnicate"/],
    [
      ['migrate', '--database-url', 'postgres://u:hunter22@127.0.0.1:1/db', '--dir', dir],
      1,
      /connection refused/,
    ],
    [
      [
        'migrate',
        '--database-url',
        'postgres://u:hunter22@127.0.0.1:1/db',
        '--dir',
        dir,
        '--lock-timeout',
        'soon',
      ],
      1,
      /--lock-timeout: "soon" is not a duration/,
    ],
    [
      ['migrate', '--database-url', 'postgres://u:hunter22@127.0.0.1:1/db', '--dir', 'nowhere'],
      1,
      /migrations directory "nowhere" does not exist/,
    ],
    [
      [
        'switch',
        'switch',
        '--database-url',
        'postgres://u:hunter22@127.0.0.1:1/db',
        '--pgbouncer-config',
        'pgbouncer.ini',
      ],
      1,
      /--pgbouncer-config and --pgbouncer-database need --pgbouncer-admin-url/,
    ],
  ])('%j exits %i with one clear line', async (argv, code, pattern) => {
    const io = capture();
    expect(await main(argv as string[], io)).toBe(code);
    expect(io.stderr.trim().split('\n')).toHaveLength(1);
    expect(io.stderr).toMatch(pattern);
    expect(io.stderr).not.toContain('hunter22');
  });

  test('validate that fails ends with one failure line on stderr, pointing at the report above', async () => {
    const migrations = await validateMigrations('1700000000015_drop_quantity.sql');
    const io = capture();
    const argv = ['validate', '--database-url', await freshDatabase(), '--dir', migrations];
    expect(await main(argv, io)).toBe(1);
    expect(io.stdout).toContain('db-deploy validate');
    const last = io.stderr.trim().split('\n').at(-1);
    expect(last).toMatch(/^db-deploy validate: \d+ finding\(s\) at or above fail-on error/);
    expect(last).toMatch(/— see the report above$/);
  });

  test('validate --final-test-command runs the suite once after the new migrations; its failure is the last line', async () => {
    const migrations = await validateMigrations('1700000000010_add_note.sql');
    const help = capture();
    await main(['validate', '--help'], help);
    expect(help.stdout).toMatch(
      /--final-test-command CMD +shell command run ONCE after every new migration is applied/,
    );
    const io = capture();
    const argv = ['validate', '--database-url', await freshDatabase(), '--dir', migrations];
    argv.push('--final-test-command', 'echo "suite on $DATABASE_URL"; exit 6');
    expect(await main(argv, io)).toBe(1);
    expect(io.stdout).toContain('❌ final-test-command failed after the new migrations (exit 6');
    expect(io.stderr.trim().split('\n').at(-1)).toBe(
      'db-deploy validate: final-test-command exited with 6 — see the report above',
    );
  });

  test('validate --required-table / --required-index / --required-foreign-key check the final schema', async () => {
    const migrations = await validateMigrations('1700000000010_add_note.sql');
    const run = async (...required: string[]) => {
      const io = capture();
      const argv = ['validate', '--database-url', await freshDatabase(), '--dir', migrations];
      return { code: await main([...argv, ...required], io), io };
    };
    const present = await run('--required-table', 'products', '--required-table', 'orders');
    expect(present.code).toBe(0);
    const missing = await run(
      '--required-table',
      'products',
      '--required-index',
      'no_such_index',
      '--required-foreign-key',
      'orders(id)->no_such_table(id)',
    );
    expect(missing.code).toBe(1);
    expect(missing.io.stderr.trim().split('\n').at(-1)).toBe(
      'db-deploy validate: required index no_such_index is missing from the final schema (and 1 more) — see the report above',
    );
  });
});

/** A migrations directory with the validate baseline and the named new cases. */
async function validateMigrations(...cases: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'db-deploy-cli-validate-'));
  const fixtures = resolve('__tests__/fixtures/validate');
  for (const file of ['1700000000001_products.sql', '1700000000002_orders.sql'])
    await copyFile(join(fixtures, 'baseline', file), join(dir, file));
  for (const file of cases) await copyFile(join(fixtures, 'cases', file), join(dir, file));
  return dir;
}
