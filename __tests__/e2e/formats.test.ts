// The plain-SQL formats through the committed bundles on Node 24, as a runner and a user run
// them: dist/migrate (detected format, dry run, down), dist/cli (status, lint) and
// dist/validate on a pull_request event that adds a migration in the tool's own layout.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeActionRunFiles, runAction, type ActionRun } from '../helpers/action-runner.js';
import { runCli } from '../helpers/cli-bundle.js';
import { freshDatabase } from '../helpers/database.js';
import { examplePath } from '../helpers/formats.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.js';
import { git } from '../helpers/git.js';
import { expectNoSecrets } from '../helpers/step-checks.js';

const tempDirs: string[] = [];

/** Each format's example and the files of its newest migration (what the pull request adds). */
const FORMATS = [
  {
    format: 'dbmate',
    newest: ['20240101000007_add_products_description.sql'],
    last: '20240101000007_add_products_description',
  },
  {
    format: 'golang-migrate',
    newest: ['000007_add_products_description.up.sql', '000007_add_products_description.down.sql'],
    last: '000007_add_products_description',
  },
  {
    format: 'goose',
    newest: ['20240101000007_add_products_description.sql'],
    last: '20240101000007_add_products_description',
  },
  {
    format: 'flyway',
    dir: 'src/main/resources/db/migration',
    newest: ['V7__add_products_description.sql', 'U7__add_products_description.sql'],
    last: 'V7__add_products_description',
  },
  {
    format: 'prisma',
    dir: 'prisma/migrations',
    newest: ['20240101000007_add_products_description'],
    last: '20240101000007_add_products_description',
    forwardOnly: true,
  },
  {
    format: 'drizzle',
    dir: 'drizzle',
    // The journal is on the base branch already: the pull request adds the SQL file.
    newest: ['0006_add_products_description.sql'],
    last: '0006_add_products_description',
    forwardOnly: true,
  },
  {
    format: 'diesel',
    dir: 'migrations',
    newest: ['2024-01-01-000007_add_products_description'],
    last: '2024-01-01-000007_add_products_description',
  },
] as const;

/** A checkout of examples/<format> whose main branch lacks `newest`, which the PR branch adds. */
async function pullRequest(format: string, dir: string, newest: readonly string[]) {
  const root = await mkdtemp(join(tmpdir(), `db-deploy-${format}-pr-`));
  tempDirs.push(root);
  const workspace = join(root, 'repo');
  await mkdir(workspace);
  await git(workspace, 'init', '--quiet', '--initial-branch', 'main');
  await cp(examplePath(format), workspace, { recursive: true });
  const held = join(root, 'held');
  await mkdir(held);
  for (const file of newest)
    await cp(join(workspace, dir, file), join(held, file), { recursive: true });
  for (const file of newest) await rm(join(workspace, dir, file), { recursive: true });
  await git(workspace, 'add', '.');
  await git(workspace, 'commit', '--quiet', '-m', 'baseline');
  const baseSha = await git(workspace, 'rev-parse', 'HEAD');
  await git(workspace, 'checkout', '--quiet', '-b', 'feature');
  for (const file of newest)
    await cp(join(held, file), join(workspace, dir, file), { recursive: true });
  await git(workspace, 'add', '.');
  await git(workspace, 'commit', '--quiet', '-m', 'add the newest migration');
  const eventPath = join(root, 'event.json');
  await writeFile(
    eventPath,
    JSON.stringify({ pull_request: { number: 3, base: { sha: baseSha } } }),
  );
  return { workspace, eventPath };
}

function expectSuccess(run: ActionRun): void {
  expect({ exitCode: run.exitCode, errors: run.errors, stderr: run.stderr }).toEqual({
    exitCode: 0,
    errors: [],
    stderr: '',
  });
}

