import { DbDeployError } from '../../../src/core/errors.js';
import { DATABASE_WATCH_DEFAULTS } from '../../../src/core/monitor/options.js';
import type { Probe } from '../../../src/core/monitor/probe.js';
import { setUpWatch } from '../../../src/core/monitor/setup.js';
import { WATCH_DEFAULTS, type WatchSettings } from '../../../src/core/monitor/options.js';

const HEALTH = 'https://app.example.com/healthz';
const METRICS = 'https://ops:m3tr1cs@metrics.example.com:9090/stats?token=t0k3n';
const DATABASE = 'postgres://watcher:s3cretpw@db.example.com:5432/app';

function settings(overrides: Partial<WatchSettings> = {}): WatchSettings {
  return {
    healthUrls: [HEALTH],
    errorRateThreshold: 0.05,
    durationMs: 60_000,
    intervalMs: 10_000,
    timeoutMs: 5_000,
    failureThreshold: 3,
    rollbackTimeoutMs: 120_000,
    rollbackOnCancel: false,
    ...overrides,
  };
}

function refusal(overrides: Partial<WatchSettings>): DbDeployError {
  try {
    const options = setUpWatch(settings(overrides));
    void Promise.all(options.probes.map((p) => p.close()));
  } catch (error) {
    if (error instanceof DbDeployError) return error;
    throw error;
  }
  throw new Error('expected the settings to be refused');
}

/** Builds the watch, hands its probes to `use`, and always closes them. */
async function withProbes(
  overrides: Partial<WatchSettings>,
  use: (probes: readonly Probe[], options: ReturnType<typeof setUpWatch>) => void,
): Promise<void> {
  const options = setUpWatch(settings(overrides));
  try {
    use(options.probes, options);
  } finally {
    await Promise.all(options.probes.map((p) => p.close()));
  }
}

const ids = (probes: readonly Probe[]) => probes.flatMap((p) => p.checks.map((c) => c.id));
const check = (probes: readonly Probe[], id: string) =>
  probes.flatMap((p) => p.checks).find((c) => c.id === id);

