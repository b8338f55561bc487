// `npm run bench:fleet`: the migrate action over a fleet (database-urls) next to a plain `for`
// loop of node-pg-migrate's own CLI, over the same tenant databases of one embedded PostgreSQL:
//   - wall time with max-parallel 1, 4, 8, 16 (and, for the waiting workload, 32 and 64 to find
//     where one runner stops scaling), and the loop;
//   - peak memory (VmHWM) of the action's process;
//   - peak db-deploy connections, SAMPLED from pg_stat_activity every few milliseconds during the
//     run (in all, and on any one database), not inferred.
// Two workloads of ~0.3 s a database on an idle server: `wait` (pg_sleep: the server idles, as a
// large or remote one would, so the runner is what can limit) and `work` (building a table and an
// index: CPU on this machine's own server, so the server is the limit).
// Every database is checked afterwards: the migration recorded exactly once.
// Options: --quick (40 databases, fewer settings; BENCHMARKS.md left alone), --databases N.
// Rewrites its section of BENCHMARKS.md after a full run, keeps raw figures in bench/.results/.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startPostgres } from '../scripts/lib/postgres.mjs';
import { REPO_ROOT, runAction } from '../scripts/lib/run-action.mjs';
import { ACTION_BUNDLE, NODE, PLAIN_CLI, runProcess } from './lib/contenders.mjs';
import { bundleLabel, cleanupRegistry, hostInfo, replaceSection } from './lib/harness.mjs';
import { fleetSection } from './lib/fleet-report.mjs';

const BENCHMARKS = join(REPO_ROOT, 'BENCHMARKS.md');
const BEGIN = '<!-- bench:fleet:begin (written by `npm run bench:fleet`; do not edit by hand) -->';
const END = '<!-- bench:fleet:end -->';
/** How long one database's migration takes on an idle server. */
const TARGET_MS = 300;
/** Sampling interval of pg_stat_activity. */
const SAMPLE_MS = 10;

const { values: args } = parseArgs({
  options: { quick: { type: 'boolean', default: false }, databases: { type: 'string' } },
});
const DATABASES = args.databases ? Number(args.databases) : args.quick ? 40 : 200;
if (!Number.isInteger(DATABASES) || DATABASES < 2) throw new Error('--databases must be 2 or more');
const FULL = !args.quick && DATABASES >= 200;
const LANES = {
  wait: args.quick ? [1, 4] : [1, 4, 8, 16, 32, 64],
  work: args.quick ? [1, 4] : [1, 4, 8, 16],
};

