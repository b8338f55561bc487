import { type DbClient, qualifiedName } from '../db/index.js';
import { CONTROL_SCHEMA, MARKER_TABLE, STATE_TABLE } from './names.js';
import {
  STATE_TABLE_EXISTS,
  addStateColumns,
  beginCommand,
  createControlSchema,
  createMarkerTable,
  createStateTable,
  pushStep,
  recordGreenOid,
  selectState,
  settleCommand,
  touchRunner,
} from './queries.js';
import type { Phase } from './types.js';
import type { CloneMethod, SwitchCommand } from './options.js';

const STATE = qualifiedName(CONTROL_SCHEMA, STATE_TABLE);
export const MARKER = qualifiedName(CONTROL_SCHEMA, MARKER_TABLE);

/**
 * What a command fixed when it began, so that another process can finish or undo it from the
 * journal alone: how green was made, the route, what was read-only before. Never a secret (the
 * PgBouncer URL and the switch-command come from the inputs of the command that recovers).
 */
export interface Facts {
  method?: CloneMethod;
  /** prepare: blue was read-only before it froze blue (so undoing leaves it so). */
  blueWasReadOnly?: boolean;
  /** prepare: blue's server major (which pg_dump to use). */
  major?: number;
  /** abort, and rollback without a switch: blue is writable again (template/dump froze it). */
  unfreeze?: boolean;
  /** switch or rollback: which way the traffic moves. */
  direction?: 'switch' | 'rollback';
  /** The new side catches up through replication (a marker row proves it). */
  catchUp?: boolean;
  /** switch: green's forward subscription ends inside the pause (clone-method logical). */
  logical?: boolean;
  /** switch: a return replication is set up (green's server decodes its WAL). */
  returning?: boolean;
  /** rollback: blue follows green, so the rollback carries green's writes. */
  following?: boolean;
  /** The PgBouncer entry paused (and repointed unless the names swap). */
  bouncer?: string;
  /** PgBouncer's server_login_retry before the switch set it to 0. */
  loginRetry?: string;
  /** The names swap at the switch point. */
  rename?: boolean;
  /** A switch-command runs. */
  command?: boolean;
  /** Whether the names were swapped when the command began. */
  swappedAtStart?: boolean;
  /** The old side was read-only before the pause (template/dump: blue stays frozen if undone). */
  fromWasReadOnly?: boolean;
  /** The return publication lists columns (PostgreSQL 15+ on green). */
  columnLists?: boolean;
  /** The tables the return publication lists, with blue's columns. */
  tables?: Array<{ sql: string; columns: string[] }>;
}

/** The pair's row: which side is live, and the journal of a command under way or interrupted. */
export interface PairState {
  blue: string;
  green: string;
  active: string;
  phase: Phase | 'none';
  method: CloneMethod;
  /** The last switch swapped the names (as recorded; the truth is where the row is found). */
  renamed: boolean;
  updatedAt: string;
  /** The database the row lives in: the one made as blue, whatever its name now. */
  homeOid: string | undefined;
  /** The database made as green, once prepare created it (what abort may drop, and nothing else). */
  greenOid: string | undefined;
  /** The command that has not ended, or undefined. */
  command: SwitchCommand | undefined;
  /** The steps it journaled, in order: each one written before it was taken. */
  steps: string[];
  facts: Facts;
  /** The server process of the session that last wrote the journal. */
  runnerPid: number | undefined;
}

/** The control schema: the state row (never replicated) and the marker table (replicated). */
export async function ensureControlTables(client: DbClient): Promise<void> {
  await client.query(createControlSchema(CONTROL_SCHEMA));
  await client.query(createStateTable(STATE));
  await client.query(addStateColumns(STATE));
  await client.query(createMarkerTable(MARKER));
}

/**
 * The row of `green` in the database `client` is connected to, when it is that database's own:
 * a row copied into green (template, dump) names another database as its home.
 */
export async function readState(client: DbClient, green: string): Promise<PairState | undefined> {
  const exists = await client.query<{ ok: boolean }>(STATE_TABLE_EXISTS, [
    `${CONTROL_SCHEMA}.${STATE_TABLE}`,
  ]);
  if (!exists.rows[0]?.ok) return undefined;
  const { rows } = await client.query<{ row: Record<string, unknown>; here: number }>(
    selectState(STATE),
    [green],
  );
  const found = rows[0];
  if (!found) return undefined;
  const row = found.row;
  const home = row.home_oid as number | null | undefined;
  // A row written before rows knew their home is taken where it is found.
  if (home !== null && home !== undefined && Number(home) !== Number(found.here)) return undefined;
  const greenOid = row.green_oid as number | null | undefined;
  return {
    blue: String(row.blue),
    green: String(row.green),
    active: String(row.active),
    phase: row.phase as Phase | 'none',
    method: (row.method as CloneMethod | undefined) ?? 'logical',
    renamed: row.renamed === true,
    updatedAt: new Date(String(row.updated_at)).toISOString(),
    homeOid: String(found.here),
    greenOid: greenOid === null || greenOid === undefined ? undefined : String(greenOid),
    command: (row.command as SwitchCommand | null | undefined) ?? undefined,
    steps: Array.isArray(row.steps) ? row.steps.map(String) : [],
    facts: (row.facts as Facts | undefined) ?? {},
    runnerPid: typeof row.runner_pid === 'number' ? row.runner_pid : undefined,
  };
}

/**
 * The journal of one pair, written in the database made as blue (its home, whatever its name):
 * each write is committed on its own, before the step it announces is taken.
 */
export interface JournalStore {
  begin(command: SwitchCommand, method: CloneMethod, facts: Facts): Promise<void>;
  push(step: string): Promise<void>;
  recordGreenOid(oid: string): Promise<void>;
  /** Records the session now writing the journal (after a step closed the previous one). */
  touch(): Promise<void>;
  settle(next: { phase: Phase; active: string; renamed: boolean }): Promise<void>;
}

export function journalStore(
  home: () => Promise<DbClient>,
  pair: { blue: string; green: string },
): JournalStore {
  return {
    async begin(command, method, facts) {
      const client = await home();
      await ensureControlTables(client);
      await client.query(beginCommand(STATE), [
        pair.green,
        pair.blue,
        method,
        command,
        JSON.stringify(facts),
      ]);
    },
    async push(step) {
      await (await home()).query(pushStep(STATE), [pair.green, step]);
    },
    async recordGreenOid(oid) {
      await (await home()).query(recordGreenOid(STATE), [pair.green, oid]);
    },
    async touch() {
      await (await home()).query(touchRunner(STATE), [pair.green]);
    },
    async settle(next) {
      await (
        await home()
      ).query(settleCommand(STATE), [pair.green, next.phase, next.active, next.renamed]);
    },
  };
}
