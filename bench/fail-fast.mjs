// `npm run bench:fail-fast`: how long a bad database-url takes to end, and in how many lines: the
// migrate action's bundle (dist/migrate/index.js, run as a runner runs it, connect-timeout 1s)
// next to plain node-pg-migrate's CLI (`up` with DATABASE_URL), side by side in one run, for each
// mistake a user makes: not a URL, another database's URL, a wrong password, a closed port, a
// server that never answers, a host that does not resolve. A run still going after GIVE_UP_MS is
// killed and counted as such. The e2e tests check each line's wording; the time lives here (a
// bound on it in a test would fail on a loaded machine).
// Options: --runs N (default 3), --quick (1 run; BENCHMARKS.md left alone). Takes about 2 minutes.
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runAction as runActionBundle } from '../scripts/lib/run-action.mjs';
import { freePort, startPostgres } from '../scripts/lib/postgres.mjs';
import { NODE, PLAIN_CLI, ROOT, runProcess } from './lib/contenders.mjs';
import { cleanupRegistry, hostInfo, replaceSection } from './lib/harness.mjs';
import { median } from './lib/stats.mjs';

const BENCHMARKS = join(ROOT, 'BENCHMARKS.md');
const BEGIN = '<!-- bench:fail-fast:start -->';
const END = '<!-- bench:fail-fast:end -->';
/** A run still going after this long is killed (plain node-pg-migrate has no connect timeout). */
const GIVE_UP_MS = 30_000;
const MIGRATIONS = join(ROOT, 'examples', 'migrations');

const { values: args } = parseArgs({
  options: { runs: { type: 'string' }, quick: { type: 'boolean', default: false } },
});
const runs = args.quick ? 1 : Number(args.runs ?? 3);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number above 0');

const log = (line) => process.stderr.write(`${line}\n`);
const { cleanups, cleanup } = cleanupRegistry(log);

/** A TCP server that accepts connections and never says a word. */
async function silentServer() {
  const sockets = new Set();
  const server = createServer((socket) => sockets.add(socket));
  await new Promise((resolve) =>
    server.listen({ port: 0, host: '127.0.0.1' }, () => resolve(undefined)),
  );
  return {
    port: /** @type {import('node:net').AddressInfo} */ (server.address()).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve(undefined));
      }),
  };
}

/** Plain node-pg-migrate's `up` with DATABASE_URL, killed after GIVE_UP_MS. */
async function runPlain(databaseUrl, workDir) {
  const run = await runProcess(NODE, [PLAIN_CLI, 'up', '-m', MIGRATIONS], {
    cwd: workDir,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', DATABASE_URL: databaseUrl },
    timeoutMs: GIVE_UP_MS,
  });
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l.trim()).length;
  return { ms: run.ms, code: run.code, killed: run.killed, lines };
}

/** The migrate action's bundle with connect-timeout 1s. */
async function runAction(databaseUrl, workDir) {
  const run = await runActionBundle('migrate', {
    inputs: { 'database-url': databaseUrl, 'migrations-dir': MIGRATIONS, 'connect-timeout': '1s' },
    workspace: workDir,
    node: NODE,
    timeoutMs: GIVE_UP_MS,
  });
  try {
    return {
      ms: run.durationMs,
      code: run.exitCode,
      killed: run.signal !== null,
      lines: run.errors.length,
    };
  } finally {
    await run.cleanup();
  }
}

const host = hostInfo();
const workDir = await mkdtemp(join(tmpdir(), 'db-deploy-bench-fail-fast-'));
cleanups.push(() => rm(workDir, { recursive: true, force: true }));
try {
  const server = await startPostgres();
  cleanups.push(() => server.stop());
  const silent = await silentServer();
  cleanups.push(() => silent.close());
  const closed = await freePort();
  const { host: at } = new URL(server.url);
  const wrong = new URL(server.url);
  wrong.password = 'wrong-password';
  const cases = [
    ['not a URL', 'not a url'],
    ['a MySQL URL', `mysql://app:secret@${at}/app`],
    ['a wrong password', wrong.toString()],
    ['a closed port', `postgres://app:secret@127.0.0.1:${closed}/app`],
    ['a server that never answers', `postgres://app:secret@127.0.0.1:${silent.port}/app`],
    ['a host that does not resolve', 'postgres://app:secret@nonexistent.invalid:5432/app'],
  ];
  const rows = [];
  for (const [name, url] of cases) {
    const action = [];
    const plain = [];
    for (let i = 0; i < runs; i += 1) {
      action.push(await runAction(url, workDir));
      plain.push(await runPlain(url, workDir));
    }
    const describe = (results) => {
      const ms = median(results.map((r) => r.ms));
      const killed = results.filter((r) => r.killed).length;
      const failed = results.every((r) => r.killed || (r.code ?? 0) !== 0);
      return {
        ms,
        text: killed
          ? `killed at ${GIVE_UP_MS / 1000} s (${killed}/${results.length})`
          : `${(ms / 1000).toFixed(2)} s`,
        lines: median(results.map((r) => r.lines)),
        failed,
      };
    };
    const a = describe(action);
    const p = describe(plain);
    if (!a.failed || !p.failed) throw new Error(`${name}: a contender exited 0 on a bad URL`);
    rows.push(
      `| ${name} | ${a.text} | ${a.lines} | ${p.text} | ${p.lines} | ${(p.ms / a.ms).toFixed(1)}× |`,
    );
    log(`${name}: db-deploy ${a.text}, node-pg-migrate ${p.text}`);
  }
  const table = [
    '| Bad database-url | db-deploy migrate | its error lines | node-pg-migrate up | its output lines | node-pg-migrate ÷ db-deploy |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
  const section = `## A bad database-url, next to node-pg-migrate (\`npm run bench:fail-fast\`)

${host.date}, ${host.cpus} × ${host.cpuModel}, ${host.memoryGb} GiB, ${host.os}, load ${host.loadBefore};
median of ${runs} run${runs === 1 ? '' : 's'} each, from process start to exit. db-deploy: the
migrate bundle on Node 24 as a runner runs it, \`connect-timeout: 1s\`; its error lines are the
\`::error::\` lines of the step (the target: exactly one). node-pg-migrate: its CLI's \`up\` with
\`DATABASE_URL\`; its output lines count everything it printed (stack frames included). A run
still going after ${GIVE_UP_MS / 1000} s is killed.

${table}`;
  console.log(section);
  if (!args.quick) await replaceSection(BENCHMARKS, BEGIN, END, section);
} finally {
  await cleanup();
}
