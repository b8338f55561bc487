import { mkdtemp, readdir, readFile, rm, stat, truncate, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { createDatabase, startPostgres } from '../../scripts/lib/postgres.mjs';
import { backup, type BackupOptions } from '../../src/core/backup/backup.js';
import { restore } from '../../src/core/backup/restore.js';
import { isDbDeployError, type DbDeployError } from '../../src/core/errors.js';
import { memoryLogger, silentLogger } from '../../src/core/logger.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/output.js';
import { adminUrl, query } from '../helpers/database.js';
import { hasBinary, requireBinaries } from '../helpers/binaries.js';

const available = requireBinaries(['pg_dump', 'pg_restore']);
const describeIf = available ? describe : describe.skip;

const PASSWORD = 'p@ss:w/rd%42 x';
const ENCODED = encodeURIComponent(PASSWORD);
const FIXTURE = resolve('__tests__/fixtures/backup/awkward.sql');
const FAILING_BIN = resolve('__tests__/fixtures/backup/failing-bin');

let server: Awaited<ReturnType<typeof startPostgres>>;
let sourceUrl: string;
let work: string;
let counter = 0;

/** A database owned by the password role, as a URL that logs in with that password. */
async function database(prefix: string): Promise<string> {
  counter += 1;
  const name = `${prefix}_${counter}`;
  await createDatabase(server.url, name);
  await query(server.url, `ALTER DATABASE "${name}" OWNER TO backup_role`);
  return `postgres://backup_role:${ENCODED}@127.0.0.1:${server.port}/${name}`;
}

/** One md5 per table over its rows in a stable order, plus what the schema holds. */
async function fingerprint(url: string): Promise<Record<string, unknown>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const out: Record<string, unknown> = {};
    const tables = await client.query<{ t: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_tables
        WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    for (const { t } of tables.rows) {
      const r = await client.query(
        `SELECT count(*) AS n, md5(string_agg(x::text, E'\\n' ORDER BY x::text)) AS md5 FROM ${t} x`,
      );
      out[t] = r.rows[0];
    }
    const meta = {
      sequences: 'SELECT sequencename, last_value FROM pg_sequences ORDER BY 1',
      indexes: "SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY 1",
      views: "SELECT viewname, definition FROM pg_views WHERE schemaname = 'public' ORDER BY 1",
      constraints:
        "SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE connamespace = 'public'::regnamespace ORDER BY 1",
      comments:
        'SELECT objsubid, description FROM pg_description d JOIN pg_class c ON c.oid = d.objoid ORDER BY 1, 2',
      enums: 'SELECT enumlabel FROM pg_enum ORDER BY enumsortorder',
    };
    for (const [key, sql] of Object.entries(meta)) out[key] = (await client.query(sql)).rows;
    return out;
  } finally {
    await client.end();
  }
}

async function failure(promise: Promise<unknown>): Promise<DbDeployError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isDbDeployError(error)) throw new Error(`expected a DbDeployError, got ${String(error)}`);
  return error;
}

const tableCount = async (url: string) =>
  Number(
    (await query(url, "SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'"))[0]?.n,
  );

function backupOptions(extra: Partial<BackupOptions> = {}): BackupOptions {
  counter += 1;
  return { databaseUrl: sourceUrl, dir: join(work, `out_${counter}`), ...extra };
}

