import { type Finding, FOREIGN_KEY_WITHOUT_INDEX, foreignKeyColumns } from '../lint/index.js';
import type { Migration } from '../migrations/index.js';
import { indexKey } from './catalog.js';
import { lineOf, migrationFinding as finding } from './finding-format.js';
import type { ForeignKeyInfo, IndexInfo } from './types.js';

/**
 * Index checks that need no copy: what a migration's indexes duplicate, which indexes it drops
 * that production uses, and whether the foreign keys the linter flagged are indexed after all.
 * Pure: catalog facts in, findings out.
 */

export const INDEX_RULES = {
  duplicate: 'duplicate-index',
  redundant: 'redundant-index',
  droppedInUse: 'dropped-index-in-use',
} as const;

/** Whether two indexes of one table have the same first `count` keys (operator class, collation and order included). */
function sameKeys(a: IndexInfo, b: IndexInfo, count: number): boolean {
  for (let i = 0; i < count; i += 1)
    if (a.keys[i] !== b.keys[i] || a.keyOptions[i] !== b.keyOptions[i]) return false;
  return true;
}

/** Same table, method and predicate: comparable keys. */
function comparable(a: IndexInfo, b: IndexInfo): boolean {
  return (
    a !== b &&
    a.schema === b.schema &&
    a.table === b.table &&
    a.method === b.method &&
    (a.predicate ?? '') === (b.predicate ?? '') &&
    a.valid &&
    b.valid
  );
}

/** An index another one makes needless: same keys, or its keys are a leading part of the other's. */
export function equivalent(a: IndexInfo, b: IndexInfo): boolean {
  return comparable(a, b) && a.keys.length === b.keys.length && sameKeys(a, b, a.keys.length);
}

const columns = (index: IndexInfo) => `(${index.keys.join(', ')})`;

/**
 * The indexes a migration creates that duplicate another (warning: both are maintained on every
 * write, one is never needed) or are a leading part of another btree (warning: the longer one
 * serves every lookup the shorter does), and existing indexes a new one makes a leading part of
 * (notice). A unique index is never called redundant: it enforces something.
 */
export function redundantIndexFindings(
  migration: Migration,
  created: readonly IndexInfo[],
  after: readonly IndexInfo[],
): Finding[] {
  const findings: Finding[] = [];
  const reported = new Set<string>();
  const createdKeys = new Set(created.map(indexKey));
  for (const index of created) {
    for (const other of after) {
      if (!comparable(index, other)) continue;
      const pair = [indexKey(index), indexKey(other)].sort().join(' ');
      if (reported.has(pair)) continue;
      const at = lineOf(migration, index.name);
      if (equivalent(index, other)) {
        // The non-unique one of a pair is the needless one; of two alike, the new one.
        const needless = index.unique && !other.unique ? other : index;
        const kept = needless === index ? other : index;
        reported.add(pair);
        findings.push(
          finding(migration, at, INDEX_RULES.duplicate, 'warning', {
            message: `${migration.name} creates index ${indexKey(index)} ${columns(index)}, which duplicates ${indexKey(other)} on ${index.schema}.${index.table}: both are maintained on every write, and ${indexKey(needless)} is never needed`,
            hint: `drop ${indexKey(needless)}${needless.constraint ? ` (it backs constraint ${needless.constraint}: drop the constraint, or keep it and drop ${indexKey(kept)})` : ''}`,
          }),
        );
        continue;
      }
      if (index.method !== 'btree') continue;
      const shorter = index.keys.length < other.keys.length ? index : other;
      const longer = shorter === index ? other : index;
      if (shorter.keys.length >= longer.keys.length) continue;
      if (!sameKeys(shorter, longer, shorter.keys.length) || shorter.unique || shorter.constraint)
        continue;
      reported.add(pair);
      const newShorter = shorter === index || createdKeys.has(indexKey(shorter));
      findings.push(
        finding(migration, at, INDEX_RULES.redundant, newShorter ? 'warning' : 'notice', {
          message: newShorter
            ? `${migration.name} creates index ${indexKey(shorter)} ${columns(shorter)}, a leading part of ${indexKey(longer)} ${columns(longer)}: the longer index serves every lookup it would`
            : `${migration.name} creates index ${indexKey(longer)} ${columns(longer)}, which makes ${indexKey(shorter)} ${columns(shorter)} a leading part of it: ${indexKey(shorter)} is no longer needed`,
          hint: newShorter
            ? `leave ${indexKey(shorter)} out`
            : `once ${indexKey(longer)} is built, drop ${indexKey(shorter)} (DROP INDEX CONCURRENTLY) in a later migration`,
        }),
      );
    }
  }
  return findings;
}

