// Renders the stall benchmark's results as Markdown and keeps its sections of BENCHMARKS.md current.

import { replaceSection } from './harness.mjs';

const BEGIN = '<!-- bench:stall:begin (written by `npm run bench:stall`; do not edit by hand) -->';
const END = '<!-- bench:stall:end -->';

const ms = (v) => `${Math.round(v).toLocaleString('en-US')} ms`;
const ms1 = (v) => `${v.toFixed(1)} ms`;
const seconds = (v) => `${(v / 1000).toFixed(2)} s`;
const int = (v) => Math.round(v).toLocaleString('en-US');

function table(header, rows) {
  const lines = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
  ];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

function ratio(a, b) {
  if (!(b > 0)) return '—';
  const r = a / b;
  return r >= 10 ? `${Math.round(r)}×` : `${r.toFixed(1)}×`;
}

/**
 * The stall table: control, the plain tool and the action side by side.
 * @param labels the plain tool's and the action's column names (default: node-pg-migrate's)
 */
export function stallTable(
  { control, plain, action },
  labels = { plain: 'plain node-pg-migrate', action: '`migrate` action' },
) {
  const c = control.app;
  const p = plain.app;
  const a = action.app;
  return table(
    ['', 'no migration (control)', labels.plain, labels.action, 'plain ÷ action'],
    [
      [
        '**Longest write stall** (slowest INSERT)',
        ms(c.longestStallMs),
        `**${ms(p.longestStallMs)}**`,
        `**${ms(a.longestStallMs)}**`,
        ratio(p.longestStallMs, a.longestStallMs),
      ],
      [
        'Longest time with no write completing',
        ms(c.longestGapMs),
        ms(p.longestGapMs),
        ms(a.longestGapMs),
        ratio(p.longestGapMs, a.longestGapMs),
      ],
      ['**Failed writes**', int(c.failed), `**${int(p.failed)}**`, `**${int(a.failed)}**`, ''],
      ['Writes (4 connections)', int(c.writes), int(p.writes), int(a.writes), ''],
      [
        'Writes per second',
        int(c.writesPerSecond),
        int(p.writesPerSecond),
        int(a.writesPerSecond),
        '',
      ],
      [
        'Write latency p50 / p95 / p99',
        `${ms1(c.p50Ms)} / ${ms1(c.p95Ms)} / ${ms1(c.p99Ms)}`,
        `${ms1(p.p50Ms)} / ${ms1(p.p95Ms)} / ${ms1(p.p99Ms)}`,
        `${ms1(a.p50Ms)} / ${ms1(a.p95Ms)} / ${ms1(a.p99Ms)}`,
        '',
      ],
      ['Writes slower than 100 ms', int(c.over100Ms), int(p.over100Ms), int(a.over100Ms), ''],
      [
        'Migration: process start to exit',
        '—',
        seconds(plain.migration.ms),
        seconds(action.migration.ms),
        '',
      ],
      [
        'Migration: done after the report committed',
        '—',
        ms(plain.migration.afterCommitMs),
        ms(action.migration.afterCommitMs),
        '',
      ],
      [
        'Lock retries',
        '—',
        '— (waits in the lock queue)',
        action.migration.retries === undefined ? '?' : String(action.migration.retries),
        '',
      ],
    ],
  );
}

/** The cold-start table: nothing pending, each tool run `runs` times. */
export function coldTable(cold) {
  const { plain, action } = cold;
  return table(
    ['nothing pending', 'plain node-pg-migrate `up`', '`migrate` action', 'action ÷ plain'],
    [
      [
        '**median**',
        `**${ms(plain.medianMs)}**`,
        `**${ms(action.medianMs)}**`,
        `**${(action.medianMs / plain.medianMs).toFixed(2)}**`,
      ],
      ['min', ms(plain.minMs), ms(action.minMs), (action.minMs / plain.minMs).toFixed(2)],
      ['max', ms(plain.maxMs), ms(action.maxMs), (action.maxMs / plain.maxMs).toFixed(2)],
    ],
  );
}

/** The knex section: plain `knex migrate:latest` against the action on the same knex project. */
function knexSection({ machine, settings, control, knexPlain, knexAction, verdicts }) {
  const verdict = verdicts.knexStall.met ? '**met**' : `**missed** (${verdicts.knexStall.why})`;
  return `## Write stall with knex migrations

The same scenario with a knex project: a \`knexfile.js\` (client \`pg\`, its connection from \`DATABASE_URL\`),
the baseline and the \`ADD COLUMN\` as knex migrations (\`knex.raw\` of the same SQL, then
\`knex.schema.alterTable('orders', (t) => t.text('note'))\`), knex ${machine.knex}.

- **plain knex**: its CLI, \`knex migrate:latest\` (knex's own \`bin/cli.js\`, on Node ${machine.node24}) in the project
  directory with \`DATABASE_URL\` set: one transaction for the batch, no lock_timeout. Its ALTER waits in the lock
  queue behind the report, and every write queues behind the ALTER.
- **\`migrate\` action**: the same bundle and inputs as above, on the knex project (the knexfile makes the format
  knex; the project has no \`node_modules\`, so db-deploy's bundled knex runs the migrations).

The machine is shared with other engineers' test runs and was loaded while this ran (load average above):
compare the columns side by side — the ratio — rather than the absolute figures. Target for the action:
longest stall under ${settings.stallTargetMs} ms and zero failed writes — ${verdict}.

${stallTable({ control, plain: knexPlain, action: knexAction }, { plain: 'plain `knex migrate:latest`', action: '`migrate` action (knex)' })}
`;
}

