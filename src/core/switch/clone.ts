// Decision record: docs/adr/0011-point-in-time-clones-and-name-swaps.md (ADR 0011).
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { quoteIdent, qualifiedName } from '../db/sql.js';
import { pgErrorFields } from '../db/pg-error.js';
import { sleep } from '../duration.js';
import type { DbClient } from '../db/connect.js';
import { replicatedTables, walLevel, type UserTable } from './catalog.js';
import { conninfo } from './names.js';
import {
  createPublication,
  createSlot,
  createSubscription,
  dropSubscription,
  waitForInitialSync,
} from './replication.js';
import { copyDatabase } from './dump-copy.js';
import { logicalPrivilegeProblem } from './privileges.js';
import { readServerMajor } from '../backup/inspect.js';
import { connectedSessions, endSessions, setReadOnly, type Pair } from './session.js';
import type { SwitchOptions } from './types.js';
import type { stepRecorder } from './steps.js';

/** What a clone step needs: the pair, the options, blue's major, the undo list, the log. */
export interface CloneContext {
  pair: Pair;
  options: SwitchOptions;
  major: number;
  /** Undo actions, run in reverse order when prepare fails. */
  undo: Array<() => Promise<unknown>>;
  steps: ReturnType<typeof stepRecorder>;
  logger: Logger;
}

/** Refuses tables whose UPDATE/DELETE a publication could not replicate. */
export function requireReplicable(tables: readonly UserTable[], where: string): void {
  const unreplicable = tables.filter((t) => !t.replicable);
  if (unreplicable.length > 0)
    throw new DbDeployError(
      'no-replica-identity',
      `tables without a primary key or replica identity cannot replicate UPDATE and DELETE: ${unreplicable.map((t) => `${t.schema}.${t.name}`).join(', ')}`,
      {
        where,
        hint: 'add a primary key, or ALTER TABLE … REPLICA IDENTITY FULL (a publication would make UPDATE/DELETE on them fail), or use clone-method template or dump',
      },
    );
}

/** Logical replication needs wal_level=logical: one line with how to set it. */
export async function requireLogicalWal(client: DbClient, where: string): Promise<void> {
  const level = await walLevel(client);
  if (level !== 'logical')
    throw new DbDeployError(
      'wal-level',
      `blue's wal_level is ${level}; logical replication needs logical`,
      {
        where,
        hint: 'run ALTER SYSTEM SET wal_level = logical and restart PostgreSQL (RDS/Aurora: rds.logical_replication = 1 in the parameter group; Cloud SQL: cloudsql.logical_decoding = on), or use clone-method template or dump',
      },
    );
}

async function createGreen(ctx: CloneContext, template?: DbClient): Promise<void> {
  const { pair } = ctx;
  const green = quoteIdent(pair.green.database);
  if (template)
    await template.query(`CREATE DATABASE ${green} TEMPLATE ${quoteIdent(pair.blue.database)}`);
  else await (await pair.greenHost()).query(`CREATE DATABASE ${green}`);
  ctx.undo.push(() => dropGreen(pair));
}

/** Drops green; FORCE (PostgreSQL 13+) ends the sessions still in it. */
export async function dropGreen(pair: Pair): Promise<void> {
  await pair.release(pair.green);
  await (
    await pair.greenHost()
  ).query(`DROP DATABASE IF EXISTS ${quoteIdent(pair.green.database)} WITH (FORCE)`);
}

/**
 * logical: green gets blue's schema, node-pg-migrate's rows, then a subscription to blue whose
 * initial copy brings every row; blue keeps taking writes and green keeps receiving them.
 */
export async function cloneLogical(ctx: CloneContext): Promise<UserTable[]> {
  const { pair, options, steps } = ctx;
  const { blue, green, names } = pair;
  const b = await pair.blueClient();
  const tables = await replicatedTables(b, options);
  await createGreen(ctx);
  steps.mark(`created ${green.database}`);
  await copyDatabase(blue, green, ctx.major, options.pgBinDir, ctx.logger, false);
  steps.mark("copied blue's schema");
  const g = await pair.greenClient();
  await copyMigrationTables(b, g, options);
  await createPublication(b, names.forward, tables, false);
  ctx.undo.push(() =>
    b.query(`DROP PUBLICATION IF EXISTS ${quoteIdent(names.forward.publication)}`),
  );
  await createSlot(b, names.forward);
  ctx.undo.push(() => b.query('SELECT pg_drop_replication_slot($1)', [names.forward.slot]));
  await createSubscription(g, names.forward, conninfo(blue), true);
  ctx.undo.push(() => dropSubscription(g, names.forward));
  await waitForInitialSync(g, names.forward, options.syncTimeoutMs);
  steps.mark(`replicating ${tables.length} tables from blue; initial copy done`);
  return tables;
}

/**
 * The point-in-time methods freeze blue first: read-only for every new session, and no session
 * left that could still write (ended with terminate-connections, refused otherwise). The copy
 * then holds every write blue will take until the switch or abort.
 */
