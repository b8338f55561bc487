import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import {
  connect,
  disconnect,
  type DbClient,
  parseDatabaseUrl,
  type DatabaseTarget,
} from '../db/index.js';
import { formatDuration } from '../duration.js';
import { inspectTarget } from './inspect.js';
import { BACKUP_TABLES, CHECKSUM_SETTINGS, tableChecksumSql } from './queries.js';
import { restore } from './restore.js';

/** Where a backup is restored to prove it restores: an empty scratch database (a secret). */
export interface VerifyRestoreOptions {
  databaseUrl: string;
}

/** One table's row count and content checksum (see tableChecksumSql). */
export interface TableChecksum {
  schema: string;
  name: string;
  rows: number;
  checksum: string;
}

/** A source table next to its restored copy; `null` when the restore has no such table. */
export interface TableComparison {
  schema: string;
  name: string;
  rows: number;
  checksum: string;
  restoredRows: number | null;
  restoredChecksum: string | null;
  match: boolean;
}

export interface VerifyRestoreResult {
  /** True when every table of the source has a restored copy with the same rows and checksum. */
  verified: boolean;
  /** Mismatches first, then by schema and name. */
  tables: TableComparison[];
  /** Wall time of the restore and the restored side's checksums, in milliseconds. */
  durationMs: number;
}

/**
 * Refuses a verify database that is not empty (or is the source itself), before anything is
 * dumped: the restore must not mix with existing objects, and must never land on real data.
 */
export async function checkVerifyDatabase(
  options: VerifyRestoreOptions,
  source: DatabaseTarget,
): Promise<DatabaseTarget> {
  const target = parseDatabaseUrl(options.databaseUrl);
  const same =
    target.host === source.host &&
    target.port === source.port &&
    target.database === source.database;
  const { objects, found } = same ? { objects: 1, found: '' } : await inspectTarget(target);
  if (objects > 0)
    throw new DbDeployError(
      'verify-database-not-empty',
      same
        ? 'the verify database is the database being backed up'
        : `the verify database is not empty (${found})`,
      {
        where: target.display,
        hint: 'give verify-database-url an empty scratch database (e.g. a fresh service container); nothing was backed up',
      },
    );
  return target;
}

/** Every user table's row count and checksum, on a client whose transaction is already open. */
export async function readChecksums(client: DbClient): Promise<TableChecksum[]> {
  await client.query(CHECKSUM_SETTINGS);
  const { rows: tables } = await client.query<{ schema: string; name: string }>(BACKUP_TABLES);
  const out: TableChecksum[] = [];
  for (const t of tables) {
    const { rows } = await client.query<{ rows: string; checksum: string }>(
      tableChecksumSql(t.schema, t.name),
    );
    out.push({ ...t, rows: Number(rows[0]?.rows ?? 0), checksum: rows[0]?.checksum ?? '' });
  }
  return out;
}

/** Row counts and checksums of a database's user tables, in one consistent snapshot. */
export async function checksumDatabase(target: DatabaseTarget): Promise<TableChecksum[]> {
  const client = await connect(target);
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const tables = await readChecksums(client);
    await client.query('COMMIT');
    return tables;
  } finally {
    await disconnect(client);
  }
}

/** Pairs each source table with its restored copy by schema and name. Mismatches first. */
export function compareTables(
  source: readonly TableChecksum[],
  restored: readonly TableChecksum[],
): TableComparison[] {
  const key = (t: { schema: string; name: string }) => `${t.schema}\u0000${t.name}`;
  const copies = new Map(restored.map((t) => [key(t), t]));
  const rows = source.map((t) => {
    const copy = copies.get(key(t));
    return {
      schema: t.schema,
      name: t.name,
      rows: t.rows,
      checksum: t.checksum,
      restoredRows: copy?.rows ?? null,
      restoredChecksum: copy?.checksum ?? null,
      match: copy !== undefined && copy.rows === t.rows && copy.checksum === t.checksum,
    };
  });
  return [...rows.filter((r) => !r.match), ...rows.filter((r) => r.match)];
}

/** One line for a table whose restored copy differs. */
export function describeMismatch(t: TableComparison): string {
  const table = `${t.schema}.${t.name}`;
  if (t.restoredRows === null) return `${table}: missing from the restored database`;
  if (t.restoredRows !== t.rows)
    return `${table}: ${t.rows} rows in the source, ${t.restoredRows} restored`;
  return `${table}: ${t.rows} rows in both, content differs (checksum ${t.checksum.slice(0, 8)} vs ${t.restoredChecksum?.slice(0, 8) ?? ''})`;
}

/** Checksums the restored database and compares it with the source's tables. */
export async function compareRestored(
  source: readonly TableChecksum[],
  restored: DatabaseTarget,
  logger: Logger,
): Promise<TableComparison[]> {
  const tables = compareTables(source, await checksumDatabase(restored));
  for (const t of tables.filter((x) => !x.match))
    logger.warn(`verify-restore: ${describeMismatch(t)}`);
  return tables;
}

/**
 * Restores the archive into the (already checked) empty verify database with the restore core,
 * then compares every table's row count and checksum with the source's.
 */
export async function verifyRestore(
  archive: string,
  source: readonly TableChecksum[],
  options: VerifyRestoreOptions & { pgBinDir?: string },
  logger: Logger,
): Promise<VerifyRestoreResult> {
  const started = Date.now();
  const target = parseDatabaseUrl(options.databaseUrl);
  await restore(
    { databaseUrl: options.databaseUrl, backupPath: archive, pgBinDir: options.pgBinDir },
    logger,
  );
  const tables = await compareRestored(source, target, logger);
  const verified = tables.every((t) => t.match);
  const durationMs = Date.now() - started;
  const bad = tables.filter((t) => !t.match).length;
  logger.info(
    verified
      ? `verify-restore: all ${tables.length} tables match in ${target.display} (${formatDuration(durationMs)})`
      : `verify-restore: ${bad} of ${tables.length} tables differ in ${target.display}`,
  );
  return { verified, tables, durationMs };
}

/** Fails (after the caller has reported the result) when a restore did not reproduce the source. */
export function assertRestoreVerified(result: VerifyRestoreResult | undefined): void {
  if (!result || result.verified) return;
  const bad = result.tables.filter((t) => !t.match);
  throw new DbDeployError(
    'verify-restore-mismatch',
    `the restored backup differs from the source in ${bad.length} table${bad.length === 1 ? '' : 's'}: ${bad.map(describeMismatch).join('; ')}`,
    {
      hint: 'the archive was kept but did not restore identically: do not rely on it; see the comparison in the summary',
    },
  );
}
