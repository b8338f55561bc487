// The migrate action's inputs as a runner passes them (INPUT_* variables, action.yml defaults
// applied), read by the adapter with the real toolkit: one database or a fleet.
import { tmpdir } from 'node:os';
import { readMigrateInputs } from '../../src/actions/migrate-inputs.js';
import { PREFLIGHT_DEFAULTS } from '../../src/core/monitor/options.js';
import { DbDeployError } from '../../src/core/errors.js';
import { inputEnvironment, readActionMetadata } from '../../scripts/lib/run-action.mjs';
import { setEnv } from '../helpers/env.js';

async function readInputs(given: Record<string, string>) {
  const { inputs } = await readActionMetadata('migrate');
  const restore = setEnv({ GITHUB_WORKSPACE: tmpdir(), ...inputEnvironment(inputs, given) });
  try {
    return readMigrateInputs();
  } finally {
    restore();
  }
}

async function refusal(given: Record<string, string>): Promise<string> {
  try {
    await readInputs(given);
  } catch (error) {
    if (error instanceof DbDeployError) return error.toLine();
    throw error;
  }
  throw new Error('expected the inputs to be refused');
}

const URLS =
  'eu=postgres://app:pw1@db1/eu\nus=postgres://app:pw2@db2/us\napac=postgres://app:pw3@db3/apac';

describe('the migrate action reads one database or a fleet', () => {
  test('database-url alone is one database, as before', async () => {
    const inputs = await readInputs({ 'database-url': 'postgres://app:pw@db/shop' });
    expect(inputs.kind).toBe('single');
    if (inputs.kind === 'single')
      expect(inputs.options.databaseUrl).toBe('postgres://app:pw@db/shop');
  });

  test('database-urls is a fleet with the action.yml defaults: halt, one lane, the canary by list size, monitor thresholds', async () => {
    const inputs = await readInputs({ 'database-urls': URLS });
    if (inputs.kind !== 'fleet') throw new Error('expected a fleet');
    const { fleet } = inputs;
    expect(fleet.targets.map((t) => t.name)).toEqual(['eu', 'us', 'apac']);
    expect(fleet.selection).toEqual({
      group: 'all',
      canary: undefined,
      shardIndex: undefined,
      shardTotal: undefined,
    });
    expect([fleet.maxParallel, fleet.onFailure]).toEqual([1, 'halt']);
    expect(fleet.verify).toEqual({
      command: undefined,
      timeoutMs: 600_000,
      checks: [],
      limits: {
        maxActiveConnections: PREFLIGHT_DEFAULTS.maxActiveConnections,
        maxConnectionsUsage: PREFLIGHT_DEFAULTS.maxConnectionsUsage,
        maxTransactionAgeMs: PREFLIGHT_DEFAULTS.maxTransactionAgeMs,
        maxLockWaitMs: PREFLIGHT_DEFAULTS.maxLockWaitMs,
        maxLockWaiters: PREFLIGHT_DEFAULTS.maxLockWaiters,
        maxReplicationLagMs: PREFLIGHT_DEFAULTS.maxReplicationLagMs,
        maxInvalidIndexes: PREFLIGHT_DEFAULTS.maxInvalidIndexes,
      },
    });
    expect(fleet.migrate.direction).toBe('up');
  });

  test('reads every fleet input', async () => {
    const inputs = await readInputs({
      'database-urls': URLS,
      canary: '2',
      'max-parallel': '8',
      'on-failure': 'continue',
      'target-group': 'rest',
      'shard-index': '1',
      'shard-total': '4',
      'verify-command': 'npm run migrate:verify',
      'verify-timeout': '90s',
      'verify-checks': 'invalid-indexes\nlock-waiters\n',
      'max-invalid-indexes': '1',
    });
    if (inputs.kind !== 'fleet') throw new Error('expected a fleet');
    const { fleet } = inputs;
    expect(fleet.selection).toEqual({ group: 'rest', canary: 2, shardIndex: 1, shardTotal: 4 });
    expect([fleet.maxParallel, fleet.onFailure]).toEqual([8, 'continue']);
    expect(fleet.verify).toMatchObject({
      command: 'npm run migrate:verify',
      timeoutMs: 90_000,
      checks: ['invalid-indexes', 'lock-waiters'],
      limits: { maxInvalidIndexes: 1 },
    });
  });

  test.each([
    [
      'neither database input',

      {},
      "input database-url (or database-urls) is required — set `database-url:` in the step's `with:`, or `database-urls:` (one URL or name=URL a line) for a fleet",
    ],
    [
      'both database inputs',

      { 'database-url': 'postgres://a:pw@h/a', 'database-urls': URLS },
      'inputs database-url and database-urls are both set — set database-url for one database or database-urls for a fleet, not both',
    ],
    [
      'verify-command with a single database-url',

      { 'database-url': 'postgres://a:pw@h/a', 'verify-command': 'true' },
      'input verify-command applies to database-urls only — list the database in database-urls (one line is a fleet of one), or remove verify-command',
    ],
    [
      'max-parallel with a single database-url',

      { 'database-url': 'postgres://a:pw@h/a', 'max-parallel': '4' },
      'input max-parallel applies to database-urls only — list the database in database-urls (one line is a fleet of one), or remove max-parallel',
    ],
    [
      'max-parallel 0',

      { 'database-urls': URLS, 'max-parallel': '0' },
      'input max-parallel: "0" is not valid — use a whole number from 1 to 256',
    ],
    [
      'on-failure retry',

      { 'database-urls': URLS, 'on-failure': 'retry' },
      'input on-failure: "retry" is not valid — use halt or continue',
    ],
    [
      'target-group first',

      { 'database-urls': URLS, 'target-group': 'first' },
      'input target-group: "first" is not valid — use all or canary or rest',
    ],
    [
      'an unknown verify-check',

      { 'database-urls': URLS, 'verify-checks': 'invalid-index' },
      'input verify-checks: "invalid-index" is not a preflight check — use some of connection, server-version, database-size, active-connections, connection-usage, transaction-age, lock-waiters, replication-lag, invalid-indexes',
    ],
    [
      'two targets with one name',

      { 'database-urls': 'eu=postgres://a:pw@h/a\neu=postgres://a:pw@h/b' },
      'database-urls lines 1 and 2 share the name "eu" — give each target its own name: name=URL',
    ],
  ])('refuses %s in one line', async (_, given, line) => {
    expect(await refusal(given)).toBe(line);
  });
});
