import { connect, disconnect, TABLE_SIZES, parseDatabaseUrl, databaseStep } from '../db/index.js';
import type { Finding } from '../lint/index.js';
import type { MigrationReport, TableStats } from './types.js';
import { formatBytes, roughly } from '../units.js';

/**
 * Rough sequential throughput of a table rewrite or an index build, bytes per second. Real
 * figures depend on disks, indexes and load; this only tells 40 GB from 40 MB apart.
 */
export const REWRITE_BYTES_PER_SECOND = 100 * 1024 * 1024;

/** A table at or above this size makes a blocking lock or a rewrite high-risk. */
export const LARGE_TABLE_BYTES = 1024 * 1024 * 1024;

/**
 * Reads the size and row estimate of every table a migration locked or rewrote, from the
 * stats database's catalog (pg_class, pg_total_relation_size): no row is read.
 */
export async function readTableStats(
  statsDatabaseUrl: string,
  migrations: readonly MigrationReport[],
  connectTimeoutMs: number,
): Promise<Map<string, TableStats>> {
  const target = parseDatabaseUrl(statsDatabaseUrl, 'stats-database-url');
  const wanted = new Set(
    migrations.flatMap((m) => [...m.locks.map((l) => l.relation), ...m.rewrites]),
  );
  const stats = new Map<string, TableStats>();
  if (wanted.size === 0) return stats;
  const client = await connect(target, { connectTimeoutMs });
  try {
    const pairs = [...wanted].map((name) => name.split('.') as [string, string]);
    const { rows } = await databaseStep('reading table sizes', target.display, () =>
      client.query<{ schema: string; name: string; total_bytes: string; row_estimate: string }>(
        TABLE_SIZES,
        [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
      ),
    );
    for (const row of rows) {
      const totalBytes = Number(row.total_bytes);
      stats.set(`${row.schema}.${row.name}`, {
        relation: `${row.schema}.${row.name}`,
        totalBytes,
        rowEstimate: Number(row.row_estimate),
        rewriteEstimateMs: Math.round((totalBytes / REWRITE_BYTES_PER_SECOND) * 1000),
      });
    }
  } finally {
    await disconnect(client);
  }
  return stats;
}

/** Lock modes that stop writes (SHARE and stronger) or reads too (ACCESS EXCLUSIVE). */
const BLOCKING = new Set([
  'ShareLock',
  'ShareRowExclusiveLock',
  'ExclusiveLock',
  'AccessExclusiveLock',
]);

/**
 * Grades a migration by the real size of what it blocks or rewrites: `high` when it rewrites or
 * blocks writes on a large table, `medium` when it does so on a smaller non-empty one, `low`
 * otherwise.
 */
export function gradeRisk(migration: MigrationReport): 'low' | 'medium' | 'high' {
  let grade: 'low' | 'medium' | 'high' = 'low';
  for (const table of migration.tableStats ?? []) {
    const blocking =
      migration.rewrites.includes(table.relation) ||
      migration.locks.some((l) => l.relation === table.relation && BLOCKING.has(l.mode));
    if (!blocking) continue;
    if (table.totalBytes >= LARGE_TABLE_BYTES) return 'high';
    if (table.rowEstimate > 0) grade = 'medium';
  }
  return grade;
}

/**
 * Rules whose error is about the number of rows touched, so that a small table on the stats
 * database makes it smaller: an UPDATE without WHERE of a 12-row settings table holds 12 row
 * locks for a moment. Only production's statistics may grade them down, never the scratch
 * database (empty or seeded, it would demote every real backfill).
 */
const GRADED_BY_ROWS = new Set(['ban-update-without-where']);

/** Up to this many rows (and under SMALL_TABLE_BYTES), a row-count error becomes a notice. */
export const SMALL_TABLE_ROWS = 10_000;
export const SMALL_TABLE_BYTES = 10 * 1024 * 1024;
/** Up to this many rows (and under LARGE_TABLE_BYTES), a warning. */
export const MEDIUM_TABLE_ROWS = 1_000_000;

/** The severity a row-count finding gets for a table of this size (undefined: unchanged). */
function severityByRows(table: TableStats): Finding['severity'] | undefined {
  // reltuples is -1 for a table never vacuumed or analysed: no statistics, no grading.
  if (table.rowEstimate < 0) return undefined;
  if (table.rowEstimate <= SMALL_TABLE_ROWS && table.totalBytes < SMALL_TABLE_BYTES)
    return 'notice';
  if (table.rowEstimate <= MEDIUM_TABLE_ROWS && table.totalBytes < LARGE_TABLE_BYTES)
    return 'warning';
  return undefined;
}

/**
 * Grades each finding by the real size of the table it names: the message gains the table's
 * size on the stats database and a rough rewrite time, a finding on a large table becomes an
 * error (a rewrite of 40 GB is not a rewrite of an empty table), and a row-count error on a small
 * table (GRADED_BY_ROWS) a warning or a notice. Matches the table by its name in the message
 * (rules name the table they are about).
 */
export function gradeFindings(migration: MigrationReport): void {
  for (const finding of migration.findings) {
    for (const table of migration.tableStats ?? []) {
      const name = table.relation.split('.').pop() as string;
      if (
        !new RegExp(`(^|[^\\w.])(${escapeRegExp(table.relation)}|${escapeRegExp(name)})\\b`).test(
          finding.message,
        )
      )
        continue;
      const rows =
        table.rowEstimate >= 0
          ? `~${Math.round(table.rowEstimate).toLocaleString('en-US')} rows`
          : 'rows never counted (not analysed)';
      finding.message += ` (${table.relation} on the stats database: ${formatBytes(table.totalBytes)}, ${rows}, ${roughly(table.rewriteEstimateMs)} to rewrite)`;
      if (table.totalBytes >= LARGE_TABLE_BYTES && finding.severity === 'warning')
        finding.severity = 'error';
      const graded = GRADED_BY_ROWS.has(finding.rule) ? severityByRows(table) : undefined;
      if (graded && finding.severity === 'error') {
        finding.severity = graded;
        finding.message += `; a ${graded} at this size (${graded === 'notice' ? `up to ${SMALL_TABLE_ROWS.toLocaleString('en-US')} rows` : `up to ${MEDIUM_TABLE_ROWS.toLocaleString('en-US')} rows`} on the stats database)`;
      }
      break;
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
