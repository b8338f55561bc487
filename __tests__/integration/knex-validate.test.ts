import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { migrate, MIGRATE_DEFAULTS } from '../../src/core/migrations/index.js';
import { validate } from '../../src/core/verify/validate.js';
import type { ValidateOptions } from '../../src/core/verify/options.js';
import { collectMigrationFiles, lintMigrations } from '../../src/core/lint/files.js';
import { silentLogger } from '../../src/core/logger.js';
import { freshDatabase, query } from '../helpers/database.js';
import { tempTree } from '../helpers/fixtures.js';
import { knexList, knexProject } from '../helpers/knex.js';

const KNEXFILE = `module.exports = { client: 'pg', migrations: { directory: './migrations' } };\n`;

const CUSTOMERS = `exports.up = (knex) => knex.schema.createTable('customers', (t) => {
  t.increments('id');
  t.string('email').notNullable();
  t.string('legacy_code');
});
exports.down = (knex) => knex.schema.dropTable('customers');
exports.config = { transaction: true, destructive: false, estimatedDuration: '30s', dependencies: [] };
`;

function options(dir: string, overrides: Partial<ValidateOptions> = {}): ValidateOptions {
  return {
    databaseUrl: undefined,
    baseDir: dir,
    newMigrations: { last: 1 },
    lintAll: false,
    pgVersion: undefined,
    strategy: 'in-place',
    failOn: 'error',
    required: { tables: [], indexes: [], foreignKeys: [] },
    snapshotPath: join(dir, 'out', 'schema.sql'),
    connectTimeoutMs: 10_000,
    environment: 'development',
    ...overrides,
  };
}

/** A knex project: the knexfile, the customers table, and `files` (name → text) after it. */
function project(files: Record<string, string>) {
  const tree: Record<string, string> = {
    'knexfile.js': KNEXFILE,
    'migrations/001_customers.js': CUSTOMERS,
  };
  for (const [name, text] of Object.entries(files)) tree[`migrations/${name}`] = text;
  return tempTree(tree, 'knex-validate');
}

