import type { DbClient } from '../db/index.js';
import { formatDuration } from '../duration.js';
import { formatBytes } from '../units.js';
import type { PreflightCheck, PreflightFigures } from './preflight-types.js';
import type { PreflightLimits } from './options.js';
import {
  ACTIVE_CONNECTIONS,
  CONNECTION_USAGE,
  DATABASE_SIZE,
  INVALID_INDEXES,
  LOCK_WAITERS,
  LOCK_WAITERS_BEFORE_14,
  OLDEST_TRANSACTIONS,
  REPLICATION,
  SERVER_VERSION,
} from './preflight-queries.js';

/** What one check measured: the row of the report and the figures it sets. */
export interface Measured {
  check: Pick<PreflightCheck, 'value' | 'status' | 'detail'>;
  figures: Partial<PreflightFigures>;
}

/** One check on the open session: its query and how its rows are judged. */
export interface CheckSpec {
  id: string;
  label: string;
  /** The limit as shown, or undefined when the check has none (or it is turned off). */
  limit(limits: PreflightLimits): string | undefined;
  /** What to do when it fails (checks that only report need none). */
  hint?: string;
  /** Runs the query; `figures` holds what earlier checks measured (the server version). */
  measure(client: DbClient, limits: PreflightLimits, figures: PreflightFigures): Promise<Measured>;
}

/** At most this many sessions, waiters or indexes are named in a check's detail. */
const NAMED = 5;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
const seconds = (value: number) => Math.round(value * 10) / 10;
const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;
const verdict = (failed: boolean) => (failed ? 'fail' : 'pass');

/** `a, b, c and 2 more`. */
function listed(items: readonly string[], separator = ', '): string {
  const shown = items.slice(0, NAMED).join(separator);
  return items.length > NAMED ? `${shown} and ${items.length - NAMED} more` : shown;
}

async function rows<T>(client: DbClient, sql: string): Promise<T[]> {
  return (await client.query(sql)).rows as T[];
}

const serverVersion: CheckSpec = {
  id: 'server-version',
  label: 'Server version',
  limit: () => undefined,
  async measure(client) {
    const [row] = await rows<{ version: string; num: number }>(client, SERVER_VERSION);
    const version = row?.version ?? '';
    return {
      check: { value: `PostgreSQL ${version}`, status: 'info' },
      figures: { 'server-version': version, 'server-version-num': Number(row?.num ?? 0) },
    };
  },
};

const databaseSize: CheckSpec = {
  id: 'database-size',
  label: 'Database size',
  limit: () => undefined,
  async measure(client) {
    const [row] = await rows<{ bytes: string }>(client, DATABASE_SIZE);
    const bytes = Number(row?.bytes ?? 0);
    return {
      check: { value: formatBytes(bytes), status: 'info' },
      figures: { 'database-size-bytes': bytes },
    };
  },
};

const activeConnections: CheckSpec = {
  id: 'active-connections',
  label: 'Active connections',
  limit: (l) => String(l.maxActiveConnections),
  hint: 'wait for a quieter moment, or raise max-active-connections',
  async measure(client, limits) {
    const [row] = await rows<{ active: number; hidden: number }>(client, ACTIVE_CONNECTIONS);
    const active = row?.active ?? 0;
    const hidden = row?.hidden ?? 0;
    return {
      check: {
        value: String(active),
        status: verdict(active > limits.maxActiveConnections),
        detail: hidden
          ? `${plural(hidden, 'session')} of other roles cannot be seen by this role, so neither their state nor their transactions are counted: grant it pg_monitor`
          : undefined,
      },
      figures: { 'active-connections': active },
    };
  },
};

const connectionUsage: CheckSpec = {
  id: 'connection-usage',
  label: 'Connections of max_connections',
  limit: (l) => `${percent(l.maxConnectionsUsage)} of max_connections`,
  hint: 'close idle connections or pool them (e.g. PgBouncer), or raise max-connections-usage',
  async measure(client, limits) {
    const [row] = await rows<{ total: number; max: number }>(client, CONNECTION_USAGE);
    const total = row?.total ?? 0;
    const max = row?.max ?? 0;
    const allowed = Math.floor(limits.maxConnectionsUsage * max);
    return {
      check: {
        value: `${total} of ${max} (${percent(max ? total / max : 0)})`,
        status: verdict(total > allowed),
        detail: total > allowed ? `at most ${allowed} allowed` : undefined,
      },
      figures: { 'total-connections': total, 'max-connections': max },
    };
  },
};

interface OpenTransaction {
  pid: number;
  state: string | null;
  application: string | null;
  role: string | null;
  age_seconds: number;
}

function describeTransaction(t: OpenTransaction): string {
  const who = [
    t.application ? `application "${t.application}"` : '',
    t.role ? `role "${t.role}"` : '',
  ].filter(Boolean);
  const state = t.state ? ` ${t.state}` : '';
  return [`pid ${t.pid}${state} for ${formatDuration(t.age_seconds * 1000)}`, ...who].join(', ');
}

