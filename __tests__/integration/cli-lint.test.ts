import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { RULES } from '../../src/core/lint/registry.js';
import type { Finding } from '../../src/core/lint/types.js';
import { freshDatabase } from '../helpers/database.js';

/** Runs the CLI in memory; returns its exit code and what it wrote. */
async function run(...argv: string[]) {
  const io = capture();
  const code = await main(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

const ERRORS = '__tests__/fixtures/lint-cli/errors';
const WARNINGS = '__tests__/fixtures/lint-cli/warnings';
const ADD_DEFAULT = '__tests__/fixtures/lint-cli/add-default';
const BLUE_GREEN = '__tests__/fixtures/lint-cli/blue-green';
const EXAMPLES = 'examples/migrations';

describe('db-deploy lint', () => {
  it.each<[string, string[], number]>([
    ['exits 1 on an error finding', [ERRORS], 1],
    ['exits 0 on an error finding with --fail-on never', [ERRORS, '--fail-on', 'never'], 0],
    ['exits 0 on a warning by default', [WARNINGS], 0],
    ['exits 1 on a warning with --fail-on warning', [WARNINGS, '--fail-on', 'warning'], 1],
    [
      'exits 0 on the examples (only notices), even with --fail-on warning',
      [EXAMPLES, '--fail-on', 'warning'],
      0,
    ],
  ])('%s', async (_name, argv, code) => {
    const result = await run('lint', ...argv);
    expect(result.code).toBe(code);
    expect(result.stderr).toBe('');
  });

  test('prints each finding with its hint and a count line', async () => {
    const { stdout } = await run('lint', ERRORS);
    expect(stdout.trim().split('\n')).toEqual([
      `${ERRORS}/1700000000001_index_orders.sql:2:1  error  require-concurrent-index  CREATE INDEX on orders without CONCURRENTLY blocks writes to orders until the index is built`,
      expect.stringMatching(/^ {4}hint: use CREATE INDEX CONCURRENTLY/),
      '1 finding(s): 1 error(s), 0 warning(s), 0 notice(s)',
    ]);
  });

  test('reports only notices for the examples', async () => {
    const { stdout } = await run('lint', EXAMPLES, '--format', 'json');
    const findings = JSON.parse(stdout) as Finding[];
    expect(findings.length).toBeGreaterThan(0);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['notice']));
  });

  test('--format json prints the findings, most severe first, as JSON', async () => {
    const { code, stdout } = await run('lint', WARNINGS, ERRORS, '--format', 'json');
    expect(code).toBe(1);
    const findings = JSON.parse(stdout) as Finding[];
    expect(findings.map((f) => [f.file, f.line, f.rule, f.severity])).toEqual([
      [`${ERRORS}/1700000000001_index_orders.sql`, 2, 'require-concurrent-index', 'error'],
      [`${WARNINGS}/1700000000001_rename_status_type.sql`, 2, 'rename-type', 'warning'],
    ]);
  });

  test('--pg-version changes the verdict: ADD COLUMN … DEFAULT 0 rewrites the table before PostgreSQL 11', async () => {
    const on10 = await run('lint', ADD_DEFAULT, '--pg-version', '10', '--format', 'json');
    expect(on10.code).toBe(1);
    expect(JSON.parse(on10.stdout)).toEqual([
      expect.objectContaining({ rule: 'add-column-default-rewrite', severity: 'error', line: 3 }),
    ]);
    const on17 = await run('lint', ADD_DEFAULT, '--pg-version', '17', '--format', 'json');
    expect(on17.code).toBe(0);
    expect(JSON.parse(on17.stdout)).toEqual([]);
  });

  test('--strategy blue-green changes the verdict: a backfill of an existing table makes green diverge from blue', async () => {
    const inPlace = await run('lint', BLUE_GREEN, '--format', 'json');
    expect(inPlace.code).toBe(0);
    expect(JSON.parse(inPlace.stdout)).toEqual([
      expect.objectContaining({ rule: 'data-backfill-in-migration', severity: 'notice', line: 3 }),
    ]);
    const blueGreen = await run('lint', BLUE_GREEN, '--strategy', 'blue-green', '--format', 'json');
    expect(blueGreen.code).toBe(1);
    expect(JSON.parse(blueGreen.stdout)).toEqual([
      expect.objectContaining({ rule: 'blue-green-data-change', severity: 'error', line: 3 }),
      expect.objectContaining({ rule: 'data-backfill-in-migration', severity: 'notice', line: 3 }),
    ]);
  });

  test('--enable-rule turns on an opt-in rule; an unknown or default rule is a usage error (exit 2)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'db-deploy-enable-rule-'));
    try {
      await cp(
        '__tests__/fixtures/lint-corpus/1710000000048_notifications.sql',
        join(dir, '1710000000048_notifications.sql'),
      );
      const rules = async (...extra: string[]) => {
        const { stdout } = await run('lint', dir, '--format', 'json', ...extra);
        return (JSON.parse(stdout) as Finding[]).map((f) => f.rule);
      };
      expect(await rules()).toEqual([]);
      expect(await rules('--enable-rule', 'index-too-many-columns')).toEqual([
        'index-too-many-columns',
      ]);
      for (const bad of ['index-too-many', 'require-concurrent-index']) {
        const { code, stderr } = await run('lint', dir, '--enable-rule', bad);
        expect(code).toBe(2);
        expect(stderr.trim()).toBe(
          `db-deploy lint: --enable-rule: "${bad}" is not one of index-too-many-columns — run db-deploy lint --help`,
        );
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('--list-rules lists every rule id once and exits 0', async () => {
    const { code, stdout } = await run('lint', '--list-rules');
    expect(code).toBe(0);
    const listed = stdout
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/)[0]);
    expect(listed).toEqual(RULES.map((r) => r.id));
    expect(new Set(listed).size).toBe(listed.length);
    expect(stdout).toMatch(/^blue-green-drop-table +error +.*\(--strategy blue-green\)$/m);
  });

  test('--help shows the usage and exits 0', async () => {
    const { code, stdout } = await run('lint', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: db-deploy lint');
  });

  it.each<[string, number, string[], RegExp]>([
    [
      'a bad --format',
      2,
      [ERRORS, '--format', 'xml'],
      /^db-deploy lint: --format: "xml" is not one of text, json, github, sarif — run db-deploy lint --help$/,
    ],
    [
      'a bad --fail-on',
      2,
      [ERRORS, '--fail-on', 'notice'],
      /^db-deploy lint: --fail-on: "notice" is not one of error, warning, never/,
    ],
    [
      'a bad --strategy',
      2,
      [ERRORS, '--strategy', 'canary'],
      /^db-deploy lint: --strategy: "canary" is not one of in-place, blue-green — run db-deploy lint --help$/,
    ],
    [
      'an unknown option',
      2,
      [ERRORS, '--strict'],
      /^db-deploy lint: Unknown option '--strict'.* — run db-deploy lint --help$/,
    ],
    [
      'a missing path',
      1,
      ['migrations/nowhere'],
      /^db-deploy lint: "migrations\/nowhere" does not exist — name migration files or directories/,
    ],
    [
      'a --pg-version that is not a number',
      1,
      [ERRORS, '--pg-version', 'latest'],
      /--pg-version: "latest" is not a whole number of at least 9/,
    ],
  ])('refuses %s: exit %i, one line on stderr', async (_name, code, argv, pattern) => {
    const result = await run('lint', ...argv);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr.trim()).toMatch(pattern);
  });
});

describe('db-deploy validate', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'db-deploy-cli-validate-'));
    await cp(EXAMPLES, dir, { recursive: true });
  });

  afterAll(() => rm(dir, { recursive: true, force: true }));

  test('--help shows the usage and exits 0', async () => {
    const { code, stdout } = await run('validate', '--help');
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: db-deploy validate');
  });

  test('--help names --strategy, and a bad --strategy is a usage error before any connection', async () => {
    expect((await run('validate', '--help')).stdout).toMatch(
      /--strategy S +how production will get these migrations, for the lint rules: in-place[\s\S]+\(default:\s+in-place\)/,
    );
    const url = 'postgres://nobody@127.0.0.1:1/none';
    const { code, stderr } = await run('validate', '--database-url', url, '--strategy', 'canary');
    expect(code).toBe(2);
    expect(stderr.trim()).toMatch(
      /^db-deploy validate: --strategy: "canary" is not one of in-place, blue-green/,
    );
  });

  test('proves the two newest examples on a fresh database and exits 0', async () => {
    const url = await freshDatabase('cli_validate');
    const { code, stdout, stderr } = await run(
      'validate',
      '--database-url',
      url,
      '--dir',
      dir,
      '--new',
      '2',
    );
    // stderr (the progress log) is in the comparison so that a failure shows why.
    expect({ code, stderr }).toMatchObject({ code: 0 });
    expect(stdout).not.toContain(url);
  });

  test('--json prints a report that parses, with passed true and the two new migrations', async () => {
    const url = await freshDatabase('cli_validate');
    const { code, stdout } = await run(
      'validate',
      '--database-url',
      url,
      '--dir',
      dir,
      '--new',
      '2',
      '--json',
    );
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      passed: boolean;
      baseline: string[];
      migrations: Array<{ name: string; status: string; reversible: boolean }>;
    };
    expect(report.passed).toBe(true);
    expect(report.baseline).toHaveLength(5);
    expect(report.migrations.map((m) => [m.name, m.status, m.reversible])).toEqual([
      ['1700000000006_index_orders_by_status', 'applied', true],
      ['1700000000007_add_products_description', 'applied', true],
    ]);
  });
});
