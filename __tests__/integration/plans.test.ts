// Query plans on a production-sized copy, on real PostgreSQL 15 and 18: validate's core with
// plans-database-url, queries-file, stats-database-url and queries-from-stats.
import { join } from 'node:path';
import pg from 'pg';
import { createDatabase, startPostgres } from '../../scripts/lib/postgres.mjs';
import { validate } from '../../src/core/verify/validate.js';
import type { ValidateOptions } from '../../src/core/verify/options.js';
import type { ValidateReport } from '../../src/core/verify/types.js';
import { PLAN_OPTION_DEFAULTS, type PlanOptions } from '../../src/core/plans/options.js';
import { renderValidateReport } from '../../src/core/report/validate.js';
import { silentLogger } from '../../src/core/logger.js';
import { migrate, MIGRATE_DEFAULTS, openMigrationSet } from '../../src/core/migrations/index.js';
import { lintMigrations } from '../../src/core/lint/files.js';
import { adminUrl, openClient, query } from '../helpers/database.js';
import { failure } from '../helpers/expect.js';
import { copyState, plansCheckout, productionCopy } from '../helpers/plans.js';
import { startStandby } from '../helpers/standby.js';
import { requireBinaries } from '../helpers/binaries.js';

const DROP = '1700000000020_drop_orders_user_index.sql';
const REPLACE = '1700000000021_replace_orders_user_index.sql';
const NOTE = '1700000000022_add_note.sql';
const REFUNDS = '1700000000023_refunds.sql';
const REFUNDS_INDEXED = '1700000000024_refunds_indexed.sql';
const STATUS_INDEXES = '1700000000025_status_indexes.sql';
const UNIQUE_STATUS = '1700000000026_unique_status.sql';
const DROP_STATUS = '1700000000027_drop_status.sql';
const DROP_JS = '1700000000028_drop_orders_user_index_js.js';
const FK_ON_INDEXED = '1700000000029_orders_user_fk.sql';
const SLOW = '1700000000030_slow_backfill.sql';
const REORDER = '1700000000031_reorder_orders_user_index.sql';

interface Server {
  url: string;
  stop: () => Promise<void>;
}

/** PostgreSQL 15 (the embedded alias, pg_stat_statements loaded) and the suite's own server (18). */
const MAJORS: Array<[number, () => Promise<Server>]> = [
  [
    15,
    () =>
      startPostgres({
        major: 15,
        postgresFlags: ['-c', 'shared_preload_libraries=pg_stat_statements'],
      }),
  ],
  [18, async () => ({ url: adminUrl(), stop: async () => undefined })],
];

