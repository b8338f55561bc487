// The committed dist/validate/index.js, run on Node 24 exactly as a GitHub runner runs it on a
// pull_request event: a real git checkout, the real PostgreSQL of the test set-up, and a local
// stand-in for the GitHub REST API (GITHUB_API_URL points at it; nothing reaches the internet).
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  logWithoutMaskCommands,
  removeActionRunFiles,
  runAction,
  type ActionRun,
} from '../helpers/action-runner.js';
import {
  adminUrl,
  asSuperuser,
  createLoginRole,
  freshDatabase,
  openClient,
  query,
} from '../helpers/database.js';
import { fixturePath } from '../helpers/fixtures.js';
import { copyState, productionCopy } from '../helpers/plans.js';
import { createDatabase, startPostgres } from '../../scripts/lib/postgres.mjs';
import { git } from '../helpers/git.js';
import { startGitHubApi, type GitHubApi } from '../helpers/github-api.js';
import { secretsIn } from '../helpers/step-checks.js';

const SAFE = '1700000000010_add_note.sql';
const DESTRUCTIVE = '1700000000015_drop_quantity.sql';
const BASELINE = ['1700000000001_products', '1700000000002_orders'];
const PR_NUMBER = 7;
const MARKER = '<!-- db-deploy:validate:';

/** A role whose password needs every kind of percent-encoding a URL can ask for. */
const ROLE = `dbd_e2e_validate_${process.pid}`;
const PASSWORD = 'p@ss:w/rd%';
const roleDatabases: string[] = [];
const tempDirs: string[] = [];

/** A checked-out pull request: the workspace and the event payload the runner wrote. */
interface PullRequestCheckout {
  workspace: string;
  eventPath: string;
  /** The main branch's commit the PR is based on. */
  baseSha: string;
}

/**
 * A git repository whose main branch holds the baseline migrations and whose checked-out branch
 * adds `cases` (from __tests__/fixtures/validate/cases) in one commit, as actions/checkout with
 * fetch-depth: 0 leaves it; plus the pull_request event payload for PR 7.
 */
async function pullRequestAdding(...cases: string[]): Promise<PullRequestCheckout> {
  return pullRequestOf('validate', cases);
}

/**
 * The same for the migrations of another fixture folder (`<fixture>/baseline`, `<fixture>/cases`),
 * with `files` of that folder (e.g. a queries file) committed on the main branch too.
 */
async function pullRequestOf(
  fixture: string,
  cases: string[],
  files: string[] = [],
): Promise<PullRequestCheckout> {
  const root = await mkdtemp(join(tmpdir(), 'db-deploy-validate-e2e-'));
  tempDirs.push(root);
  const workspace = join(root, 'repo');
  await mkdir(workspace);
  await git(workspace, 'init', '--quiet', '--initial-branch', 'main');
  await cp(fixturePath(`${fixture}/baseline`), join(workspace, 'migrations'), { recursive: true });
  for (const file of files) await cp(fixturePath(`${fixture}/${file}`), join(workspace, file));
  await git(workspace, 'add', '.');
  await git(workspace, 'commit', '--quiet', '-m', 'baseline migrations');
  const baseSha = await git(workspace, 'rev-parse', 'HEAD');
  await git(workspace, 'checkout', '--quiet', '-b', 'feature');
  for (const name of cases)
    await cp(join(fixturePath(`${fixture}/cases`), name), join(workspace, 'migrations', name));
  await git(workspace, 'add', '.');
  await git(workspace, 'commit', '--quiet', '-m', `add ${cases.join(', ')}`);
  const eventPath = join(root, 'event.json');
  await writeEvent(eventPath, baseSha);
  return { workspace, eventPath, baseSha };
}

async function writeEvent(path: string, baseSha: string): Promise<void> {
  const event = { pull_request: { number: PR_NUMBER, base: { sha: baseSha } } };
  await writeFile(path, JSON.stringify(event));
}

