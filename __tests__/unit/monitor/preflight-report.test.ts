import { renderPreflight } from '../../../src/cli/commands/preflight.js';
import { DbDeployError } from '../../../src/core/errors.js';
import {
  NO_FIGURES,
  type PreflightCheck,
  type PreflightResult,
} from '../../../src/core/monitor/preflight-types.js';
import { preflightLimits } from '../../../src/core/monitor/options.js';
import { PREFLIGHT_DEFAULTS } from '../../../src/core/monitor/options.js';
import {
  assertPreflightPassed,
  preflightFailure,
  preflightOutputs,
} from '../../../src/core/monitor/preflight-verdict.js';
import { renderPreflightSummary } from '../../../src/core/report/preflight.js';

const passing: PreflightCheck[] = [
  { id: 'connection', label: 'Connection', value: 'connected in 12ms', status: 'pass' },
  { id: 'server-version', label: 'Server version', value: 'PostgreSQL 17.4', status: 'info' },
  {
    id: 'active-connections',
    label: 'Active connections',
    value: '4',
    limit: '100',
    status: 'pass',
  },
  { id: 'invalid-indexes', label: 'Invalid indexes', value: '0', limit: '0', status: 'pass' },
];

function result(checks: PreflightCheck[] = passing): PreflightResult {
  return {
    passed: checks.every((c) => c.status !== 'fail'),
    database: 'db.example.com:5432/app',
    durationMs: 85,
    checks,
    figures: { ...NO_FIGURES, 'server-version': '17.4', 'active-connections': 4, replicas: 0 },
  };
}

const failing = result([
  passing[0] as PreflightCheck,
  passing[1] as PreflightCheck,
  {
    id: 'active-connections',
    label: 'Active connections',
    value: '142',
    limit: '100',
    status: 'fail',
    hint: 'wait for a quieter moment, or raise max-active-connections',
  },
  {
    id: 'invalid-indexes',
    label: 'Invalid indexes',
    value: '1',
    limit: '0',
    status: 'fail',
    detail: 'public.idx_x',
    hint: 'drop it',
  },
]);

describe('renderPreflightSummary', () => {
  test('a pass: the verdict, then every check with its value, limit and result', () => {
    expect(renderPreflightSummary(result(), '1.2.3')).toBe(
      [
        '## ✅ db-deploy preflight: all 4 checks passed on `db.example.com:5432/app`',
        '',
        'Checked in 85ms, read-only.',
        '',
        '| Check | Value | Limit | Result |',
        '| --- | ---: | ---: | --- |',
        '| Connection | connected in 12ms | — | ✅ pass |',
        '| Server version | PostgreSQL 17.4 | — | ℹ️ info |',
        '| Active connections | 4 | 100 | ✅ pass |',
        '| Invalid indexes | 0 | 0 | ✅ pass |',
        '',
        '<sub>db-deploy v1.2.3</sub>',
      ].join('\n'),
    );
  });

  test('a failure: the count first, then each failed check with its detail and what to do', () => {
    const markdown = renderPreflightSummary(failing, '1.2.3');
    expect(markdown.split('\n')[0]).toBe(
      '## ❌ db-deploy preflight: 2 of 4 checks failed on `db.example.com:5432/app`',
    );
    expect(markdown).toContain('| Active connections | 142 | 100 | ❌ fail |');
    expect(markdown).toContain(
      [
        '### Failed checks',
        '',
        '- **Active connections** (`active-connections`): 142, limit 100',
        '  What to do: wait for a quieter moment, or raise max-active-connections.',
        '- **Invalid indexes** (`invalid-indexes`): 1, limit 0',
        '  public.idx_x',
        '  What to do: drop it.',
      ].join('\n'),
    );
  });

  test('checks not run say so; notes of passing checks are listed; pipes cannot break the table', () => {
    const markdown = renderPreflightSummary(
      result([
        {
          id: 'connection',
          label: 'Connection',
          value: 'cannot connect: a|b',
          status: 'fail',
        },
        {
          id: 'lock-waiters',
          label: 'Sessions waiting on locks',
          value: 'not run',
          status: 'skipped',
          detail: 'no connection',
        },
        {
          id: 'active-connections',
          label: 'Active connections',
          value: '0',
          limit: '100',
          status: 'pass',
          detail: '2 sessions of other roles cannot be seen',
        },
      ]),
      '1.2.3',
    );
    expect(markdown).toContain('| Connection | cannot connect: a\\|b | — | ❌ fail |');
    expect(markdown).toContain('| Sessions waiting on locks | not run | — | ⏭️ not run |');
    expect(markdown).toContain(
      '### Notes\n\n- **Active connections**: 2 sessions of other roles cannot be seen',
    );
    expect(markdown).not.toContain('no connection');
  });
});