describeIf('backup and restore with the real pg_dump / pg_restore on PostgreSQL 15', () => {
  beforeAll(async () => {
    server = await startPostgres({ major: 15 });
    work = await mkdtemp(join(tmpdir(), 'db-deploy-backup-test-'));
    process.env.RUNNER_TEMP = await mkdtemp(join(tmpdir(), 'db-deploy-runner-temp-'));
    await query(server.url, `CREATE ROLE backup_role LOGIN PASSWORD '${PASSWORD}'`);
    sourceUrl = await database('source');
    await query(sourceUrl, await readFile(FIXTURE, 'utf8'));
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
    if (process.env.RUNNER_TEMP)
      await rm(process.env.RUNNER_TEMP, { recursive: true, force: true });
    delete process.env.RUNNER_TEMP;
  });

  test('a custom-format round trip is identical row for row, and sequences continue where they were', async () => {
    const result = await backup(backupOptions(), silentLogger);
    expect(result.path).toMatch(/source_\d+_\d{8}_\d{6}\.dump$/);
    expect(result.pgDumpVersion).toMatch(/^15\./);
    expect(result.compression).toBe('gzip:1');
    expect(result.tables).toEqual([
      { schema: 'public', name: 'customers', rows: 3 },
      { schema: 'public', name: 'orders', rows: 45 },
    ]);
    expect(await readFile(join(result.path.replace(/\.dump$/, '.sha256')), 'utf8')).toBe(
      `${result.sha256}  ${result.name}.dump\n`,
    );
    const target = await database('target');
    const restored = await restore({ databaseUrl: target, backupPath: result.path }, silentLogger);
    expect(restored).toMatchObject({ restoredTables: 2, format: 'custom', checksumVerified: true });
    expect(await fingerprint(target)).toEqual(await fingerprint(sourceUrl));
    const next = 'INSERT INTO orders (customer_id) VALUES (1) RETURNING id';
    const nextCustomer =
      "INSERT INTO customers (uid, name) VALUES (gen_random_uuid(), 'n') RETURNING id";
    expect(await query(target, next)).toEqual([{ id: '58' }]);
    expect(await query(target, nextCustomer)).toEqual([{ id: '7' }]);
    expect(await readdir(process.env.RUNNER_TEMP ?? '')).toEqual([]);
  });

  test('a directory-format backup with 2 jobs restores with 2 jobs, identical', async () => {
    const result = await backup(
      backupOptions({ format: 'directory', jobs: 2, compression: { method: 'gzip', level: 6 } }),
      silentLogger,
    );
    expect((await stat(result.path)).isDirectory()).toBe(true);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    const target = await database('target');
    await restore({ databaseUrl: target, backupPath: result.path, jobs: 2 }, silentLogger);
    expect(await fingerprint(target)).toEqual(await fingerprint(sourceUrl));
  });

  test('a plain-format backup restores through psql when present, else says psql is missing', async () => {
    const result = await backup(backupOptions({ format: 'plain' }), silentLogger);
    expect(result.path).toMatch(/\.sql$/);
    const target = await database('target');
    const run = restore({ databaseUrl: target, backupPath: result.path }, silentLogger);
    if (hasBinary('psql')) {
      await run;
      expect(await fingerprint(target)).toEqual(await fingerprint(sourceUrl));
    } else {
      expect((await failure(run)).code).toBe('psql-missing');
    }
    const noPsql = await failure(
      restore(
        { databaseUrl: await database('target'), backupPath: result.path, pgBinDir: FAILING_BIN },
        silentLogger,
      ),
    );
    expect(noPsql.code).toBe('psql-missing');
    expect(noPsql.toLine()).toContain('no npm package ships psql');
  });

  test('schema-only and exclude-table-data leave the data out', async () => {
    const result = await backup(
      backupOptions({ excludeTableData: ['public.orders'] }),
      silentLogger,
    );
    const target = await database('target');
    await restore({ databaseUrl: target, backupPath: result.path }, silentLogger);
    expect(
      await query(
        target,
        'SELECT (SELECT count(*) FROM orders) AS o, (SELECT count(*) FROM customers) AS c',
      ),
    ).toEqual([{ o: '0', c: '3' }]);
    const schema = await backup(backupOptions({ schemaOnly: true }), silentLogger);
    const empty = await database('target');
    await restore({ databaseUrl: empty, backupPath: schema.path }, silentLogger);
    expect(await query(empty, 'SELECT count(*) AS c FROM customers')).toEqual([{ c: '0' }]);
  });

  describe('refuses a damaged archive before touching the target', () => {
    const damage = {
      'flipped bytes': async (path: string) => {
        const file = await open(path, 'r+');
        const { size } = await file.stat();
        await file.write(Buffer.from('garbage!garbage!'), 0, 16, Math.floor(size * 0.6));
        await file.close();
      },
      truncated: async (path: string) => truncate(path, Math.floor((await stat(path)).size * 0.7)),
    };
    for (const [kind, spoil] of Object.entries(damage)) {
      for (const withChecksum of [true, false]) {
        test(`${kind}, ${withChecksum ? 'caught by its sha256' : 'without a .sha256, refused or rolled back'}`, async () => {
          const result = await backup(backupOptions(), silentLogger);
          await spoil(result.path);
          if (!withChecksum) await rm(result.checksumPath ?? '');
          const target = await database('target');
          const error = await failure(
            restore({ databaseUrl: target, backupPath: result.path }, silentLogger),
          );
          // Without a checksum, bytes flipped inside the archive's table of contents (SQL text,
          // stored uncompressed) read fine and only fail when executed: the single transaction
          // then rolls back. Either way nothing reaches the target.
          expect(
            withChecksum ? ['backup-corrupt'] : ['backup-corrupt', 'restore-failed'],
          ).toContain(error.code);
          expect(error.toLine()).not.toContain('\n');
          expect(await tableCount(target)).toBe(0);
        });
      }
    }
  });

  test('a missing backup path is a clear error', async () => {
    const target = await database('target');
    const error = await failure(
      restore({ databaseUrl: target, backupPath: join(work, 'nope.dump') }, silentLogger),
    );
    expect(error.code).toBe('backup-missing');
    expect(error.toLine()).toContain('nope.dump');
  });

  test('a non-empty target is refused without confirm; confirm with its name restores over it', async () => {
    const result = await backup(backupOptions(), silentLogger);
    const target = await database('target');
    await restore({ databaseUrl: target, backupPath: result.path }, silentLogger);
    await query(target, "UPDATE customers SET name = 'changed'");
    const refused = await failure(
      restore({ databaseUrl: target, backupPath: result.path }, silentLogger),
    );
    expect(refused.code).toBe('target-not-empty');
    expect(refused.toLine()).toContain(`confirm ${new URL(target).pathname.slice(1)}`);
    const wrong = await failure(
      restore(
        { databaseUrl: target, backupPath: result.path, confirm: 'production' },
        silentLogger,
      ),
    );
    expect(wrong.code).toBe('confirm-mismatch');
    const name = new URL(target).pathname.slice(1);
    await restore(
      { databaseUrl: target, backupPath: result.path, confirm: name, clean: true },
      silentLogger,
    );
    expect(await fingerprint(target)).toEqual(await fingerprint(sourceUrl));
  });

  test('a restore that fails half-way leaves the target as it was (one transaction)', async () => {
    const result = await backup(backupOptions(), silentLogger);
    const target = await database('target');
    // A table the archive's CREATE TABLE orders collides with, after customers was created.
    await query(target, 'CREATE TABLE orders (x int)');
    const name = new URL(target).pathname.slice(1);
    const error = await failure(
      restore({ databaseUrl: target, backupPath: result.path, confirm: name }, silentLogger),
    );
    expect(error.code).toBe('restore-failed');
    expect(error.toLine()).toMatch(/already exists.*rolled back/);
    expect(
      await query(target, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"),
    ).toEqual([{ tablename: 'orders' }]);
  });

  test('a server newer than every pg_dump gives one "too old" line naming the versions and the fix', async () => {
    const error = await failure(
      backup({ databaseUrl: adminUrl(), dir: join(work, 'too-old') }, silentLogger),
    );
    expect(error.code).toBe('pg-dump-too-old');
    expect(error.toLine()).toMatch(
      /^pg_dump is too old for a PostgreSQL 18 server: found 15\.\d+ .*postgresql-client-18/,
    );
    await expect(stat(join(work, 'too-old'))).rejects.toThrow();
  });

  test('a failing pg_dump reports its last stderr line and leaves no partial file; the password never reaches argv or env', async () => {
    const dir = join(work, 'failing');
    const record = join(work, 'record.txt');
    process.env.DB_DEPLOY_FAKE_RECORD = record;
    process.env.PGPASSWORD = 'leaked-from-the-parent';
    try {
      const error = await failure(
        backup(backupOptions({ dir, pgBinDir: FAILING_BIN, verify: false }), silentLogger),
      );
      expect(error.code).toBe('pg-dump-failed');
      expect(error.toLine()).toMatch(
        /^pg_dump failed: pg_dump: error: Dumping the contents of table "orders" failed: disk full \(127\.0\.0\.1:\d+\/source_1\)/,
      );
    } finally {
      delete process.env.DB_DEPLOY_FAKE_RECORD;
      delete process.env.PGPASSWORD;
    }
    expect(await readdir(dir)).toEqual([]);
    const seen = await readFile(record, 'utf8');
    expect(seen).toContain('ENV: PGPASSFILE');
    expect(seen).toContain('PASSFILE_MODE: 600');
    expect(seen).not.toContain('ENV: PGPASSWORD');
    for (const secret of [PASSWORD, ENCODED, 'postgres://', sourceUrl])
      expect(seen).not.toContain(secret);
    expect(await readdir(process.env.RUNNER_TEMP ?? '')).toEqual([]);
  });

  test('the CLI backs up and restores with --json, and no output holds the URL or the password', async () => {
    const io: CliIo & { text: string } = {
      text: '',
      secrets: [],
      out: (t) => void (io.text += `${t}\n`),
      err: (t) => void (io.text += `${t}\n`),
    };
    const dir = join(work, 'cli');
    expect(
      await main(['backup', '--database-url', sourceUrl, '--dir', dir, '--json', '--verbose'], io),
    ).toBe(0);
    const result = JSON.parse(io.text.slice(io.text.indexOf('{'))) as { path: string };
    const target = await database('target');
    const second = { ...io, text: '' };
    second.out = (t) => void (second.text += `${t}\n`);
    second.err = second.out;
    expect(
      await main(
        ['restore', '--database-url', target, '--backup', result.path, '--verbose'],
        second,
      ),
    ).toBe(0);
    expect(second.text).toMatch(/restored 2 tables from a custom backup/);
    expect(await main(['restore', '--database-url', target, '--backup', result.path], second)).toBe(
      1,
    );
    expect(second.text).toContain('db-deploy restore: the target database is not empty');
    expect(await main(['restore', '--database-url', target], second)).toBe(2);
    const all = io.text + second.text;
    expect(all).toContain('running ');
    for (const secret of [PASSWORD, ENCODED, sourceUrl, target]) expect(all).not.toContain(secret);
    const logger = memoryLogger();
    await restore({ databaseUrl: await database('target'), backupPath: result.path }, logger);
    expect(logger.lines.join('\n')).not.toMatch(/postgres:\/\/|p@ss/);
  });

  test('an existing backup of the same name is never overwritten', async () => {
    const options = backupOptions({
      now: new Date('2026-01-02T03:04:05Z'),
      name: 'fixed_{timestamp}',
    });
    const first = await backup(options, silentLogger);
    expect(first.name).toBe('fixed_20260102_030405');
    expect((await failure(backup(options, silentLogger))).code).toBe('backup-exists');
  });
});
