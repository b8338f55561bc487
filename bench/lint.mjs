// `npm run bench:lint`: how fast and how hungry is `db-deploy lint` next to squawk on a realistic
// corpus of migrations, and where do their verdicts differ? Lints 5,000 generated statements
// (bench/lib/lint-corpus.mjs) with both CLIs, alternating, several times, measuring wall time and
// peak RSS of each process; then lints the hand-written cases of bench/lint-cases.sql with both
// and lists the cases where one reports a problem and the other does not. Prints Markdown,
// rewrites its section of BENCHMARKS.md, keeps the raw figures in bench/.results/, and exits
// non-zero when db-deploy is slower or hungrier than squawk. Not a test: it takes one to two minutes.
import { spawn, spawnSync } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { basename, join } from 'node:path';
import { NODE, ROOT, runProcess } from './lib/contenders.mjs';
import { writeCorpus } from './lib/lint-corpus.mjs';
import { SQUAWK_BOILERPLATE_RULES, findSquawk } from './lib/squawk.mjs';
import { median } from './lib/stats.mjs';
import { replaceSection } from './lib/harness.mjs';

const SETTINGS = {
  files: 250,
  statementsPerFile: 20,
  seed: 17,
  /** Measured runs of each contender per scenario, after one discarded warm-up run each (`BENCH_LINT_RUNS` overrides). */
  runs: Number(process.env.BENCH_LINT_RUNS) || 15,
  pgVersion: 17,
};

const CLI = join(ROOT, 'dist/cli/index.js');
const CASES = join(ROOT, 'bench/lint-cases.sql');
const BENCHMARKS = join(ROOT, 'BENCHMARKS.md');
const BEGIN = '<!-- bench:lint:start -->';
const END = '<!-- bench:lint:end -->';
/** GNU time: its `-v` report carries the peak RSS of the process it waits for. */
const GNU_TIME = '/usr/bin/time';

const log = (message) => process.stderr.write(`[bench:lint] ${message}\n`);

/** Environment of every contender: nothing of the caller's leaks in. */
function childEnv() {
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin' };
  if (process.env.HOME) env.HOME = process.env.HOME;
  return env;
}

/**
 * The contenders, each linting a directory of `.sql` files (relative to the work dir) and
 * printing JSON. db-deploy takes a directory; squawk takes paths or glob patterns (it expands
 * `dir/*.sql` itself and refuses a bare directory).
 */
function contenders(squawk, cli) {
  const pg = String(SETTINGS.pgVersion);
  return [
    {
      id: 'db-deploy',
      label: '`db-deploy lint`',
      argv: (dir) => [NODE, cli, 'lint', dir, '--format', 'json', '--pg-version', pg],
      findings: (json) =>
        json.map((f) => ({ file: basename(f.file), rule: f.rule, level: f.severity })),
    },
    {
      id: 'squawk',
      label: '`squawk` (squawk-cli, npm)',
      argv: (dir) => [
        NODE,
        squawk.launcher,
        '--reporter',
        'json',
        '--pg-version',
        pg,
        `${dir}/*.sql`,
      ],
      findings: (json) =>
        json.map((f) => ({ file: basename(f.file), rule: f.rule_name, level: f.level })),
    },
    {
      // The floor of any linter that runs on Node: start Node, print an empty JSON array, exit.
      id: 'node',
      label: 'Node alone (`node -e`, prints `[]`: the floor for a Node CLI)',
      argv: () => [NODE, '-e', "process.stdout.write('[]')"],
      findings: (json) => json,
    },
    {
      id: 'squawkBinary',
      label: 'squawk binary alone',
      argv: (dir) => [squawk.binary, '--reporter', 'json', '--pg-version', pg, `${dir}/*.sql`],
      findings: (json) =>
        json.map((f) => ({ file: basename(f.file), rule: f.rule_name, level: f.level })),
    },
  ];
}

