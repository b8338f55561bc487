// The pure parts of blue-green-switch: names, the PgBouncer config rewrite, the job summary,
// the CLI output and the action's inputs (read by the adapter with the real toolkit).
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSwitchInputs } from '../../src/actions/blue-green-switch-inputs.js';
import { renderSwitch } from '../../src/cli/commands/switch.js';
import { parseDatabaseUrl } from '../../src/core/db/url.js';
import { DbDeployError } from '../../src/core/errors.js';
import { renderSwitchSummary } from '../../src/core/report/switch.js';
import { stepRecorder } from '../../src/core/switch/steps.js';
import {
  conninfo,
  greenTarget,
  onServer,
  replicationNames,
  sameServer,
} from '../../src/core/switch/names.js';
import { repointEntry } from '../../src/core/switch/pgbouncer.js';
import type { SwitchResult } from '../../src/core/switch/types.js';
import { inputEnvironment, readActionMetadata } from '../../scripts/lib/run-action.mjs';
import { setEnv } from '../helpers/env.js';
import { refusal } from '../helpers/expect.js';

const BLUE_URL = 'postgres://app:s3cretpw@db.example.com:5432/shop?sslmode=require';
const blue = parseDatabaseUrl(BLUE_URL);

describe('replicationNames', () => {
  test('names the forward objects _fwd and the return objects _back, after green', () => {
    expect(replicationNames('shop_green')).toEqual({
      forward: {
        publication: 'dbd_shop_green_fwd',
        slot: 'dbd_shop_green_fwd',
        subscription: 'dbd_shop_green_fwd',
      },
      back: {
        publication: 'dbd_shop_green_back',
        slot: 'dbd_shop_green_back',
        subscription: 'dbd_shop_green_back',
      },
    });
  });

  test('a name that is not plain lower case: lower-cased, other characters as _, and a hash of the exact name', () => {
    expect(replicationNames('Shop-Green.2026$ü').forward.slot).toMatch(
      /^dbd_shop_green_2026___[0-9a-f]{6}_fwd$/,
    );
  });

  test('names that would read alike stay apart: case, - against _, a shared 40-character prefix', () => {
    const slot = (name: string) => replicationNames(name).forward.slot;
    expect(slot('Shop')).not.toBe(slot('shop'));
    expect(slot('shop-green')).not.toBe(slot('shop_green'));
    expect(slot(`${'a'.repeat(40)}x`)).not.toBe(slot(`${'a'.repeat(40)}y`));
    expect(slot('shop_green')).toBe('dbd_shop_green_fwd');
  });

  test('every object fits in 63 bytes, however long the name', () => {
    const names = replicationNames('a'.repeat(63));
    expect(names.forward.slot).toMatch(new RegExp(`^dbd_${'a'.repeat(33)}_[0-9a-f]{6}_fwd$`));
    expect(names.back.subscription.length).toBeLessThanOrEqual(63);
  });
});

