// A knex project (the e-commerce tutorial's migrations, a knexfile, npx knex in its scripts) taken
// as it is by the committed bundles on Node 24: validate on a pull_request event in a real git
// checkout, migrate in deploy with nothing but the database URL, the CLI after it; knex's own
// migrate:list agrees with what they did. The project has no node_modules: the bundled knex runs.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { removeActionRunFiles, runAction, type ActionRun } from '../helpers/action-runner.js';
import { runCli } from '../helpers/cli-bundle.js';
import { freshDatabase } from '../helpers/database.js';
import { fixturePath } from '../helpers/fixtures.js';
import { git } from '../helpers/git.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.js';
import { knexLedgerRows, knexList } from '../helpers/knex.js';

const tempDirs: string[] = [];
const MIGRATIONS = 'db/migrations';
const ALL = [
  '20240101000000_create_customers.js',
  '20240102000000_create_products.js',
  '20240103000000_create_orders.js',
  '20240104000000_index_orders_status.js',
];

/**
 * The knex project in git: main holds the knexfile and the first two migrations; the pull request
 * adds the last two and edits only the metadata block of the first.
 */
async function knexPullRequest(): Promise<{ workspace: string; eventPath: string }> {
  const root = await mkdtemp(join(tmpdir(), 'db-deploy-knex-e2e-'));
  tempDirs.push(root);
  const workspace = join(root, 'repo');
  await mkdir(workspace);
  await git(workspace, 'init', '--quiet', '--initial-branch', 'main');
  const fixture = fixturePath('knex-shop');
  await cp(join(fixture, 'knexfile.js'), join(workspace, 'knexfile.js'));
  await writeFile(
    join(workspace, 'package.json'),
    JSON.stringify({ name: 'shop', private: true, scripts: { migrate: 'knex migrate:latest' } }),
  );
  await mkdir(join(workspace, MIGRATIONS), { recursive: true });
  for (const name of ALL.slice(0, 2))
    await cp(join(fixture, MIGRATIONS, name), join(workspace, MIGRATIONS, name));
  await git(workspace, 'add', '.');
  await git(workspace, 'commit', '--quiet', '-m', 'customers and products');
  const baseSha = await git(workspace, 'rev-parse', 'HEAD');
  await git(workspace, 'checkout', '--quiet', '-b', 'orders');
  for (const name of ALL.slice(2))
    await cp(join(fixture, MIGRATIONS, name), join(workspace, MIGRATIONS, name));
  const first = join(workspace, MIGRATIONS, ALL[0]!);
  await writeFile(
    first,
    (await readFile(first, 'utf8')).replace("estimatedDuration: '30s'", "estimatedDuration: '1m'"),
  );
  await git(workspace, 'add', '.');
  await git(workspace, 'commit', '--quiet', '-m', 'orders');
  const eventPath = join(root, 'event.json');
  await writeFile(
    eventPath,
    JSON.stringify({ pull_request: { number: 3, base: { sha: baseSha } } }),
  );
  return { workspace, eventPath };
}

function expectSuccess(run: ActionRun): void {
  expect({
    exitCode: run.exitCode,
    failures: run.stdout.split('\n').filter((l) => l.startsWith('::error::')),
    stderr: run.stderr,
  }).toEqual({ exitCode: 0, failures: [], stderr: '' });
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

describe('the bundles with a knex project', () => {
  test('validate on the pull request, migrate in deploy, the CLI after: knex agrees throughout', async () => {
    const pr = await knexPullRequest();
    const scratch = await freshDatabase('e2e_knex_scratch');
    const validate = await runAction('validate', {
      workspace: pr.workspace,
      inputs: { 'database-url': scratch, 'github-token': 'ghs_e2e_token' },
      env: {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: pr.eventPath,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_API_URL: api.url,
      },
      timeoutMs: 120_000,
    });
    expectSuccess(validate);
    expect(validate.stdout).toMatch(/knex: db-deploy's bundled knex 3\.\d+\.\d+/);
    const report = JSON.parse(await readFile(validate.outputs['report-json'] ?? '', 'utf8')) as {
      format: string;
      migrationsDir: string;
      baseline: string[];
      migrations: { name: string; status: string; reversible: boolean }[];
      findings: { rule: string; severity: string; file: string }[];
    };
    expect(report.format).toBe('knex');
    expect(report.migrationsDir).toBe(MIGRATIONS);
    expect(report.baseline).toEqual(ALL.slice(0, 2));
    expect(report.migrations.map((m) => [m.name, m.status, m.reversible])).toEqual([
      [ALL[2], 'applied', true],
      [ALL[3], 'applied', true],
    ]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'edited-metadata',
        severity: 'notice',
        file: `${MIGRATIONS}/${ALL[0]}`,
      }),
    );
    expect(validate.outputs.passed).toBe('true');
    expect(api.comments.get(3)?.[0]?.body).toContain('db-deploy validate');

    const production = await freshDatabase('e2e_knex_prod');
    const migrate = await runAction('migrate', {
      workspace: pr.workspace,
      inputs: { 'database-url': production },
      timeoutMs: 120_000,
    });
    expectSuccess(migrate);
    expect(JSON.parse(migrate.outputs.applied ?? '[]')).toEqual(ALL);
    expect(migrate.summary).toContain('Format **knex**');
    expect(await knexList(pr.workspace, production)).toEqual({ completed: ALL, pending: [] });

    // As in a workflow's shell: no NODE_ENV (jest sets it to test).
    const cli = { cwd: pr.workspace, env: { NODE_ENV: '' } };
    const status = await runCli(['status', '--database-url', production], cli);
    // The test server's password may be a common word: the CLI then warns once that masking it
    // blanks those characters in the log. Nothing else may reach stderr.
    const weakPassword =
      /^warning: the password of the connection URL is short or a common word;.*\n?/m;
    expect({ code: status.code, stderr: status.stderr.replace(weakPassword, '') }).toEqual({
      code: 0,
      stderr: '',
    });
    expect(status.stdout).toMatch(/4 applied, 0 pending/);
    const back = await runCli(
      ['migrate', '--database-url', production, '--down', '--count', 'batch'],
      cli,
    );
    expect(back.code).toBe(0);
    expect(await knexLedgerRows(production)).toEqual([]);
    const lint = await runCli(['lint', MIGRATIONS], cli);
    expect(lint).toMatchObject({ code: 0, stderr: '' });
  });

  test('knex code run as node-pg-migrate fails the migrate bundle with one line naming both formats and the input', async () => {
    const pr = await knexPullRequest();
    const url = await freshDatabase('e2e_knex_wrong');
    const run = await runAction('migrate', {
      workspace: pr.workspace,
      inputs: {
        'database-url': url,
        'migration-format': 'node-pg-migrate',
        'migrations-dir': MIGRATIONS,
      },
      timeoutMs: 60_000,
    });
    expect(run.exitCode).toBe(1);
    const failures = run.stdout.split('\n').filter((l) => l.startsWith('::error::'));
    expect(failures).toEqual([
      expect.stringMatching(
        /^::error::migrate: migration 20240101000000_create_customers is knex code .* read as node-pg-migrate .*set migration-format: knex/,
      ),
    ]);
  });
});
