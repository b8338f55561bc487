// One blue-green command at a time on a pair (src/core/switch/pair-lock.ts): a second command
// started while the first runs must not take the first one's journal for an interrupted
// command and undo it under its feet; it waits a little, then refuses in one line, changing
// nothing. Here a prepare stops after freezing blue (the test pause point) while a second
// prepare of the same pair starts.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSwitch } from '../../src/core/switch/run.js';
import { pairLockKey } from '../../src/core/switch/pair-lock.js';
import { SWITCH_DEFAULTS, type SwitchOptions } from '../../src/core/switch/options.js';
import { memoryLogger } from '../../src/core/logger.js';
import { freshDatabase, query } from '../helpers/database.js';
import { failure, waitFor } from '../helpers/expect.js';

const SCHEMA =
  'CREATE TABLE orders (id bigint PRIMARY KEY, note text); INSERT INTO orders VALUES (1, $$a$$)';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'db-deploy-pair-lock-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const options = (blueUrl: string, o: Partial<SwitchOptions>): SwitchOptions => ({
  ...SWITCH_DEFAULTS,
  command: 'status',
  databaseUrl: blueUrl,
  cloneMethod: 'template',
  terminateConnections: true,
  rename: true,
  ...o,
});

/** Whether new sessions of the database may only read (what freeze-blue sets: a database setting). */
const frozen = async (blueUrl: string) => {
  const rows = await query<{ ro: boolean }>(
    blueUrl,
    `SELECT EXISTS (SELECT 1 FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase
      WHERE d.datname = current_database() AND s.setrole = 0
        AND 'default_transaction_read_only=on' = ANY (s.setconfig)) AS ro`,
  );
  return rows[0]?.ro === true;
};

/** What a second command finds while the first one is paused after freeze-blue. */
async function whileFirstRuns(blueUrl: string): Promise<void> {
  expect(await frozen(blueUrl)).toBe(true);
  const secondLog = memoryLogger();
  const refused = await failure(
    runSwitch(options(blueUrl, { command: 'abort', pairLockWaitMs: 300 }), secondLog),
  );
  const blue = new URL(blueUrl).pathname.slice(1);
  expect(refused.code).toBe('lock-wait-timeout');
  expect(refused.message).toMatch(
    new RegExp(
      `^gave up waiting for the blue-green lock of ${blue} and ${blue}_green after .*: held by pid \\d+ \\(db-deploy blue-green lock\\)`,
    ),
  );
  expect(refused.hint).toMatch(/another blue-green command is running on this pair/);
  // Nothing was undone under the first command: blue is still frozen, its journal intact.
  expect(await frozen(blueUrl)).toBe(true);
  const live = await runSwitch(options(blueUrl, { command: 'status' }), memoryLogger());
  expect(live.interrupted).toMatchObject({
    command: 'prepare',
    step: 'freeze-blue',
    running: true,
  });
}

test('a second command on a running pair refuses in one line and changes nothing', async () => {
  const blueUrl = await freshDatabase('lock');
  await query(blueUrl, SCHEMA);
  const reached = join(dir, 'reached');
  const first = new AbortController();
  process.env.DB_DEPLOY_TEST_PAUSE_AT = 'prepare:freeze-blue';
  process.env.DB_DEPLOY_TEST_PAUSE_FILE = reached;
  const firstLog = memoryLogger();
  const running = runSwitch(
    options(blueUrl, { command: 'prepare', signal: first.signal }),
    firstLog,
  ).then(
    () => 'finished',
    (error: Error) => error.message,
  );
  try {
    await waitFor('the first prepare to freeze blue', async () => existsSync(reached), 60_000);
  } catch (error) {
    first.abort();
    throw error;
  } finally {
    delete process.env.DB_DEPLOY_TEST_PAUSE_AT;
    delete process.env.DB_DEPLOY_TEST_PAUSE_FILE;
  }
  try {
    await whileFirstRuns(blueUrl);
  } finally {
    first.abort();
  }

  // The first one, cancelled, undoes its own steps and lets go of the lock.
  expect(await running).toMatch(/prepare was cancelled after freeze-blue/);
  expect(await frozen(blueUrl)).toBe(false);
  const after = await runSwitch(options(blueUrl, { command: 'prepare' }), memoryLogger());
  expect(after.phase).toBe('prepared');
  const ended = await runSwitch(options(blueUrl, { command: 'abort' }), memoryLogger());
  expect(ended.phase).not.toBe('prepared');
}, 120_000);

test('the lock key names the pair, whichever side goes by which name', () => {
  expect(pairLockKey('shop', 'shop_green')).toBe(pairLockKey('shop_green', 'shop'));
  expect(pairLockKey('shop', 'shop_green')).not.toBe(pairLockKey('shop', 'shop_blue'));
  const key = BigInt(pairLockKey('shop', 'shop_green'));
  expect(key >= -(2n ** 63n) && key < 2n ** 63n).toBe(true);
});
