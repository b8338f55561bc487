// The committed dist/migrate/index.js, run on Node 24 exactly as a GitHub runner runs it,
// against the real PostgreSQL of the test set-up.
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createServer, connect as connectTcp, type Server, type Socket } from 'node:net';
import { extname, join } from 'node:path';
import { freePort } from '../../scripts/lib/postgres.mjs';
import { removeActionRunFiles, runAction, type ActionRun } from '../helpers/action-runner.js';
import { adminUrl, createLoginRole, freshDatabase, query } from '../helpers/database.js';
import { copyFixture } from '../helpers/fixtures.js';
import { expectNoSecrets } from '../helpers/step-checks.js';

const EXAMPLES = 'examples/migrations';
const fixture = (name: string) => `__tests__/fixtures/${name}`;

/** A role whose password needs every kind of percent-encoding a URL can ask for. */
const ROLE = `dbd_e2e_${process.pid}`;
const PASSWORD = 'p@ss:w/rd%';
const WRONG_PASSWORD = 'wr@ng:pa/ss%';
const roleDatabases: string[] = [];

/** A URL for the test server with the e2e role and `password`, percent-encoded as a user would. */
function roleUrl(
  database: string,
  password = PASSWORD,
  hostPort = new URL(adminUrl()).host,
): string {
  return `postgres://${ROLE}:${encodeURIComponent(password)}@${hostPort}/${database}`;
}

/** A fresh database owned by the e2e role; returns its name. */
async function roleDatabase(): Promise<string> {
  const name = new URL(await freshDatabase('e2e')).pathname.slice(1);
  await query(adminUrl(), `ALTER DATABASE "${name}" OWNER TO ${ROLE}`);
  roleDatabases.push(name);
  return name;
}

const hostPortOf = (url: string) => new URL(url).host;

/** The example migrations' names, in order (file names without their ending). */
async function exampleNames(): Promise<string[]> {
  const files = (await readdir(EXAMPLES))
    .filter((f) => ['.sql', '.js'].includes(extname(f)))
    .sort();
  return files.map((f) => f.slice(0, -extname(f).length));
}

const appliedNames = async (url: string) =>
  (await query<{ name: string }>(url, 'SELECT name FROM pgmigrations ORDER BY id')).map(
    (r) => r.name,
  );
const tableExists = async (url: string, table: string) =>
  (
    await query<{ found: boolean }>(url, 'SELECT to_regclass($1) IS NOT NULL AS found', [
      `public.${table}`,
    ])
  )[0]?.found;
const userRelations = async (url: string) =>
  (
    await query<{ name: string }>(
      url,
      `SELECT n.nspname || '.' || c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' ORDER BY 1`,
    )
  ).map((r) => r.name);

/** Exit 0 and no error line, or show what the run printed. */
function expectSuccess(run: ActionRun): void {
  expect({ exitCode: run.exitCode, errors: run.errors, stderr: run.stderr }).toEqual({
    exitCode: 0,
    errors: [],
    stderr: '',
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Exit 1 with exactly one error line: `migrate: <what> (<where>) — <what to do…>`; the summary says the same. */
function expectOneErrorLine(
  run: ActionRun,
  what: string,
  where: string | undefined,
  todo: string,
): void {
  expect({
    exitCode: run.exitCode,
    timedOut: run.timedOut,
    errorLines: run.errorLines,
    stderr: run.stderr,
  }).toEqual({
    exitCode: 1,
    timedOut: false,
    errorLines: [expect.stringMatching(/^::error::migrate: /)],
    stderr: '',
  });
  const line = run.errors[0] ?? '';
  const whereText = where === undefined ? '' : ` \\(${escapeRegExp(where)}\\)`;
  expect(line).toMatch(
    new RegExp(`^migrate: ${escapeRegExp(what)}${whereText} — ${escapeRegExp(todo)}`),
  );
  expect(run.summary).toContain('db-deploy migrate failed');
  expect(run.summary).toContain(line.replace(/^migrate: /, ''));
}

/** A TCP server that accepts connections and never says a word: a database behind a black hole. */
async function silentServer(): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets: Socket[] = [];
  const server: Server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    port: address.port,
    close: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Whether a TCP connect to host:port neither succeeds nor fails within `ms` (a truly silent network). */
function staysSilent(host: string, port: number, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connectTcp(port, host);
    const done = (silent: boolean) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(silent);
    };
    const timer = setTimeout(() => done(true), ms);
    socket.once('connect', () => done(false));
    socket.once('error', () => done(false));
  });
}

beforeAll(async () => {
  await createLoginRole(adminUrl(), ROLE, PASSWORD, 'CREATEDB');
});

