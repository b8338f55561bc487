import { readdir, stat } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pgDumpArgs, pgRestoreArgs, psqlArgs } from '../../src/core/backup/dump-args.js';
import { passfileLine, toolEnv, withToolEnv } from '../../src/core/backup/passfile.js';
import { lastErrorLine } from '../../src/core/backup/run-tool.js';
import { parseDatabaseUrl } from '../../src/core/db/url.js';

const PASSWORD = 'p@ss:w/rd%42\\x';
const URL_TEXT = `postgres://deployer:${encodeURIComponent(PASSWORD)}@db.example.com:6543/shop?sslmode=require`;
const target = parseDatabaseUrl(URL_TEXT);

describe('the command lines and environment of pg_dump / pg_restore / psql', () => {
  test('argv holds options and paths only: no URL, no password, no user', () => {
    const all = [
      ...pgDumpArgs({
        format: 'directory',
        file: '/b/x',
        compression: ['--compress=6'],
        jobs: 4,
        schemaOnly: true,
        excludeTableData: ['audit.*'],
      }),
      ...pgRestoreArgs({ database: target.database, archive: '/b/x', clean: true, jobs: 1 }),
      ...psqlArgs(target.database, '/b/x.sql'),
    ].join(' ');
    for (const secret of [PASSWORD, encodeURIComponent(PASSWORD), 'postgres://', 'deployer'])
      expect(all).not.toContain(secret);
  });

  test("pg_dump gets its format, jobs only for directory, one flag per excluded table, and leaves validate's marker schema out", () => {
    expect(
      pgDumpArgs({
        format: 'custom',
        file: '/b/x.dump',
        compression: ['--compress=1'],
        jobs: 1,
        schemaOnly: false,
        excludeTableData: ['a', 'b'],
      }),
    ).toEqual([
      '--format=c',
      '--file=/b/x.dump',
      '--no-password',
      '--compress=1',
      '--exclude-schema=db_deploy_scratch',
      '--exclude-table-data=a',
      '--exclude-table-data=b',
    ]);
  });

  test('pg_dump dumps an exported snapshot when given one (verify-restore)', () => {
    const plan = { format: 'directory' as const, file: '/b/x', compression: [], jobs: 2 };
    expect(
      pgDumpArgs({ ...plan, schemaOnly: false, excludeTableData: [], snapshot: '00000003-1B' }),
    ).toEqual([
      '--format=d',
      '--file=/b/x',
      '--no-password',
      '--jobs=2',
      '--exclude-schema=db_deploy_scratch',
      '--snapshot=00000003-1B',
    ]);
  });

  test('pg_restore stops at the first error; one job is one transaction, more jobs are not', () => {
    const one = pgRestoreArgs({ database: "o'dd", archive: 'a', clean: false, jobs: 1 });
    expect(one).toEqual([
      "--dbname=dbname='o\\'dd'",
      '--no-password',
      '--exit-on-error',
      '--single-transaction',
      'a',
    ]);
    const many = pgRestoreArgs({ database: 'x', archive: 'a', clean: true, jobs: 3 });
    expect(many).toContain('--jobs=3');
    expect(many).not.toContain('--single-transaction');
    expect(many).toEqual(expect.arrayContaining(['--clean', '--if-exists']));
  });

  test('the child env has the connection from the URL, a passfile, and no PGPASSWORD from the parent', () => {
    const env = toolEnv(target, '/tmp/x/pgpass', {
      PATH: '/usr/bin',
      PGPASSWORD: 'leak',
      PGSERVICE: 'other',
      HOME: '/root',
    });
    expect(env).toEqual({
      PATH: '/usr/bin',
      HOME: '/root',
      PGHOST: 'db.example.com',
      PGPORT: '6543',
      PGDATABASE: 'shop',
      PGUSER: 'deployer',
      PGAPPNAME: 'db-deploy',
      PGSSLMODE: 'require',
      PGPASSFILE: '/tmp/x/pgpass',
    });
  });

  test('the passfile line escapes ":" and "\\\\"', () => {
    expect(passfileLine(target)).toBe('*:*:*:deployer:p@ss\\:w/rd%42\\\\x\n');
  });

  test('the passfile is 0600 in RUNNER_TEMP while the child runs, and gone afterwards even on failure', async () => {
    const runnerTemp = await mkdtemp(join(tmpdir(), 'db-deploy-rt-'));
    const previous = process.env.RUNNER_TEMP;
    process.env.RUNNER_TEMP = runnerTemp;
    try {
      let seen = '';
      await expect(
        withToolEnv(target, async (env) => {
          seen = env.PGPASSFILE ?? '';
          expect((await stat(seen)).mode & 0o777).toBe(0o600);
          throw new Error('child failed');
        }),
      ).rejects.toThrow('child failed');
      expect(seen.startsWith(runnerTemp)).toBe(true);
      expect(await readdir(runnerTemp)).toEqual([]);
    } finally {
      process.env.RUNNER_TEMP = previous;
      if (previous === undefined) delete process.env.RUNNER_TEMP;
      await rm(runnerTemp, { recursive: true, force: true });
    }
  });

  test('the error line is the last one reporting an error, not the echoed command after it', () => {
    const stderr = [
      'pg_restore: error: could not execute query: ERROR:  relation "orders" already exists',
      'Command was: CREATE TABLE public.orders (',
      '    x integer',
      ');',
    ];
    expect(lastErrorLine(stderr)).toBe(stderr[0]);
    expect(lastErrorLine(['', 'something odd', ''])).toBe('something odd');
  });
});