/** Both BENCHMARKS.md sections of this benchmark. */
export function renderSections(results) {
  const { machine, settings, control, plain, action, cold, verdicts } = results;
  const stallVerdict = verdicts.stall.met ? '**met**' : `**missed** (${verdicts.stall.why})`;
  const coldVerdict = verdicts.cold.met ? '**met**' : `**missed** (${verdicts.cold.why})`;
  return `## Write stall during a migration (\`npm run bench:stall\`)

Measured ${machine.date} on ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB RAM, ${machine.os};
PostgreSQL ${machine.postgres} (${machine.postgresSource}) on the same machine; both contenders on Node ${machine.node24}
(\`node_modules/node/bin/node\`); node-pg-migrate ${machine.nodePgMigrate}, knex ${machine.knex}; the action is the committed bundle
\`dist/migrate/index.js\` (${machine.bundle}). The application's writers and the report run in the benchmark's own
process (Node ${machine.nodeApp}). 1-minute load average when the run started: ${machine.loadAverage}. The benchmark took ${seconds(machine.totalMs)}.

**Scenario.** One PostgreSQL server, a fresh database per contender. The baseline (an \`orders\` table with
${int(settings.baselineRows)} rows) is applied first by the same tool, then a second migration is added:
\`ALTER TABLE orders ADD COLUMN note text\` (needs ACCESS EXCLUSIVE on \`orders\`). The application writes from
${settings.connections} connections, each running \`INSERT INTO orders …\` in a tight loop (autocommit, no pause).
After ${seconds(settings.warmupMs)} of traffic a report transaction starts: \`BEGIN; SELECT count(*) FROM orders\`
(ACCESS SHARE on \`orders\`), held ${seconds(settings.reportMs)}, then \`COMMIT\`. ${seconds(settings.migrationDelayMs)} after
the report took its lock, the migration starts as its own process; traffic continues until ${seconds(settings.cooldownMs)}
after both the migration and the report are done.

- **plain node-pg-migrate**: its CLI, \`node-pg-migrate up -m migrations\` with \`DATABASE_URL\` set and every other
  option at its default. Its ALTER waits in the lock queue behind the report, and every write queues behind the ALTER.
- **\`migrate\` action**: \`dist/migrate/index.js\` run as a runner runs it: \`INPUT_*\` variables for every default
  of \`migrate/action.yml\` (\`lock-timeout: ${settings.actionDefaults['lock-timeout']}\`, \`lock-retries: ${settings.actionDefaults['lock-retries']}\`), only \`database-url\` and
  \`migrations-dir\` set, \`GITHUB_WORKSPACE\`, \`GITHUB_OUTPUT\`, \`GITHUB_STEP_SUMMARY\`, \`RUNNER_TEMP\`. Lock retries
  are read from its \`report-json\` output.
- **no migration (control)**: the same traffic and report without a migration: the noise floor of this machine.

**Longest write stall** is the slowest single INSERT of the application, from sending it to its reply; a failed
write is one that returned an error. "Longest time with no write completing" is the longest interval in which
none of the ${settings.connections} connections completed a write. Target for the action: longest stall under
${settings.stallTargetMs} ms and zero failed writes — ${stallVerdict}.

${stallTable({ control, plain, action })}

${knexSection(results)}
Every run also keeps its raw figures (per-run cold-start times included) in \`bench/.results/\` (not committed).

## Cold start

Nothing pending: the database is up to date and each tool only checks it. Wall time from spawning the process
to its exit, ${cold.runs} runs of each (alternating, after one discarded warm-up run each), both on Node ${machine.node24},
against the same idle server: \`node-pg-migrate up -m migrations\` (its CLI) and the action bundle with default
inputs as above. Target: the action no slower than plain node-pg-migrate (median) — ${coldVerdict}.

${coldTable(cold)}
`;
}

/** Replaces this benchmark's sections of BENCHMARKS.md (creating the file if needed), keeping the rest. */
export function updateBenchmarksFile(path, sections) {
  return replaceSection(path, BEGIN, END, sections);
}