/**
 * Runs one contender once, under GNU time when the machine has it.
 * @returns {{ ms: number, cpuMs: number | undefined, rssKb: number | undefined, findings: object[] }}
 *   `cpuMs` (user + system) and `rssKb` (peak RSS) come from GNU time
 * @throws when the exit code is not the linter's 0 (clean) or 1 (findings), or the output is not JSON
 */
async function lintOnce(contender, dir, workDir) {
  const [command, ...args] = contender.argv(dir);
  const timeFile = join(workDir, 'time.txt');
  const run = existsSync(GNU_TIME)
    ? await runProcess(GNU_TIME, ['-v', '-o', timeFile, command, ...args], {
        cwd: workDir,
        env: childEnv(),
      })
    : await runProcess(command, args, { cwd: workDir, env: childEnv() });
  let json;
  try {
    if (run.code !== 0 && run.code !== 1) throw new Error(`exit code ${run.code ?? run.signal}`);
    // Both print a JSON array, `[]` when clean: empty output means the linter did not run.
    if (!run.stdout.trim()) throw new Error(`exit code ${run.code} without output`);
    json = JSON.parse(run.stdout);
    if (!Array.isArray(json)) throw new Error('the output is not a JSON array');
  } catch (error) {
    throw new Error(
      `${contender.id} on ${dir}: ${error.message}\n--- command\n${[command, ...args].join(' ')}\n--- stdout\n${run.stdout.slice(0, 2000)}\n--- stderr\n${run.stderr.slice(-2000)}`,
      { cause: error },
    );
  }
  let rssKb;
  let cpuMs;
  if (existsSync(GNU_TIME)) {
    const report = await readFile(timeFile, 'utf8');
    const field = (name) => Number(new RegExp(`${name}: ([\\d.]+)`).exec(report)?.[1]);
    rssKb = field('Maximum resident set size \\(kbytes\\)') || undefined;
    cpuMs = (field('User time \\(seconds\\)') + field('System time \\(seconds\\)')) * 1000;
    if (!Number.isFinite(cpuMs)) cpuMs = undefined;
  }
  return { ms: run.ms, cpuMs, rssKb, findings: contender.findings(json) };
}

function summarise(values) {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.map((v) => Math.round(v)),
  };
}

/**
 * Every contender on `dir`, alternating: one discarded warm-up round, then `runs` rounds, each
 * round in a rotated order so that no contender always runs first.
 */
async function measure(list, dir, workDir) {
  const samples = Object.fromEntries(
    list.map((c) => [c.id, { ms: [], cpuMs: [], rssKb: [], findings: 0, runs: 0 }]),
  );
  for (let round = -1; round < SETTINGS.runs; round += 1) {
    const shift = (round + 1) % list.length;
    for (const contender of [...list.slice(shift), ...list.slice(0, shift)]) {
      const run = await lintOnce(contender, dir, workDir);
      if (round < 0) continue;
      const sample = samples[contender.id];
      sample.ms.push(run.ms);
      if (run.rssKb !== undefined) sample.rssKb.push(run.rssKb);
      if (run.cpuMs !== undefined) sample.cpuMs.push(run.cpuMs);
      // The same input must give the same findings: a change means the linter itself changed
      // under the benchmark (a rebuild of dist/) or does not lint deterministically.
      if (sample.runs > 0 && sample.findings !== run.findings.length)
        throw new Error(
          `${contender.id} on ${dir}: ${run.findings.length} findings, ${sample.findings} in the previous run`,
        );
      sample.findings = run.findings.length;
      sample.runs += 1;
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([id, s]) => [
      id,
      {
        ms: summarise(s.ms),
        cpuMs: s.cpuMs.length ? summarise(s.cpuMs) : undefined,
        rssKb: s.rssKb.length ? summarise(s.rssKb) : undefined,
        findings: s.findings,
      },
    ]),
  );
}

/**
 * The warm case, for editors and pre-commit hooks that keep the linter running: `db-deploy lint
 * single --watch --format json`, then `runs` edits of the migration (a comment line more each
 * time), each timed from the write to the JSON line the run prints. squawk has no such mode.
 */
