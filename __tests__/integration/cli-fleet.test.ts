// `db-deploy migrate --targets FILE` in-process: the rollout the action runs over database-urls,
// from a file, for a laptop or a cron job.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { fixturePath } from '../helpers/fixtures.js';
import { appliedIn, drift, FLEET_MIGRATIONS, TENANT_PASSWORDS, tenants } from '../helpers/fleet.js';

const dir = fixturePath('fleet');
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'db-deploy-cli-fleet-'));
});
afterAll(() => rm(work, { recursive: true, force: true }));

async function targetsFile(list: string): Promise<string> {
  const file = join(work, `targets-${Math.random().toString(36).slice(2)}.txt`);
  await writeFile(file, `# tenants\n${list}\n`);
  return file;
}

describe('db-deploy migrate --targets', () => {
  test('rolls out over every database of the file, the canary first, logs each line under its target, and never prints a URL or password', async () => {
    const fleet = await tenants(4, { roles: true });
    try {
      const file = await targetsFile(fleet.list);
      const io = capture();
      expect(
        await main(['migrate', '--targets', file, '--dir', dir, '--max-parallel', '2'], io),
      ).toBe(0);

      expect(io.stdout).toMatch(/^## ✅ db-deploy migrate: 4 targets, 12 migrations applied/);
      expect(io.stdout).toContain('| 1 | `t1` 🐤 canary |');
      expect(io.stdout).toContain('```mermaid\ngantt');
      expect(io.stderr).toContain('[t2] applying 002_create_invoices');
      for (const t of fleet.tenants) expect(await appliedIn(t.url)).toEqual(FLEET_MIGRATIONS);
      const printed = io.stdout + io.stderr;
      for (const secret of [
        ...fleet.tenants.map((t) => t.url),
        ...TENANT_PASSWORDS,
        ...TENANT_PASSWORDS.map(encodeURIComponent),
      ])
        expect(printed).not.toContain(secret);
    } finally {
      await fleet.cleanup();
    }
  });

  test('halts at a failing target with exit code 1 and one line, and --json reports every target', async () => {
    const fleet = await tenants(3);
    try {
      await drift(fleet.tenants[1]?.url ?? '');
      const io = capture();
      expect(
        await main(
          ['migrate', '--targets', await targetsFile(fleet.list), '--dir', dir, '--json'],
          io,
        ),
      ).toBe(1);

      const report = JSON.parse(io.stdout) as { targets: { name: string; status: string }[] };
      expect(report.targets.map((t) => [t.name, t.status])).toEqual([
        ['t1', 'applied'],
        ['t2', 'failed'],
        ['t3', 'skipped'],
      ]);
      expect(io.stderr.trim().split('\n').at(-1)).toMatch(
        /^db-deploy migrate: 1 of 3 targets failed, 1 not started \(t2 failed \(on-failure halt\)\); first t2: migration 002_create_invoices \(up\) failed: 42P07 /,
      );
      expect(await appliedIn(fleet.tenants[2]?.url ?? '')).toEqual([]);
    } finally {
      await fleet.cleanup();
    }
  });

  test.each([
    [
      ['--canary', '1'],
      'db-deploy migrate: --canary applies to --targets only — list the database in a --targets file (one line is a fleet of one), or leave out --canary',
    ],
    [
      ['--targets', 'no-such-file.txt'],
      'db-deploy migrate: --targets no-such-file.txt cannot be read (ENOENT) — pass a file with one connection URL (or name=URL) a line',
    ],
    [
      ['--targets', 'FILE', '--database-url', 'postgres://u:hunter22@h/db'],
      'db-deploy migrate: --database-url and --targets are both given — give --database-url for one database or --targets FILE for a fleet, not both',
    ],
    [
      ['--targets', 'FILE', '--down'],
      'db-deploy migrate: a rollout over database-urls only applies migrations: direction down is refused — roll back one database at a time with database-url and direction: down',
    ],
    [
      ['--targets', 'FILE', '--verify-checks', 'invalid-indexes,locks'],
      'db-deploy migrate: --verify-checks: "locks" is not a preflight check — use some of connection, server-version, database-size, active-connections, connection-usage, transaction-age, lock-waiters, replication-lag, invalid-indexes',
    ],
    [
      ['--targets', 'BAD'],
      'db-deploy migrate: --targets BAD line 2 is not a valid URL — use postgres://USER:PASSWORD@HOST:PORT/DATABASE, with special characters in the password percent-encoded',
    ],
  ])('refuses %j in one line with exit code 1, printing no password', async (args, line) => {
    const file = await targetsFile('a=postgres://u:hunter22@127.0.0.1:1/a');
    const bad = await targetsFile('not a url but hunter22');
    const argv = args.map((a) => (a === 'FILE' ? file : a === 'BAD' ? bad : a));
    const io = capture();
    expect(await main(['migrate', '--dir', dir, ...argv], io)).toBe(1);
    expect(io.stderr.trim()).toBe(line.replace('BAD', bad));
    expect(io.stdout + io.stderr).not.toContain('hunter22');
  });
});