describe('preflightFailure', () => {
  test('is undefined when every check passed', () => {
    expect(preflightFailure(result())).toBeUndefined();
    expect(() => assertPreflightPassed(result())).not.toThrow();
  });

  test('lists every failed check in one line, where, and a general hint for several', () => {
    const error = preflightFailure(failing);
    expect(error).toBeInstanceOf(DbDeployError);
    expect(error?.code).toBe('preflight-failed');
    expect(error?.toLine()).toBe(
      'preflight failed 2 of 4 checks: active-connections: 142 > 100; invalid-indexes: 1 > 0 (public.idx_x) (db.example.com:5432/app) — fix each failed check (the job summary says how) or raise its limit, then run again',
    );
    expect(() => assertPreflightPassed(failing)).toThrow(error as DbDeployError);
  });

  test('one failed check brings its own hint; a query that failed shows its reason, not its limit; long details are cut', () => {
    const line = preflightFailure(
      result([
        {
          id: 'lock-waiters',
          label: 'Sessions waiting on locks',
          value: 'not measured',
          limit: '0 waiting over 5.0s',
          status: 'fail',
          detail: `cancelled by statement-timeout after 10.0s ${'x'.repeat(200)}`,
          hint: 'raise statement-timeout',
        },
      ]),
    )?.toLine();
    expect(line).toMatch(
      /^preflight failed 1 of 1 checks: lock-waiters: not measured \(cancelled by statement-timeout after 10\.0s x+…\) \(db\.example\.com:5432\/app\) — raise statement-timeout$/,
    );
    expect(/\((cancelled[^)]*)\)/.exec(line ?? '')?.[1]).toHaveLength(120);
  });
});

describe('preflightOutputs', () => {
  test('every figure by its output name (empty when not measured), passed and failed-checks', () => {
    expect(preflightOutputs(failing)).toEqual({
      'server-version': '17.4',
      'server-version-num': '',
      'database-size-bytes': '',
      'active-connections': 4,
      'total-connections': '',
      'max-connections': '',
      'oldest-transaction-seconds': '',
      'lock-waiters': '',
      'replication-lag-seconds': '',
      'replication-lag-bytes': '',
      replicas: 0,
      'invalid-indexes': '',
      passed: 'false',
      'failed-checks': 'active-connections,invalid-indexes',
    });
  });
});

describe('preflightLimits', () => {
  test('applies the defaults; the statement timeout follows the connect timeout', () => {
    expect(preflightLimits({ databaseUrl: 'x', connectTimeoutMs: 3_000 })).toEqual({
      ...PREFLIGHT_DEFAULTS,
      connectTimeoutMs: 3_000,
      statementTimeoutMs: 3_000,
    });
  });

  test.each([
    [{ connectTimeoutMs: 0 }, 'connect-timeout: 0 is out of range — use a whole number above 0'],
    [
      { maxConnectionsUsage: 1.5 },
      'max-connections-usage: 1.5 is out of range — use a share from 0 to 1, e.g. 0.8',
    ],
    [
      { maxActiveConnections: -1 },
      'max-active-connections: -1 is out of range — use a whole number of at least 0',
    ],
    [
      { maxLockWaitMs: 2.5 },
      'max-lock-wait: 2.5 is out of range — use a whole number of at least 0',
    ],
  ])('refuses %j', (options, line) => {
    try {
      preflightLimits({ databaseUrl: 'x', ...options });
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as DbDeployError).toLine()).toBe(line);
    }
  });
});

describe('renderPreflight (CLI text)', () => {
  test('one line per check, with its limit and the detail of the ones that have something to say', () => {
    expect(renderPreflight(failing)).toBe(
      [
        'preflight db.example.com:5432/app: 2 of 4 checks FAILED (85 ms)',
        '  pass  connection          connected in 12ms',
        '  info  server-version      PostgreSQL 17.4',
        '  FAIL  active-connections  142 (limit 100)',
        '  FAIL  invalid-indexes     1 (limit 0) — public.idx_x',
      ].join('\n'),
    );
  });
});