async function measureWatch(cli, workDir) {
  const file = join(workDir, 'single', (await readdir(join(workDir, 'single')))[0]);
  const original = await readFile(file, 'utf8');
  const child = spawn(
    NODE,
    [
      cli,
      'lint',
      'single',
      '--watch',
      '--format',
      'json',
      '--pg-version',
      String(SETTINGS.pgVersion),
    ],
    {
      cwd: workDir,
      env: childEnv(),
    },
  );
  const lines = createInterface({ input: child.stdout });
  const waiting = [];
  lines.on('line', (line) => waiting.shift()?.(line));
  const nextLine = () => new Promise((done) => waiting.push(done));
  const latencies = [];
  try {
    let findings = JSON.parse(await nextLine()).length;
    for (let i = 0; i <= SETTINGS.runs; i += 1) {
      const line = nextLine();
      const started = performance.now();
      await writeFile(file, `${original}\n-- edit ${i}\n`);
      const result = JSON.parse(await line);
      if (i > 0) latencies.push(performance.now() - started);
      findings = result.length;
    }
    return { ms: summarise(latencies), findings };
  } finally {
    child.kill('SIGINT');
    await new Promise((done) => child.once('exit', done));
    await writeFile(file, original);
  }
}

/** Fails when a linter could not parse part of the corpus: the timing would not be comparable. */
async function checkCorpusParses(list, workDir) {
  const counts = {};
  for (const contender of list.filter((c) => c.id === 'db-deploy' || c.id === 'squawk')) {
    const { findings } = await lintOnce(contender, 'corpus', workDir);
    const broken = findings.filter((f) => f.rule === 'syntax-error');
    if (broken.length)
      throw new Error(
        `${contender.id} cannot parse ${broken.length} file(s) of the corpus, e.g. ${broken[0].file}`,
      );
    counts[contender.id] = Object.entries(
      findings.reduce((acc, f) => ({ ...acc, [f.rule]: (acc[f.rule] ?? 0) + 1 }), {}),
    ).sort((a, b) => b[1] - a[1]);
  }
  return counts;
}

/** bench/lint-cases.sql, split at its `-- case:` headers. */
async function readCases() {
  const text = await readFile(CASES, 'utf8');
  const blocks = text.split(/^(?=-- case: )/m).slice(1);
  return blocks.map((block, i) => {
    const header = /^-- case: (\S+) \| expect: (flag|pass)\s*$/m.exec(block);
    const why = /^-- why: (.+)$/m.exec(block)?.[1];
    const squawk = /^-- squawk: (.+)$/m.exec(block)?.[1];
    if (!header || !why || !squawk)
      throw new Error(
        `bench/lint-cases.sql: case ${i + 1} lacks a "case: id | expect:", "why:" or "squawk:" line`,
      );
    const sql = block
      .split('\n')
      .filter((line) => !/^-- (case|why|squawk): /.test(line))
      .join('\n')
      .trim();
    return {
      id: header[1],
      expect: header[2],
      why,
      squawkNote: squawk,
      file: `${String(i + 1).padStart(3, '0')}_${header[1]}.sql`,
      sql,
    };
  });
}

/**
 * Lints each case with db-deploy and squawk (its npm CLI) and compares the verdicts: "flag" when
 * db-deploy reports an error or a warning (its notices are hygiene), or when squawk reports any
 * violation apart from its boilerplate rules (SQUAWK_BOILERPLATE_RULES).
 */
async function compareVerdicts(list, workDir) {
  const cases = await readCases();
  await mkdir(join(workDir, 'cases'));
  for (const c of cases) await writeFile(join(workDir, 'cases', c.file), `${c.sql}\n`);
  const dbDeploy = list.find((c) => c.id === 'db-deploy');
  const squawk = list.find((c) => c.id === 'squawk');
  const ours = (await lintOnce(dbDeploy, 'cases', workDir)).findings;
  const theirs = (await lintOnce(squawk, 'cases', workDir)).findings;
  const rulesOf = (findings, file, keep) => [
    ...new Set(findings.filter((f) => f.file === file && keep(f)).map((f) => f.rule)),
  ];
  return cases.map((c) => {
    const dbRules = rulesOf(ours, c.file, (f) => f.level === 'error' || f.level === 'warning');
    const dbNotices = rulesOf(ours, c.file, (f) => f.level === 'notice');
    const squawkRules = rulesOf(theirs, c.file, (f) => !SQUAWK_BOILERPLATE_RULES.has(f.rule));
    return {
      ...c,
      dbDeploy: { verdict: dbRules.length ? 'flag' : 'pass', rules: dbRules, notices: dbNotices },
      squawk: { verdict: squawkRules.length ? 'flag' : 'pass', rules: squawkRules },
    };
  });
}

