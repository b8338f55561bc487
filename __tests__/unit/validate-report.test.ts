import type { Finding } from '../../src/core/lint/types.js';
import {
  COMMENT_LIMIT,
  commentMarker,
  renderCompactReport,
  renderValidateReport,
  stickyCommentBody,
} from '../../src/core/report/validate.js';
import type { MigrationReport, ValidateReport } from '../../src/core/verify/types.js';

const options = { title: 'db-deploy validate — migrations', version: '9.9.9' };

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    file: 'db/migrations/1700000000006_widen.sql',
    line: 3,
    column: 1,
    endLine: 3,
    rule: 'require-concurrent-index',
    severity: 'error',
    message: 'CREATE INDEX blocks writes to public.products',
    hint: 'use CREATE INDEX CONCURRENTLY in a migration outside a transaction',
    ...overrides,
  };
}

function migration(name: string, overrides: Partial<MigrationReport> = {}): MigrationReport {
  return {
    name,
    file: `db/migrations/${name}.sql`,
    status: 'applied',
    durationMs: 12,
    locks: [],
    rewrites: [],
    reversible: true,
    locksSampled: false,
    findings: [],
    destructive: false,
    ...overrides,
  };
}

function report(overrides: Partial<ValidateReport> = {}): ValidateReport {
  return {
    passed: true,
    destructive: false,
    format: 'node-pg-migrate',
    migrationsDir: 'migrations',
    pgVersion: 16,
    baseline: ['1700000000001_init'],
    migrations: [migration('1700000000005_add_note')],
    schemaDiff: '',
    checks: [],
    findings: [],
    failOn: 'error',
    failures: [],
    durationMs: 3_400,
    ...overrides,
  };
}

const widen = migration('1700000000006_widen', {
  durationMs: 1_250,
  locks: [{ relation: 'public.products', mode: 'AccessExclusiveLock' }],
  rewrites: ['public.products'],
  reversible: false,
  reversibleDetail: '-  price numeric(10,2)\n+  price numeric(12,2)',
  destructive: true,
  findings: [finding()],
  tableStats: [
    {
      relation: 'public.products',
      totalBytes: 40 * 1024 ** 3,
      rowEstimate: 9e8,
      rewriteEstimateMs: 12 * 60_000,
    },
  ],
});

const failing = report({
  passed: false,
  destructive: true,
  migrations: [migration('1700000000005_add_note'), widen],
  findings: [
    finding({ severity: 'notice', rule: 'prefer-text', line: 9, endLine: 9 }),
    finding({ severity: 'warning', rule: 'adding-not-null', line: 5, endLine: 6 }),
    finding(),
  ],
  failures: ['1 error at or above fail-on error', 'the final schema differs from db/schema.sql'],
  schemaDiff:
    '--- db/schema.sql\n+++ final schema\n-  price numeric(10,2)\n+  price numeric(12,2)\n',
  schemaMatches: false,
  checks: [
    { kind: 'table', name: 'public.orders', passed: true },
    { kind: 'index', name: 'public.orders_created_at_idx', passed: false },
  ],
});

