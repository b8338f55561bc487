import {
  type DbClient,
  BACKEND_RELATION_LOCKS,
  OWN_RELATION_LOCKS,
  RELATION_FILES,
} from '../db/index.js';
import type { ObservedLock } from './types.js';

/** Storage identity of one relation. */
interface RelationFile {
  name: string;
  kind: string;
  filenode: string;
  /** For an index: its table's oid. */
  tableOid: string | null;
}

/** oid → storage identity of every user relation. */
export type RelationFiles = Map<string, RelationFile>;

export async function readRelationFiles(client: DbClient): Promise<RelationFiles> {
  const { rows } = await client.query<{
    oid: string;
    schema: string;
    name: string;
    kind: string;
    filenode: string;
    table_oid: string | null;
  }>(RELATION_FILES);
  return new Map(
    rows.map((r) => [
      r.oid,
      { name: `${r.schema}.${r.name}`, kind: r.kind, filenode: r.filenode, tableOid: r.table_oid },
    ]),
  );
}

/** Raw relation locks: oid → modes. */
export type LockSample = Map<string, Set<string>>;

export async function readOwnLocks(client: DbClient): Promise<LockSample> {
  return toSample((await client.query<{ oid: string; mode: string }>(OWN_RELATION_LOCKS)).rows);
}

function toSample(rows: Array<{ oid: string; mode: string }>, into: LockSample = new Map()) {
  for (const { oid, mode } of rows) {
    const modes = into.get(oid) ?? new Set<string>();
    modes.add(mode);
    into.set(oid, modes);
  }
  return into;
}

/**
 * Polls another backend's relation locks until stopped (for migrations that run outside a
 * transaction, whose locks are released statement by statement). Short locks can be missed.
 */
export function sampleLocks(client: DbClient, pid: number, everyMs = 0) {
  const sample: LockSample = new Map();
  let running = true;
  const loop = (async () => {
    while (running) {
      const { rows } = await client.query<{ oid: string; mode: string }>(BACKEND_RELATION_LOCKS, [
        pid,
      ]);
      toSample(rows, sample);
      if (everyMs > 0) await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    async stop(): Promise<LockSample> {
      running = false;
      await loop.catch(() => undefined);
      return sample;
    },
  };
}

/** PostgreSQL's table lock modes, weakest first (docs: "Table-Level Lock Modes"). */
export const LOCK_MODES = [
  'AccessShareLock',
  'RowShareLock',
  'RowExclusiveLock',
  'ShareUpdateExclusiveLock',
  'ShareLock',
  'ShareRowExclusiveLock',
  'ExclusiveLock',
  'AccessExclusiveLock',
] as const;

const rank = (mode: string) => LOCK_MODES.indexOf(mode as (typeof LOCK_MODES)[number]);

/**
 * The strongest lock held on each relation that existed before the migration (relations it
 * created cannot block anyone), leaving out indexes and the given bookkeeping tables.
 */
export function locksOnExisting(
  sample: LockSample,
  before: RelationFiles,
  ignore: ReadonlySet<string>,
): ObservedLock[] {
  const locks: ObservedLock[] = [];
  for (const [oid, modes] of sample) {
    const relation = before.get(oid);
    if (!relation || relation.kind === 'i' || ignore.has(relation.name)) continue;
    const mode = [...modes].sort((a, b) => rank(b) - rank(a))[0];
    if (mode) locks.push({ relation: relation.name, mode });
  }
  return locks.sort((a, b) => rank(b.mode) - rank(a.mode) || a.relation.localeCompare(b.relation));
}

/**
 * Relations that existed before and whose storage changed (PostgreSQL rewrote them). An index
 * is listed only when its table was not rewritten (a table rewrite rebuilds its indexes).
 */
export function rewrittenRelations(before: RelationFiles, after: RelationFiles): string[] {
  const changed = new Set<string>();
  for (const [oid, old] of before) {
    const now = after.get(oid);
    if (now && old.filenode !== '0' && now.filenode !== old.filenode) changed.add(oid);
  }
  return [...changed]
    .filter((oid) => {
      const tableOid = before.get(oid)?.tableOid;
      return !tableOid || !changed.has(tableOid);
    })
    .map((oid) => before.get(oid)!.name)
    .sort();
}