afterAll(async () => {
  await removeActionRunFiles();
  for (const name of roleDatabases)
    await query(adminUrl(), `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await query(adminUrl(), `DROP ROLE IF EXISTS ${ROLE}`);
});

describe('the migrate bundle', () => {
  test('applies every example migration to a fresh database and reports each one in outputs, report and summary', async () => {
    const url = await freshDatabase('e2e');
    const names = await exampleNames();
    const run = await runAction('migrate', {
      inputs: { 'database-url': url, 'migrations-dir': EXAMPLES },
    });

    expectSuccess(run);
    expect(names).toHaveLength(7);
    expect(JSON.parse(run.outputs.applied ?? '')).toEqual(names);
    expect(run.outputs['applied-count']).toBe('7');
    expect(run.outputs['pending-count']).toBe('0');
    expect(run.outputs['last-migration']).toBe('1700000000007_add_products_description');
    expect(run.outputs['duration-ms']).toMatch(/^\d+$/);
    const reportPath = run.outputs['report-json'] ?? '';
    expect(reportPath.startsWith(run.runnerTemp)).toBe(true);
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as {
      applied: { name: string }[];
      pending: string[];
    };
    expect(report.applied.map((m) => m.name)).toEqual(names);
    expect(report.pending).toEqual([]);
    for (const table of ['users', 'categories', 'products', 'orders', 'order_items'])
      expect(await tableExists(url, table)).toBe(true);
    expect(await appliedNames(url)).toEqual(names);
    expect(run.summary).toContain('7 migrations applied');
    for (const name of names) expect(run.summary).toContain(`\`${name}\``);
  });

  test('applies nothing when run again, and the summary says the database is up to date', async () => {
    const url = await freshDatabase('e2e');
    const inputs = { 'database-url': url, 'migrations-dir': EXAMPLES };
    expectSuccess(await runAction('migrate', { inputs }));
    const again = await runAction('migrate', { inputs });

    expectSuccess(again);
    expect(again.outputs).toMatchObject({
      applied: '[]',
      'applied-count': '0',
      'pending-count': '0',
      'last-migration': '1700000000007_add_products_description',
    });
    expect(again.summary).toContain('up to date');
    expect(await appliedNames(url)).toHaveLength(7);
  });

  test('rolls back the two newest migrations with direction down and count 2', async () => {
    const url = await freshDatabase('e2e');
    const names = await exampleNames();
    expectSuccess(
      await runAction('migrate', { inputs: { 'database-url': url, 'migrations-dir': EXAMPLES } }),
    );
    const down = await runAction('migrate', {
      inputs: { 'database-url': url, 'migrations-dir': EXAMPLES, direction: 'down', count: 2 },
    });

    expectSuccess(down);
    expect(JSON.parse(down.outputs.applied ?? '')).toEqual([names[6], names[5]]);
    expect(down.outputs).toMatchObject({
      'applied-count': '2',
      'pending-count': '2',
      'last-migration': names[4],
    });
    expect(await appliedNames(url)).toEqual(names.slice(0, 5));
    expect(
      await query(
        url,
        "SELECT 1 FROM information_schema.columns WHERE table_name = 'products' AND column_name = 'description'",
      ),
    ).toEqual([]);
    expect(
      await query(url, "SELECT 1 FROM pg_indexes WHERE indexname = 'orders_status_created_at_idx'"),
    ).toEqual([]);
    expect(await tableExists(url, 'order_items')).toBe(true);
    expect(down.summary).toContain('2 migrations rolled back');
  });

  test('changes nothing at all on a dry run of a fresh database, and shows the SQL it would run', async () => {
    const url = await freshDatabase('e2e');
    const names = await exampleNames();
    const before = await userRelations(url);
    const run = await runAction('migrate', {
      inputs: { 'database-url': url, 'migrations-dir': EXAMPLES, 'dry-run': true },
    });

    expectSuccess(run);
    expect(before).toEqual([]);
    expect(await userRelations(url)).toEqual([]);
    expect(await tableExists(url, 'pgmigrations')).toBe(false);
    expect(run.outputs).toMatchObject({
      applied: '[]',
      'applied-count': '0',
      'pending-count': '7',
    });
    expect(run.summary).toContain('dry run');
    for (const name of names) expect(run.summary).toContain(`\`${name}\``);
    expect(run.summary).toContain('CREATE TABLE users (');
    expect(run.summary).toContain(
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_created_at_idx',
    );
    expect(run.summary).toMatch(/ALTER TABLE "?products"?\s+ADD "?description"? text/);
  });

  test("keeps the job summary of a 50 MB dry run within GitHub's 1 MiB and names a file with the whole SQL", async () => {
    const url = await freshDatabase('e2e');
    const dir = await mkdtemp(join(tmpdir(), 'db-deploy-huge-dry-run-'));
    try {
      const rows = Array.from(
        { length: 700_000 },
        (_, i) =>
          `INSERT INTO events (id, payload) VALUES (${i}, 'payload number ${i} of a large data migration');`,
      );
      const huge = `-- Up Migration\n${rows.join('\n')}\n\n-- Down Migration\nDELETE FROM events;\n`;
      await writeFile(
        join(dir, '1700000000001_create_events.sql'),
        '-- Up Migration\nCREATE TABLE events (id bigint PRIMARY KEY, payload text);\n\n-- Down Migration\nDROP TABLE events;\n',
      );
      await writeFile(join(dir, '1700000000002_backfill_events.sql'), huge);
      await writeFile(
        join(dir, '1700000000003_index_events.sql'),
        '-- Up Migration\nCREATE INDEX CONCURRENTLY events_payload_idx ON events (payload);\n\n-- Down Migration\nDROP INDEX CONCURRENTLY events_payload_idx;\n',
      );
      expect(Buffer.byteLength(huge)).toBeGreaterThan(50 * 1024 * 1024);

      const run = await runAction('migrate', {
        inputs: { 'database-url': url, 'migrations-dir': dir, 'dry-run': true },
        timeoutMs: 300_000,
      });

      expectSuccess(run);
      expect(await userRelations(url)).toEqual([]);
      expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
      expect(run.summary).toContain('## 🔎 db-deploy migrate (dry run): 3 migrations would run');
      expect(run.summary).toContain('CREATE TABLE events (id bigint PRIMARY KEY, payload text);');
      expect(run.summary).toContain(
        'CREATE INDEX CONCURRENTLY events_payload_idx ON events (payload);',
      );
      expect(run.summary).toContain(`${rows[0]}\n`);
      expect(run.summary).not.toContain(rows.at(-1));
      expect(run.summary).toMatch(
        /-- ✂️ [\d,]+ more lines \([\d.]+ MB\) not shown: the whole SQL is in the file named by the `dry-run-sql` output/,
      );
      expect(run.summary).toContain(
        'the whole SQL is in the file named by the `dry-run-sql` output.',
      );

      const file = run.outputs['dry-run-sql'] ?? '';
      expect(file.startsWith(join(run.runnerTemp, 'db-deploy'))).toBe(true);
      const sql = await readFile(file, 'utf8');
      expect(sql).toContain(
        `-- 1700000000002_backfill_events (up)\n-- Up Migration\n${rows.join('\n')}\n`,
      );
      expect(sql.indexOf('CREATE TABLE events')).toBeLessThan(sql.indexOf(rows[0] as string));
      expect(sql).not.toContain('DELETE FROM events');
      expect(sql).toMatch(
        /\n-- 1700000000003_index_events \(up\) — outside a transaction \([^)\n]+\)\n-- Up Migration\nCREATE INDEX CONCURRENTLY events_payload_idx ON events \(payload\);\n/,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('leaves dry-run-sql empty when it is not a dry run', async () => {
    const url = await freshDatabase('e2e');
    const run = await runAction('migrate', {
      inputs: { 'database-url': url, 'migrations-dir': EXAMPLES },
    });
    expectSuccess(run);
    expect(run.outputs['dry-run-sql']).toBe('');
  });

  test('four runners started at once on one database apply each migration exactly once between them', async () => {
    const url = await freshDatabase('e2e');
    const runs = await Promise.all(
      Array.from({ length: 4 }, () =>
        runAction('migrate', { inputs: { 'database-url': url, 'migrations-dir': EXAMPLES } }),
      ),
    );

    for (const run of runs) expectSuccess(run);
    expect(runs.reduce((sum, run) => sum + Number(run.outputs['applied-count']), 0)).toBe(7);
    const recorded = await query<{ name: string; times: number }>(
      url,
      'SELECT name, count(*)::int AS times FROM pgmigrations GROUP BY name ORDER BY name',
    );
    expect(recorded).toEqual((await exampleNames()).map((name) => ({ name, times: 1 })));
  });

  test('applies ES module and CommonJS migrations', async () => {
    const dir = await copyFixture('ts-migrations');
    try {
      await rm(join(dir, '003_add_books_isbn.ts'));
      const url = await freshDatabase('e2e');
      const run = await runAction('migrate', {
        inputs: { 'database-url': url, 'migrations-dir': dir },
      });

      expectSuccess(run);
      expect(JSON.parse(run.outputs.applied ?? '')).toEqual([
        '001_create_authors',
        '002_create_books',
      ]);
      expect(await tableExists(url, 'books')).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('applies TypeScript, ES module and CommonJS migrations side by side', async () => {
    const url = await freshDatabase('e2e');
    const run = await runAction('migrate', {
      inputs: { 'database-url': url, 'migrations-dir': fixture('ts-migrations') },
    });

    expectSuccess(run);
    expect(JSON.parse(run.outputs.applied ?? '')).toEqual([
      '001_create_authors',
      '002_create_books',
      '003_add_books_isbn',
    ]);
    expect(
      await query(
        url,
        "SELECT 1 FROM information_schema.columns WHERE table_name = 'books' AND column_name = 'isbn'",
      ),
    ).toHaveLength(1);
  });
});

describe('the migrate bundle with a broken migration', () => {
  test.each([
    {
      fixture: 'broken-reference',
      code: '42P01',
      message: 'relation "invoice" does not exist',
      position: '8:16',
    },
    {
      fixture: 'broken-syntax',
      code: '42601',
      message: 'syntax error at or near ")"',
      position: '10:1',
    },
  ])(
    'names the migration, $code and its file:line:column ($fixture), keeps the ones before it and applies nothing of it',
    async ({ fixture: name, code, message, position }) => {
      const url = await freshDatabase('e2e');
      const run = await runAction('migrate', {
        inputs: { 'database-url': url, 'migrations-dir': fixture(name) },
      });

      expectOneErrorLine(
        run,
        `migration 003_create_shipments (up) failed: ${code} ${message}`,
        `${fixture(name)}/003_create_shipments.sql:${position}`,
        'its transaction was rolled back, nothing of it was applied',
      );
      expect(JSON.parse(run.outputs.applied ?? '')).toEqual([
        '001_create_customers',
        '002_create_invoices',
      ]);
      expect(run.outputs).toMatchObject({
        'applied-count': '2',
        'pending-count': '2',
        'last-migration': '002_create_invoices',
      });
      expect(await appliedNames(url)).toEqual(['001_create_customers', '002_create_invoices']);
      expect(await tableExists(url, 'invoices')).toBe(true);
      expect(await tableExists(url, 'shipments')).toBe(false);
      expect(await tableExists(url, 'refunds')).toBe(false);
    },
  );
});

describe('the migrate bundle keeps connection secrets out of everything it writes', () => {
  test('connects with a percent-encoded password and prints neither it, its decoded form nor the URL', async () => {
    const url = roleUrl(await roleDatabase());
    const run = await runAction('migrate', {
      inputs: { 'database-url': url, 'migrations-dir': EXAMPLES },
    });

    expectSuccess(run);
    expect(run.outputs['applied-count']).toBe('7');
    expect(run.stdout).toContain('::add-mask::');
    await expectNoSecrets(run, [url, PASSWORD]);
  });
});

interface FailureContext {
  /** A database owned by the e2e role, nothing applied. */
  database: string;
  hostPort: string;
  closedPort: number;
  silentPort: number;
}

interface FailureCase {
  name: string;
  inputs: (c: FailureContext) => Record<string, string>;
  what: string | ((c: FailureContext) => string);
  where?: (c: FailureContext) => string;
  todo: string;
}

const failureCases: FailureCase[] = [
  {
    name: 'a database-url that is not a URL',
    inputs: () => ({ 'database-url': 'not a url' }),
    what: 'database-url is not a valid URL',
    todo: 'use postgres://USER:PASSWORD@HOST:PORT/DATABASE',
  },
  {
    name: 'a MySQL URL',
    inputs: () => ({
      'database-url': `mysql://${ROLE}:${encodeURIComponent(PASSWORD)}@127.0.0.1:3306/app`,
    }),
    what: 'database-url must start with postgres:// or postgresql://',
    todo: 'use postgres://USER:PASSWORD@HOST:PORT/DATABASE',
  },
  {
    name: 'a wrong password (with characters that need percent-encoding)',
    inputs: (c) => ({ 'database-url': roleUrl(c.database, WRONG_PASSWORD, c.hostPort) }),
    what: `authentication failed for user "${ROLE}"`,
    where: (c) => `${c.hostPort}/${c.database}`,
    todo: 'check the user and password in the database URL secret',
  },
  {
    name: 'a closed port',
    inputs: (c) => ({ 'database-url': roleUrl('app', PASSWORD, `127.0.0.1:${c.closedPort}`) }),
    what: 'connection refused: nothing listens on that host and port',
    where: (c) => `127.0.0.1:${c.closedPort}/app`,
    todo: 'check the host and port',
  },
  {
    name: 'a server that never answers, after connect-timeout 1s',
    inputs: (c) => ({
      'database-url': roleUrl('app', PASSWORD, `127.0.0.1:${c.silentPort}`),
      'connect-timeout': '1s',
    }),
    what: 'no answer from the server within 1.0s',
    where: (c) => `127.0.0.1:${c.silentPort}/app`,
    todo: 'check the host and port and that the runner can reach the database, or raise connect-timeout',
  },
  {
    name: 'a host name that does not resolve',
    inputs: () => ({ 'database-url': roleUrl('app', PASSWORD, 'nonexistent.invalid:5432') }),
    what: 'host "nonexistent.invalid" does not resolve',
    where: () => 'nonexistent.invalid:5432/app',
    todo: 'check the host name in the database URL',
  },
  {
    name: 'a missing migrations directory',
    inputs: (c) => ({
      'database-url': roleUrl(c.database, PASSWORD, c.hostPort),
      'migrations-dir': fixture('no-such-dir'),
    }),
    what: `migrations directory "${fixture('no-such-dir')}" does not exist`,
    todo: 'check migrations-dir',
  },
  {
    name: 'an empty migrations directory',
    inputs: (c) => ({
      'database-url': roleUrl(c.database, PASSWORD, c.hostPort),
      'migrations-dir': fixture('empty'),
    }),
    what: `migrations directory "${fixture('empty')}" holds no migration files`,
    todo: 'add files ending in .sql',
  },
  {
    name: 'direction down with nothing to roll back',
    inputs: (c) => ({
      'database-url': roleUrl(c.database, PASSWORD, c.hostPort),
      direction: 'down',
    }),
    what: 'nothing to roll back: no migration is applied',
    todo: 'check database-url and migrations-table, or use direction: up',
  },
  {
    name: 'lock-timeout: soon',
    inputs: (c) => ({
      'database-url': roleUrl(c.database, PASSWORD, c.hostPort),
      'lock-timeout': 'soon',
    }),
    what: 'input lock-timeout: "soon" is not a duration',
    todo: 'use a number with a unit, e.g. 250ms, 5s, 10m',
  },
  {
    name: 'direction: sideways',
    inputs: (c) => ({
      'database-url': roleUrl(c.database, PASSWORD, c.hostPort),
      direction: 'sideways',
    }),
    what: 'input direction: "sideways" is not valid',
    todo: 'use up or down',
  },
  {
    name: 'count: -1',
    inputs: (c) => ({ 'database-url': roleUrl(c.database, PASSWORD, c.hostPort), count: '-1' }),
    what: 'input count: "-1" is not valid',
    todo: 'use a whole number from 1 up',
  },
];

describe('the migrate bundle ends in one error line that says what, where and what to do, and no secret', () => {
  const context = {} as FailureContext;
  let silent: Awaited<ReturnType<typeof silentServer>>;

  beforeAll(async () => {
    silent = await silentServer();
    Object.assign(context, {
      database: await roleDatabase(),
      hostPort: hostPortOf(adminUrl()),
      closedPort: await freePort(),
      silentPort: silent.port,
    } satisfies FailureContext);
  });

  afterAll(() => silent.close());

  test.each(failureCases)('on $name', async ({ inputs, what, where, todo }) => {
    const given: Record<string, string> = { 'migrations-dir': EXAMPLES, ...inputs(context) };
    const run = await runAction('migrate', { inputs: given, timeoutMs: 30_000 });

    expectOneErrorLine(
      run,
      typeof what === 'string' ? what : what(context),
      where?.(context),
      todo,
    );
    await expectNoSecrets(run, [given['database-url'] ?? '', PASSWORD, WRONG_PASSWORD]);
  });

  test('gives up on a non-routable address at connect-timeout 1s, in one line', async () => {
    // Some networks (sandboxes, proxies) answer for any address; there the run still has to fail
    // fast with one clean line, and only a truly silent network can show the timeout message.
    const silentNetwork = await staysSilent('10.255.255.1', 5432, 500);
    const url = roleUrl('app', PASSWORD, '10.255.255.1:5432');
    const run = await runAction('migrate', {
      inputs: { 'database-url': url, 'migrations-dir': EXAMPLES, 'connect-timeout': '1s' },
      timeoutMs: 30_000,
    });

    expect(run.errorLines).toHaveLength(1);
    expect(run.errors[0]).toMatch(/^migrate: .+ \(10\.255\.255\.1:5432\/app\) — \S/);
    if (silentNetwork) expect(run.errors[0]).toContain('no answer from the server within 1.0s');
    await expectNoSecrets(run, [url, PASSWORD]);
  });
});