const log = (message) =>
  process.stderr.write(`[bench:fleet ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const { cleanups, cleanup } = cleanupRegistry(log);

const tenantName = (i) => `tenant_${String(i + 1).padStart(3, '0')}`;

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, application_name: 'bench:fleet' });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the tenant databases (empty, from template0), once. */
async function createFleet(adminUrl) {
  await withClient(adminUrl, async (client) => {
    for (let i = 0; i < DATABASES; i += 1) {
      await client.query(`DROP DATABASE IF EXISTS ${tenantName(i)} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${tenantName(i)} TEMPLATE template0`);
    }
  });
  return Array.from({ length: DATABASES }, (_, i) => {
    const url = new URL(adminUrl);
    url.pathname = `/${tenantName(i)}`;
    return { name: tenantName(i), url: url.toString() };
  });
}

/** Empties every tenant again (a new public schema): a fresh fleet for the next run, in seconds. */
async function resetFleet(fleet) {
  for (const tenant of fleet)
    await withClient(tenant.url, (c) =>
      c.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public'),
    );
}

/** The `work` migration's row count that takes about TARGET_MS on this idle server. */
async function calibrateRows(adminUrl) {
  const url = new URL(adminUrl);
  url.pathname = '/bench_calibrate';
  await withClient(adminUrl, (c) =>
    c
      .query('DROP DATABASE IF EXISTS bench_calibrate WITH (FORCE)')
      .then(() => c.query('CREATE DATABASE bench_calibrate')),
  );
  const time = (rows) =>
    withClient(url.toString(), async (c) => {
      await c.query('DROP TABLE IF EXISTS events');
      const started = performance.now();
      await c.query(workSql(rows));
      return performance.now() - started;
    });
  let rows = 50_000;
  for (let round = 0; round < 4; round += 1) {
    // The fastest of three: other work on the machine only ever makes a run slower.
    const ms = Math.min(await time(rows), await time(rows), await time(rows));
    rows = Math.max(1000, Math.round((rows * TARGET_MS) / ms / 1000) * 1000);
  }
  const ms = Math.min(await time(rows), await time(rows), await time(rows));
  await withClient(adminUrl, (c) => c.query('DROP DATABASE bench_calibrate WITH (FORCE)'));
  return { rows, ms };
}

const workSql = (rows) =>
  `CREATE TABLE events AS SELECT g AS id, md5(g::text) AS payload FROM generate_series(1, ${rows}) g;\n` +
  'CREATE INDEX events_payload_idx ON events (payload);';
const WAIT_SQL = `SELECT pg_sleep(${TARGET_MS / 1000});\nCREATE TABLE accounts (id bigint PRIMARY KEY, name text);`;

async function migrationsDir(root, workload, sql) {
  const dir = join(root, `migrations-${workload}`);
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `1700000000001_${workload}.sql`), `-- Up Migration\n${sql}\n`);
  return dir;
}

/**
 * Samples pg_stat_activity until stopped: the most db-deploy sessions seen at once, in all and on
 * any one database (migrate's connections are `db-deploy`, the health gate's `db-deploy preflight`).
 */
function connectionSampler(adminUrl) {
  const client = new pg.Client({
    connectionString: adminUrl,
    application_name: 'bench:fleet sampler',
  });
  let running = true;
  const peak = { total: 0, perDatabase: 0, samples: 0 };
  // A failed sample (the server stopped on Ctrl-C) ends the sampling; stop() reports it.
  let failure;
  const done = (async () => {
    await client.connect();
    while (running) {
      const { rows } = await client.query(
        // Client sessions only: the parallel workers of a session's CREATE INDEX carry its
        // application_name too. A session still starting has no database yet (PostgreSQL 18
        // lists it, datname NULL): it counts in all, and on no one database.
        `SELECT coalesce(sum(n), 0)::int AS total,
                coalesce(max(n) FILTER (WHERE datname IS NOT NULL), 0)::int AS per_db
         FROM (SELECT datname, count(*) AS n FROM pg_stat_activity
               WHERE application_name LIKE 'db-deploy%' AND backend_type = 'client backend'
               GROUP BY datname) s`,
      );
      peak.samples += 1;
      peak.total = Math.max(peak.total, rows[0].total);
      peak.perDatabase = Math.max(peak.perDatabase, rows[0].per_db);
      await new Promise((r) => setTimeout(r, SAMPLE_MS));
    }
    await client.end();
  })().catch((error) => {
    failure = error;
  });
  return {
    stop: async () => {
      running = false;
      await done;
      if (failure) throw failure;
      return peak;
    },
  };
}

/** Clock ticks a second, for /proc/<pid>/stat's utime and stime. */
const TICKS = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout.trim()) || 100;

/**
 * Polls a process until it exits: its peak resident memory (VmHWM) and the CPU time it used
 * (utime + stime); the last readings stand for the whole run (at most 25 ms are missed).
 */
function processWatcher(pid) {
  let peakKb = 0;
  let cpuMs = 0;
  const read = async () => {
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      peakKb = Math.max(peakKb, Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0));
      // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
      const stat = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ').pop().split(' ');
      cpuMs = Math.max(cpuMs, ((Number(stat[11]) + Number(stat[12])) / TICKS) * 1000);
    } catch {
      // gone
    }
  };
  const timer = setInterval(read, 25);
  return { stop: () => (clearInterval(timer), { peakKb, cpuMs }) };
}

/** Each tenant has the migration recorded exactly once, or the run does not count. */
async function checkFleet(fleet, expected) {
  for (const tenant of fleet) {
    const rows = await withClient(tenant.url, (c) =>
      c
        .query('SELECT name, count(*)::int AS n FROM pgmigrations GROUP BY name')
        .then((r) => r.rows),
    );
    if (rows.length !== 1 || rows[0].name !== expected || rows[0].n !== 1)
      throw new Error(
        `${tenant.name}: pgmigrations holds ${JSON.stringify(rows)}, expected ${expected} once`,
      );
  }
}

async function runActionFleet({ adminUrl, fleet, dir, lanes, workDir }) {
  const sampler = connectionSampler(adminUrl);
  /** @type {ReturnType<typeof processWatcher> | undefined} */
  let watcher;
  const run = await runAction('migrate', {
    inputs: {
      'database-urls': fleet.map((t) => `${t.name}=${t.url}`).join('\n'),
      'migrations-dir': dir,
      'max-parallel': lanes,
    },
    workspace: workDir,
    node: NODE,
    timeoutMs: 1_800_000,
    onSpawn: (child) => {
      watcher = processWatcher(child.pid);
    },
  });
  const { peakKb: peakRssKb, cpuMs } = watcher.stop();
  const connections = await sampler.stop();
  try {
    if (run.exitCode !== 0)
      throw new Error(
        `the action failed (${run.exitCode ?? run.signal}): ${run.errors.join(' / ') || run.stderr.slice(-2000)}`,
      );
    const report = JSON.parse(await readFile(run.outputs['report-json'], 'utf8'));
    if (report.counts.succeeded !== fleet.length)
      throw new Error(`${report.counts.succeeded} of ${fleet.length} targets succeeded`);
    return { ms: run.durationMs, peakRssKb, cpuMs, connections };
  } finally {
    await run.cleanup();
  }
}

async function runPlainLoop({ fleet, dir, workDir }) {
  const list = join(workDir, 'urls.txt');
  await writeFile(list, `${fleet.map((t) => t.url).join('\n')}\n`);
  const script = join(workDir, 'loop.sh');
  // What a team writes today: one node-pg-migrate process per database, one after another.
  await writeFile(
    script,
    `#!/bin/bash\nset -e\nfor url in $(cat "${list}"); do\n  DATABASE_URL="$url" "${NODE}" "${PLAIN_CLI}" up -m "${dir}" > /dev/null\ndone\n`,
  );
  const run = await runProcess('/bin/bash', [script], {
    cwd: workDir,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? workDir },
  });
  if (run.code !== 0)
    throw new Error(`the node-pg-migrate loop failed (${run.code}): ${run.stderr.slice(-2000)}`);
  return { ms: run.ms };
}

