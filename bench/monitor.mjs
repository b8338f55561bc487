// `npm run bench:monitor`: the `monitor` action's watch (dist/monitor/index.js, run as a runner
// runs it) next to the seed's bash loop of `curl -f` calls, side by side against one local
// application on loopback, both probing it at once with the same interval and timeout:
//   1. detection: failures injected at a random moment of a fresh watch; the latency from the
//      failure's start to the rollback script's start, and rollbacks per watch;
//   2. false rollbacks: a healthy watch (10 minutes) with 1% of the probes answered 500 at random.
// Options: --quick (5 detections, a 1-minute watch; BENCHMARKS.md left alone), --detections N,
// --minutes N. Rewrites its section of BENCHMARKS.md after a full run, keeps raw figures in
// bench/.results/, exits non-zero on an error (not on a missed target: the prose says so).
// Takes about 14 minutes.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { nodeBinary, REPO_ROOT } from '../scripts/lib/run-action.mjs';
import { startHealthApp } from './lib/monitor-app.mjs';
import {
  MONITOR_BUNDLE,
  bundleSha,
  processTracker,
  rollbackTimes,
  seedLoopText,
  startAction,
  startSeedLoop,
  writeRollbackScript,
} from './lib/monitor-contenders.mjs';
import { median, percentile } from './lib/stats.mjs';
import { cleanupRegistry, replaceSection } from './lib/harness.mjs';

const BENCHMARKS = join(REPO_ROOT, 'BENCHMARKS.md');
const BEGIN = '<!-- bench:monitor:start -->';
const END = '<!-- bench:monitor:end -->';

