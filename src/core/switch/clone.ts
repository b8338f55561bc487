// Decision record: docs/adr/0011-point-in-time-clones-and-name-swaps.md (ADR 0011).
import { DbDeployError } from '../errors.js';
import { qualifiedName, pgErrorFields, type DbClient, RELATION_EXISTS } from '../db/index.js';
import { sleep } from '../duration.js';
import { replicatedTables, walLevel, type UserTable } from './catalog.js';
import { blockConnections, unblockConnections } from './connections.js';
import type { Ctx } from './context.js';
import { copyDatabase } from './dump-copy.js';
import { logicalPrivilegeProblem, sessionEndingProblem } from './privileges.js';
import { readServerMajor } from '../backup/index.js';
import {
  DATABASE_OID,
  TERMINATE_STATEMENT,
  createDatabase,
  createDatabaseFromTemplate,
  dropDatabase,
  insertJsonRows,
  tableAsJson,
} from './queries.js';
import { SESSION_NAME, connectedSessions, endSessions, setReadOnly, type Pair } from './session.js';
import type { SwitchOptions } from './options.js';

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
  // A point-in-time copy with terminate-connections ends blue's sessions before copying.
  if (options.cloneMethod !== 'logical' && options.terminateConnections) {
    const database = pair.blue.database;
    const problem = await sessionEndingProblem(b, database, SESSION_NAME, pair.blue.display);
    if (problem) throw problem;
  }
  if (options.cloneMethod === 'template' && !pair.sameServer)
    throw new DbDeployError(
      'bad-input',
      'clone-method template copies a database within its server, and green-database-url names another server',
      { hint: 'use clone-method dump (or logical) for a green on another server' },
    );
}

/** A database's OID, or undefined when no database has that name. */
async function oidOf(client: DbClient, name: string): Promise<string | undefined> {
  const { rows } = await client.query<{ oid: string }>(DATABASE_OID, [name]);
  return rows[0]?.oid;
}

/**
 * Creates green (empty, or a template copy of blue) and records its OID in the journal — later,
 * by the caller, for a template copy (blue, home of the journal, refuses sessions meanwhile).
 */
export async function createGreen(ctx: Ctx, template?: DbClient): Promise<string | undefined> {
  const { pair } = ctx;
  const host = template ?? (await pair.greenHost());
  await host.query(
    template
      ? createDatabaseFromTemplate(pair.green.database, pair.blue.database)
      : createDatabase(pair.green.database),
  );
  const oid = await oidOf(host, pair.green.database);
  if (oid && !template) await recordGreen(ctx, oid);
  return oid;
}

async function recordGreen(ctx: Ctx, oid: string): Promise<void> {
  await ctx.journal.recordGreenOid(oid);
  if (ctx.state) ctx.state.greenOid = oid;
}

/**
 * Drops the database made as green, under whatever name it has now — only when its OID is the
 * one prepare recorded (or, before the OID was recorded, the one prepare was creating), and
 * never the database the journal lives in. A CREATE DATABASE of green that a killed process
 * left running is ended first, or it would create green after this.
 */
export async function dropGreen(ctx: Ctx): Promise<void> {
  const { pair } = ctx;
  const copy = ctx.copy();
  await pair.release(copy.target);
  const host = copy.target === pair.blue ? await pair.serverClient('blue') : await pair.greenHost();
  for (const statement of [
    createDatabase(pair.green.database),
    createDatabaseFromTemplate(pair.green.database, pair.blue.database),
  ])
    await host.query(TERMINATE_STATEMENT, [SESSION_NAME, statement]);
  const oid = await oidOf(host, copy.name);
  if (!oid) return;
  const recorded = ctx.state?.greenOid;
  const home = ctx.state?.homeOid;
  if ((recorded !== undefined && oid !== recorded) || (home !== undefined && oid === home))
    throw new DbDeployError(
      'not-green',
      `database ${copy.name} is not the green that prepare made (OID ${oid}, expected ${recorded ?? 'another'}): nothing dropped`,
      { where: copy.target.display, hint: 'run status; drop the database by hand if it must go' },
    );
  await host.query(dropDatabase(copy.name));
}