describe('greenTarget', () => {
  test('defaults to <blue>_green on blue’s server, with blue’s credentials and parameters', () => {
    expect(greenTarget(blue, undefined)).toEqual({
      url: 'postgres://app:s3cretpw@db.example.com:5432/shop_green?sslmode=require',
      host: 'db.example.com',
      port: 5432,
      database: 'shop_green',
      user: 'app',
      password: 's3cretpw',
      params: { sslmode: 'require' },
      display: 'db.example.com:5432/shop_green',
    });
  });

  test('takes the name it is given, on blue’s server', () => {
    const green = greenTarget(blue, 'shop_next');
    expect(green.database).toBe('shop_next');
    expect(green.display).toBe('db.example.com:5432/shop_next');
  });

  test.each([
    ['blue’s own name', 'shop', 'green-database "shop" is not usable'],
    ['a name with a space', 'shop green', 'green-database "shop green" is not usable'],
    ['a name with a quote', 'shop"; --', 'green-database "shop"; --" is not usable'],
    ['a name starting with a digit', '2shop', 'green-database "2shop" is not usable'],
    ['an empty name', '', 'green-database "" is not usable'],
    ['a name of 64 characters', 'g'.repeat(64), `green-database "${'g'.repeat(64)}" is not usable`],
  ])('refuses %s in one line that says what to do', (_case, name, message) => {
    const error = refusal(() => greenTarget(blue, name));
    expect(error.code).toBe('bad-input');
    expect(error.toLine()).toBe(
      `${message} — use a plain database name (letters, digits, _, $ or -; not starting with a digit), other than blue’s`,
    );
  });

  test('refuses the default name when blue’s name is too long to take _green', () => {
    const longBlue = onServer(blue, 's'.repeat(58));
    expect(refusal(() => greenTarget(longBlue, undefined)).message).toBe(
      `green-database "${'s'.repeat(58)}_green" is not usable`,
    );
  });

  test('takes green-database-url on another server, even with blue’s database name', () => {
    const url = 'postgres://other:pw2@green.example.com:5432/shop';
    const green = greenTarget(blue, undefined, url);
    expect(green.url).toBe(url);
    expect(green.display).toBe('green.example.com:5432/shop');
  });

  test('takes green-database-url on blue’s server when its database is another one', () => {
    expect(
      greenTarget(blue, undefined, 'postgres://app:s3cretpw@db.example.com:5432/shop_copy')
        .database,
    ).toBe('shop_copy');
  });

  test.each([
    ['written the same', 'postgres://app:s3cretpw@db.example.com:5432/shop'],
    ['with its host in upper case', 'postgres://app:s3cretpw@DB.EXAMPLE.COM:5432/shop'],
    ['without its default port', 'postgres://app:s3cretpw@db.example.com/shop'],
  ])(
    'refuses a green-database-url that is blue itself (%s) without printing its password',
    (_c, url) => {
      const error = refusal(() => greenTarget(blue, undefined, url));
      expect(error.code).toBe('bad-input');
      expect(error.toLine()).toMatch(
        /^green-database-url points at blue itself \(db\.example\.com:5432\/shop\) — name another database, or another server$/i,
      );
      expect(error.toLine()).not.toContain('s3cretpw');
    },
  );

  test('refuses green-database given with a green-database-url of another database', () => {
    const error = refusal(() =>
      greenTarget(blue, 'shop_green', 'postgres://app:pw@green.example.com/shop_blue'),
    );
    expect(error.code).toBe('bad-input');
    expect(error.toLine()).toBe(
      'green-database "shop_green" differs from the database of green-database-url (shop_blue) — give one of them',
    );
  });

  test('accepts green-database given with a green-database-url of that same database', () => {
    const green = greenTarget(blue, 'shop_green', 'postgres://app:pw@green.example.com/shop_green');
    expect(green.display).toBe('green.example.com:5432/shop_green');
  });

  test('names green-database-url when that URL is malformed', () => {
    expect(refusal(() => greenTarget(blue, undefined, 'mysql://app:pw@db/shop')).message).toBe(
      'green-database-url must start with postgres:// or postgresql://',
    );
  });
});

describe('onServer', () => {
  test('keeps server, credentials and query parameters, and changes only the database', () => {
    expect(onServer(blue, 'shop_green').url).toBe(
      'postgres://app:s3cretpw@db.example.com:5432/shop_green?sslmode=require',
    );
  });

  test('percent-encodes the database name in the URL', () => {
    const target = onServer(blue, 'my shop');
    expect(target.url).toBe(
      'postgres://app:s3cretpw@db.example.com:5432/my%20shop?sslmode=require',
    );
    expect(target.database).toBe('my shop');
  });
});