function git(...args) {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

async function machineInfo(squawk) {
  const node24 = spawnSync(NODE, ['--version'], { encoding: 'utf8' })
    .stdout.trim()
    .replace(/^v/, '');
  const version = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).version;
  const commit = git('rev-parse', '--short', 'HEAD');
  const changed = git('status', '--porcelain', '--', 'dist/cli');
  return {
    date: new Date().toISOString().slice(0, 10),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model?.trim() ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    node24,
    loadAverage: loadavg()[0].toFixed(2),
    dbDeploy: version,
    bundle: commit
      ? `commit ${commit}${changed ? ', with uncommitted changes' : ''}`
      : 'working tree',
    squawk: squawk.version,
    squawkPackage: squawk.platformPackage,
    rss: existsSync(GNU_TIME) ? 'GNU time' : undefined,
  };
}

// ---- Markdown -------------------------------------------------------------------------------

const int = (v) => Math.round(v).toLocaleString('en-US');
const ms = (v) => `${int(v)} ms`;
/** GNU time counts CPU time in 10 ms steps. */
const cpu = (v) => (v < 10 ? '< 10 ms' : ms(v));
const mb = (kb) => (kb === undefined ? '—' : `${(kb / 1024).toFixed(0)} MB`);
const code = (rules) => (rules.length ? rules.map((r) => `\`${r}\``).join(', ') : '—');

/** A Markdown table; `align` is 'right' (figures: every column but the first) or 'left'. */
function table(header, rows, align = 'right') {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 || align === 'left' ? '---' : '---:')).join('|')}|`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

function speedTable(scenario, list) {
  const base = scenario.squawk;
  // CPU times under GNU time's 10 ms step make no ratio.
  const floor = { ms: 0, cpuMs: 10, rssKb: 0 };
  return table(
    [
      '',
      'wall time, median',
      'min – max',
      'CPU time, median',
      'peak RSS, median (max)',
      'findings',
      'wall ÷ squawk',
      'CPU ÷ squawk',
      'RSS ÷ squawk',
    ],
    list.map((c) => {
      const r = scenario[c.id];
      const main = c.id === 'db-deploy' || c.id === 'squawk';
      const bold = main ? (s) => `**${s}**` : (s) => s;
      const vsSquawk = (key) => {
        if (c.id === 'squawk') return '1.00';
        const [a, b] = [r[key]?.median, base[key]?.median];
        return a > floor[key] && b > floor[key] ? (a / b).toFixed(2) : '—';
      };
      return [
        c.label,
        bold(ms(r.ms.median)),
        `${ms(r.ms.min)} – ${ms(r.ms.max)}`,
        r.cpuMs ? cpu(r.cpuMs.median) : '—',
        r.rssKb ? `${bold(mb(r.rssKb.median))} (${mb(r.rssKb.max)})` : '—',
        int(r.findings),
        bold(vsSquawk('ms')),
        vsSquawk('cpuMs'),
        vsSquawk('rssKb'),
      ];
    }),
  );
}

/** Why two verdicts differ: the side that departs from the expectation, and why. */
function reason(c) {
  if (c.squawk.verdict !== c.expect) return `squawk: ${c.squawkNote}`;
  if (c.dbDeploy.verdict === 'flag')
    return `db-deploy reports a safe form (${c.dbDeploy.rules.join(', ')}): ${c.why}`;
  return c.dbDeploy.notices.length
    ? `db-deploy reports it only as a notice (${c.dbDeploy.notices.join(', ')}): ${c.why}`
    : `db-deploy has no rule for it: ${c.why}`;
}

function verdictSection(verdicts) {
  const differ = verdicts.filter((c) => c.dbDeploy.verdict !== c.squawk.verdict);
  const score = (side) => {
    const right = verdicts.filter((c) => c[side].verdict === c.expect).length;
    const missed = verdicts.filter((c) => c.expect === 'flag' && c[side].verdict === 'pass').length;
    const noisy = verdicts.filter((c) => c.expect === 'pass' && c[side].verdict === 'flag').length;
    return [`${right} / ${verdicts.length}`, String(missed), String(noisy)];
  };
  const flags = verdicts.filter((c) => c.expect === 'flag').length;
  const rows = differ.map((c) => [
    `\`${c.id}\``,
    c.expect,
    c.dbDeploy.verdict === 'flag'
      ? `flag: ${code(c.dbDeploy.rules)}`
      : `pass${c.dbDeploy.notices.length ? ` (notice: ${code(c.dbDeploy.notices)})` : ''}`,
    c.squawk.verdict === 'flag' ? `flag: ${code(c.squawk.rules)}` : 'pass',
    reason(c),
  ]);
  // Same verdict, but squawk only through type advice (prefer-*): worth knowing, not a difference.
  const typeAdviceOnly = verdicts.filter(
    (c) =>
      c.expect === 'flag' &&
      c.dbDeploy.verdict === 'flag' &&
      c.squawk.verdict === 'flag' &&
      c.squawk.rules.every((r) => r.startsWith('prefer-') || r === 'ban-char-field'),
  );
  const sameVerdict = typeAdviceOnly.length
    ? `\nSame verdict, different reason: ${typeAdviceOnly.map((c) => `\`${c.id}\` (squawk reports only ${code(c.squawk.rules)}; db-deploy ${code(c.dbDeploy.rules)})`).join(', ')}.\n`
    : '';
  return `## Lint verdicts next to squawk

