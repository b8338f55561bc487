// The blue-green interruption table's machinery. A pair is prepared (and switched) in-process;
// the command under test runs in the CLI bundle on Node 24 and stops at a named point
// (DB_DEPLOY_TEST_PAUSE_AT, src/core/switch/test-pause.ts), where it is killed with SIGKILL or
// SIGINT. Then `status` must say where it stopped, and `rollback` or `abort` must end the pair
// clean: no slot, publication or subscription, no database refusing sessions, blue the original
// and writable, PgBouncer (or the switch-command's route) on blue, and every acknowledged write
// in blue.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { databaseEntry, findPgBouncer, startPgBouncer } from '../../scripts/lib/pgbouncer.mjs';
import { nodeBinary } from '../../scripts/lib/run-action.mjs';
import { memoryLogger } from '../../src/core/logger.js';
import { replicationNames } from '../../src/core/switch/names.js';
import { runSwitch } from '../../src/core/switch/run.js';
import type { SwitchResult } from '../../src/core/switch/types.js';
import {
  SWITCH_DEFAULTS,
  type SwitchCommand,
  type SwitchOptions,
} from '../../src/core/switch/options.js';
import { dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { pgDumpServes, requireBinaries, warnSkipping } from './binaries.js';
import { openClient, query } from './database.js';
import { waitFor } from './expect.js';
import {
  QUICK_WORKER_START,
  roleSubscribes,
  useLogicalPostgres,
  type LogicalPostgres,
} from './logical-postgres.js';
import { SHOP_SCHEMA, startWriters, type Writers } from './switch-traffic.js';

const CLI = resolve('dist/cli/index.js');
const MIGRATIONS = resolve('__tests__/fixtures/blue-green/migrations');

/**
 * How the traffic moves. pgbouncer: PgBouncer repointed in its PAUSE (writers go through it);
 * rename: the names swap, no PgBouncer, with a switch-command; command: a switch-command only;
 * template: prepare by clone-method template (blue frozen, refused sessions during the copy).
 * The switch-command stands in for a router: it writes where traffic goes to a file.
 */
export type Route = 'pgbouncer' | 'rename' | 'command' | 'template';
export type Kill = 'SIGKILL' | 'SIGINT';

/** One journaled step (or a point inside one, `step/point`) the command is stopped at. */
export interface Point {
  command: Extract<SwitchCommand, 'prepare' | 'switch' | 'rollback'>;
  route: Route;
  point: string;
  /** What status says recovery does after a SIGKILL there. */
  after: 'finish' | 'undo';
  /** The command's last step: a cancel after it has nothing left to stop. */
  last?: boolean;
  /** What a SIGINT leads to when it differs (the step in hand is finished first). */
  sigint?: 'finish' | 'undo';
}

const IN_FLIGHT = { prepare: 'preparing', switch: 'switching', rollback: 'rolling-back' } as const;
const SETTLED = {
  prepare: { finish: 'prepared', undo: 'aborted' },
  switch: { finish: 'switched', undo: 'prepared' },
  rollback: { finish: 'rolled-back', undo: 'switched' },
} as const;

/** What a cancel there ends in: the step in hand is finished, then the command finished or undone. */
function afterCancel(p: Point): 'finish' | 'undo' {
  return p.sigint ?? (p.last ? 'finish' : p.after);
}

function onDatabase(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

interface Env {
  server: LogicalPostgres;
  bouncer: Awaited<ReturnType<typeof startPgBouncer>>;
  dir: string;
}

/**
 * The command under test, in the CLI bundle, until it reaches a point — a journaled step
 * (`pauseAt`, where the core waits), or the switch-command running (`running` appears; the
 * command then waits for `release`, created once the signal is sent) — then the signal.
 */
async function runUntil(
  env: Env,
  blueUrl: string,
  args: string[],
  at: { pauseAt: string } | { running: string; release: string },
  kill: Kill,
  beforeKill: () => Promise<void>,
): Promise<{ code: number | null; stderr: string }> {
  const reached =
    'running' in at ? at.running : join(env.dir, `reached-${process.hrtime.bigint()}`);
  const child = spawn(nodeBinary(), [CLI, ...args], {
    env: {
      ...process.env,
      DATABASE_URL: blueUrl,
      ...('pauseAt' in at
        ? { DB_DEPLOY_TEST_PAUSE_AT: at.pauseAt, DB_DEPLOY_TEST_PAUSE_FILE: reached }
        : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stdout.resume();
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
  let done = false;
  void exited.then(() => (done = true));
  const deadline = Date.now() + 90_000;
  while (!existsSync(reached)) {
    if (done) throw new Error(`${reached} was never reached; the command ended:\n${stderr}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${reached} not reached within 90 s:\n${stderr}`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  await beforeKill().catch((error: unknown) => {
    child.kill('SIGKILL');
    throw error;
  });
  child.kill(kill);
  // A switch-command outlives a killed process (it runs in a group of its own): let it end.
  if ('release' in at) await writeFile(at.release, '');
  return { code: await exited, stderr };
}

/** Whether the database has the migration's column (the database made as green does). */
const migrated = (url: string) =>
  query<{ n: number }>(
    url,
    "SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'orders' AND column_name = 'priority'",
  ).then((rows) => rows[0]?.n === 1);

/**
 * Defines the interruption table for `points`: each point is killed with SIGKILL and with
 * SIGINT, and each is recovered once by rollback and once by abort.
 */
export function describeInterruptions(title: string, points: readonly Point[]): void {
  const tools =
    requireBinaries(['pg_dump', 'pg_restore']) &&
    requireBinaries([findPgBouncer() ?? 'pgbouncer'], 'PgBouncer (apt-get install pgbouncer)') &&
    pgDumpServes(dumpableMajor());
  const subscribes = roleSubscribes(dumpableMajor());
  if (tools && !subscribes)
    warnSkipping(
      `: ${title}: its scenarios assume a role that may subscribe (the logical prepare, the return replication of a switch), and the managed test role may not subscribe on PostgreSQL ${dumpableMajor()} (16 added pg_create_subscription); prepare's one-line refusal is tested in e2e/blue-green-switch.test.ts and e2e/cli-switch.test.ts.`,
    );
  const available = tools && subscribes;
  const describeIf = available ? describe : describe.skip;
  // After a kill, the same command run again also finishes or redoes it (`again`).
  const cases = points.flatMap((p) =>
    (['SIGKILL', 'SIGINT'] as const).flatMap((kill) =>
      (kill === 'SIGKILL'
        ? (['rollback', 'abort', 'again'] as const)
        : (['rollback', 'abort'] as const)
      ).map((recover) => ({
        p,
        kill,
        recover,
        // (`then` would make each row a thenable.)
        next: recover === 'again' ? `${p.command} again` : recover,
      })),
    ),
  );
  describeIf(title, () => {
    const logical = useLogicalPostgres(QUICK_WORKER_START);
    let env: Env;
    beforeAll(async () => {
      const server = await logical();
      const names = cases.map((_, i) => `b${i}`);
      const bouncer = await startPgBouncer({
        databases: Object.fromEntries(names.map((n) => [n, databaseEntry(server.url, n)])),
      });
      env = { server, bouncer, dir: await mkdtemp(join(tmpdir(), 'db-deploy-interrupt-')) };
    }, 60_000);
    afterAll(async () => {
      await env?.bouncer.stop();
      if (env) await rm(env.dir, { recursive: true, force: true });
    });
    test.each(cases.map((c, i) => ({ ...c, i })))(
      '$p.command ($p.route) stopped by $kill after $p.point, then $next',
      async ({ p, kill, recover, i }) => {
        await scenario(env, p, kill, recover, `b${i}`);
      },
      180_000,
    );
  });
}

async function scenario(
  env: Env,
  p: Point,
  kill: Kill,
  recover: 'rollback' | 'abort' | 'again',
  name: string,
): Promise<void> {
  const { server, bouncer } = env;
  const green = `${name}_green`;
  const blueUrl = await server.database(name);
  const greenUrl = onDatabase(server.url, green);
  await query(blueUrl, SHOP_SCHEMA);
  const routeFile = join(env.dir, `${name}.route`);
  const pgBouncer =
    p.route === 'pgbouncer'
      ? { adminUrl: bouncer.adminUrl, database: name, configPath: bouncer.configPath }
      : undefined;
  // Stopped while the switch-command runs: it says so, then waits to be let go.
  const running = join(env.dir, `${name}.running`);
  const release = join(env.dir, `${name}.release`);
  const during = p.point === 'switch-command/running';
  const switchCommand =
    p.route === 'rename' || p.route === 'command'
      ? `${during ? `touch '${running}'; while [ ! -e '${release}' ]; do sleep 0.05; done; ` : ''}printf %s "$DB_DEPLOY_ACTIVE_DATABASE" > '${routeFile}'`
      : undefined;
  const template = p.route === 'template';
  const options = (command: SwitchCommand): SwitchOptions => ({
    ...SWITCH_DEFAULTS,
    command,
    databaseUrl: blueUrl,
    migrationsDir: MIGRATIONS,
    cloneMethod: template ? 'template' : 'logical',
    terminateConnections: template,
    rename: p.route === 'rename',
    ...(pgBouncer ? { pgBouncer } : {}),
    ...(switchCommand ? { switchCommand } : {}),
  });
  const args = [
    'switch',
    p.command,
    '--dir',
    MIGRATIONS,
    ...(template ? ['--clone-method', 'template', '--terminate-connections'] : []),
    ...(p.route === 'rename' ? ['--rename'] : []),
    ...(pgBouncer
      ? ['--pgbouncer-admin-url', pgBouncer.adminUrl, '--pgbouncer-config', pgBouncer.configPath]
      : []),
    ...(switchCommand ? ['--switch-command', switchCommand] : []),
  ];
  const logger = memoryLogger();
  // DB_DEPLOY_TEST_TIMINGS=1 prints where each row's time goes; the table is quiet otherwise.
  const laps: string[] = [];
  let lapStart = performance.now();
  const lap = (what: string) => {
    laps.push(`${what}=${Math.round(performance.now() - lapStart)}`);
    lapStart = performance.now();
  };
  const writers: Writers | undefined = pgBouncer ? startWriters(bouncer.url(name), 2) : undefined;
  const notes: string[] = [];
  try {
    await writers?.waitForMore(10);
    lap('setup');
    if (p.command !== 'prepare') await runSwitch(options('prepare'), logger);
    lap('prepare');
    if (p.command === 'rollback') await runSwitch(options('switch'), logger);
    lap('switch');
    await writers?.waitForMore(10);

    const stopped = await runUntil(
      env,
      blueUrl,
      args,
      during ? { running, release } : { pauseAt: `${p.command}:${p.point}` },
      kill,
      async () => {
        // While it waits there, status sees the command under way (a block hides the journal).
        if (p.point.endsWith('/blocked')) return;
        const live = await runSwitch(options('status'), logger);
        expect(live).toMatchObject({
          phase: IN_FLIGHT[p.command],
          interrupted: { command: p.command, step: p.point.split('/')[0], running: true },
        });
      },
    );
    // The orphaned switch-command of a killed process finishes on its own.
    if (during && kill === 'SIGKILL')
      await waitFor('the orphaned switch-command', async () => existsSync(routeFile), 20_000);
    lap('stopped');
    const status = await runSwitch(options('status'), logger);
    const outcome = kill === 'SIGKILL' ? p.after : afterCancel(p);
    if (kill === 'SIGKILL')
      expect(status).toMatchObject({
        phase: IN_FLIGHT[p.command],
        interrupted: { command: p.command, step: p.point.split('/')[0], recovery: p.after },
      });
    else {
      expect(status.interrupted).toBeUndefined();
      expect(status.phase).toBe(SETTLED[p.command][outcome]);
      expect(stopped.code).toBe(p.last ? 0 : 1);
      if (!p.last) expect(stopped.stderr).toMatch(/cancelled/);
    }

    // Past the switch point clients reach the new side: a write there must survive the recovery.
    if (outcome === 'finish' && p.command !== 'prepare' && !pgBouncer) {
      const note = `${name} written on the new side while interrupted`;
      const url = p.command === 'switch' && p.route === 'command' ? greenUrl : blueUrl;
      await query(url, 'INSERT INTO orders (note) VALUES ($1)', [note]);
      notes.push(note);
    }

    if (recover === 'again') {
      // The same command finishes or redoes the interrupted one, and then stands as it would.
      const again = await runSwitch(options(p.command), logger);
      expect(again.phase).toBe(SETTLED[p.command].finish);
      expect(again.steps.map((s) => s.step)).toContain(
        `the interrupted ${p.command} (stopped at ${p.point.split('/')[0]}) was ${p.after === 'finish' ? 'finished' : 'undone'}`,
      );
      if (p.command === 'switch' && pgBouncer)
        expect(await query(bouncer.url(name), 'SELECT current_database() AS db')).toEqual([
          { db: green },
        ]);
    }
    const result = await runSwitch(options(recover === 'again' ? 'abort' : recover), logger);
    lap('recovered');
    const final =
      recover !== 'rollback'
        ? 'aborted'
        : p.command === 'prepare' && !(kill === 'SIGINT' && p.last)
          ? 'aborted'
          : 'rolled-back';
    expect(result.phase).toBe(final);
    if (writers) {
      await writers.waitForMore(10);
      await writers.stop();
      expect(writers.failures).toEqual([]);
    }
    await expectClean(env, { name, blueUrl, greenUrl, final, pgBouncer, routeFile, logger });
    const ids = new Set(
      (await query<{ id: string }>(blueUrl, 'SELECT id::text FROM orders')).map((r) => r.id),
    );
    expect((writers?.acks ?? []).filter((a) => !ids.has(a.id))).toEqual([]);
    const kept = await query<{ note: string }>(
      blueUrl,
      'SELECT note FROM orders WHERE note = ANY($1)',
      [notes],
    );
    expect(kept.map((r) => r.note).sort()).toEqual([...notes].sort());
    lap('checked');
    if (process.env.DB_DEPLOY_TEST_TIMINGS === '1')
      console.log(`${p.command} ${p.route} ${p.point} ${kill} ${recover}: ${laps.join(' ')}`);
  } catch (error) {
    // The core's log says what the recovery did: worth having when a row fails.
    (error as Error).message += `\n--- log ---\n${logger.lines.join('\n')}`;
    throw error;
  } finally {
    await writers?.stop();
  }
}

async function expectClean(
  env: Env,
  c: {
    name: string;
    blueUrl: string;
    greenUrl: string;
    final: string;
    pgBouncer: { adminUrl: string } | undefined;
    routeFile: string;
    logger: ReturnType<typeof memoryLogger>;
  },
): Promise<void> {
  const { server, bouncer } = env;
  const green = `${c.name}_green`;
  const { forward, back } = replicationNames(green);
  const objects = [forward.slot, back.slot];
  expect(
    await query(
      server.url,
      'SELECT slot_name FROM pg_replication_slots WHERE slot_name = ANY($1)',
      [objects],
    ),
  ).toEqual([]);
  expect(
    await query(server.url, 'SELECT subname FROM pg_subscription WHERE subname = ANY($1)', [
      objects,
    ]),
  ).toEqual([]);
  const dbs = await query<{ datname: string; datallowconn: boolean }>(
    server.url,
    'SELECT datname, datallowconn FROM pg_database WHERE datname = ANY($1) ORDER BY 1',
    [[c.name, green]],
  );
  expect(dbs).toEqual([
    { datname: c.name, datallowconn: true },
    ...(c.final === 'aborted' ? [] : [{ datname: green, datallowconn: true }]),
  ]);
  for (const url of c.final === 'aborted' ? [c.blueUrl] : [c.blueUrl, c.greenUrl])
    expect(
      await query(url, 'SELECT pubname FROM pg_publication WHERE pubname = ANY($1)', [objects]),
    ).toEqual([]);
  // Blue's name is on the original database again, and it takes writes; a kept green does not.
  expect(await migrated(c.blueUrl)).toBe(false);
  await query(c.blueUrl, "INSERT INTO orders (note) VALUES ('after the recovery')");
  if (c.final !== 'aborted') {
    expect(await migrated(c.greenUrl)).toBe(true);
    await expect(
      query(c.greenUrl, "INSERT INTO orders (note) VALUES ('green is kept read-only')"),
    ).rejects.toThrow(/read-only/);
  }
  const status = await runSwitch(
    { ...SWITCH_DEFAULTS, command: 'status', databaseUrl: c.blueUrl },
    c.logger,
  );
  expect(status).toMatchObject<Partial<SwitchResult>>({ phase: c.final as SwitchResult['phase'] });
  expect(status.interrupted).toBeUndefined();
  if (c.pgBouncer) {
    const admin = await openClient(bouncer.adminUrl);
    try {
      const { rows } = await admin.query<{ name: string; paused: number }>('SHOW DATABASES');
      expect(rows.find((r) => r.name === c.name)).toMatchObject({ paused: 0 });
    } finally {
      await admin.end();
    }
    expect(await readFile(bouncer.configPath, 'utf8')).toMatch(
      new RegExp(`^${c.name} = .*dbname=${c.name}(\\s|$)`, 'm'),
    );
    expect(await query(bouncer.url(c.name), 'SELECT current_database() AS db')).toEqual([
      { db: c.name },
    ]);
  }
  // The switch-command's route, when it ran, ends on blue.
  if (existsSync(c.routeFile)) expect(await readFile(c.routeFile, 'utf8')).toBe(c.name);
}
