import { mkdtemp, readdir, readFile, rm, stat, truncate, open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  PG_MAJORS,
  createDatabase,
  dumpableMajor,
  pgDumpMajor,
  serverMajor,
  startPostgres,
} from '../../scripts/lib/postgres.mjs';
import { backup, type BackupOptions } from '../../src/core/backup/backup.js';
import { restore } from '../../src/core/backup/restore.js';
import {
  checksumDatabase,
  compareRestored,
  compareTables,
} from '../../src/core/backup/verify-restore.js';
import { parseDatabaseUrl } from '../../src/core/db/url.js';
import { memoryLogger, silentLogger } from '../../src/core/logger.js';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/output.js';
import { adminUrl, openClient, query } from '../helpers/database.js';
import { databaseFingerprint } from '../helpers/fingerprint.js';
import { hasBinary, requireBinaries } from '../helpers/binaries.js';
import { failure } from '../helpers/expect.js';

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

const fingerprint = databaseFingerprint;
const CLIENT_MAJOR = pgDumpMajor() ?? 0;
const NEWER_MAJOR = PG_MAJORS.find((major) => major > CLIENT_MAJOR);

const tableCount = async (url: string) =>
  Number(
    (await query(url, "SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'"))[0]?.n,
  );

function backupOptions(extra: Partial<BackupOptions> = {}): BackupOptions {
  counter += 1;
  return { databaseUrl: sourceUrl, dir: join(work, `out_${counter}`), ...extra };
}