/** Scans of one index on the stats database (pg_stat_user_indexes). */
export interface IndexUse {
  scans: number;
  /** last_idx_scan (PostgreSQL 16+), when known. */
  lastScan?: string;
  /** When the database's statistics were last reset, when known. */
  since?: string;
}

/**
 * Indexes a migration drops that the stats database shows in use (an error, with the scan
 * count): unless an equivalent index (same table, keys and predicate) remains after it.
 * @param uses by `schema.index`
 */
export function droppedInUseFindings(
  migration: Migration,
  dropped: readonly IndexInfo[],
  after: readonly IndexInfo[],
  uses: ReadonlyMap<string, IndexUse>,
): Finding[] {
  return dropped.flatMap((index) => {
    const use = uses.get(indexKey(index));
    if (!use || use.scans <= 0 || after.some((other) => equivalent(index, other))) return [];
    const since = use.since ? ` since the statistics were reset on ${use.since.slice(0, 10)}` : '';
    const last = use.lastScan ? `, last on ${use.lastScan.slice(0, 19).replace('T', ' ')}` : '';
    return [
      finding(migration, lineOf(migration, index.name), INDEX_RULES.droppedInUse, 'error', {
        message: `${migration.name} drops index ${indexKey(index)}, which the stats database shows in use: ${use.scans.toLocaleString('en-US')} index scans${since}${last}`,
        hint: "find the queries that use it (pg_stat_statements; queries-file with plans-database-url shows their plans) and keep the index until they are gone; a replica's counts are that replica's only: check the primary and each replica",
      }),
    ];
  });
}

/**
 * Drops the linter's foreign-key-without-index findings whose key the final schema does index
 * (an earlier migration made the index, which the linter cannot see).
 */
export function withoutIndexedForeignKeys(
  findings: readonly Finding[],
  foreignKeys: readonly ForeignKeyInfo[],
  indexes: readonly IndexInfo[],
): Finding[] {
  const covered = foreignKeys
    .filter((fk) => indexes.some((index) => coversForeignKey(index, fk)))
    .flatMap((fk) => {
      const names = [`${fk.schema}.${fk.table}`, ...(fk.schema === 'public' ? [fk.table] : [])];
      return names.map((name) => `has no index on ${foreignKeyColumns(name, fk.columns)}:`);
    });
  return findings.filter(
    (f) =>
      f.rule !== FOREIGN_KEY_WITHOUT_INDEX || !covered.some((text) => f.message.includes(text)),
  );
}

/**
 * Whether an index can serve a foreign key's lookups: a valid, non-partial index whose first
 * keys are exactly the key's columns, in any order (equality on each).
 */
export function coversForeignKey(
  index: Pick<IndexInfo, 'schema' | 'table' | 'keys' | 'predicate' | 'valid' | 'method'>,
  fk: Pick<ForeignKeyInfo, 'schema' | 'table' | 'columns'>,
): boolean {
  if (index.schema !== fk.schema || index.table !== fk.table) return false;
  if (index.predicate || !index.valid || !['btree', 'hash'].includes(index.method)) return false;
  const leading = index.keys.slice(0, fk.columns.length).map(unquote);
  return (
    leading.length === fk.columns.length && fk.columns.every((column) => leading.includes(column))
  );
}

/** pg_get_indexdef quotes a column name that needs it; the catalog's names are bare. */
function unquote(key: string): string {
  return /^"(?:[^"]|"")*"$/.test(key) ? key.slice(1, -1).replace(/""/g, '"') : key;
}