${verdicts.length} hand-written cases in \`bench/lint-cases.sql\` (${flags} risky patterns, ${verdicts.length - flags} safe forms or recipes), each
its own migration file, linted once by each tool with \`--pg-version ${SETTINGS.pgVersion}\` and no configuration file.
A case's expectation is what PostgreSQL does (the \`why:\` line of each case, from the PostgreSQL 17 docs; the
expectations were written before db-deploy's rules). A few differences are policy rather than misses: squawk also
reports type advice, DROP NOT NULL and enum ordering, which db-deploy keeps as notices. db-deploy "flags" a case when it
reports an \`error\` or a \`warning\` (notices are hygiene); squawk "flags" it when it reports any violation except
${[...SQUAWK_BOILERPLATE_RULES].map((r) => `\`${r}\``).join(', ')}, which fire on nearly every statement
(db-deploy's \`migrate\` sets \`lock_timeout\` itself and retries). squawk runs with its defaults, so without
\`--assume-in-transaction\` although node-pg-migrate runs each \`.sql\` file in a transaction.

${table(
  ['', 'matches the expectation', 'risky case passed', 'safe case flagged'],
  [
    ['db-deploy', ...score('dbDeploy')],
    ['squawk', ...score('squawk')],
  ],
)}

${differ.length} case(s) where the verdicts differ:

${differ.length ? table(['case', 'expected', 'db-deploy', 'squawk', 'why they differ'], rows, 'left') : '_none_'}
${sameVerdict}`;
}