/**
 * The point-in-time methods freeze blue first: read-only for every new session, and no session
 * left that could still write (ended with terminate-connections, refused otherwise). The copy
 * then holds every write blue will take until the switch or abort.
 */
export async function freezeBlue(ctx: Ctx): Promise<void> {
  const { pair, options } = ctx;
  const admin =
    options.cloneMethod === 'template' ? await pair.serverClient('blue') : await pair.blueClient();
  await setReadOnly(admin, pair.blue.database, true);
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

/**
 * template: CREATE DATABASE green TEMPLATE blue — a file copy, with nobody connected to blue.
 * With terminate-connections, blue refuses new sessions for those seconds (marked, so that a
 * process killed meanwhile leaves a block the next command lifts), and sessions that slip in
 * are ended again.
 */
export async function cloneTemplate(ctx: Ctx): Promise<void> {
  const { pair, options, logger } = ctx;
  const { blue, green } = pair;
  const admin = await pair.serverClient('blue');
  await pair.release(blue);
  let blocked = false;
  if (options.terminateConnections) {
    blocked = await blockConnections(
      admin,
      [blue.database],
      green.database,
      'prepare:create-green',
    ).then(
      () => true,
      (e: unknown) => {
        logger.warn(
          `new sessions of blue stay allowed during the copy: ${pgErrorFields(e).message}`,
        );
        return false;
      },
    );
    await ctx.checkpoint('create-green/blocked');
  }
  let oid: string | undefined;
  try {
    for (let attempt = 1; ; attempt += 1) {
      try {
        oid = await createGreen(ctx, admin);
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
      await unblockConnections(admin, [blue.database], green.database).catch((e: unknown) =>
        logger.error(
          `blue still refuses new sessions; run ALTER DATABASE ${blue.database} WITH ALLOW_CONNECTIONS true: ${pgErrorFields(e).message}`,
        ),
      );
  }
  if (oid) await recordGreen(ctx, oid);
  ctx.steps.mark(`copied ${blue.database} into ${green.database} (template)`);
}

/** dump: pg_dump | pg_restore of the frozen blue into a new green, on any server. */
export async function cloneDump(ctx: Ctx, major: number): Promise<void> {
  const { pair, options, steps, logger } = ctx;
  await createGreen(ctx);
  steps.mark(`created ${pair.green.database}`);
  await copyDatabase(pair.blue, pair.green, major, options.pgBinDir, logger, true);
  steps.mark(`copied ${pair.blue.database} into ${pair.green.database} (pg_dump)`);
}

/** logical: green gets blue's schema and node-pg-migrate's rows (the replication brings the rest). */
export async function cloneSchema(ctx: Ctx, major: number): Promise<void> {
  const { pair, options, steps, logger } = ctx;
  await createGreen(ctx);
  steps.mark(`created ${pair.green.database}`);
  await copyDatabase(pair.blue, pair.green, major, options.pgBinDir, logger, false);
  steps.mark("copied blue's schema");
  await copyMigrationTables(await pair.blueClient(), await pair.greenClient(), options);
}

/** node-pg-migrate's tables are not replicated (green writes its own rows): copied once. */
async function copyMigrationTables(
  b: DbClient,
  g: DbClient,
  options: SwitchOptions,
): Promise<void> {
  for (const name of [options.migrationsTable, `${options.migrationsTable}_checksums`]) {
    const table = qualifiedName(options.migrationsSchema, name);
    const exists = await b.query<{ exists: boolean }>(RELATION_EXISTS, [table]);
    if (!exists.rows[0]?.exists) continue;
    const { rows } = await b.query<{ data: unknown }>(tableAsJson(table));
    await g.query(insertJsonRows(table), [JSON.stringify(rows[0]?.data ?? [])]);
  }
}