let api: GitHubApi;
beforeEach(async () => {
  api = await startGitHubApi();
});
afterEach(async () => {
  await api.close();
});
afterAll(async () => {
  await removeActionRunFiles();
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe.each(FORMATS.map((f) => ({ dir: 'db/migrations', forwardOnly: false, ...f })))(
  '$format through the bundles',
  ({ format, dir, newest, last, forwardOnly }) => {
    test('dist/migrate detects the format, dry-runs, applies, and rolls back by count', async () => {
      const url = await freshDatabase('e2e_fmt');
      const workspace = examplePath(format);
      const dry = await runAction('migrate', {
        workspace,
        inputs: { 'database-url': url, 'dry-run': 'true' },
      });
      expectSuccess(dry);
      const sql = await readFile(dry.outputs['dry-run-sql'] ?? '', 'utf8');
      expect(sql).toContain('CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_created_at_idx');
      expect(sql).not.toContain('DROP TABLE');
      expect(dry.outputs['pending-count']).toBe('7');

      const up = await runAction('migrate', { workspace, inputs: { 'database-url': url } });
      expectSuccess(up);
      expect(up.outputs['applied-count']).toBe('7');
      expect(up.outputs['last-migration']).toBe(last);
      expect(up.summary).toContain(format);
      await expectNoSecrets(up, [url]);

      const down = await runAction('migrate', {
        workspace,
        inputs: { 'database-url': url, direction: 'down', count: '2' },
      });
      if (forwardOnly) {
        // The tool has no downs: one line, nothing rolled back.
        expect(down.exitCode).toBe(1);
        expect(down.errors).toEqual([
          expect.stringMatching(/^migrate: cannot roll back .*: it is forward-only/),
        ]);
        return;
      }
      expectSuccess(down);
      expect(down.outputs['applied-count']).toBe('2');
      expect(down.outputs['pending-count']).toBe('2');
    });

    test('dist/cli status and lint read the format from the checkout', async () => {
      const url = await freshDatabase('e2e_fmt');
      const cwd = examplePath(format);
      const status = await runCli(['status', '--database-url', url], { cwd });
      expect(status.code).toBe(0);
      expect(status.stdout).toContain(format);
      expect(status.stdout).toContain(last);
      const lint = await runCli(['lint', '--format', 'json'], { cwd });
      expect({ code: lint.code, stderr: lint.stderr }).toEqual({ code: 0, stderr: '' });
      const findings = JSON.parse(lint.stdout || '[]') as Array<{ file: string; severity: string }>;
      expect(findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    });

    test('dist/validate on a pull request cycles the added migration up → down → up', async () => {
      const pr = await pullRequest(format, dir, newest);
      const url = await freshDatabase('e2e_fmt_scratch');
      const run = await runAction('validate', {
        workspace: pr.workspace,
        inputs: { 'database-url': url, 'github-token': 'ghs_e2e_token' },
        env: {
          GITHUB_EVENT_NAME: 'pull_request',
          GITHUB_EVENT_PATH: pr.eventPath,
          GITHUB_REPOSITORY: 'acme/shop',
          GITHUB_API_URL: api.url,
        },
        timeoutMs: 60_000,
      });
      expect({ exitCode: run.exitCode, stderr: run.stderr }).toEqual({ exitCode: 0, stderr: '' });
      const report = JSON.parse(await readFile(run.outputs['report-json'] ?? '', 'utf8')) as {
        passed: boolean;
        format: string;
        baseline: string[];
        migrations: Array<{
          name: string;
          status: string;
          reversible: boolean;
          forwardOnly?: boolean;
          locks: Array<{ relation: string; mode: string }>;
        }>;
      };
      expect(report.format).toBe(format);
      expect(report.passed).toBe(true);
      expect(report.baseline).toHaveLength(6);
      expect(
        report.migrations.map((m) => [
          m.name,
          m.status,
          m.forwardOnly ? 'forward-only' : m.reversible,
        ]),
      ).toEqual([[last, 'applied', forwardOnly ? 'forward-only' : true]]);
      // One comment on the pull request, naming the migration.
      const comments = api.comments.get(3) ?? [];
      expect(comments).toHaveLength(1);
      expect(comments[0]?.body).toContain(last);
      // ADD COLUMN takes ACCESS EXCLUSIVE on products, observed on the scratch database.
      expect(report.migrations[0]?.locks).toContainEqual({
        relation: 'public.products',
        mode: 'AccessExclusiveLock',
      });
    });
  },
);

describe('Flyway placeholders through dist/migrate', () => {
  test('the placeholders input fills ${NAME}; a placeholder without a value is one error line', async () => {
    const url = await freshDatabase('e2e_fmt');
    const root = await mkdtemp(join(tmpdir(), 'db-deploy-flyway-e2e-'));
    tempDirs.push(root);
    await cp(examplePath('flyway'), root, { recursive: true });
    const dir = join(root, 'src/main/resources/db/migration');
    await writeFile(join(dir, 'V8__audit.sql'), 'CREATE TABLE ${prefix}audit (at timestamptz);\n');
    const missing = await runAction('migrate', {
      workspace: root,
      inputs: { 'database-url': url },
    });
    expect(missing.exitCode).toBe(1);
    expect(missing.errors).toEqual([
      expect.stringMatching(
        /^migrate: Flyway migration src\/main\/resources\/db\/migration\/V8__audit\.sql uses the placeholder \$\{prefix\}, which has no value/,
      ),
    ]);
    const run = await runAction('migrate', {
      workspace: root,
      inputs: { 'database-url': url, placeholders: 'prefix=shop_' },
    });
    expectSuccess(run);
    expect(run.outputs['last-migration']).toBe('V8__audit');
  });
});