const transactionAge: CheckSpec = {
  id: 'transaction-age',
  label: 'Oldest transaction',
  limit: (l) => (l.maxTransactionAgeMs ? formatDuration(l.maxTransactionAgeMs) : undefined),
  hint: 'let the long transaction finish or end it (pg_terminate_backend on its pid), or raise max-transaction-age',
  async measure(client, limits) {
    const open = await rows<OpenTransaction>(client, OLDEST_TRANSACTIONS);
    const ageSeconds = open[0]?.age_seconds ?? 0;
    const limit = limits.maxTransactionAgeMs;
    const over = limit ? open.filter((t) => t.age_seconds * 1000 > limit) : [];
    return {
      check: {
        value: open.length ? formatDuration(ageSeconds * 1000) : 'none open',
        status: limit ? verdict(over.length > 0) : 'info',
        detail: over.length ? listed(over.map(describeTransaction), '; ') : undefined,
      },
      figures: { 'oldest-transaction-seconds': seconds(ageSeconds) },
    };
  },
};

interface LockWaiter {
  pid: number;
  mode: string;
  locktype: string;
  relation: string | null;
  wait_seconds: number;
  blockers: number[];
}

function describeWaiter(w: LockWaiter): string {
  const blockers = w.blockers.length
    ? `, blocked by pid ${w.blockers.join(', ')}`
    : ', blocked by no session any more';
  return `pid ${w.pid} has waited ${formatDuration(w.wait_seconds * 1000)} for ${w.mode} on ${w.relation ?? w.locktype}${blockers}`;
}

const lockWaiters: CheckSpec = {
  id: 'lock-waiters',
  label: 'Sessions waiting on locks',
  limit: (l) => `${l.maxLockWaiters} waiting over ${formatDuration(l.maxLockWaitMs)}`,
  hint: 'find what blocks them (the pids above) and let it finish before deploying, or raise max-lock-waiters or max-lock-wait',
  async measure(client, limits, figures) {
    const version = Number(figures['server-version-num'] ?? 0);
    // pg_locks.waitstart exists from PostgreSQL 14; an unknown version takes the query that works everywhere.
    const sql = version >= 140000 ? LOCK_WAITERS : LOCK_WAITERS_BEFORE_14;
    const waiting = await rows<LockWaiter>(client, sql);
    const long = waiting.filter((w) => w.wait_seconds * 1000 > limits.maxLockWaitMs);
    const shorter = waiting.length - long.length;
    return {
      check: {
        value: `${long.length}${shorter ? ` (+${shorter} waiting less)` : ''}`,
        status: verdict(long.length > limits.maxLockWaiters),
        detail: long.length ? listed(long.map(describeWaiter), '; ') : undefined,
      },
      figures: { 'lock-waiters': long.length },
    };
  },
};

interface Replica {
  name: string | null;
  state: string | null;
  lag_seconds: number | null;
  lag_bytes: string | null;
}

const replicationLag: CheckSpec = {
  id: 'replication-lag',
  label: 'Replication lag',
  limit: (l) => (l.maxReplicationLagMs ? formatDuration(l.maxReplicationLagMs) : undefined),
  hint: 'wait for the replicas to catch up, or raise max-replication-lag',
  async measure(client, limits) {
    const replicas = await rows<Replica>(client, REPLICATION);
    const visible = replicas.filter((r) => r.state !== null);
    const hidden = replicas.length - visible.length;
    const lagSeconds = Math.max(0, ...visible.map((r) => r.lag_seconds ?? 0));
    const lagBytes = Math.max(0, ...visible.map((r) => Number(r.lag_bytes ?? 0)));
    const figures = {
      'replication-lag-seconds': seconds(lagSeconds),
      'replication-lag-bytes': lagBytes,
      replicas: replicas.length,
    };
    if (replicas.length === 0) return { check: { value: 'no replicas', status: 'pass' }, figures };
    const limit = limits.maxReplicationLagMs;
    const late = visible.filter((r) => limit && (r.lag_seconds ?? 0) * 1000 > limit);
    const problems = [
      ...late.map(
        (r) =>
          `replica "${r.name ?? ''}" (${r.state}) ${formatDuration((r.lag_seconds ?? 0) * 1000)} behind`,
      ),
      ...(hidden
        ? [
            `the lag of ${plural(hidden, 'replica')} cannot be seen by this role: grant it pg_monitor`,
          ]
        : []),
    ];
    const failed = late.length > 0 || hidden > 0;
    return {
      check: {
        value: `${formatDuration(lagSeconds * 1000)}, ${formatBytes(lagBytes)} behind (${plural(replicas.length, 'replica')})`,
        status: !limit && !hidden ? 'info' : verdict(failed),
        detail: problems.length ? listed(problems, '; ') : undefined,
      },
      figures,
    };
  },
};

const invalidIndexes: CheckSpec = {
  id: 'invalid-indexes',
  label: 'Invalid indexes',
  limit: (l) => String(l.maxInvalidIndexes),
  hint: 'drop each invalid index (DROP INDEX CONCURRENTLY) and create it again, or REINDEX INDEX CONCURRENTLY it',
  async measure(client, limits) {
    const found = await rows<{ schema: string; name: string; building: boolean }>(
      client,
      INVALID_INDEXES,
    );
    const names = found.map((i) => `${i.schema}.${i.name}${i.building ? ' (being built)' : ''}`);
    return {
      check: {
        value: String(found.length),
        status: verdict(found.length > limits.maxInvalidIndexes),
        detail: found.length ? listed(names) : undefined,
      },
      figures: { 'invalid-indexes': found.length },
    };
  },
};

/** Every check that runs on the session, in report order (the connection check comes first). */
export const SESSION_CHECKS: readonly CheckSpec[] = [
  serverVersion,
  databaseSize,
  activeConnections,
  connectionUsage,
  transactionAge,
  lockWaiters,
  replicationLag,
  invalidIndexes,
];
