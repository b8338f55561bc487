// `db-deploy explain`, `db-deploy validate --queries --plans-database-url` and the foreign-key
// rule in `db-deploy lint`, in process, against the suite's PostgreSQL.
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { adminUrl, freshDatabase } from '../helpers/database.js';
import { copyState, plansCheckout, productionCopy } from '../helpers/plans.js';

const DROP = '1700000000020_drop_orders_user_index.sql';
const NOTE = '1700000000022_add_note.sql';
const REFUNDS = '1700000000023_refunds.sql';

let copy: string;

beforeAll(async () => {
  copy = await productionCopy(adminUrl());
}, 120_000);

describe('db-deploy explain', () => {
  test("prints a query's whole plan before and after the migration, the finding, exits 1, and leaves the copy as it was", async () => {
    const dir = await plansCheckout(DROP);
    const before = await copyState(copy);
    const io = capture();
    const code = await main(
      [
        'explain',
        '--plans-database-url',
        copy,
        '--dir',
        join(dir, 'migrations'),
        '--queries',
        join(dir, 'queries.sql'),
        '--name',
        'orders of a user',
        '--migration',
        '1700000000020_drop_orders_user_index',
      ],
      io,
    );
    expect({ code, stderr: io.stderr }).toEqual({ code: 1, stderr: expect.any(String) });
    const out = io.stdout;
    expect(out).toMatch(
      /^1700000000020_drop_orders_user_index on 127\.0\.0\.1:\d+\/copy_\d+_\d+ \(PostgreSQL \d+, /,
    );
    expect(out).toContain('Indexes: -public.orders_user_id_idx');
    expect(out).toMatch(
      /Query "orders of a user" \(.*queries\.sql:4\)\n {2}Before, estimated cost [\d,.]+:\n {4}Limit {2}\(cost=/,
    );
    expect(out).toContain('Bitmap Index Scan on orders_user_id_idx');
    expect(out).toMatch(/ {2}After, estimated cost [\d,.]+ \(×[\d,.]+\):\n/);
    expect(out).toMatch(/Seq Scan on public\.orders/);
    expect(out).toMatch(
      /\n {2}error plan-regression \S*migrations\/1700000000020_drop_orders_user_index\.sql:2: /,
    );
    expect(out + io.stderr).not.toContain(copy);
    expect(await copyState(copy)).toEqual(before);
  }, 120_000);

  test('--query plans one statement; a harmless migration is no finding and exits 0; --json prints the plans', async () => {
    const dir = await plansCheckout(NOTE);
    const io = capture();
    const args = [
      'explain',
      '--plans-database-url',
      copy,
      '--dir',
      join(dir, 'migrations'),
      '--query',
      'SELECT id FROM orders WHERE user_id = $1',
    ];
    expect(await main(args, io)).toBe(0);
    expect(io.stdout).toMatch(/\nNo finding\.$/m);
    const json = capture();
    expect(await main([...args, '--json'], json)).toBe(0);
    const result = JSON.parse(json.stdout) as {
      plans: { migration: { name: string; queries: Array<{ changed: boolean }> } };
      findings: unknown[];
    };
    expect(result.plans.migration).toMatchObject({
      name: '1700000000022_add_note',
      queries: [{ changed: false }],
    });
    expect(result.findings).toEqual([]);
  }, 120_000);

  test.each([
    [
      ['explain', '--query', 'SELECT 1'],
      1,
      'no production-sized copy given — pass --plans-database-url URL or set PLANS_DATABASE_URL',
    ],
    [
      ['explain', '--plans-database-url', 'postgres://u:pw-secret@127.0.0.1:1/db'],
      2,
      'give either --query SQL or --queries FILE',
    ],
    [
      [
        'explain',
        '--plans-database-url',
        'postgres://u:pw-secret@127.0.0.1:1/db',
        '--query',
        'DROP TABLE orders',
      ],
      1,
      '--query: "DROP TABLE orders" is not a query db-deploy plans',
    ],
  ])('%j exits %i with one line', async (argv, exit, line) => {
    const previous = process.env.PLANS_DATABASE_URL;
    delete process.env.PLANS_DATABASE_URL;
    try {
      const io = capture();
      expect(await main(argv, io)).toBe(exit);
      expect(io.stderr.trim().split('\n')).toEqual([expect.stringContaining(line)]);
      expect(io.stderr).not.toContain('pw-secret');
    } finally {
      if (previous !== undefined) process.env.PLANS_DATABASE_URL = previous;
    }
  });
});

describe('db-deploy validate with --queries and --plans-database-url', () => {
  test('fails on the plan regression, and the JSON report carries the plans', async () => {
    const dir = await plansCheckout(DROP);
    const io = capture();
    const code = await main(
      [
        'validate',
        '--database-url',
        await freshDatabase('cli_plans'),
        '--dir',
        join(dir, 'migrations'),
        '--queries',
        join(dir, 'queries.sql'),
        '--plans-database-url',
        copy,
        '--plan-regression-ratio',
        '5',
        '--json',
      ],
      io,
    );
    expect(code).toBe(1);
    const report = JSON.parse(io.stdout) as {
      plans: {
        regressionRatio: number;
        migrations: Array<{ queries: Array<{ verdict?: string }> }>;
      };
      findings: Array<{ rule: string }>;
    };
    expect(report.plans.regressionRatio).toBe(5);
    expect(report.plans.migrations[0]?.queries.map((q) => q.verdict)).toContain('regressed');
    expect(report.findings.map((f) => f.rule)).toContain('plan-regression');
    expect(io.stdout + io.stderr).not.toContain(copy);
  }, 120_000);

  test("--queries without --plans-database-url is refused with the options' own names", async () => {
    const io = capture();
    expect(
      await main(
        ['validate', '--database-url', 'postgres://u:pw@127.0.0.1:1/db', '--queries', 'q.sql'],
        io,
      ),
    ).toBe(1);
    expect(io.stderr).toContain(
      'db-deploy validate: --queries needs --plans-database-url: plans on an empty or small database say nothing about production',
    );
  });
});

test('db-deploy lint flags a foreign key without an index on its columns', async () => {
  const dir = await plansCheckout(REFUNDS);
  const io = capture();
  const file = join(dir, 'migrations', REFUNDS);
  expect(await main(['lint', file, '--format', 'json', '--fail-on', 'warning'], io)).toBe(1);
  expect(JSON.parse(io.stdout)).toContainEqual(
    expect.objectContaining({ rule: 'foreign-key-without-index', severity: 'warning', line: 4 }),
  );
});