describe('sameServer', () => {
  const at = (url: string) => parseDatabaseUrl(url);

  test.each([
    [
      'one server: the same host and port, other databases',
      'postgres://a@db:5432/x',
      'postgres://b@db:5432/y',
      true,
    ],
    [
      'one server: hosts differing only in case',
      'postgres://a@DB.Example.com/x',
      'postgres://a@db.example.com/x',
      true,
    ],
    [
      'one server: the default port written and not',
      'postgres://a@db/x',
      'postgres://a@db:5432/x',
      true,
    ],
    [
      'two servers: other ports on one host',
      'postgres://a@db:5432/x',
      'postgres://a@db:5433/x',
      false,
    ],
    [
      'two servers: other hosts on one port',
      'postgres://a@db1:5432/x',
      'postgres://a@db2:5432/x',
      false,
    ],
  ])('%s', (_case, a, b, same) => {
    expect(sameServer(at(a), at(b))).toBe(same);
    expect(sameServer(at(b), at(a))).toBe(same);
  });
});

describe('conninfo', () => {
  test('quotes every value and carries sslmode over', () => {
    expect(conninfo(blue)).toBe(
      "host='db.example.com' port=5432 dbname='shop' user='app' password='s3cretpw' sslmode='require'",
    );
  });

  test('escapes quotes and backslashes in the password with a backslash', () => {
    // The URL's password is it's\x (%5C is a backslash).
    const target = parseDatabaseUrl("postgres://app:it's%5Cx@db/shop");
    expect(conninfo(target)).toBe(
      "host='db' port=5432 dbname='shop' user='app' password='it\\'s\\\\x'",
    );
  });

  test('leaves the password out when there is none, and the user too', () => {
    expect(conninfo(parseDatabaseUrl('postgres://app@db:5433/shop'))).toBe(
      "host='db' port=5433 dbname='shop' user='app'",
    );
    expect(conninfo(parseDatabaseUrl('postgres://db/shop'))).toBe(
      "host='db' port=5432 dbname='shop'",
    );
  });
});

describe('repointEntry', () => {
  const CONFIG = [
    '[databases]',
    'shop = host=db.example.com port=5432 dbname=shop pool_size=20',
    'shop_ro = host=replica.example.com dbname=shop',
    'billing = host=db.example.com auth_dbname=shop',
    '',
    '[pgbouncer]',
    'listen_port = 6432',
    '',
  ].join('\n');

  test('rewrites the dbname of the entry and leaves every other line as it was', () => {
    const lines = repointEntry(CONFIG, 'shop', 'shop_green').split('\n');
    expect(lines[1]).toBe('shop = host=db.example.com port=5432 dbname=shop_green pool_size=20');
    expect(lines.filter((_, i) => i !== 1)).toEqual(CONFIG.split('\n').filter((_, i) => i !== 1));
  });

  test.each([
    [
      'keeps the entry’s quotes and spacing, and replaces a quoted dbname',
      '[databases]\n  "shop"   =   dbname=\'shop\' host=db\n',
      'shop_green',
      '[databases]\n  "shop"   =   dbname=shop_green host=db\n',
    ],
    [
      'adds dbname to an entry that had none (PgBouncer then used the entry’s name)',
      '[databases]\nshop = host=db port=5432\n',
      'shop_green',
      '[databases]\nshop = host=db port=5432 dbname=shop_green\n',
    ],
    [
      'matches the [databases] header in any case, and only entries under it',
      '[pgbouncer]\nshop = 1\n[Databases]\nshop = dbname=shop\n',
      'shop_green',
      '[pgbouncer]\nshop = 1\n[Databases]\nshop = dbname=shop_green\n',
    ],
    [
      'writes a $ in the new name as is, not as a replacement pattern',
      '[databases]\nshop = host=db dbname=shop\n',
      'shop$2',
      '[databases]\nshop = host=db dbname=shop$2\n',
    ],
    [
      'finds the entry in a file with Windows line endings, and keeps every CRLF',
      '[databases]\r\nshop = host=db dbname=shop\r\nother = dbname=x\r\n',
      'shop_green',
      '[databases]\r\nshop = host=db dbname=shop_green\r\nother = dbname=x\r\n',
    ],
    [
      'single-quotes a name PgBouncer could not read bare',
      "[databases]\nshop = host=db dbname='old one' port=5432\n",
      "my green's",
      "[databases]\nshop = host=db dbname='my green''s' port=5432\n",
    ],
  ])('%s', (_what, config, dbname, expected) => {
    expect(repointEntry(config, 'shop', dbname)).toBe(expected);
  });

  test('does not take auth_dbname for dbname', () => {
    expect(repointEntry(CONFIG, 'billing', 'billing_green').split('\n')[3]).toBe(
      'billing = host=db.example.com auth_dbname=shop dbname=billing_green',
    );
  });

  test('refuses a config without the entry, naming it and the input to fix', () => {
    for (const config of [CONFIG, '[pgbouncer]\nshop_blue = dbname=shop_blue\n']) {
      const error = refusal(() => repointEntry(config, 'shop_blue', 'shop_green'));
      expect(error.code).toBe('pgbouncer-entry-missing');
      expect(error.toLine()).toBe(
        'PgBouncer\'s config has no [databases] entry "shop_blue" — set pgbouncer-database to the name clients connect to',
      );
    }
  });
});