describe.each(MAJORS)('query plans on a production-sized copy, PostgreSQL %i', (major, start) => {
  let server: Server;
  let copy: string;
  let counter = 0;

  beforeAll(async () => {
    server = await start();
    copy = await productionCopy(server.url);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
  });

  const scratch = () => {
    counter += 1;
    return createDatabase(server.url, `plans_scratch_${process.pid}_${counter}`);
  };

  /** validate's options over the checkout `dir` whose last `count` migrations are new. */
  function optionsFor(
    dir: string,
    databaseUrl: string,
    count: number,
    plans: Partial<PlanOptions> = {},
    extra: Partial<ValidateOptions> = {},
  ): ValidateOptions {
    return {
      databaseUrl,
      migrationsDir: join(dir, 'migrations'),
      baseDir: dir,
      newMigrations: { last: count },
      lintAll: false,
      pgVersion: undefined,
      strategy: 'in-place',
      failOn: 'error',
      required: { tables: [], indexes: [], foreignKeys: [] },
      snapshotPath: join(dir, 'out', 'schema.sql'),
      connectTimeoutMs: 10_000,
      plans: {
        ...PLAN_OPTION_DEFAULTS,
        queriesFile: join(dir, 'queries.sql'),
        plansDatabaseUrl: copy,
        ...plans,
      },
      ...extra,
    };
  }

  /** validate over the plans baseline and `cases`, with `plans` on top of the defaults. */
  async function run(
    cases: string[],
    plans: Partial<PlanOptions> = {},
    extra: Partial<ValidateOptions> = {},
  ): Promise<ValidateReport> {
    const dir = await plansCheckout(...cases);
    return validate(optionsFor(dir, await scratch(), cases.length, plans, extra), silentLogger);
  }

  const rules = (report: ValidateReport) => report.findings.map((f) => `${f.rule}:${f.severity}`);
  const planRules = (report: ValidateReport) =>
    rules(report).filter((r) => /^(plan-|unused-new-index|dropped-index)/.test(r));

  test('dropping the index a query needs is an error naming the query, the table, both plans and the ratio; the copy is left exactly as it was', async () => {
    const before = await copyState(copy);
    const report = await run([DROP]);

    const regression = report.findings.find((f) => f.rule === 'plan-regression');
    expect(regression).toMatchObject({
      severity: 'error',
      file: `migrations/${DROP}`,
      line: 2,
    });
    expect(regression?.message).toMatch(
      /^1700000000020_drop_orders_user_index makes query "orders of a user" \(queries\.sql:4\) lose its index scan on public\.orders \(~300,000 rows\): Bitmap Index Scan on orders_user_id_idx → (Parallel )?Seq Scan on public\.orders; estimated cost [\d,.]+ → [\d,.]+ \(×[\d,.]+\)$/,
    );
    expect(report.passed).toBe(false);
    expect(report.failures[0]).toMatch(/finding\(s\) at or above fail-on error/);

    const plans = report.plans!;
    expect(plans).toMatchObject({
      pgVersion: major,
      method: major >= 16 ? 'generic-plan' : 'prepared-statement',
      caughtUp: [],
      regressionRatio: 10,
      minRows: 100_000,
    });
    expect(plans.tableRows['public.orders']).toBeGreaterThan(250_000);
    const [m] = plans.migrations;
    expect(m).toMatchObject({
      status: 'planned',
      droppedIndexes: ['public.orders_user_id_idx'],
      createdIndexes: [],
      adjustments: [
        'DROP INDEX CONCURRENTLY run without CONCURRENTLY (the same result, inside the transaction)',
      ],
    });
    const change = m!.queries.find((q) => q.query === 'orders of a user')!;
    expect(change).toMatchObject({ changed: true, verdict: 'regressed' });
    expect(change.ratio).toBeGreaterThan(10);
    // The JSON report carries the plans themselves.
    expect(JSON.stringify(change.before?.plan)).toContain('"Index Name":"orders_user_id_idx"');
    expect(JSON.stringify(change.after?.plan)).not.toContain('"Output"');
    // The other queries keep their plans.
    for (const name of ['user by email', 'mark order shipped'])
      expect(m!.queries.find((q) => q.query === name)).toMatchObject({ changed: false });

    const markdown = renderValidateReport(report, { title: 'validate', version: '0' });
    expect(markdown).toContain('### Plans');
    expect(markdown).toContain('❌ `1700000000020_drop_orders_user_index`: 1 query regressed');

    expect(await copyState(copy)).toEqual(before);
  }, 120_000);

  test('a migration written as code (node-pg-migrate) is planned from the SQL its API builds', async () => {
    const report = await run([DROP_JS]);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'plan-regression',
        file: `migrations/${DROP_JS}`,
        message: expect.stringContaining(
          'makes query "orders of a user" (queries.sql:4) lose its index scan on public.orders',
        ),
      }),
    );
    expect(report.plans!.migrations[0]).toMatchObject({
      droppedIndexes: ['public.orders_user_id_idx'],
      adjustments: [
        'DROP INDEX CONCURRENTLY run without CONCURRENTLY (the same result, inside the transaction)',
      ],
    });
  }, 120_000);

  test('an index replaced by an equivalent one is not a regression', async () => {
    const report = await run([REPLACE]);
    expect(planRules(report)).toEqual([]);
    const change = report.plans!.migrations[0]!.queries.find((q) => q.query === 'orders of a user');
    expect(change?.after?.shape).toContain('orders_by_user_idx');
    expect(change?.verdict).toBeUndefined();
  }, 120_000);

  test('an index replaced by one that leads with another column: a full index read before 18 (an error over the ratio), a skip scan on 18 (no finding)', async () => {
    const report = await run([REORDER]);
    const change = report.plans!.migrations[0]!.queries.find((q) => q.query === 'orders of a user');
    if (major < 18) {
      expect(change?.after?.shape).toBe(
        'Limit: Index Scan using orders_status_user_idx on public.orders (full index read)',
      );
      expect(change?.verdict).toBe('regressed');
      expect(report.findings).toContainEqual(
        expect.objectContaining({
          rule: 'plan-regression',
          file: `migrations/${REORDER}`,
          message: expect.stringMatching(
            /^1700000000031_reorder_orders_user_index makes query "orders of a user" \(queries\.sql:4\) ×[\d.]+ as costly: Limit: Bitmap Index Scan on orders_user_id_idx \(public\.orders\) → Limit: Index Scan using orders_status_user_idx on public\.orders \(full index read\); estimated cost [\d,.]+ → [\d,.]+ \(×[\d.]+\)$/,
          ),
        }),
      );
    } else {
      // PostgreSQL 18 skips through the few status values: cheaper than before, not a regression.
      expect(change?.after?.shape).toBe(
        'Limit: Index Scan using orders_status_user_idx on public.orders (skip scan)',
      );
      expect(change?.verdict).toBeUndefined();
      expect(planRules(report)).toEqual([]);
    }
  }, 120_000);

  test('a harmless migration produces no plan finding, and the Plans section is one collapsed line', async () => {
    const before = await copyState(copy);
    const report = await run([NOTE]);
    expect(planRules(report)).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.plans!.migrations[0]!.queries.every((q) => !q.changed)).toBe(true);
    const markdown = renderValidateReport(report, { title: 'validate', version: '0' });
    expect(markdown).toContain('### Plans\n\n<details><summary>No plan changed</summary>');
    expect(await copyState(copy)).toEqual(before);
  }, 120_000);

  test('a foreign key without an index on its columns is a warning; with one, or with an earlier index, it is not', async () => {
    const unindexed = await run([REFUNDS]);
    expect(unindexed.findings).toContainEqual(
      expect.objectContaining({
        rule: 'foreign-key-without-index',
        severity: 'warning',
        file: `migrations/${REFUNDS}`,
        line: 4,
      }),
    );
    const indexed = await run([REFUNDS_INDEXED]);
    expect(rules(indexed)).not.toContain('foreign-key-without-index:warning');
    // The linter alone cannot see the index an earlier migration made; validate's schema can.
    const dir = await plansCheckout(FK_ON_INDEXED);
    const set = await openMigrationSet({ migrationsDir: join(dir, 'migrations'), baseDir: dir });
    const linted = await lintMigrations(set.migrations.slice(-1), {
      format: set.format,
      pgVersion: major,
    });
    expect(linted.map((f) => f.rule)).toContain('foreign-key-without-index');
    const earlier = await run([FK_ON_INDEXED]);
    expect(rules(earlier)).not.toContain('foreign-key-without-index:warning');
  }, 120_000);

  test('duplicate and redundant indexes a migration creates are warnings; indexes no query uses are notices', async () => {
    const report = await run([STATUS_INDEXES]);
    const messages = (rule: string) =>
      report.findings.filter((f) => f.rule === rule).map((f) => `${f.severity}: ${f.message}`);
    expect(messages('duplicate-index')).toEqual([
      expect.stringMatching(
        /^warning: .* creates index public\.orders_user_id_again_idx \(user_id\), which duplicates public\.orders_user_id_idx/,
      ),
    ]);
    expect(messages('redundant-index')).toEqual([
      expect.stringMatching(
        /^warning: .* creates index public\.orders_status_idx \(status\), a leading part of public\.orders_status_created_idx \(status, created_at\)/,
      ),
    ]);
    expect(messages('unused-new-index').length).toBeGreaterThan(0);
    expect(report.findings.find((f) => f.rule === 'duplicate-index')?.line).toBe(2);
  }, 120_000);

  test('a bad queries file is one clear finding per bad query, never a crash; the good query is still planned', async () => {
    const dir = await plansCheckout(NOTE);
    const bad = await run([NOTE], { queriesFile: join(dir, 'queries-bad.sql') });
    const invalid = bad.findings.filter((f) => f.rule === 'plan-query-invalid');
    expect(invalid.map((f) => [f.file, f.line, f.severity])).toEqual([
      [expect.stringMatching(/queries-bad\.sql$/), 5, 'error'],
      [expect.stringMatching(/queries-bad\.sql$/), 8, 'error'],
    ]);
    expect(invalid[0]?.message).toContain('relation "coupons" does not exist');
    expect(invalid[1]?.message).toMatch(
      /^the queries file does not parse: syntax error at or near "SELEC"/,
    );
    const [m] = bad.plans!.migrations;
    expect(m!.queries.map((q) => q.query)).toEqual(['orders of a user', 'coupons of an order']);
    expect(m!.queries[0]?.before?.shape).toContain('orders_user_id_idx');
    expect(bad.passed).toBe(false);
  }, 120_000);

  test('a copy with another session connected is refused with one line before anything runs', async () => {
    const before = await copyState(copy);
    const other = await openClient(copy);
    const scratchUrl = await scratch();
    const dir = await plansCheckout(DROP);
    try {
      const error = await failure(validate(optionsFor(dir, scratchUrl, 1), silentLogger));
      expect(error.toLine()).toMatch(
        /^plans-database-url has 1 other client session\(s\) connected: a production-sized copy has none, production has many \(127\.0\.0\.1:\d+\/copy_\d+_\d+\) — point it at a copy nobody else uses/,
      );
    } finally {
      await other.end();
    }
    // Nothing ran: not on the copy, not even the baseline on the scratch database.
    expect(await copyState(copy)).toEqual(before);
    expect(
      await query(scratchUrl, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"),
    ).toEqual([]);
  }, 120_000);

  test('plans-database-url naming database-url is refused', async () => {
    const url = await scratch();
    const dir = await plansCheckout(NOTE);
    const error = await failure(
      validate(optionsFor(dir, url, 1, { plansDatabaseUrl: url }), silentLogger),
    );
    expect(error.message).toBe('plans-database-url is the same database as database-url');
  }, 60_000);

  test('an index the migration drops that the stats database shows in use is an error with its scan count', async () => {
    const production = await productionCopy(server.url, 20_000, 'prod');
    // Sessions of the application using the index; their statistics are flushed when they end.
    const app = new pg.Client({ connectionString: production });
    await app.connect();
    await app.query('SET enable_seqscan = off');
    for (let user = 1; user <= 5; user += 1)
      await app.query('SELECT id FROM orders WHERE user_id = $1', [user]);
    await app.end();
    const report = await run([DROP], {}, { statsDatabaseUrl: production });
    const finding = report.findings.find((f) => f.rule === 'dropped-index-in-use');
    expect(finding).toMatchObject({ severity: 'error', file: `migrations/${DROP}`, line: 2 });
    expect(finding?.message).toMatch(
      /^1700000000020_drop_orders_user_index drops index public\.orders_user_id_idx, which the stats database shows in use: [1-9]\d* index scans/,
    );
  }, 180_000);

  test("queries-from-stats says so when the stats database has no pg_stat_statements, and plans the file's queries still", async () => {
    const production = await productionCopy(server.url, 1_000, 'prod');
    const report = await run([NOTE], { queriesFromStats: 5 }, { statsDatabaseUrl: production });
    expect(report.plans!.notes).toEqual([
      expect.stringMatching(
        /^queries-from-stats: pg_stat_statements is not installed in the stats database \(127\.0\.0\.1:\d+\/prod_\d+_\d+\), so no query was taken from it — run CREATE EXTENSION pg_stat_statements there/,
      ),
    ]);
    expect(report.plans!.queries.map((q) => q.source)).toEqual(['file', 'file', 'file']);
    expect(report.passed).toBe(true);
  }, 120_000);

  (major === 15 ? test : test.skip)(
    "queries-from-stats plans production's most time-consuming statements, normalised, next to the file's",
    async () => {
      const production = await productionCopy(server.url, 1_000, 'prod');
      await query(production, 'CREATE EXTENSION pg_stat_statements');
      // The statements that built the database are not the application's: only its own count.
      await query(production, 'SELECT pg_stat_statements_reset()');
      const app = new pg.Client({ connectionString: production });
      await app.connect();
      for (let user = 1; user <= 20; user += 1)
        await app.query('SELECT count(*) FROM orders WHERE user_id = $1', [user]);
      await app.end();
      const report = await run([DROP], { queriesFromStats: 3 }, { statsDatabaseUrl: production });
      const fromStats = report.plans!.queries.filter((q) => q.source === 'stats');
      expect(fromStats.length).toBeGreaterThan(0);
      expect(fromStats.length).toBeLessThanOrEqual(3);
      const counted = fromStats.find((q) => /FROM orders WHERE user_id = \$1/.test(q.sql));
      expect(counted).toMatchObject({
        calls: 20,
        name: 'SELECT count(*) FROM orders WHERE user_id = $1',
      });
      // The dropped index is the one it used: its plan regresses on the copy too.
      const change = report.plans!.migrations[0]!.queries.find((q) => q.query === counted!.name);
      expect(change?.verdict).toBe('regressed');
      expect(report.findings).toContainEqual(
        expect.objectContaining({
          rule: 'plan-regression',
          message: expect.stringContaining(
            '(pg_stat_statements) lose its index scan on public.orders',
          ),
        }),
      );
    },
    180_000,
  );

  test('a migration that fails on production-sized data is an error, and the copy is left as it was', async () => {
    const before = await copyState(copy);
    const report = await run([UNIQUE_STATUS]);
    // The empty scratch database takes the unique index; the copy's rows do not.
    expect(report.migrations[0]?.status).toBe('applied');
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'plan-migration-not-applied',
        severity: 'error',
        message: expect.stringMatching(
          /^1700000000026_unique_status was not planned on the production-sized copy: could not create unique index "orders_status_key"/,
        ),
      }),
    );
    expect(report.plans!.migrations[0]).toMatchObject({ status: 'failed', queries: [] });
    expect(await copyState(copy)).toEqual(before);
  }, 120_000);

  test('a migration that runs past plans-statement-timeout on the copy is cancelled there: an error, and the copy is left as it was', async () => {
    const before = await copyState(copy);
    const report = await run([SLOW], { statementTimeoutMs: 3_000 });
    // On the empty scratch database the backfill has nothing to do.
    expect(report.migrations[0]?.status).toBe('applied');
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        rule: 'plan-migration-not-applied',
        severity: 'error',
        file: `migrations/${SLOW}`,
        message:
          '1700000000030_slow_backfill was not planned on the production-sized copy: a statement ran past the 3.0s statement timeout on the production-sized copy (raise plans-statement-timeout)',
      }),
    );
    expect(report.plans!.migrations[0]).toMatchObject({ status: 'failed', queries: [] });
    expect(report.passed).toBe(false);
    expect(await copyState(copy)).toEqual(before);
  }, 120_000);

  test('a merged migration the copy lacks is applied first, in the same rolled-back transaction', async () => {
    const before = await copyState(copy);
    const dir = await plansCheckout(DROP, NOTE);
    const report = await validate(optionsFor(dir, await scratch(), 1), silentLogger);
    expect(report.baseline).toContain('1700000000020_drop_orders_user_index');
    expect(report.plans!.caughtUp).toEqual(['1700000000020_drop_orders_user_index']);
    // The queries were planned without the index the merged migration drops: nothing changes.
    const [m] = report.plans!.migrations;
    expect(m!.queries.find((q) => q.query === 'orders of a user')?.before?.shape).toMatch(
      /Seq Scan on public\.orders/,
    );
    expect(planRules(report)).toEqual([]);
    expect(await copyState(copy)).toEqual(before);
  }, 120_000);

  test('a copy that already has a new migration is refused: its plans before it cannot be seen', async () => {
    const ahead = await productionCopy(server.url, 1_000, 'ahead');
    const dir = await plansCheckout(NOTE);
    await migrate(
      {
        ...MIGRATE_DEFAULTS,
        databaseUrl: ahead,
        migrationsDir: join(dir, 'migrations'),
        baseDir: dir,
      },
      silentLogger,
    );
    const error = await failure(
      validate(optionsFor(dir, await scratch(), 1, { plansDatabaseUrl: ahead }), silentLogger),
    );
    expect(error.message).toBe(
      'plans-database-url already has 1700000000022_add_note applied: it is ahead of the base branch, so the plans before 1700000000022_add_note cannot be seen there',
    );
  }, 120_000);

  test("a migration that drops what a query reads breaks it: an error naming the query and PostgreSQL's reason", async () => {
    const report = await run([DROP_STATUS]);
    const broken = report.findings.filter((f) => f.rule === 'plan-query-broken');
    expect(broken.map((f) => f.message)).toEqual([
      '1700000000027_drop_status breaks query "orders of a user" (queries.sql:4): after it, PostgreSQL cannot plan it: column "status" does not exist',
      '1700000000027_drop_status breaks query "mark order shipped" (queries.sql:10): after it, PostgreSQL cannot plan it: column "status" of relation "orders" does not exist',
    ]);
    expect(report.plans!.migrations[0]!.queries.map((q) => q.verdict)).toEqual([
      'broken',
      undefined,
      'broken',
    ]);
  }, 120_000);

  // Debian's pg_basebackup 15 makes the standby: the PostgreSQL 15 server only.
  (major === 15 && requireBinaries(['pg_basebackup']) ? test : test.skip)(
    'a standby is refused with one line, before anything runs',
    async () => {
      const standby = await startStandby(server.url);
      try {
        const onStandby = new URL(copy);
        onStandby.port = new URL(standby.url).port;
        const dir = await plansCheckout(DROP);
        const error = await failure(
          validate(
            optionsFor(dir, await scratch(), 1, { plansDatabaseUrl: onStandby.toString() }),
            silentLogger,
          ),
        );
        expect(error.toLine()).toMatch(
          /^plans-database-url points at a standby \(it is in recovery\), which cannot apply a migration even in a transaction that is rolled back \(127\.0\.0\.1:\d+\/copy_\d+_\d+\) — point it at a writable copy: a restored backup or a database branch$/,
        );
      } finally {
        await standby.stop();
      }
    },
    180_000,
  );
});
