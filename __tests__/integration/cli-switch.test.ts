import { main } from '../../src/cli/main.js';
import { capture } from '../helpers/cli-io.js';
import { freshDatabase } from '../helpers/database.js';

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
    expect(noDir.stderr.trim()).toMatch(
      /^db-deploy switch: migrations directory .*no\/such\/dir does not exist/,
    );
    const prepare = capture();
    expect(await main(['switch', 'prepare', '--database-url', url], prepare)).toBe(1);
    expect(prepare.stderr.trim().split('\n').at(-1)).toMatch(
      /^db-deploy switch: blue's wal_level is replica; logical replication needs logical/,
    );
  });
});
