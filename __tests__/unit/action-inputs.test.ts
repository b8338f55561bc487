// One declaration per input: the action.yml files are read into src/generated/action-inputs.ts,
// and the typed readers of every action take names and defaults from it. These tests prove that
// every declared input is read by its action, that an empty input means exactly the default the
// runner would pass, and that a name no action.yml declares does not compile.
import { tmpdir } from 'node:os';
import { readBackupInputs } from '../../src/actions/backup-inputs.js';
import { readSwitchInputs } from '../../src/actions/blue-green-switch-inputs.js';
import { readMigrateInputs } from '../../src/actions/migrate-inputs.js';
import { readWatchInputs } from '../../src/actions/monitor-inputs.js';
import { readPreflightInputs } from '../../src/actions/preflight.js';
import { readRestoreInputs } from '../../src/actions/restore.js';
import { readValidateInputs } from '../../src/actions/validate-inputs.js';
import { DbDeployError } from '../../src/core/errors.js';
import { ACTION_INPUTS } from '../../src/generated/action-inputs.js';
import { actionInputs } from '../../src/github/inputs.js';
import { inputEnvironment, inputVariable } from '../../scripts/lib/run-action.mjs';
import { setEnv } from '../helpers/env.js';

type Action = Exclude<keyof typeof ACTION_INPUTS, 'root'>;

const URL = 'postgres://app:pw@db.example/shop';

/**
 * Each action's readers, with the inputs that let them read everything (a fleet for migrate,
 * verify-restore for backup), and the inputs its adapter reads itself (the step's own choices).
 */
const READERS: Record<
  Action,
  { runs: Array<[Record<string, string>, () => unknown]>; byAdapter: string[] }
> = {
  migrate: {
    runs: [
      [{ 'database-url': URL }, readMigrateInputs],
      [{ 'database-urls': `a=${URL}` }, readMigrateInputs],
    ],
    byAdapter: [],
  },
  validate: {
    runs: [[{ 'database-url': URL }, readValidateInputs]],
    byAdapter: ['comment', 'github-token'],
  },
  backup: {
    runs: [
      [
        { 'database-url': URL, 'verify-restore': 'true', 'verify-database-url': URL },
        readBackupInputs,
      ],
    ],
    byAdapter: [],
  },
  restore: {
    runs: [[{ 'database-url': URL, 'backup-path': 'backup.dump' }, readRestoreInputs]],
    byAdapter: [],
  },
  monitor: {
    runs: [
      [{ 'database-url': URL }, readWatchInputs],
      [{ 'database-url': URL }, readPreflightInputs],
    ],
    byAdapter: ['mode'],
  },
  'blue-green-switch': {
    runs: [[{ 'database-url': URL, command: 'status' }, readSwitchInputs]],
    byAdapter: [],
  },
};

/** Runs `read` with `given` (unset inputs absent, as when an action runs outside a runner). */
function withInputs<T>(given: Record<string, string>, read: () => T): T {
  const vars = Object.fromEntries(Object.entries(given).map(([k, v]) => [inputVariable(k), v]));
  const restore = setEnv({ GITHUB_WORKSPACE: tmpdir(), ...vars });
  try {
    return read();
  } finally {
    restore();
  }
}

/** The INPUT_* variables `read` looks at. */
function variablesRead(given: Record<string, string>, read: () => unknown): Set<string> {
  const seen = new Set<string>();
  const real = process.env;
  process.env = new Proxy(real, {
    get(target, key) {
      if (typeof key === 'string' && key.startsWith('INPUT_')) seen.add(key);
      return Reflect.get(target, key);
    },
  });
  try {
    withInputs(given, read);
  } finally {
    process.env = real;
  }
  return seen;
}

describe.each(Object.keys(READERS) as Action[])('%s: the typed input readers', (action) => {
  const { runs, byAdapter } = READERS[action];
  const declared = ACTION_INPUTS[action] as Record<string, { default: string }>;

  test('read every input its action.yml declares', () => {
    const seen = new Set<string>();
    for (const [given, read] of runs) for (const v of variablesRead(given, read)) seen.add(v);
    const unread = Object.keys(declared).filter(
      (name) => !byAdapter.includes(name) && !seen.has(inputVariable(name)),
    );
    expect(unread).toEqual([]);
  });

  test('an empty input means the default action.yml declares, as the runner would pass it', () => {
    for (const [given, read] of runs) {
      const asRunner = inputEnvironment(
        Object.fromEntries(Object.entries(declared).map(([k, v]) => [k, { default: v.default }])),
        given,
      );
      const runner = withInputs({}, () => {
        const restore = setEnv(asRunner);
        try {
          return read();
        } finally {
          restore();
        }
      });
      expect(withInputs(given, read)).toEqual(runner);
    }
  });
});

describe('actionInputs', () => {
  const migrate = actionInputs('migrate');

  test('an input given wins over the declared default, parsed by its type', () => {
    expect(withInputs({}, () => migrate.duration('lock-timeout'))).toBe(100);
    expect(withInputs({ 'lock-timeout': '2s' }, () => migrate.duration('lock-timeout'))).toBe(2000);
    expect(withInputs({}, () => migrate.integer('lock-retries', 0, 1000))).toBe(20);
    expect(withInputs({}, () => migrate.optionalInteger('count', 1))).toBeUndefined();
    expect(withInputs({}, () => migrate.choice('direction', ['up', 'down']))).toBe('up');
  });

  test('a bad value is one line naming the input and what it accepts', () => {
    const line = (read: () => unknown): string => {
      try {
        withInputs({ 'lock-retries': 'many', direction: 'sideways' }, read);
      } catch (error) {
        if (error instanceof DbDeployError) return error.toLine();
      }
      throw new Error('expected a refusal');
    };
    expect(line(() => migrate.integer('lock-retries', 0, 1000))).toBe(
      'input lock-retries: "many" is not valid — use a whole number from 0 to 1000',
    );
    expect(line(() => migrate.choice('direction', ['up', 'down']))).toBe(
      'input direction: "sideways" is not valid — use up or down',
    );
  });

  test('a choice with no value and no declared default is required', () => {
    expect(() => withInputs({}, () => migrate.choice('schema', ['public']))).toThrow(
      'input schema is required',
    );
  });

  test('names and types are checked when the code compiles', () => {
    // Never called: the point is that these lines only compile with the expect-error marks.
    const misuse = () => {
      // @ts-expect-error: no action.yml declares lock-timout
      migrate.duration('lock-timout');
      // @ts-expect-error: lock-retries is an Integer, not a Duration
      migrate.duration('lock-retries');
      // @ts-expect-error: count is declared without a default, so it may be absent
      migrate.integer('count');
    };
    expect(typeof misuse).toBe('function');
  });
});