describe('setUpWatch refuses settings that cannot make a watch', () => {
  test.each<[string, Partial<WatchSettings>, string]>([
    ['a zero duration', { durationMs: 0 }, 'duration must be more than 0'],
    ['a negative duration', { durationMs: -5 }, 'duration must be more than 0'],
    ['a zero interval', { intervalMs: 0 }, 'interval must be more than 0'],
    ['a negative interval', { intervalMs: -1 }, 'interval must be more than 0'],
    ['a zero timeout', { timeoutMs: 0 }, 'timeout must be more than 0'],
    ['a negative timeout', { timeoutMs: -100 }, 'timeout must be more than 0'],
    [
      'an interval longer than the duration',
      { durationMs: 5_000, intervalMs: 10_000 },
      'interval (10000ms) is longer than duration (5000ms)',
    ],
    [
      'a failure threshold of 0',
      { failureThreshold: 0 },
      'failure-threshold must be a whole number of at least 1',
    ],
    [
      'a fractional failure threshold',
      { failureThreshold: 2.5 },
      'failure-threshold must be a whole number of at least 1',
    ],
    [
      'a NaN failure threshold',
      { failureThreshold: Number.NaN },
      'failure-threshold must be a whole number of at least 1',
    ],
    [
      'a negative error-rate threshold',
      { errorRateThreshold: -0.1 },
      'error-rate-threshold must be 0 or more',
    ],
    [
      'a NaN error-rate threshold',
      { errorRateThreshold: Number.NaN },
      'error-rate-threshold must be 0 or more',
    ],
    [
      'nothing to watch',
      { healthUrls: [] },
      'nothing to watch: no health-url, error-rate-url or database-url',
    ],
    [
      'both a JSON path and a metric',
      {
        errorRateUrl: METRICS,
        errorRateJsonPath: 'stats.rate',
        errorRateMetric: 'http_error_ratio',
      },
      'error-rate-json-path and error-rate-metric are both set',
    ],
    [
      'a JSON path without an error-rate URL',
      { errorRateJsonPath: 'stats.rate' },
      'error-rate-json-path / error-rate-metric given without error-rate-url',
    ],
    [
      'a metric without an error-rate URL',
      { errorRateMetric: 'http_error_ratio' },
      'error-rate-json-path / error-rate-metric given without error-rate-url',
    ],
    [
      'a bad second health URL, named by its position',
      { healthUrls: [HEALTH, 'ftp://app.example.com/health'] },
      'health-url 2: not an http(s) URL',
    ],
    [
      'a bad first health URL',
      { healthUrls: ['app.example.com/healthz'] },
      'health-url 1: not an http(s) URL',
    ],
    [
      'a bad error-rate URL',
      { errorRateUrl: 'postgres://u:p@metrics.example.com/x' },
      'error-rate-url: not an http(s) URL',
    ],
    [
      'a bad expected status',
      { expectedStatus: '2x' },
      'expected-status: "2x" is not a status list',
    ],
    [
      'a bad JSON path',
      { errorRateUrl: METRICS, errorRateJsonPath: 'stats..rate' },
      'error-rate-json-path: "stats..rate" is not a dotted JSON path',
    ],
    [
      'a bad metric selector',
      { errorRateUrl: METRICS, errorRateMetric: 'http_error_ratio{service=api}' },
      'error-rate-metric: "http_error_ratio{service=api}" is not a metric selector',
    ],
  ])('%s', (_, overrides, message) => {
    const error = refusal(overrides);
    expect(error.code).toBe('bad-input');
    expect(error.message).toBe(message);
    expect(error.hint).toBeTruthy();
    expect(error.toLine()).not.toMatch(/[\r\n]/);
  });

  test('refuses a database URL that is not a PostgreSQL URL, without printing it', () => {
    const error = refusal({ databaseUrl: 'mysql://root:hunter22@db.example.com/app' });
    expect(error.code).toBe('bad-input');
    expect(error.message).toContain('database-url');
    expect(error.toLine()).not.toContain('hunter22');
  });

  test('accepts an interval equal to the duration (one round)', async () => {
    await withProbes({ durationMs: 10_000, intervalMs: 10_000 }, (probes) => {
      expect(ids(probes)).toEqual(['health']);
    });
  });

  test('accepts an error-rate threshold of 0', async () => {
    await withProbes({ errorRateUrl: METRICS, errorRateThreshold: 0 }, (probes) => {
      expect(check(probes, 'error-rate')?.limit).toBe('≤ 0');
    });
  });
});