/** The same pull request checked out as actions/checkout does by default: only HEAD (fetch-depth: 1). */
async function shallowCloneOf(pr: PullRequestCheckout): Promise<PullRequestCheckout> {
  const root = await mkdtemp(join(tmpdir(), 'db-deploy-validate-e2e-shallow-'));
  tempDirs.push(root);
  const workspace = join(root, 'repo');
  await git(
    root,
    'clone',
    '--quiet',
    '--depth',
    '1',
    '--branch',
    'feature',
    `file://${pr.workspace}`,
    workspace,
  );
  return { ...pr, workspace };
}

/** Runs the validate bundle in `pr`'s workspace on a pull_request event (or `event`), with a token. */
function runValidate(
  pr: PullRequestCheckout,
  api: GitHubApi,
  inputs: Record<string, string>,
  event = 'pull_request',
): Promise<ActionRun> {
  return runAction('validate', {
    workspace: pr.workspace,
    inputs: { 'github-token': 'ghs_e2e_token', ...inputs },
    env: {
      GITHUB_EVENT_NAME: event,
      GITHUB_EVENT_PATH: pr.eventPath,
      GITHUB_REPOSITORY: 'acme/shop',
      GITHUB_API_URL: api.url,
    },
    timeoutMs: 60_000,
  });
}

interface Report {
  passed: boolean;
  destructive: boolean;
  baseline: string[];
  migrations: Array<{ name: string; file: string; destructive: boolean }>;
  findings: Array<{ file: string; line: number; severity: string; rule: string }>;
}

async function reportOf(run: ActionRun): Promise<Report> {
  return JSON.parse(await readFile(run.outputs['report-json'] ?? '', 'utf8')) as Report;
}