describeIf('backup and restore with the real pg_dump / pg_restore', () => {
  beforeAll(async () => {
    server = await startPostgres({ major: dumpableMajor() });
    work = await mkdtemp(join(tmpdir(), 'db-deploy-backup-test-'));
    process.env.RUNNER_TEMP = await mkdtemp(join(tmpdir(), 'db-deploy-runner-temp-'));
    await query(server.url, `CREATE ROLE backup_role LOGIN PASSWORD '${PASSWORD}'`);
    // As a managed service's master user (DB_DEPLOY_TEST_ROLE=managed), the test's own role may
    // hand a database to backup_role only as a member of it; a superuser is one anyway.
    await query(server.url, 'GRANT backup_role TO CURRENT_USER');
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
    expect(result.path).toMatch(/source_\d+_\d{8}_\d{6}\.dump\.zst$/);
    expect(result.pgDumpVersion).toMatch(new RegExp(`^${pgDumpMajor()}\\.`));
    expect(result.compression).toBe('zstd:3 (whole file)');
    // One zstd frame around an ordinary custom archive, restorable by hand with zstd -dc.
    expect((await readFile(result.path)).subarray(0, 4)).toEqual(
      Buffer.from([0x28, 0xb5, 0x2f, 0xfd]),
    );
    expect(result.tables).toEqual([
      { schema: 'public', name: 'customers', rows: 3 },
      { schema: 'public', name: 'orders', rows: 45 },
    ]);
    expect(await readFile(join(result.path.replace(/\.dump\.zst$/, '.sha256')), 'utf8')).toBe(
      `${result.sha256}  ${result.name}.dump.zst\n`,
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

  test('the row counts are those pg_dump dumps: rows committed while both wait for a lock are in neither', async () => {
    const url = await database('snapshot');
    await query(url, 'CREATE TABLE events (id int PRIMARY KEY)');
    await query(url, 'INSERT INTO events SELECT generate_series(1, 10)');
    const writer = await openClient(url);
    try {
      // Holds the table so that the counting and pg_dump both wait, then commits 5 more rows.
      await writer.query('BEGIN');
      await writer.query('LOCK TABLE events IN ACCESS EXCLUSIVE MODE');
      await writer.query('INSERT INTO events SELECT generate_series(11, 15)');
      const running = backup(backupOptions({ databaseUrl: url }), silentLogger);
      const waiting = async () =>
        Number(
          (
            await query(
              url,
              "SELECT count(*) AS n FROM pg_locks l JOIN pg_class c ON c.oid = l.relation WHERE c.relname = 'events' AND NOT l.granted",
            )
          )[0]?.n,
        );
      while ((await waiting()) < 2) await new Promise((r) => setTimeout(r, 50));
      await writer.query('COMMIT');
      const result = await running;
      expect(result.tables).toEqual([{ schema: 'public', name: 'events', rows: 10 }]);
      expect(await query(url, 'SELECT count(*)::int AS n FROM events')).toEqual([{ n: 15 }]);
      const target = await database('snapshot_copy');
      await restore({ databaseUrl: target, backupPath: result.path }, silentLogger);
      expect(await query(target, 'SELECT count(*)::int AS n FROM events')).toEqual([{ n: 10 }]);
    } finally {
      await writer.end();
    }
  });

  test("a server's idle_in_transaction_session_timeout does not end the snapshot's transaction while pg_dump runs", async () => {
    const url = await database('idle_timeout');
    await query(url, 'CREATE TABLE t (id int)');
    // The counts take milliseconds; pg_dump, starting through its wrapper, takes longer.
    await query(
      url,
      `ALTER DATABASE "${new URL(url).pathname.slice(1)}" SET idle_in_transaction_session_timeout = '50ms'`,
    );
    const result = await backup(backupOptions({ databaseUrl: url }), silentLogger);
    expect(result.tables).toEqual([{ schema: 'public', name: 't', rows: 0 }]);
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
    const logger = memoryLogger();
    const run = restore({ databaseUrl: target, backupPath: result.path }, logger);
    if (hasBinary('psql')) {
      await run;
      expect(await fingerprint(target)).toEqual(await fingerprint(sourceUrl));
      // Any psql reads plain SQL, but the line names the server it restores into, not "PostgreSQL 0".
      expect(logger.lines).toContainEqual(
        expect.stringMatching(
          new RegExp(
            `^info: using psql \\d+\\.\\d+ \\(.+\\) for a PostgreSQL ${server.major} server \\(any psql version restores a plain SQL archive\\)$`,
          ),
        ),
      );
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

  // A server newer than the installed pg_dump: the shared one when it is, else the newest major
  // (none where the client is the newest, as with PGDG's client 18 in self-test.yml).
  (NEWER_MAJOR === undefined ? test.skip : test)(
    'a server newer than every pg_dump gives one "too old" line naming the versions and the fix',
    async () => {
      const shared = serverMajor();
      const newer =
        process.env.DATABASE_URL || shared <= CLIENT_MAJOR
          ? await startPostgres({ major: NEWER_MAJOR })
          : undefined;
      try {
        const error = await failure(
          backup(
            { databaseUrl: newer?.url ?? adminUrl(), dir: join(work, 'too-old') },
            silentLogger,
          ),
        );
        const major = newer?.major ?? shared;
        expect(error.code).toBe('pg-dump-too-old');
        expect(error.toLine()).toMatch(
          new RegExp(
            `^pg_dump is too old for a PostgreSQL ${major} server: found ${CLIENT_MAJOR}\\.\\d+ .*postgresql-client-${major}`,
          ),
        );
        await expect(stat(join(work, 'too-old'))).rejects.toThrow();
      } finally {
        await newer?.stop();
      }
    },
    120_000,
  );

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

  describe('verify-restore', () => {
    let source: string;
    const ODD = '"Odd ""name"""';

    beforeAll(async () => {
      // The awkward fixture, plus a quoted table name, a column named like the checksum's alias
      // and a type without ordering (point): what a naive row checksum stumbles over.
      source = await database('vsource');
      await query(source, await readFile(FIXTURE, 'utf8'));
      await query(
        source,
        `CREATE TABLE ${ODD} (t int, p point, at timestamptz, f float8, i interval);
         INSERT INTO ${ODD} VALUES (1, '(1.5,2)', '2026-03-01 12:00+02', 0.1, '1 day 2 hours'),
           (NULL, NULL, NULL, 'NaN', NULL), (1, '(1.5,2)', NULL, -0.0, '-1 mon')`,
      );
    });

    /** An empty database whose defaults change how values print: the checksums must not care. */
    async function scratch(): Promise<string> {
      const url = await database('verify');
      const name = new URL(url).pathname.slice(1);
      for (const setting of [
        "TimeZone = 'Asia/Tokyo'",
        "DateStyle = 'SQL, DMY'",
        'extra_float_digits = 0',
        "bytea_output = 'escape'",
      ])
        await query(server.url, `ALTER DATABASE "${name}" SET ${setting}`);
      return url;
    }

    test.each(['custom', 'plain'] as const)(
      'a %s backup restores into an empty database and every table matches, awkward content included',
      async (format) => {
        if (format === 'plain' && !hasBinary('psql')) return;
        const verifyUrl = await scratch();
        const logger = memoryLogger();
        const result = await backup(
          backupOptions({ databaseUrl: source, format, verifyRestore: { databaseUrl: verifyUrl } }),
          logger,
        );
        expect(result.verifyRestore?.verified).toBe(true);
        expect(
          result.verifyRestore?.tables.map((t) => [t.name, t.rows, t.restoredRows, t.match]),
        ).toEqual([
          ['Odd "name"', 3, 3, true],
          ['customers', 3, 3, true],
          ['orders', 45, 45, true],
        ]);
        for (const t of result.verifyRestore?.tables ?? [])
          expect(t.restoredChecksum).toMatch(/^[0-9a-f]{32}$/);
        expect(result.tables.map((t) => t.rows)).toEqual([3, 3, 45]);
        // The checksums fix the print settings: a plain ::text fingerprint would differ here,
        // since the scratch database prints timestamptz in Tokyo time and floats with fewer digits.
        const again = await checksumDatabase(parseDatabaseUrl(source));
        expect(result.verifyRestore?.tables.map((t) => t.checksum)).toEqual(
          again.map((t) => t.checksum),
        );
        // pg_dump dumped the very snapshot the source was checksummed in.
        expect(logger.lines.join('\n')).toMatch(/pg_dump .*--snapshot=[0-9A-F]+-[0-9A-F]+-\d+/);
        expect(logger.lines.join('\n')).not.toContain(PASSWORD);
        expect(logger.lines.join('\n')).not.toContain(ENCODED);
      },
    );

    test('a non-empty verify database is refused in one line before anything is dumped', async () => {
      const verifyUrl = await database('verify');
      await query(verifyUrl, 'CREATE TABLE leftover (id int)');
      const options = backupOptions({
        databaseUrl: source,
        verifyRestore: { databaseUrl: verifyUrl },
      });
      const error = await failure(backup(options, silentLogger));
      expect(error.code).toBe('verify-database-not-empty');
      expect(error.toLine()).toMatch(
        /^the verify database is not empty \(1 relation\) \(127\.0\.0\.1:\d+\/verify_\d+\) — give verify-database-url an empty scratch database/,
      );
      expect(error.toLine()).not.toContain(ENCODED);
      expect(await stat(options.dir).catch(() => undefined)).toBeUndefined();
      const self = await failure(
        backup(
          backupOptions({ databaseUrl: source, verifyRestore: { databaseUrl: source } }),
          silentLogger,
        ),
      );
      expect(self.toLine()).toContain('the verify database is the database being backed up');
    });

    test('a restored table that differs is reported, one line per table, mismatches first', async () => {
      const verifyUrl = await scratch();
      const result = await backup(
        backupOptions({ databaseUrl: source, verifyRestore: { databaseUrl: verifyUrl } }),
        silentLogger,
      );
      expect(result.verifyRestore?.verified).toBe(true);
      const sourceTables = await checksumDatabase(parseDatabaseUrl(source));
      // One changed value at the same row count, and one deleted row: only in the restored copy.
      await query(verifyUrl, "UPDATE orders SET note = 'tampered' WHERE id = 7");
      await query(verifyUrl, `DELETE FROM ${ODD} WHERE t IS NULL`);
      const logger = memoryLogger();
      const tables = await compareRestored(sourceTables, parseDatabaseUrl(verifyUrl), logger);
      expect(tables.map((t) => [t.name, t.match])).toEqual([
        ['Odd "name"', false],
        ['orders', false],
        ['customers', true],
      ]);
      expect(tables[1]).toMatchObject({ rows: 45, restoredRows: 45 });
      expect(tables[1]?.restoredChecksum).not.toBe(tables[1]?.checksum);
      expect(logger.lines).toEqual([
        'warn: verify-restore: public.Odd "name": 3 rows in the source, 2 restored',
        expect.stringMatching(
          /^warn: verify-restore: public\.orders: 45 rows in both, content differs \(checksum [0-9a-f]{8} vs [0-9a-f]{8}\)$/,
        ),
      ]);
      const missing = compareTables(sourceTables, sourceTables.slice(1));
      expect(missing[0]).toMatchObject({ name: 'Odd "name"', restoredRows: null, match: false });
    });

    test('the CLI verifies with --verify-restore URL, exit 0, and prints neither URL', async () => {
      const verifyUrl = await scratch();
      const io: CliIo & { text: string } = {
        text: '',
        secrets: [],
        out: (t) => void (io.text += `${t}\n`),
        err: (t) => void (io.text += `${t}\n`),
      };
      const args = ['backup', '--database-url', source, '--dir', join(work, 'cli-verify')];
      expect(await main([...args, '--verify-restore', verifyUrl, '--verbose'], io)).toBe(0);
      expect(io.text).toContain('restore:  verified, all 3 tables match');
      for (const secret of [PASSWORD, ENCODED, source, verifyUrl])
        expect(io.text).not.toContain(secret);
      expect(await main([...args, '--verify-restore', verifyUrl], io)).toBe(1);
      expect(io.text).toContain('db-deploy backup: the verify database is not empty');
    });

    test('verify-restore with schema-only or exclude-table-data is refused as bad input', async () => {
      const verifyRestore = { databaseUrl: source };
      for (const extra of [{ schemaOnly: true }, { excludeTableData: ['public.orders'] }]) {
        const error = await failure(
          backup(backupOptions({ verifyRestore, ...extra }), silentLogger),
        );
        expect(error.code).toBe('bad-input');
      }
    });
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