async function freezeBlue(ctx: CloneContext, admin: DbClient): Promise<void> {
  const { pair, options } = ctx;
  await setReadOnly(admin, pair.blue.database, true);
  ctx.undo.push(async () =>
    setReadOnly(await pair.serverClient('blue'), pair.blue.database, false),
  );
  const sessions = await connectedSessions(admin, pair.blue.database);
  if (sessions.length === 0) return;
  if (!options.terminateConnections) {
    const apps = [...new Set(sessions.map((s) => `${s.application} (${s.user})`))].slice(0, 3);
    throw new DbDeployError(
      'sessions-connected',
      `${sessions.length} sessions are connected to blue (${apps.join(', ')}); clone-method ${options.cloneMethod} copies a quiet database`,
      {
        where: pair.blue.display,
        hint: 'stop them (a maintenance window), set terminate-connections: true to end them (blue is read-only until the switch), or use clone-method logical',
      },
    );
  }
  const ended = await endSessions(admin, pair.blue.database);
  ctx.steps.mark(`${ended} sessions of ${pair.blue.database} ended`);
}

/** Whether CREATE DATABASE … TEMPLATE failed because someone is connected to blue. */
function sourceInUse(error: unknown): boolean {
  return pgErrorFields(error).code === '55006';
}

/** What each method needs, checked before anything is created. */
export async function checkCloneMethod(pair: Pair, options: SwitchOptions): Promise<void> {
  const b = await pair.blueClient();
  if (options.cloneMethod === 'logical') {
    await requireLogicalWal(b, pair.blue.display);
    const tables = await replicatedTables(b, options);
    requireReplicable(tables, pair.blue.display);
    const greenMajor = await readServerMajor(await pair.greenHost());
    const problem = await logicalPrivilegeProblem(b, tables, greenMajor, pair.blue.display);
    if (problem) throw problem;
  }
  if (options.cloneMethod === 'template' && !pair.sameServer)
    throw new DbDeployError(
      'bad-input',
      'clone-method template copies a database within its server, and green-database-url names another server',
      { hint: 'use clone-method dump (or logical) for a green on another server' },
    );
}

/** template: CREATE DATABASE green TEMPLATE blue — a file copy, with nobody connected to blue. */
export async function cloneTemplate(ctx: CloneContext): Promise<void> {
  const { pair, options, steps, logger } = ctx;
  const { blue, green } = pair;
  const admin = await pair.serverClient('blue');
  await pair.release(blue);
  await freezeBlue(ctx, admin);
  // While the copy runs nobody may connect to blue: new sessions are refused for those seconds
  // (when we own blue), and sessions that slip in are ended again.
  let blocked = false;
  if (options.terminateConnections) {
    blocked = await admin
      .query(`ALTER DATABASE ${quoteIdent(blue.database)} WITH ALLOW_CONNECTIONS false`)
      .then(
        () => true,
        (e: unknown) => {
          logger.warn(
            `new sessions of blue stay allowed during the copy: ${pgErrorFields(e).message}`,
          );
          return false;
        },
      );
  }
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await createGreen(ctx, admin);
        break;
      } catch (error) {
        if (!sourceInUse(error)) throw error;
        if (!options.terminateConnections || attempt >= 5)
          throw new DbDeployError(
            'sessions-connected',
            `a session connected to blue during the template copy: ${pgErrorFields(error).message}`,
            {
              where: blue.display,
              hint: 'stop what connects to blue for the copy, or set terminate-connections: true',
            },
          );
        await endSessions(admin, blue.database);
        await sleep(200 * attempt);
      }
    }
  } finally {
    if (blocked)
      await admin
        .query(`ALTER DATABASE ${quoteIdent(blue.database)} WITH ALLOW_CONNECTIONS true`)
        .catch((e: unknown) =>
          logger.error(
            `blue still refuses new sessions; run ALTER DATABASE ${blue.database} WITH ALLOW_CONNECTIONS true: ${pgErrorFields(e).message}`,
          ),
        );
  }
  steps.mark(`copied ${blue.database} into ${green.database} (template)`);
}

/** dump: pg_dump | pg_restore of the frozen blue into a new green, on any server. */
export async function cloneDump(ctx: CloneContext): Promise<void> {
  const { pair, options, steps, logger } = ctx;
  await freezeBlue(ctx, await pair.blueClient());
  await createGreen(ctx);
  steps.mark(`created ${pair.green.database}`);
  await copyDatabase(pair.blue, pair.green, ctx.major, options.pgBinDir, logger, true);
  steps.mark(`copied ${pair.blue.database} into ${pair.green.database} (pg_dump)`);
}

/** node-pg-migrate's tables are not replicated (green writes its own rows): copied once. */
async function copyMigrationTables(
  b: DbClient,
  g: DbClient,
  options: SwitchOptions,
): Promise<void> {
  for (const name of [options.migrationsTable, `${options.migrationsTable}_checksums`]) {
    const table = qualifiedName(options.migrationsSchema, name);
    // The quoted name: to_regclass would fold an unquoted one to lower case.
    const exists = await b.query<{ ok: boolean }>('SELECT to_regclass($1) IS NOT NULL AS ok', [
      table,
    ]);
    if (!exists.rows[0]?.ok) continue;
    const { rows } = await b.query<{ data: unknown }>(
      `SELECT coalesce(json_agg(t), '[]') AS data FROM ${table} t`,
    );
    await g.query(
      `INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`,
      [JSON.stringify(rows[0]?.data ?? [])],
    );
  }
}