const commentsOn = (api: GitHubApi, issue = PR_NUMBER) => api.comments.get(issue) ?? [];
const commentRequests = (api: GitHubApi) =>
  api.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`);

/** Exit 0 and no failure line, or show what the run printed. */
function expectSuccess(run: ActionRun): void {
  expect({
    exitCode: run.exitCode,
    failures: failureLines(run),
    stderr: run.stderr,
  }).toEqual({ exitCode: 0, failures: [], stderr: '' });
}

/** The `::error::` lines of setFailed (annotations carry properties: `::error file=…::`). */
const failureLines = (run: ActionRun) =>
  run.stdout.split('\n').filter((line) => line.startsWith('::error::'));

/** Exit 1 with exactly one failure line, `validate: …`, containing `text`; the line is returned. */
function expectOneFailureLine(run: ActionRun, ...texts: string[]): string {
  expect({
    exitCode: run.exitCode,
    timedOut: run.timedOut,
    failures: failureLines(run),
    stderr: run.stderr,
  }).toEqual({
    exitCode: 1,
    timedOut: false,
    failures: [expect.stringMatching(/^::error::validate: /)],
    stderr: '',
  });
  const line = run.errors[run.errorLines.indexOf(failureLines(run)[0] ?? '')] ?? '';
  for (const text of texts) expect(line).toContain(text);
  return line;
}

const readIfNamed = async (path: string | undefined) => (path ? readFile(path, 'utf8') : '');

/** Fails listing each place a secret leaked to: log, outputs, summary, report files, PR comments. */
async function expectNoSecrets(
  run: ActionRun,
  api: GitHubApi,
  secrets: readonly string[],
): Promise<void> {
  const places: Record<string, string> = {
    stdout: logWithoutMaskCommands(run),
    stderr: run.stderr,
    outputs: JSON.stringify(run.outputs),
    summary: run.summary,
    'report-json': await readIfNamed(run.outputs['report-json']),
    'report-markdown': await readIfNamed(run.outputs['report-markdown']),
    'schema-file': await readIfNamed(run.outputs['schema-file']),
    comments: JSON.stringify([...api.comments.values()]),
    'comment requests': JSON.stringify(api.requests),
  };
  expect(secretsIn(places, secrets)).toEqual([]);
}

let api: GitHubApi;

beforeAll(async () => {
  await createLoginRole(adminUrl(), ROLE, PASSWORD);
});

beforeEach(async () => {
  api = await startGitHubApi();
});

afterEach(async () => {
  await api.close();
});

afterAll(async () => {
  await removeActionRunFiles();
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
  for (const name of roleDatabases)
    await query(adminUrl(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await query(adminUrl(), `DROP ROLE IF EXISTS ${ROLE}`);
});

describe('the validate bundle on a pull request', () => {
  test('passes a PR adding a safe migration, reports only that migration, and posts one sticky comment that a second run updates', async () => {
    const pr = await pullRequestAdding(SAFE);
    const url = await freshDatabase('e2e_validate');
    const run = await runValidate(pr, api, { 'database-url': url });

    expectSuccess(run);
    expect(run.outputs).toMatchObject({ passed: 'true', destructive: 'false' });
    const report = await reportOf(run);
    expect(report.baseline).toEqual(BASELINE);
    expect(report.migrations.map((m) => m.file)).toEqual([`migrations/${SAFE}`]);
    expect(report.findings.filter((f) => f.file !== `migrations/${SAFE}`)).toEqual([]);
    expect(run.outputs['findings-count']).toBe(String(report.findings.length));
    expect(run.outputs['report-json']?.startsWith(run.runnerTemp)).toBe(true);
    expect(await readFile(run.outputs['report-markdown'] ?? '', 'utf8')).toContain(
      '## ✅ db-deploy validate — migrations: passed',
    );
    expect(await readFile(run.outputs['schema-file'] ?? '', 'utf8')).toContain('column note text');
    expect(run.summary).toContain('## ✅ db-deploy validate — migrations: passed');
    expect(run.summary).toContain('`1700000000010_add_note`');

    const [comment, ...others] = commentsOn(api);
    expect(others).toEqual([]);
    expect(comment?.body.startsWith(MARKER)).toBe(true);
    expect(comment?.body).toContain('db-deploy validate — migrations: passed');
    expect(commentRequests(api)).toEqual([`POST /repos/acme/shop/issues/${PR_NUMBER}/comments`]);

    // A different fail-on changes the body for certain (an identical body is left alone).
    const again = await runValidate(pr, api, { 'database-url': url, 'fail-on': 'never' });

    expectSuccess(again);
    expect(commentsOn(api)).toEqual([expect.objectContaining({ id: comment?.id })]);
    expect(commentsOn(api)[0]?.body).toContain('fail-on `never`');
    expect(commentRequests(api)).toEqual([
      `POST /repos/acme/shop/issues/${PR_NUMBER}/comments`,
      `PATCH /repos/acme/shop/issues/comments/${comment?.id}`,
    ]);
  });

  test('fails a PR adding a destructive, irreversible migration with one error line, annotations on the file, and a failing comment', async () => {
    const pr = await pullRequestAdding(DESTRUCTIVE);
    const run = await runValidate(pr, api, {
      'database-url': await freshDatabase('e2e_validate'),
    });

    expectOneFailureLine(run);
    expect(run.outputs).toMatchObject({ passed: 'false', destructive: 'true' });
    const report = await reportOf(run);
    expect(report.migrations.map((m) => m.name)).toEqual(['1700000000015_drop_quantity']);
    expect(report.migrations[0]?.destructive).toBe(true);
    const annotations = run.stdout
      .split('\n')
      .filter((line) =>
        /^::error .*file=migrations\/1700000000015_drop_quantity\.sql,line=\d+/.test(line),
      );
    expect(annotations.length).toBeGreaterThan(0);
    expect(run.summary).toContain('## ❌ db-deploy validate — migrations: failed');
    expect(run.summary).toContain('**Destructive:**');

    const [comment, ...others] = commentsOn(api);
    expect(others).toEqual([]);
    expect(comment?.body.startsWith(MARKER)).toBe(true);
    expect(comment?.body).toContain('## ❌ db-deploy validate — migrations: failed');
    expect(comment?.body).toContain('1700000000015_drop_quantity` is not reversible');
  });

  test('keeps a percent-encoded database password out of the log, outputs, summary, reports and PR comment, even when test-command prints the URL', async () => {
    const database = new URL(await freshDatabase('e2e_validate')).pathname.slice(1);
    await query(adminUrl(), `ALTER DATABASE "${database}" OWNER TO ${ROLE}`);
    roleDatabases.push(database);
    const url = `postgres://${ROLE}:${encodeURIComponent(PASSWORD)}@${new URL(adminUrl()).host}/${database}`;
    const pr = await pullRequestAdding(SAFE);
    const run = await runValidate(pr, api, {
      'database-url': url,
      'test-command': 'echo "connected to $DATABASE_URL"; exit 3',
    });

    expectOneFailureLine(run, 'test-command exited with 3');
    expect(run.stdout).toContain('::add-mask::');
    expect(run.summary).toContain('connected to ***');
    expect(commentsOn(api)[0]?.body).toContain('connected to ***');
    await expectNoSecrets(run, api, [url, PASSWORD, 'ghs_e2e_token']);
  });

  test('runs final-test-command once after the new migrations: a pass keeps the step green, a failure fails it with one line', async () => {
    const pr = await pullRequestAdding(SAFE, '1700000000017_tags.sql');
    const record = join(pr.workspace, '..', 'final-runs');
    const suite = (exit: number) =>
      `echo "suite on $(basename "$DATABASE_URL")" >> '${record}'; echo "suite exit ${exit}"; exit ${exit}`;
    const green = await runValidate(pr, api, {
      'database-url': await freshDatabase('e2e_validate'),
      'test-command': `echo each >> '${record}'`,
      'final-test-command': suite(0),
    });
    expectSuccess(green);
    expect(green.outputs.passed).toBe('true');
    expect(green.summary).toContain('✅ final-test-command passed after the new migrations');
    const lines = (await readFile(record, 'utf8')).trim().split('\n');
    expect(lines).toEqual(['each', 'each', expect.stringMatching(/^suite on e2e_validate/)]);

    const red = await runValidate(pr, api, {
      'database-url': await freshDatabase('e2e_validate'),
      'final-test-command': suite(5),
    });
    expectOneFailureLine(red, 'final-test-command exited with 5');
    expect(red.outputs.passed).toBe('false');
    expect(red.summary).toContain('❌ final-test-command failed after the new migrations (exit 5');
    expect(red.summary).toContain('suite exit 5');
  });

  test('still reports the verdict when the token may not comment (403), with a warning and no failure', async () => {
    api.failWith(403);
    const pr = await pullRequestAdding(SAFE);
    const run = await runValidate(pr, api, {
      'database-url': await freshDatabase('e2e_validate'),
    });

    expectSuccess(run);
    expect(run.outputs).toMatchObject({ passed: 'true', destructive: 'false' });
    expect(run.summary).toContain('## ✅ db-deploy validate — migrations: passed');
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning::'));
    // The test server's superuser has the password `postgres`: db-deploy says once that masking
    // blanks it. The managed test role's password (DB_DEPLOY_TEST_ROLE=managed) is no word.
    const weak = decodeURIComponent(new URL(adminUrl()).password) === 'postgres';
    expect(warnings).toEqual([
      ...(weak
        ? [expect.stringContaining('the password of database-url is short or a common word')]
        : []),
      expect.stringContaining(
        'could not post the PR comment: 403 Resource not accessible by integration',
      ),
    ]);
    expect(commentsOn(api)).toEqual([]);
  });

  test('fails with one line asking for fetch-depth: 0 when the base commit is not in a shallow clone, and still sets outputs and the summary', async () => {
    const pr = await shallowCloneOf(await pullRequestAdding(SAFE));
    const run = await runValidate(pr, api, {
      'database-url': await freshDatabase('e2e_validate'),
    });

    expectOneFailureLine(
      run,
      `the pull request's base commit ${pr.baseSha.slice(0, 12)} is not in the clone`,
      'fetch-depth: 0',
    );
    expect(run.outputs).toMatchObject({ passed: 'false', destructive: 'false' });
    expect(run.summary).toContain('db-deploy validate failed');
    expect(run.summary).toContain('fetch-depth: 0');
  });

  test('refuses a database that holds a table it did not create, and leaves the table untouched', async () => {
    const url = await freshDatabase('e2e_validate');
    await query(url, 'CREATE TABLE customers (id bigint PRIMARY KEY, name text)');
    await query(url, "INSERT INTO customers VALUES (1, 'Ada'), (2, 'Grace')");
    const pr = await pullRequestAdding(SAFE);
    const run = await runValidate(pr, api, { 'database-url': url });

    expectOneFailureLine(
      run,
      'database-url points at a database that is not empty: it holds 1 table: public.customers',
    );
    expect(run.outputs).toMatchObject({ passed: 'false' });
    expect(run.summary).toContain('db-deploy validate failed');
    expect(await query(url, 'SELECT id, name FROM customers ORDER BY id')).toEqual([
      { id: '1', name: 'Ada' },
      { id: '2', name: 'Grace' },
    ]);
    expect(
      await query(
        url,
        `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
         WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND c.relkind = 'r'`,
      ),
    ).toEqual([{ name: 'customers' }]);
    expect(
      await query(url, "SELECT 1 FROM pg_namespace WHERE nspname = 'db_deploy_scratch'"),
    ).toEqual([]);
    expect(commentsOn(api)).toEqual([]);
  });
});