/** A switch result with the fields every command has; tests override what they look at. */
function switchResult(overrides: Partial<SwitchResult> = {}): SwitchResult {
  return {
    command: 'status',
    activeDatabase: 'shop',
    standbyDatabase: 'shop_green',
    phase: 'prepared',
    durationMs: 1_500,
    steps: [],
    ...overrides,
  };
}

const headline = (result: SwitchResult) => renderSwitchSummary(result, '1.2.3').split('\n')[0];

describe('renderSwitchSummary', () => {
  test.each<[string, Partial<SwitchResult>, string]>([
    [
      'prepare with logical replication',
      { command: 'prepare', cloneMethod: 'logical', tables: 12, migrated: ['001_a', '002_b'] },
      '## ✅ `shop_green` prepared: 12 tables replicating from `shop`, 2 migrations applied',
    ],
    [
      'prepare with no clone method recorded',
      { command: 'prepare' },
      '## ✅ `shop_green` prepared: 0 tables replicating from `shop`, 0 migrations applied',
    ],
    [
      'prepare by template',
      { command: 'prepare', cloneMethod: 'template', tables: 3, migrated: ['001_a'] },
      '## ✅ `shop_green` prepared: 3 tables copied from `shop` (template; `shop` read-only until the switch), 1 migration applied',
    ],
    [
      'prepare by dump',
      { command: 'prepare', cloneMethod: 'dump', tables: 3, migrated: [] },
      '## ✅ `shop_green` prepared: 3 tables copied from `shop` (dump; `shop` read-only until the switch), 0 migrations applied',
    ],
    [
      'switch with blue following',
      {
        command: 'switch',
        phase: 'switched',
        activeDatabase: 'shop_green',
        standbyDatabase: 'shop',
        pauseMs: 42,
        replicationLagBytes: 0,
      },
      '## ✅ Switched to `shop_green` — writes paused 42 ms; `shop` follows it for rollback',
    ],
    [
      'switch with blue not following',
      {
        command: 'switch',
        phase: 'switched',
        activeDatabase: 'shop_green',
        standbyDatabase: 'shop',
        pauseMs: 42,
      },
      '## ✅ Switched to `shop_green` — writes paused 42 ms; `shop` kept (it does not follow: a rollback would lose new writes)',
    ],
    [
      'rollback',
      { command: 'rollback', phase: 'rolled-back', pauseMs: 7 },
      '## ✅ Rolled back to `shop` — writes paused 7 ms; `shop_green` kept',
    ],
    [
      'status with nothing prepared',
      { command: 'status', phase: 'none', standbyDatabase: '' },
      '## ℹ️ Nothing prepared',
    ],
    [
      'status once prepared',
      { command: 'status', phase: 'prepared' },
      '## ℹ️ prepared: `shop` is live',
    ],
    [
      'status of an interrupted switch',
      {
        command: 'status',
        phase: 'switching',
        interrupted: { command: 'switch', step: 'resume', recovery: 'finish' },
      },
      '## ⚠️ switch interrupted at `resume`: run switch again to finish it, or rollback / abort',
    ],
    [
      'status of a command whose session is still connected',
      {
        command: 'status',
        phase: 'rolling-back',
        interrupted: { command: 'rollback', step: 'freeze', recovery: 'undo', running: true },
      },
      '## ⏳ rollback at `freeze`: its session is still connected, so it may be running',
    ],
    [
      'a switch that finished an interrupted one (no pause of its own)',
      {
        command: 'switch',
        phase: 'switched',
        activeDatabase: 'shop_green',
        standbyDatabase: 'shop',
      },
      '## ✅ Switched to `shop_green`; `shop` follows it for rollback',
    ],
    [
      'a rollback before any switch (green stops following)',
      { command: 'rollback', phase: 'rolled-back' },
      '## ✅ Rolled back to `shop`; `shop_green` kept',
    ],
    [
      'a rollback with nothing to roll back',
      { command: 'rollback', phase: 'aborted', standbyDatabase: '' },
      '## ✅ Nothing to roll back: `shop` is live, the copy is dropped',
    ],
    [
      'an abort with nothing prepared',
      { command: 'abort', phase: 'none', standbyDatabase: '' },
      '## ✅ Nothing to abort: `shop` is live, nothing was prepared',
    ],
    [
      'abort',
      { command: 'abort', phase: 'aborted', standbyDatabase: '' },
      '## ✅ Aborted: `shop` stays live, the copy is dropped',
    ],
    [
      'finish',
      {
        command: 'finish',
        phase: 'finished',
        activeDatabase: 'shop_green',
        standbyDatabase: 'shop',
      },
      '## ✅ Finished: `shop_green` is live; `shop` no longer follows it',
    ],
  ])('the summary of %s opens with its outcome', (_case, overrides, expected) => {
    expect(headline(switchResult(overrides))).toBe(expected);
  });

  test('lists every fact a switch has, in order', () => {
    const summary = renderSwitchSummary(
      switchResult({
        command: 'switch',
        phase: 'switched',
        activeDatabase: 'shop_green',
        standbyDatabase: 'shop',
        cloneMethod: 'logical',
        pauseMs: 0,
        sequences: 4,
        replicationLagBytes: 1536,
        durationMs: 2_300,
      }),
      '1.2.3',
    );
    expect(summary).toContain(
      [
        '|  |  |',
        '| --- | --- |',
        '| Live database | `shop_green` |',
        '| Standby | `shop` |',
        '| Phase | switched |',
        '| Clone method | logical |',
        '| Write pause | 0 ms |',
        '| Sequences carried over | 4 |',
        '| Replication lag | 1.5 kB |',
        '| Duration | 2.3s |',
      ].join('\n'),
    );
  });

  test('leaves out the facts a command did not produce, and shows no standby as —', () => {
    const summary = renderSwitchSummary(
      switchResult({ command: 'abort', phase: 'aborted', standbyDatabase: '' }),
      '1.2.3',
    );
    expect(summary).toContain('| Standby | — |');
    expect(summary).not.toContain('Clone method');
    expect(summary).not.toContain('Write pause');
    expect(summary).not.toContain('Sequences carried over');
    expect(summary).not.toContain('Replication lag');
  });

  test('shows each step with its UTC time of day and the time since the command began, then the footer', () => {
    const summary = renderSwitchSummary(
      switchResult({
        command: 'switch',
        steps: [
          { at: '2026-03-01T12:34:56.789Z', step: 'PAUSE shop', sinceMs: 840 },
          {
            at: '2026-03-01T12:34:56.801Z',
            step: 'traffic resumed on shop_green',
            ms: 12,
            sinceMs: 852,
          },
        ],
      }),
      '1.2.3',
    );
    expect(summary).toContain(
      [
        '### Steps',
        '',
        '| Time (UTC) | Step | Since start (ms) |',
        '| --- | --- | ---: |',
        '| 12:34:56.789 | PAUSE shop | 840 |',
        '| 12:34:56.801 | traffic resumed on shop_green (12 ms) | 852 |',
        '',
        '<sub>db-deploy v1.2.3</sub>',
        '',
      ].join('\n'),
    );
  });

  test('records every step with the time since the command began, so no row of the table is empty', () => {
    const steps = stepRecorder({ debug() {}, info() {}, warn() {}, error() {} });
    steps.mark('created shop_green');
    steps.mark('traffic resumed on shop_green', 7);
    expect(steps.list).toEqual([
      { at: expect.any(String), step: 'created shop_green', sinceMs: expect.any(Number) },
      {
        at: expect.any(String),
        step: 'traffic resumed on shop_green',
        ms: 7,
        sinceMs: expect.any(Number),
      },
    ]);
    const rows = renderSwitchSummary(switchResult({ steps: steps.list }), '1.2.3')
      .split('\n')
      .filter((line) => /^\| \d\d:/.test(line));
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row).toMatch(/ \| \d+ \|$/);
  });

  test('escapes | and line breaks in a step, so the table keeps three columns', () => {
    const summary = renderSwitchSummary(
      switchResult({
        steps: [{ at: '2026-03-01T12:34:56.789Z', step: 'ran a | b\nthen c', sinceMs: 3 }],
      }),
      '1.2.3',
    );
    const row = summary.split('\n').find((line) => line.startsWith('| 12:34:56.789'));
    expect(row).toBe('| 12:34:56.789 | ran a \\| b then c | 3 |');
    expect(row?.split(/(?<!\\)\|/)).toHaveLength(5);
  });
});

