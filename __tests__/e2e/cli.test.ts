// The committed CLI (dist/cli/index.js: the loader, and cli.js behind it) run on Node 24 as a
// user runs it, for inputs handled in-process and for inputs large enough to be linted in a
// child process with the baseline WebAssembly compiler.
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as cli } from '../helpers/cli-bundle.js';
import { adminUrl } from '../helpers/database.js';
import { copyState, plansCheckout, productionCopy } from '../helpers/plans.js';

/** A directory of `files` migrations, each with a blocking index and a safe one. */
async function migrations(files: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'db-deploy-cli-e2e-'));
  for (let i = 0; i < files; i += 1) {
    const name = `${1700000000000 + i}_index_${i}.sql`;
    const body = [
      '-- Up Migration',
      `CREATE INDEX orders_${i}_idx ON orders (customer_${i});`,
      `CREATE INDEX CONCURRENTLY orders_${i}_c_idx ON orders (created_${i});`,
      `COMMENT ON TABLE orders IS '${'padding '.repeat(20)}';`,
      '-- Down Migration',
      `DROP INDEX orders_${i}_idx;`,
    ].join('\n');
    await writeFile(join(dir, name), body);
  }
  return dir;
}

describe('the db-deploy CLI bundle', () => {
  test('prints its version and help', async () => {
    expect((await cli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('lint');
    expect(help.stdout).toContain('validate');
  });

  test.each([
    ['in-process', 2],
    ['in a child with the baseline compiler (over 8 KB of SQL)', 60],
  ])('lints %s: JSON findings, exit 1 on an error, 0 with --fail-on never', async (_, files) => {
    const dir = await migrations(files);
    const run = await cli(['lint', dir, '--format', 'json']);
    expect(run.code).toBe(1);
    const findings = JSON.parse(run.stdout) as Array<{ rule: string; line: number }>;
    const blocking = findings.filter((f) => f.rule === 'require-concurrent-index');
    expect(blocking).toHaveLength(files);
    expect(blocking.every((f) => f.line === 2)).toBe(true);
    expect((await cli(['lint', dir, '--fail-on', 'never'])).code).toBe(0);
  });

  test('a usage error exits 2 with one line, also through the child process', async () => {
    const dir = await migrations(60);
    const run = await cli(['lint', dir, '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('--format: "xml" is not one of text, json, github, sarif');
  });

  test('a missing path is one clear line and exit 1', async () => {
    const run = await cli(['lint', 'no/such/dir']);
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(
      'db-deploy lint: "no/such/dir" does not exist — name migration files or directories that exist (relative to the current directory)',
    );
  });
});

describe('db-deploy explain from the CLI bundle', () => {
  test("prints a query's plan before and after a migration on a production-sized copy, exits 1 on the regression, and never prints the URL", async () => {
    const copy = await productionCopy(adminUrl());
    const before = await copyState(copy);
    const dir = await plansCheckout('1700000000020_drop_orders_user_index.sql');
    const run = await cli(
      ['explain', '--dir', 'migrations', '--queries', 'queries.sql', '--name', 'orders of a user'],
      { cwd: dir, env: { PLANS_DATABASE_URL: copy } },
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Query "orders of a user" (queries.sql:4)');
    expect(run.stdout).toContain('->  Bitmap Index Scan on orders_user_id_idx');
    expect(run.stdout).toMatch(
      /error plan-regression migrations\/1700000000020_drop_orders_user_index\.sql:2: /,
    );
    expect(run.stdout + run.stderr).not.toContain(copy);
    expect(await copyState(copy)).toEqual(before);
  }, 120_000);
});