/** The watch settings both contenders use. The action's defaults are 10s / 5s / 3. */
const INTERVAL_S = 1;
const TIMEOUT_S = 1;
const THRESHOLD = 3;
const SETTINGS = {
  interval: `${INTERVAL_S}s`,
  timeout: `${TIMEOUT_S}s`,
  'failure-threshold': String(THRESHOLD),
};
/** Target (the issue): p95 detection ≤ threshold × interval + 1 s. */
const BOUND_MS = THRESHOLD * INTERVAL_S * 1000 + 1000;
/** Each detection runs in a fresh watch this long; a failure is injected 2–6 s after it began. */
const DETECTION_WATCH_S = 60;
const INJECT_AFTER_MS = [2000, 6000];
/** Both contenders roll back within a few seconds; a run still going after this is stopped. */
const DETECTION_GIVE_UP_MS = 30_000;
/** Share of the healthy phase's probes answered 500 at random. */
const BLIP_PROBABILITY = 0.01;

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    detections: { type: 'string' },
    minutes: { type: 'string' },
  },
});
const positiveInteger = (name, text, fallback) => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive integer, got ${text}`);
  return n;
};
const DETECTIONS = positiveInteger('detections', args.detections, args.quick ? 5 : 20);
const MINUTES = positiveInteger('minutes', args.minutes, args.quick ? 1 : 10);
/** Only a full run's figures go into BENCHMARKS.md. */
const FULL = !args.quick && DETECTIONS >= 20 && MINUTES >= 10;

const log = (message) =>
  process.stderr.write(`[bench:monitor ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const { cleanups, cleanup } = cleanupRegistry(log);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

// ---- part 1: detection ----------------------------------------------------------------------

/** One injected failure in a fresh watch of each contender; both probe the same application. */
async function detectionTrial(n, ctx) {
  const { app, tracker, workRoot, rollbackScript } = ctx;
  app.reset();
  const actionFile = join(workRoot, `detect-${n}-action.log`);
  const seedFile = join(workRoot, `detect-${n}-seed.log`);
  const action = startAction({
    url: app.url,
    durationS: DETECTION_WATCH_S,
    settings: SETTINGS,
    rollbackScript,
    rollbackFile: actionFile,
    workRoot,
    tracker,
  });
  const seed = startSeedLoop({
    url: app.url,
    rounds: DETECTION_WATCH_S / INTERVAL_S,
    intervalS: INTERVAL_S,
    timeoutS: TIMEOUT_S,
    rollbackScript,
    rollbackFile: seedFile,
    tracker,
  });
  // The watch has begun when both have probed once; the failure starts at a random moment after,
  // so at a random phase of either's probe schedule.
  const begunAt = await Promise.race([
    app.waitForProbes(['action', 'seed'], 20_000),
    action.done.then((run) => {
      throw new Error(
        `the action ended before it probed (${run.exitCode ?? run.signal}): ${run.errors.join(' / ') || run.stderr}`,
      );
    }),
  ]);
  const afterMs = INJECT_AFTER_MS[0] + Math.random() * (INJECT_AFTER_MS[1] - INJECT_AFTER_MS[0]);
  await sleep(begunAt + afterMs - Date.now());
  const injectedAt = app.inject();
  // Both end by themselves once they rolled back; a side that did not is stopped.
  const giveUp = setTimeout(() => {
    log(`detection ${n}: still running ${DETECTION_GIVE_UP_MS} ms after the failure; stopping`);
    void action.stop();
    void seed.stop();
  }, DETECTION_GIVE_UP_MS);
  const [actionRun, seedRun] = await Promise.all([action.done, seed.done]);
  clearTimeout(giveUp);
  const actionCounts = app.counts('action');
  const seedCounts = app.counts('seed');
  const actionTimes = await rollbackTimes(actionFile);
  const seedTimes = await rollbackTimes(seedFile);
  if (actionRun.exitCode !== 1 || actionRun.outputs.verdict !== 'unhealthy')
    log(
      `detection ${n}: the action ended with ${actionRun.exitCode ?? actionRun.signal}, verdict ${actionRun.outputs.verdict}: ${actionRun.errors.join(' / ') || actionRun.stderr}`,
    );
  const reportedStart = actionRun.report.rollback?.startedAt;
  const side = (times, counts) => ({
    rollbacks: times.length,
    rollbacksBeforeFailure: times.filter((t) => t < injectedAt).length,
    detectionMs: times.length > 0 ? times[0] - injectedAt : undefined,
    firstFailedProbeMs:
      counts.firstInjectedFailureAt === undefined
        ? undefined
        : counts.firstInjectedFailureAt - injectedAt,
    probes: counts.probes,
  });
  return {
    n,
    injectedAfterMs: Math.round(afterMs),
    injectedAt,
    action: {
      ...side(actionTimes, actionCounts),
      exitCode: actionRun.exitCode,
      verdict: actionRun.outputs.verdict,
      failedCheck: actionRun.outputs['failed-check'],
      rolledBack: actionRun.outputs['rolled-back'],
      rounds: actionRun.report.rounds,
      reportedRollbackStartedAt: reportedStart,
      reportedDetectionMs: reportedStart ? Date.parse(reportedStart) - injectedAt : undefined,
      reportedFirstFailureMs: actionRun.report.firstFailureAt
        ? Date.parse(actionRun.report.firstFailureAt) - injectedAt
        : undefined,
      timeline: actionRun.report.timeline,
    },
    seed: { ...side(seedTimes, seedCounts), exitCode: seedRun.code, stderr: seedRun.stderr.trim() },
  };
}

async function detections(ctx) {
  const trials = [];
  for (let n = 1; n <= DETECTIONS; n += 1) {
    const t = await detectionTrial(n, ctx);
    trials.push(t);
    const s = (ms) => (ms === undefined ? 'none' : `${(ms / 1000).toFixed(2)} s`);
    log(
      `detection ${n}/${DETECTIONS}: failure ${t.injectedAfterMs} ms in; action ${s(t.action.detectionMs)} (${t.action.rollbacks} rollback(s)), seed ${s(t.seed.detectionMs)} (${t.seed.rollbacks})`,
    );
  }
  return trials;
}

// ---- part 2: false rollbacks ----------------------------------------------------------------

/**
 * Both contenders watch the application for `MINUTES` while 1% of probes get a 500 at random.
 * A contender that rolls back is counted and started again for the rest of the window, as a
 * pipeline would fail that deploy and try the next.
 */
async function healthyWatch({ app, tracker, workRoot, rollbackScript }) {
  app.reset({ failureProbability: BLIP_PROBABILITY });
  const actionFile = join(workRoot, 'healthy-action.log');
  const seedFile = join(workRoot, 'healthy-seed.log');
  const startedAt = Date.now();
  const deadline = startedAt + MINUTES * 60_000;

  const actionSide = async () => {
    const runs = [];
    for (;;) {
      const durationS = Math.floor((deadline - Date.now()) / 1000);
      if (durationS < 1 || tracker.stopping) return runs;
      const run = await startAction({
        url: app.url,
        durationS,
        settings: SETTINGS,
        rollbackScript,
        rollbackFile: actionFile,
        workRoot,
        tracker,
      }).done;
      runs.push(run);
      if (tracker.stopping) return runs;
      if (run.outputs.verdict === 'unhealthy') {
        log(`healthy watch: the action rolled back (${run.errors.join(' / ')}); starting it again`);
        continue;
      }
      if (run.outputs.verdict !== 'healthy')
        throw new Error(
          `the action's healthy watch ended with ${run.exitCode ?? run.signal}, verdict ${run.outputs.verdict}: ${run.errors.join(' / ') || run.stderr}`,
        );
      return runs;
    }
  };

  const seedSide = async () => {
    const runs = [];
    while (Date.now() < deadline - 1000 && !tracker.stopping) {
      const loop = startSeedLoop({
        url: app.url,
        rounds: Math.ceil((deadline - Date.now()) / (INTERVAL_S * 1000)),
        intervalS: INTERVAL_S,
        timeoutS: TIMEOUT_S,
        rollbackScript,
        rollbackFile: seedFile,
        tracker,
      });
      const timer = setTimeout(() => void loop.stop(), deadline - Date.now());
      const run = await loop.done;
      clearTimeout(timer);
      runs.push(run);
      if (run.code === 1) log(`healthy watch: the seed loop rolled back; starting it again`);
    }
    return runs;
  };

  const progress = setInterval(() => {
    const a = app.counts('action');
    const s = app.counts('seed');
    log(
      `healthy watch: ${Math.round((Date.now() - startedAt) / 1000)} s; action ${a.probes} probes (${a.random500} random 500s), seed ${s.probes} (${s.random500})`,
    );
  }, 60_000);
  let actionRuns;
  let seedRuns;
  try {
    [actionRuns, seedRuns] = await Promise.all([actionSide(), seedSide()]);
  } finally {
    clearInterval(progress);
  }
  const endedAt = Date.now();
  const actionTimes = await rollbackTimes(actionFile);
  const seedTimes = await rollbackTimes(seedFile);
  const a = app.counts('action');
  const s = app.counts('seed');
  const streaks = actionRuns.flatMap((r) => (r.report.checks ?? []).map((c) => c.longestStreak));
  return {
    minutes: MINUTES,
    windowMs: endedAt - startedAt,
    action: {
      probes: a.probes,
      random500: a.random500,
      rollbacks: actionTimes.length,
      rollbackMinutes: actionTimes.map((t) => (t - startedAt) / 60_000),
      watches: actionRuns.length,
      rounds: actionRuns.reduce((sum, r) => sum + (r.report.rounds ?? 0), 0),
      failedProbesReported: actionRuns.reduce(
        (sum, r) => sum + (r.report.checks ?? []).reduce((x, c) => x + c.failures, 0),
        0,
      ),
      longestStreak: streaks.length > 0 ? Math.max(...streaks) : 0,
      verdicts: actionRuns.map((r) => r.outputs.verdict),
    },
    seed: {
      probes: s.probes,
      random500: s.random500,
      rollbacks: seedTimes.length,
      rollbackMinutes: seedTimes.map((t) => (t - startedAt) / 60_000),
      loops: seedRuns.length,
      exits: seedRuns.map((r) => r.code ?? r.signal),
    },
  };
}

// ---- summaries and the section ---------------------------------------------------------------

function spread(values) {
  const sorted = values.filter((v) => v !== undefined).sort((x, y) => x - y);
  if (sorted.length === 0) return undefined;
  return {
    n: sorted.length,
    min: sorted[0],
    median: median(sorted),
    p95: percentile(sorted, 95),
    max: sorted.at(-1),
  };
}

function summariseDetections(trials) {
  const sideOf = (key) => {
    const list = trials.map((t) => t[key]);
    return {
      detection: spread(list.map((x) => x.detectionMs)),
      firstFailedProbe: spread(list.map((x) => x.firstFailedProbeMs)),
      firstFailedProbeToRollback: spread(
        list.map((x) =>
          x.detectionMs === undefined || x.firstFailedProbeMs === undefined
            ? undefined
            : x.detectionMs - x.firstFailedProbeMs,
        ),
      ),
      overBound: list.filter((x) => x.detectionMs === undefined || x.detectionMs > BOUND_MS).length,
      undetected: list.filter((x) => x.detectionMs === undefined).length,
      rollbacksPerWatch: list.map((x) => x.rollbacks),
      rollbacksBeforeFailure: list.reduce((sum, x) => sum + x.rollbacksBeforeFailure, 0),
    };
  };
  const action = sideOf('action');
  action.reported = spread(trials.map((t) => t.action.reportedDetectionMs));
  // How long after the action's own `rollback.startedAt` the script read the clock.
  action.scriptLag = spread(
    trials.map((t) =>
      t.action.detectionMs === undefined || t.action.reportedDetectionMs === undefined
        ? undefined
        : t.action.detectionMs - t.action.reportedDetectionMs,
    ),
  );
  return { action, seed: sideOf('seed') };
}

function verdicts(detect, healthy) {
  const a = detect.action;
  const exactlyOnce = a.rollbacksPerWatch.every((r) => r === 1);
  const detectionMet =
    a.detection !== undefined && a.undetected === 0 && a.detection.p95 <= BOUND_MS;
  const detectionWhy = [
    a.detection ? `p95 ${sec(a.detection.p95)}` : 'no rollback at all',
    a.undetected > 0 ? `${a.undetected} failure(s) never rolled back` : undefined,
    exactlyOnce ? 'one rollback in every watch' : 'not exactly one rollback in every watch',
  ].filter(Boolean);
  return {
    detection: { met: detectionMet && exactlyOnce, why: detectionWhy.join(', ') },
    falseRollbacks: {
      met: healthy.action.rollbacks === 0,
      why: `${healthy.action.rollbacks} false rollback(s) in ${healthy.minutes} min`,
    },
  };
}

const sec = (ms) => `${(ms / 1000).toFixed(2)} s`;
const int = (n) => Math.round(n).toLocaleString('en-US');
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(1)}×` : '—');
const ordinal = (n) =>
  `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' }[n % 10] ?? 'th')}`;
