// The committed CLI (dist/cli/index.js: the loader, and cli.js behind it) run on Node 24 as a
// user runs it, for inputs handled in-process and for inputs large enough to be linted in a
// child process with the baseline WebAssembly compiler.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCli as cli } from '../helpers/cli-bundle.js';
import { nodeBinary } from '../../scripts/lib/run-action.mjs';

const CLI = resolve('dist/cli/index.js');

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

  test('a 50 MB migration is reported as too large to lint (one warning, exit 0), not parsed into an out-of-memory crash', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'db-deploy-cli-e2e-'));
    const row =
      "INSERT INTO products (id, name, price) VALUES (1, 'a product with a name', 9.99);\n";
    await writeFile(
      join(dir, '1700000000000_seed.sql'),
      `-- Up Migration\n${row.repeat(Math.ceil((50 * 1024 * 1024) / row.length))}`,
    );
    const run = await cli(['lint', dir, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      expect.objectContaining({
        rule: 'too-large-to-lint',
        severity: 'warning',
        line: 1,
        message:
          'this migration holds 50.0 MB of SQL, more than the 10.0 MB db-deploy lints, so it was not linted',
      }),
    ]);
    expect((await cli(['lint', dir, '--fail-on', 'warning'])).code).toBe(1);
  });

  test('lints SQL inside DO blocks and JS migrations through the lint bundle, and takes --enable-rule and --pg-version', async () => {
    const dir = await migrations(60);
    await writeFile(
      join(dir, '1800000000000_do_block.sql'),
      'DO $$\nBEGIN\n  ALTER TABLE orders ALTER COLUMN id TYPE bigint;\nEND $$;\nCREATE INDEX CONCURRENTLY wide ON orders (a, b, c, d);\nSELECT * FROM (SELECT 1);\n',
    );
    await writeFile(
      join(dir, '1800000000001_module.cjs'),
      "exports.up = (pgm) => { pgm.createIndex('orders', 'customer_id'); };\n",
    );
    const run = await cli([
      'lint',
      dir,
      '--format',
      'json',
      '--pg-version',
      '15',
      '--enable-rule',
      'index-too-many-columns',
    ]);
    expect(run.stderr).toBe('');
    const findings = JSON.parse(run.stdout) as Array<{ file: string; rule: string; line: number }>;
    const of = (name: string) =>
      findings.filter((f) => f.file.endsWith(name)).map((f) => `${f.rule}@${f.line}`);
    expect(of('1800000000000_do_block.sql')).toEqual([
      'changing-column-type@3',
      'newer-postgres-syntax@6',
      'index-too-many-columns@5',
      'prefer-robust-stmts@5',
    ]);
    expect(of('1800000000001_module.cjs')).toEqual(['require-concurrent-index@1']);
  });

  test('--watch lints again when a migration appears or changes, until interrupted (exit 0)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'db-deploy-cli-e2e-'));
    await writeFile(
      join(dir, '1700000000000_safe.sql'),
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON orders (a);\n',
    );
    const child = spawn(nodeBinary(), [CLI, 'lint', dir, '--watch', '--format', 'json']);
    const runs: Array<Array<{ rule: string; file: string }>> = [];
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines = createInterface({ input: child.stdout });
    const waiters: Array<() => void> = [];
    lines.on('line', (line) => {
      runs.push(JSON.parse(line) as Array<{ rule: string; file: string }>);
      waiters.shift()?.();
    });
    const nextRun = () => new Promise<void>((done) => waiters.push(done));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));

    await nextRun();
    expect(runs[0]).toEqual([]);
    const next = nextRun();
    await writeFile(join(dir, '1700000000001_blocking.sql'), 'CREATE INDEX j ON orders (b);\n');
    await next;
    expect(runs.at(-1)!.map((f) => f.rule)).toEqual(['require-concurrent-index']);
    const fixed = nextRun();
    await writeFile(
      join(dir, '1700000000001_blocking.sql'),
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS j ON orders (b);\n',
    );
    // Several events may come for one save: wait for the run that sees the fix.
    while ((await fixed, runs.at(-1)!.length > 0)) await nextRun();
    expect(runs.at(-1)).toEqual([]);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
  }, 60_000);
});
