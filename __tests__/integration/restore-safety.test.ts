import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createDatabase, startPostgres, dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { backup } from '../../src/core/backup/backup.js';
import { restore } from '../../src/core/backup/restore.js';
import { silentLogger } from '../../src/core/logger.js';
import { query } from '../helpers/database.js';
import { databaseFingerprint } from '../helpers/fingerprint.js';
import { requireBinaries } from '../helpers/binaries.js';
import { failure } from '../helpers/expect.js';

const available = requireBinaries(['pg_dump', 'pg_restore', 'psql']);
const describeIf = available ? describe : describe.skip;

const PASSWORD = 'qu&ry pw#1';
const FIXTURE = resolve('__tests__/fixtures/backup/awkward.sql');

let server: Awaited<ReturnType<typeof startPostgres>>;
let work: string;
let counter = 0;

/** A database owned by the password role, named exactly `name` (any characters). */
async function database(name: string): Promise<string> {
  await createDatabase(server.url, name);
  await query(server.url, `ALTER DATABASE "${name}" OWNER TO safety_role`);
  const url = new URL(server.url);
  url.pathname = `/${encodeURIComponent(name)}`;
  url.username = 'safety_role';
  url.password = encodeURIComponent(PASSWORD);
  return url.toString();
}

async function fresh(prefix: string): Promise<string> {
  counter += 1;
  return database(`${prefix}_${counter}`);
}

/** `pg_dump --format=plain` of `url` as text (the password through a passfile). */
function plainDump(url: string): string {
  const u = new URL(url);
  const passfile = join(work, 'pgpass');
  execFileSync('sh', [
    '-c',
    `printf '%s\\n' "$1" > "$2" && chmod 600 "$2"`,
    'sh',
    `*:*:*:*:${PASSWORD}`,
    passfile,
  ]);
  return execFileSync('pg_dump', ['--format=plain', '--no-password'], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      PGHOST: u.hostname,
      PGPORT: u.port,
      PGUSER: 'safety_role',
      PGDATABASE: decodeURIComponent(u.pathname.slice(1)),
      PGPASSFILE: passfile,
    },
    maxBuffer: 64 * 2 ** 20,
  }).toString('utf8');
}