describe('validate with knex migrations (real PostgreSQL, knex itself)', () => {
  test('the tutorial project goes up → down → up with observed locks and passes', async () => {
    const dir = await knexProject();
    const report = await validate(
      options(dir, { databaseUrl: await freshDatabase('kv'), newMigrations: { last: 4 } }),
      silentLogger,
    );
    expect(report.format).toBe('knex');
    expect(report.migrations.map((m) => [m.status, m.reversible])).toEqual([
      ['applied', true],
      ['applied', true],
      ['applied', true],
      ['applied', true],
    ]);
    // order_items' foreign key locks the orders table it references (created by the same migration: left out) …
    expect(report.migrations[2]!.locks).toContainEqual({
      relation: 'public.customers',
      mode: 'ShareRowExclusiveLock',
    });
    // … and knex's bookkeeping is never the migration's doing.
    const relations = report.migrations.flatMap((m) => m.locks.map((l) => l.relation));
    expect(relations.some((r) => r.includes('knex_migrations'))).toBe(false);
    // The tutorial's foreign keys have no index on their columns (its db:check-indexes script is
    // there to find them): warnings, which do not fail the run.
    expect(
      report.findings
        .filter((f) => f.severity !== 'notice')
        .map((f) => `${f.rule}:${f.severity}@${f.line} ${f.message.split(':')[0]}`),
    ).toEqual([
      'foreign-key-without-index:warning@2 foreign key orders (customer_id) → customers has no index on orders (customer_id)',
      'foreign-key-without-index:warning@9 foreign key order_items (order_id) → orders has no index on order_items (order_id)',
      'foreign-key-without-index:warning@9 foreign key order_items (product_id) → products has no index on order_items (product_id)',
    ]);
    expect(report.passed).toBe(true);
  });

  test('lints the SQL knex actually sent, attributed to the line of the call that built it', async () => {
    const dir = await project({
      '002_email_index.js': `exports.up = async (knex) => {
  const rows = await knex('customers').count('* as n');
  if (Number(rows[0].n) > -1) {
    await knex.schema.alterTable('customers', (t) => {
      t.index(['email']);
    });
  }
};
exports.down = (knex) => knex.schema.alterTable('customers', (t) => { t.dropIndex(['email']); });
`,
    });
    const report = await validate(
      options(dir, { databaseUrl: await freshDatabase('kv') }),
      silentLogger,
    );
    const index = report.findings.find((f) => f.rule === 'require-concurrent-index');
    expect(index).toMatchObject({
      file: 'migrations/002_email_index.js',
      line: 4,
      severity: 'error',
    });
    // Validate ran it: the notice about a recording without data is gone.
    expect(report.findings.map((f) => f.rule)).not.toContain('built-without-data');
  });

  test('db-deploy lint on a knex file lints what a recording knex sends, and says when code read data', async () => {
    const dir = await project({
      '002_reads.js': `exports.up = async (knex) => {
  if (!(await knex.schema.hasColumn('customers', 'nickname'))) {
    await knex.schema.alterTable('customers', (t) => { t.dropColumn('legacy_code'); });
  }
};
exports.down = (knex) => knex.schema.alterTable('customers', (t) => { t.string('legacy_code'); });
`,
    });
    const { format, migrations } = await collectMigrationFiles(['migrations'], dir);
    expect(format.name).toBe('knex');
    const findings = await lintMigrations(migrations, { format, pgVersion: 18 });
    const reads = findings.find((f) => f.rule === 'built-without-data');
    expect(reads).toMatchObject({ severity: 'notice', file: 'migrations/002_reads.js' });
    expect(reads!.message).toMatch(/1 of its queries read the database/);
    expect(findings).toContainEqual(
      expect.objectContaining({ file: 'migrations/002_reads.js', line: 3, severity: 'error' }),
    );
  });

  test.each([
    [
      'destructive: false that drops a column is an error naming the declaration and what it drops',
      `exports.up = (knex) => knex.schema.alterTable('customers', (t) => { t.dropColumn('legacy_code'); });
exports.down = (knex) => knex.schema.alterTable('customers', (t) => { t.string('legacy_code'); });
exports.config = { destructive: false };
`,
      { rule: 'metadata-destructive', severity: 'error', line: 3 },
      /declares destructive: false, and it drops or truncates data: .*legacy_code/,
    ],
    [
      'a dependency that does not exist is an error',
      `exports.up = (knex) => knex.schema.createTable('notes', (t) => { t.increments(); });
exports.down = (knex) => knex.schema.dropTable('notes');
exports.config = { dependencies: ['001_customers.js', '000_nowhere.js'] };
`,
      { rule: 'metadata-dependency-missing', severity: 'error' },
      /declares a dependency on 000_nowhere\.js, and there is no such migration/,
    ],
    [
      'a dependency that runs later is an error',
      `exports.up = (knex) => knex.schema.createTable('notes', (t) => { t.increments(); });
exports.down = (knex) => knex.schema.dropTable('notes');
exports.config = { dependencies: ['002_notes'] };
`,
      { rule: 'metadata-dependency-order', severity: 'error' },
      /declares a dependency on 002_notes\.js, which runs as itself/,
    ],
    [
      'an unknown key is a notice',
      `exports.up = (knex) => knex.schema.createTable('notes', (t) => { t.increments(); });
exports.down = (knex) => knex.schema.dropTable('notes');
exports.config = { transaction: true, owner: 'team-a' };
`,
      { rule: 'metadata-unknown-key', severity: 'notice' },
      /exports\.config\.owner is not a key db-deploy knows/,
    ],
    [
      'a value of the wrong type is an error',
      `exports.up = (knex) => knex.schema.createTable('notes', (t) => { t.increments(); });
exports.down = (knex) => knex.schema.dropTable('notes');
exports.config = { destructive: 'no', estimatedDuration: 'half a minute' };
`,
      { rule: 'metadata-invalid', severity: 'error' },
      /exports\.config\.destructive must be true or false/,
    ],
  ])('the metadata block: %s', async (_, text, expected, message) => {
    const dir = await project({ '002_notes.js': text });
    const report = await validate(options(dir), silentLogger);
    const found = report.findings.find((f) => f.rule === expected.rule);
    expect(found).toMatchObject({ file: 'migrations/002_notes.js', ...expected });
    expect(found!.message).toMatch(message);
  });

  test('destructive: true sets destructive where the linter sees no data loss (a delete hidden in a function)', async () => {
    const dir = await project({
      '002_purge.js': `exports.up = (knex) => knex.raw("SELECT purge_inactive_customers()");
exports.down = () => Promise.resolve();
exports.config = { destructive: true };
`,
    });
    const report = await validate(options(dir), silentLogger);
    expect(report.destructive).toBe(true);
    expect(report.migrations[0]).toMatchObject({
      destructive: true,
      declared: { destructive: true },
    });
  });

  test('estimatedDuration shorter than the measured up is a warning', async () => {
    const dir = await project({
      '002_slow.js': `exports.up = (knex) => knex.raw('SELECT pg_sleep(0.3)');
exports.down = () => Promise.resolve();
exports.config = { estimatedDuration: '1ms' };
`,
    });
    const report = await validate(
      options(dir, { databaseUrl: await freshDatabase('kv') }),
      silentLogger,
    );
    const found = report.findings.find((f) => f.rule === 'metadata-duration');
    expect(found).toMatchObject({ severity: 'warning', line: 3 });
    expect(found!.message).toMatch(
      /declares estimatedDuration: '1ms', and it took .* on the scratch database/,
    );
  });

  test('estimatedDuration is compared with the rewrite time estimated from stats-database-url', async () => {
    const stats = await freshDatabase('kvstats');
    // A big products table on the "production" stats database: rewriting it takes minutes.
    await query(stats, 'CREATE TABLE customers (id serial, email text, legacy_code text)');
    await query(
      stats,
      "INSERT INTO customers (email) SELECT 'x' || g FROM generate_series(1, 200000) g",
    );
    await query(stats, 'ANALYZE customers');
    const dir = await project({
      '002_retype.js': `exports.up = (knex) => knex.raw('ALTER TABLE customers ALTER COLUMN legacy_code TYPE varchar(20)');
exports.down = (knex) => knex.raw('ALTER TABLE customers ALTER COLUMN legacy_code TYPE varchar(255)');
exports.config = { estimatedDuration: '1ms' };
`,
    });
    const report = await validate(
      options(dir, { databaseUrl: await freshDatabase('kv'), statsDatabaseUrl: stats }),
      silentLogger,
    );
    const found = report.findings.find((f) => f.rule === 'metadata-duration');
    expect(found?.message).toMatch(
      /its rewrite is estimated at .* from the stats database's table sizes/,
    );
  });
});

describe('examples/knex', () => {
  test('the example project validates clean, every migration reversible, and knex agrees with migrate after it', async () => {
    const dir = await copyExample();
    const report = await validate(
      options(dir, { databaseUrl: await freshDatabase('kvex'), newMigrations: { last: 5 } }),
      silentLogger,
    );
    expect(report.migrations.every((m) => m.status === 'applied' && m.reversible)).toBe(true);
    expect(report.findings.filter((f) => f.severity !== 'notice')).toEqual([]);
    expect(report.passed).toBe(true);
    const url = await freshDatabase('kvex_prod');
    const result = await migrate(
      { ...MIGRATE_DEFAULTS, databaseUrl: url, baseDir: dir, environment: 'development' },
      silentLogger,
    );
    expect(result.applied).toHaveLength(5);
    const listed = await knexList(dir, url);
    expect([listed.completed.length, listed.pending]).toEqual([5, []]);
  });
});

async function copyExample(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'db-deploy-knex-example-'));
  await cp(resolve('examples/knex'), dir, { recursive: true });
  return dir;
}
