import { connect, disconnect, type DbClient, databaseStep, parseDatabaseUrl } from '../db/index.js';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { planMethod, type PlanMethod } from './explain.js';
import { COPY_FACTS, DATABASE_IDENTITY, SET_BOUNDS } from './queries.js';

/** What the copy's role needs, for errors reading it. */
const COPY_ROLE_HINT =
  'the role of the copy must read pg_stat_activity and pg_control_system() and set its own timeouts (every role may, by default)';

/** The identity validate compares: the cluster's system identifier and the database's oid. */
export interface DatabaseIdentity {
  system_identifier: string;
  database_oid: string;
}

/** What a copy session is opened with. */
export interface CopyConnectOptions {
  /** The production-sized copy (a secret). */
  url: string;
  /** The input name, for messages (`plans-database-url`, `--plans-database-url`). */
  input: string;
  connectTimeoutMs: number;
  /** lock_timeout of every statement on the copy, milliseconds. */
  lockTimeoutMs: number;
  /** statement_timeout of every statement on the copy, milliseconds (0: none). */
  statementTimeoutMs: number;
  /** The database the copy must not be (database-url's), when there is one. */
  notSameAs?: DatabaseIdentity;
}

/** An open session on a copy that passed the guards. */
export interface CopySession {
  client: DbClient;
  /** `host:port/database`. */
  display: string;
  /** The copy's PostgreSQL major. */
  major: number;
  method: PlanMethod;
  input: string;
}

/** Oldest major with plan_cache_mode, which the prepared-statement way needs. */
const OLDEST_MAJOR = 12;

/** How long the copy's transaction may sit idle before PostgreSQL ends it (a stuck runner). */
const IDLE_IN_TRANSACTION_MS = 60_000;

/** Reads the identity of the database a client is connected to. */
export async function databaseIdentity(client: DbClient): Promise<DatabaseIdentity> {
  const { rows } = await client.query<DatabaseIdentity>(DATABASE_IDENTITY);
  return rows[0] as DatabaseIdentity;
}

/**
 * Connects to the production-sized copy and proves it is one before anything runs there: it is
 * not a standby, not the database database-url names, and no other client is connected (a copy
 * has none; production has many, and the copy's transaction takes real locks). Each refusal is
 * one line and changes nothing. Every statement of the session is bounded by lock_timeout and
 * statement_timeout (and a client-side timeout a little longer, for a server that stops answering).
 */
export async function openCopy(options: CopyConnectOptions, logger: Logger): Promise<CopySession> {
  const target = parseDatabaseUrl(options.url, options.input);
  const client = await connect(target, {
    connectTimeoutMs: options.connectTimeoutMs,
    applicationName: 'db-deploy plans',
    queryTimeoutMs: options.statementTimeoutMs ? options.statementTimeoutMs + 30_000 : undefined,
  });
  try {
    await databaseStep(
      'setting the timeouts on the copy',
      target.display,
      () =>
        client.query(SET_BOUNDS, [
          `${options.lockTimeoutMs}ms`,
          `${options.statementTimeoutMs}ms`,
          `${IDLE_IN_TRANSACTION_MS}ms`,
        ]),
      COPY_ROLE_HINT,
    );
    const session: CopySession = {
      client,
      display: target.display,
      major: 0,
      method: 'generic-plan',
      input: options.input,
    };
    const facts = await checkCopy(session, options.notSameAs);
    session.major = Math.floor(facts.version_num / 10000);
    session.method = planMethod(session.major);
    logger.info(
      `plans: ${target.display} is a copy on PostgreSQL ${session.major} with no other session connected`,
    );
    return session;
  } catch (error) {
    await disconnect(client);
    throw error;
  }
}

interface CopyFacts extends DatabaseIdentity {
  in_recovery: boolean;
  version_num: number;
  other_sessions: number;
  unseen_sessions: number;
}

/** The guards (see openCopy); run again right before the copy's transaction begins. */
export async function checkCopy(
  session: Pick<CopySession, 'client' | 'display' | 'input'>,
  notSameAs?: DatabaseIdentity,
): Promise<CopyFacts> {
  const { client, display, input } = session;
  const facts = (
    await databaseStep(
      'reading what the copy is',
      display,
      () => client.query<CopyFacts>(COPY_FACTS),
      COPY_ROLE_HINT,
    )
  ).rows[0] as CopyFacts;
  const refuse = (message: string, hint: string) =>
    new DbDeployError('plans-refused', message, { where: display, hint });
  if (facts.in_recovery)
    throw refuse(
      `${input} points at a standby (it is in recovery), which cannot apply a migration even in a transaction that is rolled back`,
      'point it at a writable copy: a restored backup or a database branch',
    );
  if (
    notSameAs &&
    notSameAs.system_identifier === facts.system_identifier &&
    notSameAs.database_oid === facts.database_oid
  )
    throw refuse(
      `${input} is the same database as database-url`,
      `give ${input} a production-sized copy, and database-url an empty scratch database`,
    );
  if (facts.other_sessions > 0) {
    const unseen = facts.unseen_sessions
      ? ` (${facts.unseen_sessions} of them this role may not see: grant it pg_read_all_stats to tell autovacuum from clients)`
      : '';
    throw refuse(
      `${input} has ${facts.other_sessions} other client session(s) connected${unseen}: a production-sized copy has none, production has many`,
      `point it at a copy nobody else uses: the migrations are applied there in a transaction (rolled back), whose locks would block those sessions`,
    );
  }
  if (facts.version_num < OLDEST_MAJOR * 10000)
    throw refuse(
      `${input} runs PostgreSQL ${Math.floor(facts.version_num / 10000)}: generic plans need PostgreSQL ${OLDEST_MAJOR} or newer`,
      'use a copy on the major production runs, 12 or newer',
    );
  return facts;
}