describeIf(
  'restore: one target, complete emptiness, plain and gzipped SQL, hostile archives',
  () => {
    let sourceUrl: string;
    let dump: string;

    beforeAll(async () => {
      server = await startPostgres({ major: dumpableMajor() });
      work = await mkdtemp(join(tmpdir(), 'db-deploy-restore-safety-'));
      process.env.RUNNER_TEMP = await mkdtemp(join(tmpdir(), 'db-deploy-runner-temp-'));
      await query(
        server.url,
        `CREATE ROLE safety_role LOGIN PASSWORD '${PASSWORD.replace(/'/g, "''")}'`,
      );
      // As a managed service's master user (DB_DEPLOY_TEST_ROLE=managed), the test's own role may
      // hand a database to safety_role only as a member of it; a superuser is one anyway.
      await query(server.url, 'GRANT safety_role TO CURRENT_USER');
      sourceUrl = await fresh('source');
      await query(sourceUrl, await readFile(FIXTURE, 'utf8'));
      dump = plainDump(sourceUrl);
    }, 120_000);

    afterAll(async () => {
      await server?.stop();
      if (work) await rm(work, { recursive: true, force: true });
      if (process.env.RUNNER_TEMP)
        await rm(process.env.RUNNER_TEMP, { recursive: true, force: true });
      delete process.env.RUNNER_TEMP;
    });

    test('a percent-encoded database name is checked and written as one database (prod%3Bx is prod;x)', async () => {
      counter += 1;
      // db-deploy is given the name percent-encoded, as a URL should carry it.
      const url = await database(`prod;x_${counter}`);
      expect(url).toContain(`/prod%3Bx_${counter}`);
      // The test's own client (node-postgres) reads a raw ; in the path as itself.
      const real = url.replace('prod%3Bx', 'prod;x');
      await query(real, 'CREATE TABLE precious (id int); INSERT INTO precious VALUES (1), (2)');
      // The database whose name is the encoded text exists too, empty: the old check looked there.
      await database(`prod%3Bx_${counter}`);
      const archive = (
        await backup({ databaseUrl: sourceUrl, dir: join(work, 'pct') }, silentLogger)
      ).path;
      const error = await failure(restore({ databaseUrl: url, backupPath: archive }, silentLogger));
      expect(error.code).toBe('target-not-empty');
      expect(error.toLine()).toContain(`/prod;x_${counter}`);
      expect(await query(real, 'SELECT count(*)::int AS n FROM precious')).toEqual([{ n: 2 }]);
      expect(
        await query(real, "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'"),
      ).toEqual([{ n: 1 }]);

      const backedUp = await backup({ databaseUrl: url, dir: join(work, 'pct-src') }, silentLogger);
      expect(backedUp.tables).toEqual([{ schema: 'public', name: 'precious', rows: 2 }]);
    });

    test('a password given as ?password= backs up and restores, and never shows in an error', async () => {
      const withQuery = (url: string) => {
        const u = new URL(url);
        u.password = '';
        u.searchParams.set('password', PASSWORD);
        return u.toString();
      };
      const result = await backup(
        { databaseUrl: withQuery(sourceUrl), dir: join(work, 'query-pw') },
        silentLogger,
      );
      const target = await fresh('querypw');
      await restore({ databaseUrl: withQuery(target), backupPath: result.path }, silentLogger);
      expect(await databaseFingerprint(target)).toEqual(await databaseFingerprint(sourceUrl));
      const again = await failure(
        restore({ databaseUrl: withQuery(target), backupPath: result.path }, silentLogger),
      );
      expect(again.code).toBe('target-not-empty');
      expect(again.toLine()).not.toContain(PASSWORD);
      expect(again.toLine()).not.toContain(encodeURIComponent(PASSWORD));
    });

    test.each([
      ['a large object', "SELECT lo_from_bytea(0, '\\x00ff'::bytea)", '1 large object'],
      [
        'a function',
        'CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$',
        '1 function',
      ],
      ['a sequence', 'CREATE SEQUENCE s', '1 relation'],
      ['an enum type', "CREATE TYPE mood AS ENUM ('ok')", '1 type'],
      ['a composite type', 'CREATE TYPE pair AS (a int, b int)', '1 relation'],
      ['a schema', 'CREATE SCHEMA app', '1 schema'],
      ['an extension', 'CREATE EXTENSION plpgsql_check_missing_ok', ''],
      ['a collation', "CREATE COLLATION c2 (locale = 'C')", '1 other object'],
      [
        'an operator',
        'CREATE OPERATOR === (FUNCTION = int4eq, LEFTARG = int, RIGHTARG = int)',
        '1 other object',
      ],
    ])(
      'a database holding only %s is not empty: restore refuses it without confirm',
      async (what, sql, found) => {
        const target = await fresh('notempty');
        if (what === 'an extension') {
          const ext = await query<{ name: string }>(
            server.url,
            "SELECT name FROM pg_available_extensions WHERE name IN ('pgcrypto', 'citext', 'hstore', 'uuid-ossp', 'pg_trgm') ORDER BY 1 LIMIT 1",
          );
          if (!ext[0]) return; // this server ships no contrib extension: nothing to check
          await query(
            server.url.replace(/\/[^/]*$/, new URL(target).pathname),
            `CREATE EXTENSION "${ext[0].name}"`,
          );
          found = '1 extension';
        } else await query(target, sql);
        const archive = (
          await backup({ databaseUrl: sourceUrl, dir: join(work, `ne-${counter}`) }, silentLogger)
        ).path;
        const error = await failure(
          restore({ databaseUrl: target, backupPath: archive }, silentLogger),
        );
        expect(error.code).toBe('target-not-empty');
        expect(error.message).toBe(`the target database is not empty (${found})`);
      },
    );

    test('a classic `pg_dump | gzip` .sql.gz restores as what it is, identical', async () => {
      const file = join(work, 'classic.sql.gz');
      await writeFile(file, gzipSync(dump));
      const target = await fresh('gz');
      const restored = await restore({ databaseUrl: target, backupPath: file }, silentLogger);
      expect(restored.format).toBe('plain');
      expect(await databaseFingerprint(target)).toEqual(await databaseFingerprint(sourceUrl));
    });

    test('a truncated .sql.gz is refused as damaged or incomplete, nothing restored', async () => {
      const whole = gzipSync(dump);
      const file = join(work, 'cut.sql.gz');
      await writeFile(file, whole.subarray(0, Math.floor(whole.length * 0.6)));
      const target = await fresh('gzcut');
      const error = await failure(restore({ databaseUrl: target, backupPath: file }, silentLogger));
      expect(error.code).toBe('backup-corrupt');
      expect(
        await query(target, "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'"),
      ).toEqual([{ n: 0 }]);
    });

    describe('hostile plain archives: refused in one line, no shell command ran, nothing changed', () => {
      const marker = () => join(work, 'PWNED');
      const hostile: [string, (victim: string) => string][] = [
        ['a shell command', () => `\\! touch ${marker()}\n`],
        [
          'ON_ERROR_STOP off, another database, a DROP there',
          (victim) => `\\set ON_ERROR_STOP 0\n\\c ${victim}\nDROP TABLE victim_table;\n`,
        ],
        [
          'a shell command after a \\restrict header',
          () => `\\restrict AbC123\nSELECT 1;\n\\! touch ${marker()}\n\\unrestrict AbC123\n`,
        ],
        [
          "a shell command hidden after a COPY that is not pg_dump's",
          () =>
            `CREATE TABLE t (a text);\nCOPY t FROM stdin WITH (FORMAT text);\n\\! touch ${marker()}\n\\.\n`,
        ],
      ];

      test.each(
        hostile.flatMap(([name, make]) => [
          [`${name} (.sql)`, make, false] as const,
          [`${name} (.sql.gz)`, make, true] as const,
        ]),
      )('%s', async (_name, make, gzipped) => {
        const victimName = `victim_${(counter += 1)}`;
        const victim = await database(victimName);
        await query(
          victim,
          'CREATE TABLE victim_table (id int); INSERT INTO victim_table VALUES (1)',
        );
        // The hostile lines sit in the middle of a real dump, before pg_dump's completion line.
        const at = dump.indexOf('\nCREATE TABLE');
        const sql = `${dump.slice(0, at)}\n${make(victimName)}${dump.slice(at)}`;
        const file = join(work, `hostile_${counter}.sql${gzipped ? '.gz' : ''}`);
        await writeFile(file, gzipped ? gzipSync(sql) : sql);
        const target = await fresh('hostile');
        const error = await failure(
          restore({ databaseUrl: target, backupPath: file, confirm: undefined }, silentLogger),
        );
        expect(error.code).toBe('backup-unsafe');
        expect(error.toLine()).toMatch(
          /^the SQL backup holds what pg_dump does not write for one database and psql would run: /,
        );
        expect(error.toLine().split('\n')).toHaveLength(1);
        expect(existsSync(marker())).toBe(false);
        expect(await query(victim, 'SELECT count(*)::int AS n FROM victim_table')).toEqual([
          { n: 1 },
        ]);
        expect(
          await query(
            target,
            "SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'",
          ),
        ).toEqual([{ n: 0 }]);
        expect(await readdir(process.env.RUNNER_TEMP ?? '')).toEqual([]);
      });
    });
  },
);
