import { main } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { freshDatabase, query } from '../helpers/database.js';
import { tempTree } from '../helpers/fixtures.js';

describe('db-deploy switch (CLI, in process)', () => {
  test('status of a database with nothing prepared: exit 0, live is blue, the URL never printed', async () => {
    const url = await freshDatabase('cli_switch');
    const io = capture();
    expect(await main(['switch', 'status', '--database-url', url], io)).toBe(0);
    const name = new URL(url).pathname.slice(1);
    expect(io.stdout).toMatch(new RegExp(`^status: none; live ${name}`));
    expect(io.stdout + io.stderr).not.toContain(url);
    const json = capture();
    expect(await main(['switch', 'status', '--database-url', url, '--json'], json)).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      command: 'status',
      phase: 'none',
      activeDatabase: name,
    });
  });

  test('a missing or unknown command is a usage error (exit 2); prepare without wal_level=logical is one line (exit 1)', async () => {
    const none = capture();
    expect(await main(['switch'], none)).toBe(2);
    expect(none.stderr).toMatch(/give one of prepare, switch, rollback, status, abort, finish/);
    const unknown = capture();
    expect(await main(['switch', 'flip'], unknown)).toBe(2);
    const url = await freshDatabase('cli_switch');
    const noDir = capture();
    expect(
      await main(['switch', 'prepare', '--database-url', url, '--dir', 'no/such/dir'], noDir),
    ).toBe(1);
    // The test server's password may be a common word: the CLI's one warning comes first then.
    expect(noDir.stderr.trim().split('\n').at(-1)).toMatch(
      /^db-deploy switch: migrations directory .*no\/such\/dir does not exist/,
    );
    const prepare = capture();
    expect(await main(['switch', 'prepare', '--database-url', url], prepare)).toBe(1);
    expect(prepare.stderr.trim().split('\n').at(-1)).toMatch(
      /^db-deploy switch: blue's wal_level is replica; logical replication needs logical/,
    );
  });
  test('prepare refuses a down file or an unusable migrations-table before green or anything else is created', async () => {
    const url = await freshDatabase('cli_switch');
    const green = `${new URL(url).pathname.slice(1)}_g`;
    const dir = await tempTree(
      {
        '1_teams.up.sql': 'CREATE TABLE teams (id int);\n',
        '1_teams.down.sql': 'DROP TABLE teams;\n',
      },
      'switch-layout',
    );
    const down = capture();
    const args = [
      'switch',
      'prepare',
      '--database-url',
      url,
      '--green',
      green,
      '--clone-method',
      'template',
    ];
    expect(await main([...args, '--dir', dir], down)).toBe(1);
    expect(down.stderr.trim().split('\n').at(-1)).toMatch(
      /^db-deploy switch: migration file "1_teams\.down\.sql" is a down migration of golang-migrate's/,
    );
    const table = capture();
    expect(await main([...args, '--migrations-table', 'mt\t1'], table)).toBe(1);
    expect(table.stderr.trim().split('\n').at(-1)).toMatch(
      /^db-deploy switch: migrations-table "mt\\t1" holds the control character "\\t"/,
    );
    expect(await query(url, 'SELECT 1 FROM pg_database WHERE datname = $1', [green])).toEqual([]);
    expect(await query(url, "SELECT 1 FROM pg_namespace WHERE nspname = 'db_deploy'")).toEqual([]);
  });

  test('template clone, rename switch, rollback: a full cycle from the command line, no replication needed', async () => {
    const url = await freshDatabase('cli_tpl');
    const name = new URL(url).pathname.slice(1);
    const green = `${name}_g`;
    await query(url, 'CREATE TABLE items (id int PRIMARY KEY, label text)');
    await query(url, "INSERT INTO items VALUES (1, 'one')");
    const run = async (...args: string[]) => {
      const io = capture();
      const code = await main(['switch', ...args, '--database-url', url, '--green', green], io);
      return { code, out: io.stdout, err: io.stderr.trim() };
    };
    expect((await run('prepare', '--clone-method', 'snapshot')).code).toBe(2);
    const prepared = await run('prepare', '--clone-method', 'template', '--terminate-connections');
    expect(prepared).toMatchObject({ code: 0 });
    expect(prepared.out).toMatch(new RegExp(`^prepare: prepared; live ${name}, standby ${green}`));
    await expect(query(url, "INSERT INTO items VALUES (2, 'two')")).rejects.toThrow(/read-only/);
    // No routing given: refused before anything changes.
    const nowhere = await run('switch');
    expect(nowhere.code).toBe(1);
    expect(nowhere.err.split('\n').at(-1)).toMatch(
      /^db-deploy switch: nothing would move the traffic/,
    );
    const switched = await run('switch', '--rename');
    expect(switched.code).toBe(0);
    expect(switched.out).toMatch(new RegExp(`^switch: switched; live ${name}, standby ${green}`));
    // The name now leads to the copy, which takes writes; the original is kept as green.
    await query(url, "INSERT INTO items VALUES (3, 'three')");
    const [wal] = await query<{ wal_level: string }>(url, 'SHOW wal_level');
    if (wal?.wal_level !== 'logical') {
      const refused = await run('rollback');
      expect(refused.code).toBe(1);
      expect(refused.err.split('\n').at(-1)).toMatch(
        /a rollback would lose every write taken since the switch/,
      );
    }
    const rolledBack = await run('rollback', '--accept-lost-writes');
    expect(rolledBack.code).toBe(0);
    expect(rolledBack.out).toMatch(/^rollback: rolled-back/);
    expect(await query(url, 'SELECT id FROM items ORDER BY id')).toEqual(
      wal?.wal_level === 'logical' ? [{ id: 1 }, { id: 3 }] : [{ id: 1 }],
    );
    expect((await run('abort')).code).toBe(0);
  });
});