describe('the validate bundle outside a pull request', () => {
  test('validates the newest migration on a push with new-migrations: 1, and posts no comment although a token is given', async () => {
    const pr = await pullRequestAdding(SAFE);
    const run = await runValidate(
      pr,
      api,
      { 'database-url': await freshDatabase('e2e_validate'), 'new-migrations': '1' },
      'push',
    );

    expectSuccess(run);
    expect(run.outputs).toMatchObject({ passed: 'true', destructive: 'false' });
    const report = await reportOf(run);
    expect(report.baseline).toEqual(BASELINE);
    expect(report.migrations.map((m) => m.name)).toEqual(['1700000000010_add_note']);
    expect(api.requests).toEqual([]);
  });
});

describe('the validate bundle with a production-sized copy (plans-database-url) on a pull request', () => {
  const DROP = '1700000000020_drop_orders_user_index.sql';
  let copy: string;
  let copyAsRole: string;

  beforeAll(async () => {
    copy = await productionCopy(adminUrl());
    // The copy is reached as a role with a password that needs percent-encoding, which owns it.
    const database = new URL(copy).pathname.slice(1);
    await query(adminUrl(), `ALTER DATABASE "${database}" OWNER TO ${ROLE}`);
    roleDatabases.push(database);
    // Only a superuser (or a holder of its ADMIN OPTION) grants a predefined role: set-up.
    await query(asSuperuser(adminUrl()), `GRANT pg_read_all_stats TO ${ROLE}`);
    for (const { table } of await query<{ table: string }>(
      copy,
      "SELECT tablename AS table FROM pg_tables WHERE schemaname = 'public'",
    ))
      await query(copy, `ALTER TABLE "${table}" OWNER TO ${ROLE}`);
    copyAsRole = `postgres://${ROLE}:${encodeURIComponent(PASSWORD)}@${new URL(adminUrl()).host}/${database}`;
  }, 120_000);

  test('fails a PR dropping the index a representative query needs, naming the query and the plan change, and leaves the copy as it was', async () => {
    const before = await copyState(copy);
    const pr = await pullRequestOf('plans', [DROP], ['queries.sql']);
    const run = await runValidate(pr, api, {
      'database-url': await freshDatabase('e2e_validate'),
      'queries-file': 'queries.sql',
      'plans-database-url': copyAsRole,
    });

    expectOneFailureLine(run, '1 finding(s) at or above fail-on error');
    expect(run.outputs).toMatchObject({ passed: 'false', 'plan-regressions': '1' });
    const annotation = run.stdout
      .split('\n')
      .find((line) => line.startsWith('::error title=plan-regression,file=migrations/'));
    expect(annotation).toMatch(
      /file=migrations\/1700000000020_drop_orders_user_index\.sql,line=2.*makes query "orders of a user" \(queries\.sql:4\) lose its index scan on public\.orders/,
    );
    expect(run.summary).toContain('### Plans');
    expect(run.summary).toMatch(
      /\| `orders of a user` \| [\d,.]+ · Limit: Bitmap Index Scan on orders_user_id_idx \(public\.orders\) \| [\d,.]+ · Limit: (Parallel )?Seq Scan on public\.orders \| ❌ ×[\d,.]+ \|/,
    );
    const report = JSON.parse(await readFile(run.outputs['report-json'] ?? '', 'utf8')) as {
      plans: { database: string; migrations: Array<{ queries: Array<{ verdict?: string }> }> };
    };
    expect(report.plans.database).toMatch(/^127\.0\.0\.1:\d+\/copy_\d+_\d+$/);
    expect(report.plans.migrations[0]?.queries[0]?.verdict).toBe('regressed');
    expect(commentsOn(api)[0]?.body).toContain('1 query regressed');
    await expectNoSecrets(run, api, [copyAsRole, PASSWORD, 'ghs_e2e_token']);
    expect(await copyState(copy)).toEqual(before);
  }, 120_000);

  test('refuses a copy another session is connected to with one line, before anything runs', async () => {
    const before = await copyState(copy);
    const other = await openClient(copy);
    const scratch = await freshDatabase('e2e_validate');
    try {
      const pr = await pullRequestOf('plans', [DROP], ['queries.sql']);
      const run = await runValidate(pr, api, {
        'database-url': scratch,
        'queries-file': 'queries.sql',
        'plans-database-url': copyAsRole,
      });
      expectOneFailureLine(
        run,
        'plans-database-url has 1 other client session(s) connected: a production-sized copy has none, production has many',
      );
      expect(run.outputs).toMatchObject({ passed: 'false', 'plan-regressions': '0' });
    } finally {
      await other.end();
    }
    expect(await copyState(copy)).toEqual(before);
    expect(
      await query(scratch, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"),
    ).toEqual([]);
  }, 120_000);

  test("queries-from-stats on a stats database without pg_stat_statements: a warning and a note in the report, the file's queries still planned", async () => {
    const before = await copyState(copy);
    const stats = await productionCopy(adminUrl(), 1_000, 'e2e_stats');
    const pr = await pullRequestOf('plans', ['1700000000022_add_note.sql'], ['queries.sql']);
    const run = await runValidate(pr, api, {
      'database-url': await freshDatabase('e2e_validate'),
      'queries-file': 'queries.sql',
      'queries-from-stats': '5',
      'stats-database-url': stats,
      'plans-database-url': copyAsRole,
    });

    expectSuccess(run);
    expect(run.outputs).toMatchObject({ passed: 'true', 'plan-regressions': '0' });
    expect(run.stdout).toMatch(
      /^::warning::queries-from-stats: pg_stat_statements is not installed in the stats database \(127\.0\.0\.1:\d+\/e2e_stats_\d+_\d+\), so no query was taken from it/m,
    );
    expect(run.summary).toContain('> ⚠️ queries-from-stats: pg_stat_statements is not installed');
    const report = JSON.parse(await readFile(run.outputs['report-json'] ?? '', 'utf8')) as {
      plans: { queries: Array<{ source: string }> };
    };
    expect(report.plans.queries.map((q) => q.source)).toEqual(['file', 'file', 'file']);
    await expectNoSecrets(run, api, [stats, copyAsRole, PASSWORD]);
    expect(await copyState(copy)).toEqual(before);
  }, 120_000);

  test('on PostgreSQL 15 (a prepared statement under force_generic_plan) the same pull request fails the same way', async () => {
    const server = await startPostgres({ major: 15 });
    try {
      const copy15 = await productionCopy(server.url);
      const before = await copyState(copy15);
      const pr = await pullRequestOf('plans', [DROP], ['queries.sql']);
      const run = await runValidate(pr, api, {
        'database-url': await createDatabase(server.url, `e2e_scratch15_${process.pid}`),
        'queries-file': 'queries.sql',
        'plans-database-url': copy15,
      });

      expectOneFailureLine(run, '1 finding(s) at or above fail-on error');
      expect(run.outputs).toMatchObject({ passed: 'false', 'plan-regressions': '1' });
      expect(run.stdout).toMatch(
        /::error title=plan-regression,file=migrations\/1700000000020_drop_orders_user_index\.sql,line=2.*makes query "orders of a user" \(queries\.sql:4\) lose its index scan on public\.orders/,
      );
      const report = JSON.parse(await readFile(run.outputs['report-json'] ?? '', 'utf8')) as {
        plans: { pgVersion: number; method: string };
      };
      expect(report.plans).toMatchObject({ pgVersion: 15, method: 'prepared-statement' });
      await expectNoSecrets(run, api, [copy15]);
      expect(await copyState(copy15)).toEqual(before);
    } finally {
      await server.stop();
    }
  }, 240_000);
});