describe('renderSwitch (the CLI output)', () => {
  test('prints the outcome, the pause, the lag and each step with its time', () => {
    expect(
      renderSwitch(
        switchResult({
          command: 'switch',
          phase: 'switched',
          activeDatabase: 'shop_green',
          standbyDatabase: 'shop',
          pauseMs: 42,
          replicationLagBytes: 0,
          steps: [
            { at: '2026-03-01T12:34:56.789Z', step: 'PAUSE shop', ms: 12, sinceMs: 840 },
            { at: '2026-03-01T12:34:56.801Z', step: 'RESUME shop', sinceMs: 852 },
          ],
        }),
      ),
    ).toBe(
      [
        'switch: switched; live shop_green, standby shop',
        '  write pause: 42 ms',
        '  replication lag: 0 bytes',
        '  12:34:56.789  PAUSE shop (12 ms)',
        '  12:34:56.801  RESUME shop',
      ].join('\n'),
    );
  });

  test('prints one line when there is no standby, pause, lag or step', () => {
    expect(
      renderSwitch(switchResult({ command: 'status', phase: 'none', standbyDatabase: '' })),
    ).toBe('status: none; live shop');
  });
});

describe('readSwitchInputs', () => {
  const workspace = tmpdir();

  /** The inputs as a runner passes them: `given`, and action.yml's default for the rest. */
  async function readInputs(given: Record<string, string>, root = false) {
    const { inputs } = await readActionMetadata(root ? '.' : 'blue-green-switch');
    const restore = setEnv({
      GITHUB_WORKSPACE: workspace,
      RUNNER_TEMP: workspace,
      ...inputEnvironment(inputs, given),
    });
    try {
      return readSwitchInputs(root);
    } finally {
      restore();
    }
  }

  test('takes action.yml’s default for every input not given', async () => {
    expect(await readInputs({ command: 'prepare', 'database-url': BLUE_URL })).toEqual({
      command: 'prepare',
      databaseUrl: BLUE_URL,
      greenDatabase: undefined,
      cloneMethod: 'logical',
      terminateConnections: false,
      rename: false,
      acceptLostWrites: false,
      migrationsDir: join(workspace, 'migrations'),
      migrationsTable: 'pgmigrations',
      migrationsSchema: 'public',
      switchCommand: undefined,
      maxLagBytes: 16_777_216,
      maxTransactionAgeMs: 300_000,
      switchTimeoutMs: 10_000,
      syncTimeoutMs: 1_800_000,
      connectTimeoutMs: 10_000,
      pgBinDir: undefined,
    });
  });

  test('passes clone-method dump and green-database-url through', async () => {
    const greenUrl = 'postgres://app:pw@green.example.com/shop_green';
    const options = await readInputs({
      command: 'prepare',
      'database-url': BLUE_URL,
      'clone-method': 'dump',
      'green-database-url': greenUrl,
    });
    expect(options.cloneMethod).toBe('dump');
    expect(options.greenDatabaseUrl).toBe(greenUrl);
  });

  test('refuses an unknown clone-method in one line naming the input and the accepted ones', async () => {
    const error = await readInputs({
      command: 'prepare',
      'database-url': BLUE_URL,
      'clone-method': 'copy',
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DbDeployError);
    expect((error as DbDeployError).toLine()).toBe(
      'input clone-method: "copy" is not valid — use logical or template or dump',
    );
  });

  test.each([
    [
      'pgbouncer-admin-url without pgbouncer-config',
      { 'pgbouncer-admin-url': 'postgres://admin:pw@bouncer:6432/pgbouncer' },
      'input pgbouncer-config is required with pgbouncer-admin-url',
    ],
    [
      'pgbouncer-config without pgbouncer-admin-url (rather than ignoring it)',
      { 'pgbouncer-config': '/etc/pgbouncer/pgbouncer.ini' },
      'pgbouncer-config and pgbouncer-database need pgbouncer-admin-url',
    ],
  ])('refuses %s', async (_what, inputs, message) => {
    await expect(
      readInputs({ command: 'switch', 'database-url': BLUE_URL, ...inputs }),
    ).rejects.toThrow(message);
  });

  test.each(['prepare', 'rollback', 'status', 'abort'])(
    'takes pgbouncer-admin-url without pgbouncer-config for %s (rollback follows the recorded swap)',
    async (command) => {
      const options = await readInputs({
        command,
        'database-url': BLUE_URL,
        'pgbouncer-admin-url': 'postgres://admin:pw@bouncer:6432/pgbouncer',
      });
      expect(options.pgBouncer?.configPath).toBeUndefined();
    },
  );

  test('takes pgbouncer-admin-url without pgbouncer-config when switching by rename', async () => {
    const options = await readInputs({
      command: 'switch',
      'database-url': BLUE_URL,
      'pgbouncer-admin-url': 'postgres://admin:pw@bouncer:6432/pgbouncer',
      rename: 'true',
    });
    expect(options.rename).toBe(true);
    expect(options.pgBouncer).toEqual({
      adminUrl: 'postgres://admin:pw@bouncer:6432/pgbouncer',
      database: 'shop',
    });
    expect(options.pgBouncer?.configPath).toBeUndefined();
  });

  test('resolves pgbouncer-config against the workspace and takes pgbouncer-database', async () => {
    const options = await readInputs({
      command: 'switch',
      'database-url': BLUE_URL,
      'pgbouncer-admin-url': 'postgres://admin:pw@bouncer:6432/pgbouncer',
      'pgbouncer-config': 'pgbouncer.ini',
      'pgbouncer-database': 'shop_pool',
    });
    expect(options.pgBouncer).toEqual({
      adminUrl: 'postgres://admin:pw@bouncer:6432/pgbouncer',
      configPath: join(workspace, 'pgbouncer.ini'),
      database: 'shop_pool',
    });
  });

  test('reads the command from blue-green-command in the root action', async () => {
    const read = (command?: string) =>
      readInputs(
        {
          command: 'blue-green-switch',
          'database-url': BLUE_URL,
          ...(command ? { 'blue-green-command': command } : {}),
        },
        true,
      );
    expect((await read('switch')).command).toBe('switch');
    expect((await read()).command).toBe('status');
  });
});