const markVerdict = (v) => (v.met ? '**met**' : `**missed** (${v.why})`);

function table(header, rows) {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function perWatch(counts) {
  const distinct = [...new Set(counts)];
  if (distinct.length === 1) return `${distinct[0]} in each of ${counts.length}`;
  return counts.join(', ');
}

function render({ machine, trials, detect, healthy, verdict }) {
  const a = detect.action;
  const s = detect.seed;
  const row = (label, key, bold = false) => {
    const av = a.detection?.[key];
    const sv = s.detection?.[key];
    const b = (text) => (bold ? `**${text}**` : text);
    return [
      bold ? `**${label}**` : label,
      av === undefined ? '—' : b(sec(av)),
      sv === undefined ? '—' : b(sec(sv)),
      av === undefined || sv === undefined ? '—' : ratio(av, sv),
    ];
  };
  const detectionTable = table(
    [
      `failure start → rollback start (${trials.length} failures)`,
      '`monitor` action',
      'seed `curl -f` loop',
      'action ÷ seed',
    ],
    [
      row('p95', 'p95', true),
      row('min', 'min'),
      row('median', 'median'),
      row('max', 'max'),
      [
        `over the ${sec(BOUND_MS)} bound`,
        `${a.overBound} of ${trials.length}`,
        `${s.overBound} of ${trials.length}`,
        '',
      ],
      ['rollbacks per watch', perWatch(a.rollbacksPerWatch), perWatch(s.rollbacksPerWatch), ''],
      [
        'failure start → first 500 served to it, median (max)',
        a.firstFailedProbe
          ? `${sec(a.firstFailedProbe.median)} (${sec(a.firstFailedProbe.max)})`
          : '—',
        s.firstFailedProbe
          ? `${sec(s.firstFailedProbe.median)} (${sec(s.firstFailedProbe.max)})`
          : '—',
        '',
      ],
      [
        'first 500 served → rollback start, median (max)',
        a.firstFailedProbeToRollback
          ? `${sec(a.firstFailedProbeToRollback.median)} (${sec(a.firstFailedProbeToRollback.max)})`
          : '—',
        s.firstFailedProbeToRollback
          ? `${sec(s.firstFailedProbeToRollback.median)} (${sec(s.firstFailedProbeToRollback.max)})`
          : '—',
        '',
      ],
    ],
  );
  const h = healthy;
  const falseTable = table(
    [
      `${h.minutes}-minute healthy watch, ${BLIP_PROBABILITY * 100}% random 500s`,
      '`monitor` action',
      'seed `curl -f` loop',
    ],
    [
      ['**false rollbacks**', `**${h.action.rollbacks}**`, `**${h.seed.rollbacks}**`],
      ['probes made (requests the app served)', int(h.action.probes), int(h.seed.probes)],
      ['random 500s served', int(h.action.random500), int(h.seed.random500)],
      [
        'longest run of failed probes in a row',
        String(h.action.longestStreak),
        '— (rolls back on the first)',
      ],
      [
        'watches run (started again after each rollback)',
        String(h.action.watches),
        String(h.seed.loops),
      ],
    ],
  );
  const falseRatio =
    h.action.rollbacks === 0
      ? `seed: ${h.seed.rollbacks} false rollback(s) in ${h.minutes} min vs 0`
      : `seed: ${h.seed.rollbacks} false rollback(s) in ${h.minutes} min vs ${h.action.rollbacks} (${ratio(h.seed.rollbacks, h.action.rollbacks)})`;
  const expectedAction = h.action.rounds * BLIP_PROBABILITY ** THRESHOLD;
  const missed = !verdict.detection.met || !verdict.falseRollbacks.met;
  const overAction = trials.filter(
    (t) => t.action.detectionMs === undefined || t.action.detectionMs > BOUND_MS,
  );

  return `## Rollback detection next to a \`curl -f\` loop (\`npm run bench:monitor\`)

Measured ${machine.date} on ${machine.cpus} cores (\`nproc\`; ${machine.cpuModel}), ${machine.memoryGb} GB RAM, ${machine.os};
1-minute load average when the run started: ${machine.loadAverage}. The \`monitor\` bundle is \`dist/monitor/index.js\`
(${machine.bundle}; sha256 of index.js ${machine.bundleSha.slice(0, 12)}…), run with \`runAction\` from
\`scripts/lib/run-action.mjs\` on Node ${machine.node24} (\`node_modules/node/bin/node\`) with the INPUT_* variables a
runner sets (the action.yml default of every input not given). The seed loop runs in ${machine.bash} with
${machine.curl}. The application and the clock run in the benchmark's own process (Node ${machine.nodeBench}). The
whole run took ${(machine.totalMs / 60_000).toFixed(1)} min.

**Settings**, the same for both contenders: interval **${SETTINGS.interval}**, timeout **${SETTINGS.timeout}**,
failure-threshold **${THRESHOLD}** (the action's defaults are 10s / 5s / 3; 1 s keeps the run short), expected status
\`2xx\` (default). The action: \`health-url: <app>/health\`, \`duration\`, those three inputs and
\`rollback-command: rollback.sh <file>\`. The seed: \`${seedLoopText({ rounds: 'N', intervalS: INTERVAL_S, timeoutS: TIMEOUT_S })}\`
(bash, its own process group; N is ${DETECTION_WATCH_S / INTERVAL_S} in a detection watch and the seconds left of the window in the healthy
watch). Both call the same \`rollback.sh\`, which appends \`date +%s%3N\` (its start, ms since the
epoch) to a file of the caller's; every latency below is measured from that file against the application's
\`Date.now()\`, not from either contender's own report. **The application** is a \`node:http\` server on
127.0.0.1: \`/health\` answers 200, or 500 to everything once a failure is injected, or — in the healthy watch
only — 500 to each request with probability ${BLIP_PROBABILITY}; it tells the two probers apart by user agent.

**Detection.** ${trials.length} failures, each in a fresh watch of each contender (\`duration\` ${DETECTION_WATCH_S} s; seed
\`seq 1 ${DETECTION_WATCH_S / INTERVAL_S}\`), started together and probing the same application. Once both have probed,
the failure starts after a uniformly random ${INJECT_AFTER_MS[0] / 1000}–${INJECT_AFTER_MS[1] / 1000} s (so at a random phase of either probe
schedule) and lasts until both have rolled back. Target: p95 ≤ threshold × interval + 1 s =
${THRESHOLD} × ${INTERVAL_S} s + 1 s = **${sec(BOUND_MS)}**, one rollback per watch — ${markVerdict(verdict.detection)}. The p95 is
the nearest rank (the ${ordinal(Math.ceil(0.95 * trials.length))} fastest of ${trials.length}).

${detectionTable}

The action rolls back after ${THRESHOLD} failed rounds in a row: up to one interval until its next round sees the
failure, then ${THRESHOLD - 1} more intervals, so it cannot be faster than ${sec((THRESHOLD - 1) * INTERVAL_S * 1000)} and should stay under
${sec(THRESHOLD * INTERVAL_S * 1000)} plus a probe and the start of the shell; the seed rolls back on its first failed call, so it
is faster by about ${THRESHOLD - 1} intervals — which is also why it cannot tell a blip from an outage (below). The
action's own report (\`rollback.startedAt\` in \`report-json\`) puts the rollback start at ${a.reported ? `${sec(a.reported.median)} median (max ${sec(a.reported.max)})` : '—'}
after the failure; the script read the clock ${a.scriptLag ? `${Math.round(a.scriptLag.median)} ms (median; max ${Math.round(a.scriptLag.max)} ms)` : '—'} later (starting bash).${
    overAction.length > 0
      ? ` Over the bound: ${overAction
          .map(
            (t) =>
              `failure ${t.n} (${t.action.detectionMs === undefined ? 'never rolled back' : sec(t.action.detectionMs)}; the first 500 reached the action after ${t.action.firstFailedProbeMs === undefined ? '—' : sec(t.action.firstFailedProbeMs)})`,
          )
          .join(', ')}.`
      : ''
  }

**False rollbacks.** Both contenders watch the same application at once for ${h.minutes} min while each probe gets
a 500 with probability ${BLIP_PROBABILITY}, independently. When one rolls back it is counted and started again for
the rest of the window (a pipeline would fail that deploy and run the next). Target: zero false rollbacks for the
action — ${markVerdict(verdict.falseRollbacks)}. **${falseRatio}.**

${falseTable}

At 1% per probe the seed is expected to roll back once per ~100 probes (${(h.seed.probes * BLIP_PROBABILITY).toFixed(1)} for its ${int(h.seed.probes)});
the action needs ${THRESHOLD} failures in a row, about ${BLIP_PROBABILITY}^${THRESHOLD} per round, ${expectedAction < 0.01 ? expectedAction.toExponential(0) : expectedAction.toFixed(2)} expected in its ${int(h.action.rounds)} rounds.${
    missed ? ' **A target was missed** (see above).' : ''
  }

Raw figures, every failure and every watch included, are kept in \`bench/.results/\` (not committed).`;
}

// ---- main -----------------------------------------------------------------------------------

function git(...gitArgs) {
  const r = spawnSync('git', gitArgs, { cwd: REPO_ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function firstLine(command, commandArgs) {
  const r = spawnSync(command, commandArgs, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.split('\n')[0].trim() : `${command} (version unknown)`;
}

async function main() {
  const started = Date.now();
  const sha = await bundleSha().catch(() => {
    throw new Error(
      `${MONITOR_BUNDLE} is missing: build it with \`node scripts/package.mjs --only monitor\``,
    );
  });
  const loadAverage = loadavg()[0].toFixed(2);
  log(
    `${DETECTIONS} detections, a ${MINUTES}-minute healthy watch${FULL ? '' : ' (BENCHMARKS.md left alone)'}`,
  );

  const workRoot = await mkdtemp(join(tmpdir(), 'db-deploy-bench-monitor-'));
  cleanups.push(() => rm(workRoot, { recursive: true, force: true }));
  const tracker = processTracker();
  const app = await startHealthApp();
  cleanups.push(() => app.close());
  // Newest first: the children end before the application and the files go.
  cleanups.push(() => tracker.stopAll());
  const rollbackScript = await writeRollbackScript(workRoot);
  const ctx = { app, tracker, workRoot, rollbackScript };

  const trials = await detections(ctx);
  const detect = summariseDetections(trials);
  log(`healthy watch: ${MINUTES} min`);
  const healthy = await healthyWatch(ctx);
  if ((await bundleSha()) !== sha)
    throw new Error(
      'dist/monitor/index.js changed during the run (rebuilt?); the figures would mix two builds: run again',
    );

  const commit = git('rev-parse', '--short', 'HEAD');
  const tracked = git('ls-files', '--', 'dist/monitor/index.js');
  const changed = git('status', '--porcelain', '--', 'dist/monitor');
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    cpus: Number(firstLine('nproc', [])) || cpus().length,
    cpuModel: cpus()[0]?.model?.trim() ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    loadAverage,
    bundle: !commit
      ? 'working tree'
      : !tracked
        ? `built from the working tree at commit ${commit}, not committed yet`
        : `commit ${commit}${changed ? ', with uncommitted changes' : ''}`,
    bundleSha: sha,
    node24: firstLine(nodeBinary(), ['--version']).replace(/^v/, ''),
    nodeBench: process.versions.node,
    bash: firstLine('bash', ['--version']).replace(/^GNU bash, version (\S+).*/, 'bash $1'),
    curl: firstLine('curl', ['--version']).replace(/^(curl \S+).*/, '$1'),
    totalMs: Date.now() - started,
  };
  const verdict = verdicts(detect, healthy);
  const full = {
    machine,
    settings: {
      ...SETTINGS,
      detections: DETECTIONS,
      minutes: MINUTES,
      blipProbability: BLIP_PROBABILITY,
      boundMs: BOUND_MS,
    },
    detect,
    trials,
    healthy,
    verdict,
  };

  const section = render(full);
  if (FULL) await replaceSection(BENCHMARKS, BEGIN, END, section);
  const resultsDir = join(REPO_ROOT, 'bench/.results');
  await mkdir(resultsDir, { recursive: true });
  const resultsFile = join(
    resultsDir,
    `monitor-${new Date().toISOString().replaceAll(':', '-')}.json`,
  );
  await writeFile(resultsFile, `${JSON.stringify({ ...full, section }, null, 2)}\n`);

  const a = detect.action;
  const s = detect.seed;
  const line = (d) =>
    d ? `min ${sec(d.min)}, median ${sec(d.median)}, p95 ${sec(d.p95)}, max ${sec(d.max)}` : '—';
  process.stdout.write(
    [
      `monitor benchmark (interval ${SETTINGS.interval}, timeout ${SETTINGS.timeout}, failure-threshold ${THRESHOLD})`,
      `detection, ${trials.length} failures (bound ${sec(BOUND_MS)}):`,
      `  action: ${line(a.detection)}; rollbacks per watch ${perWatch(a.rollbacksPerWatch)}`,
      `  seed:   ${line(s.detection)}; rollbacks per watch ${perWatch(s.rollbacksPerWatch)}`,
      `  target ${verdict.detection.met ? 'met' : 'MISSED'}: ${verdict.detection.why}`,
      `false rollbacks, ${healthy.minutes}-minute healthy watch, ${BLIP_PROBABILITY * 100}% random 500s:`,
      `  action: ${healthy.action.rollbacks} (${healthy.action.probes} probes, ${healthy.action.random500} random 500s, longest run ${healthy.action.longestStreak})`,
      `  seed:   ${healthy.seed.rollbacks} (${healthy.seed.probes} probes, ${healthy.seed.random500} random 500s)`,
      `  target ${verdict.falseRollbacks.met ? 'met' : 'MISSED'}: ${verdict.falseRollbacks.why}`,
      `${FULL ? 'BENCHMARKS.md updated' : 'BENCHMARKS.md left alone (not a full run)'}; raw figures in ${resultsFile}`,
      '',
    ].join('\n'),
  );
  log(`took ${((Date.now() - started) / 60_000).toFixed(1)} min`);
}

try {
  await main();
} catch (error) {
  log(`error: ${error?.stack ?? error}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