function render(results, list) {
  const { machine, corpus, single, watch, verdicts } = results;
  const verdict = (scenario, key, what) => {
    const ratio = scenario['db-deploy'][key].median / scenario.squawk[key].median;
    return `${what} ${ratio <= 1 ? '**met**' : '**missed**'} (${ratio.toFixed(2)}×)`;
  };
  const target = [
    `corpus: ${verdict(corpus, 'ms', 'wall time')}, ${verdict(corpus, 'rssKb', 'peak memory')}`,
    `one migration: ${verdict(single, 'ms', 'wall time')}, ${verdict(single, 'rssKb', 'peak memory')}`,
  ].join('; ');
  return `## Linting next to squawk (\`npm run bench:lint\`)

Measured ${machine.date} on ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB RAM, ${machine.os};
1-minute load average when the run started: ${machine.loadAverage}. db-deploy ${machine.dbDeploy}: \`dist/cli/index.js\`
(${machine.bundle}; sha256 of index.js ${machine.bundleSha}…) on Node ${machine.node24} (\`node_modules/node/bin/node\`); squawk ${machine.squawk} from the
\`squawk-cli\` devDependency: its launcher \`js/bin/squawk\` on the same Node, which spawns the native binary of the
optional dependency \`${machine.squawkPackage}\` (installed from its npm tarball; nothing is downloaded at run time).

**Corpus.** ${int(corpus.statements)} statements in ${SETTINGS.files} migration files of ${SETTINGS.statementsPerFile}, generated by
\`bench/lib/lint-corpus.mjs\` (seed ${SETTINGS.seed}, ${int(corpus.bytes / 1024)} KB): CREATE TABLE with assorted column types, ADD COLUMN with and
without (volatile) defaults, CREATE/DROP INDEX with and without CONCURRENTLY, foreign keys and CHECKs with and
without NOT VALID, SET NOT NULL recipes, type changes, renames, drops, TRUNCATE, UPDATE/DELETE with and without
WHERE, VACUUM FULL, LOCK TABLE, enums, functions with \`$$\` bodies, triggers, views, comments, multi-line
statements. Both tools parse every file without a syntax error.

**Commands**, from the directory holding the files: \`db-deploy lint corpus --format json --pg-version ${SETTINGS.pgVersion}\` and
\`squawk --reporter json --pg-version ${SETTINGS.pgVersion} 'corpus/*.sql'\` (squawk expands the pattern; it refuses a directory).
Each is its own process; wall time from spawn to exit, ${SETTINGS.runs} runs of each after one discarded warm-up, the
contenders alternating in a rotating order. CPU time (user + system, the process and its children) and peak RSS
come from GNU time (\`/usr/bin/time -v\`); CPU time is the steadier figure on a busy machine. Peak RSS is the
"Maximum resident set size" of the largest single process, so for the npm squawk it is the larger of the Node
launcher and the binary, not their sum; the binary alone is shown for reference, and so is Node doing nothing (the
floor of any Node CLI). \`dist/cli/index.js\` is a small loader in front of the lint bundle (\`lint/index.js\`: the
lint command alone, without the database client and the other commands), with Node's compile cache on: V8 optimizing
the WebAssembly PostgreSQL parser would cost a short-lived process ~550 MB and most of a second, so the bundle raises
V8's WebAssembly tiering budget (enough for the single migration), and for more than 8 KB of SQL (the corpus) the
loader runs the bundle in a child Node with the baseline compiler only (\`--liftoff-only\`); the figures include both
processes. "findings" counts every reported item, all rules and severities.
Target (issue 20): wall time and peak memory no worse than squawk's npm CLI — ${target}.

${speedTable(corpus, list)}

**One migration** (the first file of the corpus, ${SETTINGS.statementsPerFile} statements: the usual pull request), same method:

${speedTable(single, list)}

**Kept running** (\`db-deploy lint single --watch --format json\`, for an editor or a pre-commit hook that keeps the
linter warm): ${SETTINGS.runs} edits of the same migration, each timed from the file's write to the line of JSON the run
prints — **${ms(watch.ms.median)}** median (${ms(watch.ms.min)} – ${ms(watch.ms.max)}), ${int(watch.findings)} findings, against
${ms(single.squawk.ms.median)} for a run of squawk's npm CLI (it has no such mode). The parser stays loaded and only the
changed file is parsed again; the 20 ms the watch waits for a burst of writes to settle is included.

${verdictSection(verdicts)}
Raw figures, every run and every case's rules included, are kept in \`bench/.results/\` (not committed).
`;
}