describe('setUpWatch builds the probes', () => {
  test('one health check per URL: health, health-2, health-3', async () => {
    await withProbes(
      {
        healthUrls: [HEALTH, 'http://10.0.0.7:8080/ready', 'https://admin.example.com/up'],
        expectedStatus: '200,204',
      },
      (probes) => {
        expect(ids(probes)).toEqual(['health', 'health-2', 'health-3']);
        expect(check(probes, 'health')).toEqual({
          id: 'health',
          label: `health ${HEALTH}`,
          limit: 'status 200,204 within 5000ms',
          unit: 'ms',
        });
        expect(check(probes, 'health-2')?.label).toBe('health http://10.0.0.7:8080/ready');
      },
    );
  });

  test('expects 2xx when no status list is given', async () => {
    await withProbes({}, (probes) => {
      expect(check(probes, 'health')?.limit).toBe('status 2xx within 5000ms');
    });
  });

  test('an error-rate check reading error_rate from JSON by default', async () => {
    await withProbes({ healthUrls: [], errorRateUrl: METRICS }, (probes) => {
      expect(ids(probes)).toEqual(['error-rate']);
      expect(check(probes, 'error-rate')).toEqual({
        id: 'error-rate',
        label: `error rate ${WATCH_DEFAULTS.errorRateJsonPath} at https://metrics.example.com:9090/stats?…`,
        limit: '≤ 0.05',
        unit: 'ratio',
      });
    });
  });

  test('an error-rate check on a given JSON path or Prometheus metric', async () => {
    await withProbes(
      { healthUrls: [], errorRateUrl: METRICS, errorRateJsonPath: '$.stats.http.error_rate' },
      (probes) => {
        expect(check(probes, 'error-rate')?.label).toMatch(
          /^error rate \$\.stats\.http\.error_rate at /,
        );
      },
    );
    await withProbes(
      { healthUrls: [], errorRateUrl: METRICS, errorRateMetric: 'http_error_ratio{service="api"}' },
      (probes) => {
        expect(check(probes, 'error-rate')?.label).toMatch(
          /^error rate http_error_ratio\{service="api"\} at /,
        );
      },
    );
  });

  test('database checks from a database URL, without connecting', async () => {
    await withProbes({ healthUrls: [], databaseUrl: DATABASE }, (probes) => {
      expect(probes).toHaveLength(1);
      expect(ids(probes)).toEqual([
        'database',
        'db-lock-wait',
        'db-connections',
        'db-deadlocks',
        'db-rollback-ratio',
        'db-replication-lag',
      ]);
      expect(check(probes, 'database')?.label).toBe('database db.example.com:5432/app');
      expect(check(probes, 'db-lock-wait')?.limit).toBe(
        `≤ ${DATABASE_WATCH_DEFAULTS.maxLockWaitMs}ms`,
      );
      expect(check(probes, 'db-deadlocks')?.limit).toBe(
        `≤ ${DATABASE_WATCH_DEFAULTS.maxDeadlocks}`,
      );
    });
  });

  test('database limits given override only their own defaults', async () => {
    await withProbes(
      {
        healthUrls: [],
        databaseUrl: DATABASE,
        database: { maxDeadlocks: 2, maxActiveConnections: 40 },
      },
      (probes) => {
        expect(check(probes, 'db-deadlocks')?.limit).toBe('≤ 2');
        expect(check(probes, 'db-connections')?.limit).toBe('≤ 40');
        const { maxLockWaitMs, maxRollbackRatio, minTransactions } = DATABASE_WATCH_DEFAULTS;
        expect(check(probes, 'db-lock-wait')?.limit).toBe(`≤ ${maxLockWaitMs}ms`);
        expect(check(probes, 'db-rollback-ratio')?.limit).toBe(
          `≤ ${maxRollbackRatio} (from ${minTransactions} transactions)`,
        );
      },
    );
  });

  test('every kind of check together, in a stable order', async () => {
    await withProbes(
      {
        healthUrls: [HEALTH, 'https://admin.example.com/up'],
        errorRateUrl: METRICS,
        databaseUrl: DATABASE,
      },
      (probes) => {
        expect(ids(probes)).toEqual([
          'health',
          'health-2',
          'error-rate',
          'database',
          'db-lock-wait',
          'db-connections',
          'db-deadlocks',
          'db-rollback-ratio',
          'db-replication-lag',
        ]);
      },
    );
  });

  test('no label or limit carries a password or a token', async () => {
    await withProbes(
      {
        healthUrls: ['https://ops:h34lthpw@app.example.com/healthz?key=h34lthk3y'],
        errorRateUrl: METRICS,
        databaseUrl: DATABASE,
      },
      (probes) => {
        const printed = JSON.stringify(probes.flatMap((p) => p.checks));
        for (const secret of [
          'h34lthpw',
          'h34lthk3y',
          'm3tr1cs',
          't0k3n',
          's3cretpw',
          'ops:',
          'watcher',
        ]) {
          expect(printed).not.toContain(secret);
        }
      },
    );
  });

  test('passes the timings, the threshold and the rollback settings through', async () => {
    await withProbes(
      { rollbackCommand: './rollback.sh', rollbackOnCancel: true, rollbackTimeoutMs: 30_000 },
      (_, options) => {
        expect(options).toMatchObject({
          durationMs: 60_000,
          intervalMs: 10_000,
          timeoutMs: 5_000,
          failureThreshold: 3,
          rollbackCommand: './rollback.sh',
          rollbackTimeoutMs: 30_000,
          rollbackOnCancel: true,
        });
      },
    );
  });

  test('leaves the rollback command out when none (or an empty one) is given', async () => {
    await withProbes({}, (_, options) => {
      expect('rollbackCommand' in options).toBe(false);
    });
    await withProbes({ rollbackCommand: '' }, (_, options) => {
      expect('rollbackCommand' in options).toBe(false);
    });
  });

  test('the built probes close cleanly without ever having run', async () => {
    const options = setUpWatch(settings({ errorRateUrl: METRICS, databaseUrl: DATABASE }));
    await expect(Promise.all(options.probes.map((p) => p.close()))).resolves.toHaveLength(3);
  });
});