describe('renderValidateReport', () => {
  test('a passing report says so and shows each migration without a destructive banner', () => {
    const md = renderValidateReport(report(), options);
    expect(md.split('\n')[0]).toBe('## ✅ db-deploy validate — migrations: passed');
    expect(md).toContain('No lint findings.');
    expect(md).toContain('| `1700000000005_add_note` | ✅ applied | 12ms | none | none | ✅ |');
    expect(md).not.toContain('Destructive');
    expect(md).not.toContain('Table size');
    expect(md.endsWith('<sub>db-deploy v9.9.9</sub>')).toBe(true);
  });

  test('a failing report lists the failures, the destructive banner, locks, rewrites and table sizes', () => {
    const md = renderValidateReport(failing, options);
    const lines = md.split('\n');
    expect(lines[0]).toBe('## ❌ db-deploy validate — migrations: failed');
    expect(lines).toContain('- 1 error at or above fail-on error');
    expect(md).toMatch(/> ⚠️ \*\*Destructive:\*\* `1700000000006_widen` drops or truncates data/);
    expect(md).toContain(
      '| `1700000000006_widen` | ✅ applied | 1.3s | `AccessExclusiveLock` public.products | public.products | ❌ | public.products: 40 GB, ~12 min rewrite |',
    );
    expect(md).toContain('<details><summary>`1700000000006_widen` is not reversible</summary>');
    expect(md).toContain('| index | `public.orders_created_at_idx` | ❌ missing |');
    expect(md).toContain('<details><summary>Schema diff</summary>\n\n```diff\n--- db/schema.sql');
  });

  test('shows final-test-command in one line when it passed, with the end of its output when not', () => {
    const run = { exitCode: 0, output: 'ok 40 tests', durationMs: 2_100 };
    const passed = renderValidateReport(report({ finalTest: { passed: true, ...run } }), options);
    expect(passed).toContain('✅ final-test-command passed after the new migrations (2.1s).');
    expect(passed).not.toContain('ok 40 tests');
    const failed = renderValidateReport(
      report({
        passed: false,
        failures: ['final-test-command exited with 4'],
        finalTest: { passed: false, exitCode: 4, output: '2 of 40 tests failed', durationMs: 900 },
      }),
      options,
    );
    expect(failed).toContain('- final-test-command exited with 4');
    expect(failed).toContain(
      '<details><summary>❌ final-test-command failed after the new migrations (exit 4, 900ms)</summary>',
    );
    expect(failed).toContain('2 of 40 tests failed');
    expect(renderValidateReport(report(), options)).not.toContain('final-test-command');
  });

  test('sorts findings by severity, errors first, with file:line', () => {
    const md = renderValidateReport(failing, options);
    expect(md).toContain('### Findings (1 error, 1 warning, 1 notice)');
    const rows = md.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) /.test(l));
    expect(rows.map((r) => r.split(' | ')[1])).toEqual([
      '`require-concurrent-index`',
      '`adding-not-null`',
      '`prefer-text`',
    ]);
    expect(rows[0]).toContain('`db/migrations/1700000000006_widen.sql:3`');
  });

  test('escapes pipes and newlines in table cells', () => {
    const md = renderValidateReport(
      report({ findings: [finding({ message: 'a | b\nnext line', hint: 'x|y' })] }),
      options,
    );
    const row = md.split('\n').find((l) => l.startsWith('| ❌ error'));
    expect(row).toContain('| a \\| b next line | x\\|y |');
  });
});

describe('renderCompactReport', () => {
  test('one line per migration, the counts, and a pointer to the job summary', () => {
    const md = renderCompactReport(failing, options);
    expect(md).toContain(
      '- ✅ `1700000000006_widen` applied · 1.3s · AccessExclusiveLock on public.products · rewrites 1 table · not reversible · destructive · 1 error',
    );
    expect(md).toContain(
      '**Findings:** 1 error, 1 warning, 1 notice · **Schema checks:** 1/2 passed',
    );
    expect(md).toContain('full report (findings, locks, schema diff) is in the job summary');
    expect(md).not.toContain('| Severity |');
  });
});

describe('stickyCommentBody', () => {
  const marker = 'db/migrations';

  test('starts with the hidden marker and carries the full report when it fits', () => {
    const body = stickyCommentBody(failing, { ...options, marker });
    expect(body.split('\n')[0]).toBe('<!-- db-deploy:validate:db/migrations -->');
    expect(body).toBe(`${commentMarker(marker)}\n${renderValidateReport(failing, options)}`);
  });

  test('falls back to the compact report when the full one exceeds 65,536 characters', () => {
    const findings = Array.from({ length: 400 }, (_, i) =>
      finding({ line: i + 1, message: `finding ${i} ${'x'.repeat(200)}` }),
    );
    const big = report({ ...failing, findings });
    expect(renderValidateReport(big, options).length).toBeGreaterThan(COMMENT_LIMIT);
    const body = stickyCommentBody(big, { ...options, marker });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.split('\n')[0]).toBe(commentMarker(marker));
    expect(body).toMatch(/over GitHub's limit for a comment: this is the short version/);
    expect(body).toContain('**Findings:** 400 errors');
  });

  test('cuts even the compact report to the limit, keeping the marker first', () => {
    const migrations = Array.from({ length: 2_000 }, (_, i) =>
      migration(`17000${i}_${'n'.repeat(40)}`),
    );
    const body = stickyCommentBody(report({ migrations }), { ...options, marker });
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.split('\n')[0]).toBe(commentMarker(marker));
    expect(body.endsWith('(cut to fit a comment: see the job summary)')).toBe(true);
  });

  test('markers keep keys apart and cannot close the HTML comment early', () => {
    expect(commentMarker('apps/api/migrations')).not.toBe(commentMarker('apps/web/migrations'));
    expect(commentMarker('x --> <b>y</b>')).toMatch(/^<!-- db-deploy:validate:[^>]* -->$/);
  });
});