/** Replaces this benchmark's section of BENCHMARKS.md (appending it the first time). */
const updateBenchmarks = (section) => replaceSection(BENCHMARKS, BEGIN, END, section);

// ---- main -----------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  if (!existsSync(NODE))
    throw new Error(
      `${NODE} is missing: run \`npm ci\` (the \`node\` devDependency provides Node 24)`,
    );
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build it with \`npm run package\``);
  const squawk = findSquawk();
  if (!existsSync(GNU_TIME)) log(`${GNU_TIME} is missing: peak RSS will not be measured`);
  const machine = await machineInfo(squawk);

  const workDir = await mkdtemp(join(tmpdir(), 'db-deploy-bench-lint-'));
  try {
    // A copy of the bundle (with the assets beside it), so a rebuild of dist/ during the run
    // cannot change what is measured.
    const bundleDir = join(workDir, 'db-deploy-cli');
    await cp(join(ROOT, 'dist/cli'), bundleDir, { recursive: true });
    const cli = join(bundleDir, 'index.js');
    const help = spawnSync(NODE, [cli, 'lint', '--help'], { encoding: 'utf8' });
    if (help.status !== 0 || !/db-deploy lint/.test(help.stdout))
      throw new Error(`${CLI} has no \`lint\` command: rebuild it with \`npm run package\``);
    machine.bundleSha = createHash('sha256')
      .update(await readFile(cli))
      .digest('hex')
      .slice(0, 12);
    const list = contenders(squawk, cli);
    const statements = await writeCorpus(join(workDir, 'corpus'), SETTINGS);
    const names = (await readdir(join(workDir, 'corpus'))).sort();
    let bytes = 0;
    for (const name of names) bytes += (await readFile(join(workDir, 'corpus', name))).length;
    await mkdir(join(workDir, 'single'));
    await copyFile(join(workDir, 'corpus', names[0]), join(workDir, 'single', names[0]));
    log(
      `${statements} statements in ${names.length} files; squawk ${squawk.version}, Node ${machine.node24}`,
    );

    const rules = await checkCorpusParses(list, workDir);
    log(`corpus: ${SETTINGS.runs} runs of each contender`);
    const corpus = { statements, bytes, rules, ...(await measure(list, 'corpus', workDir)) };
    log(`one migration: ${SETTINGS.runs} runs of each contender`);
    const single = await measure(list, 'single', workDir);
    log(`watch: ${SETTINGS.runs} edits of the single migration`);
    const watch = await measureWatch(cli, workDir);
    log('verdicts on bench/lint-cases.sql');
    const verdicts = await compareVerdicts(list, workDir);

    const met = [corpus, single].every(
      (scenario) =>
        scenario['db-deploy'].ms.median <= scenario.squawk.ms.median &&
        scenario['db-deploy'].rssKb.median <= scenario.squawk.rssKb.median,
    );
    machine.totalMs = performance.now() - started;
    const results = {
      machine,
      settings: SETTINGS,
      corpus,
      single,
      watch,
      verdicts,
      target: { met },
    };
    const section = render(results, list);
    process.stdout.write(`${section}\n`);
    await updateBenchmarks(section);
    const resultsDir = join(ROOT, 'bench/.results');
    await mkdir(resultsDir, { recursive: true });
    await writeFile(
      join(resultsDir, `lint-${new Date().toISOString().replaceAll(':', '-')}.json`),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    const r = (id, key) => corpus[id][key]?.median;
    log(
      `corpus medians: db-deploy ${ms(r('db-deploy', 'ms'))} / ${mb(r('db-deploy', 'rssKb'))}, squawk ${ms(r('squawk', 'ms'))} / ${mb(r('squawk', 'rssKb'))}`,
    );
    log(`BENCHMARKS.md updated; took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    if (!met) {
      log(
        `FAILED: db-deploy lint is slower or hungrier than squawk (see the target line in BENCHMARKS.md)`,
      );
      process.exitCode = 1;
    }
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

try {
  await main();
} catch (error) {
  log(`error: ${error?.stack ?? error}`);
  process.exitCode = 1;
}