async function machineInfo(server) {
  return {
    ...hostInfo(),
    postgres: server.version,
    node24: spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^v/, ''),
    nodePgMigrate: JSON.parse(
      await readFile(join(REPO_ROOT, 'node_modules/node-pg-migrate/package.json'), 'utf8'),
    ).version,
    bundle: bundleLabel(REPO_ROOT, 'dist/migrate'),
  };
}

async function main() {
  const started = performance.now();
  if (!existsSync(ACTION_BUNDLE))
    throw new Error(`${ACTION_BUNDLE} is missing: run \`npm run package\``);
  if (!existsSync(NODE)) throw new Error(`${NODE} is missing: run \`npm ci\``);
  const root = await mkdtemp(join(tmpdir(), 'db-deploy-bench-fleet-'));
  cleanups.push(() => rm(root, { recursive: true, force: true }));
  log(`starting PostgreSQL (${DATABASES} tenant databases)`);
  const server = await startPostgres();
  cleanups.push(() => server.stop());
  const machine = await machineInfo(server);
  const calibration = await calibrateRows(server.url);
  log(`work: ${calibration.rows} rows take ${Math.round(calibration.ms)} ms on the idle server`);
  const workloads = [
    { id: 'wait', dir: await migrationsDir(root, 'wait', WAIT_SQL), name: '1700000000001_wait' },
    {
      id: 'work',
      dir: await migrationsDir(root, 'work', workSql(calibration.rows)),
      name: '1700000000001_work',
    },
  ];
  const results = { machine, databases: DATABASES, calibration, workloads: {} };
  log(`creating ${DATABASES} databases`);
  const fleet = await createFleet(server.url);
  for (const workload of workloads) {
    const rows = [];
    await resetFleet(fleet);
    log(`${workload.id}: a for loop of node-pg-migrate over ${DATABASES} databases`);
    const loop = await runPlainLoop({ fleet, dir: workload.dir, workDir: root });
    await checkFleet(fleet, workload.name);
    log(`${workload.id}: loop ${(loop.ms / 1000).toFixed(1)} s`);
    for (const lanes of LANES[workload.id]) {
      await resetFleet(fleet);
      log(`${workload.id}: the action with max-parallel ${lanes}`);
      const run = await runActionFleet({
        adminUrl: server.url,
        fleet,
        dir: workload.dir,
        lanes,
        workDir: root,
      });
      await checkFleet(fleet, workload.name);
      log(
        `${workload.id}: max-parallel ${lanes}: ${(run.ms / 1000).toFixed(1)} s, ${Math.round(run.peakRssKb / 1024)} MB, ${Math.round(run.cpuMs)} ms CPU, peak connections ${run.connections.total} (${run.connections.perDatabase} per database, ${run.connections.samples} samples)`,
      );
      rows.push({ lanes, ...run });
    }
    results.workloads[workload.id] = { loop, runs: rows };
  }
  results.machine.loadAfter = loadavg()
    .map((l) => l.toFixed(2))
    .join(' / ');
  results.durationS = Math.round((performance.now() - started) / 1000);
  await mkdir(join(REPO_ROOT, 'bench/.results'), { recursive: true });
  const raw = join(REPO_ROOT, 'bench/.results', `fleet-${Date.now()}.json`);
  await writeFile(raw, `${JSON.stringify(results, null, 2)}\n`);
  log(`raw figures: ${raw}`);
  const section = fleetSection(results, TARGET_MS);
  if (FULL) {
    await replaceSection(BENCHMARKS, BEGIN, END, section);
    log('BENCHMARKS.md updated');
  } else process.stdout.write(`${section}\n`);
}

try {
  await main();
} catch (error) {
  log(`failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
