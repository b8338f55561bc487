import type { BackupFormat } from './archive.js';
import { SCRATCH_SCHEMA } from '../db/index.js';

/** What pg_dump is asked to do; every field is already validated. */
export interface DumpPlan {
  format: BackupFormat;
  /** Where pg_dump writes (a temporary name beside the final one); undefined: standard output. */
  file: string | undefined;
  /** From compressionArgs(); empty for plain. */
  compression: string[];
  jobs: number;
  schemaOnly: boolean;
  excludeTableData: readonly string[];
  /** An exported snapshot (pg_export_snapshot) to dump, instead of pg_dump's own. */
  snapshot?: string;
}

const FORMAT_FLAG: Record<BackupFormat, string> = { custom: 'c', directory: 'd', plain: 'p' };

/**
 * pg_dump's argv. Options and the output path only: the connection comes from the environment
 * (PGHOST, PGPORT, PGUSER, PGDATABASE, PGPASSFILE), so no URL or password is ever on it.
 * `--no-password` makes a missing password fail at once instead of waiting for a prompt.
 */
export function pgDumpArgs(plan: DumpPlan): string[] {
  const args = [`--format=${FORMAT_FLAG[plan.format]}`];
  if (plan.file !== undefined) args.push(`--file=${plan.file}`);
  args.push('--no-password');
  args.push(...plan.compression);
  if (plan.format === 'directory' && plan.jobs > 1) args.push(`--jobs=${plan.jobs}`);
  if (plan.schemaOnly) args.push('--schema-only');
  // validate's marker never travels: a restored copy must not pass for its scratch database.
  args.push(`--exclude-schema=${SCRATCH_SCHEMA}`);
  for (const table of plan.excludeTableData) args.push(`--exclude-table-data=${table}`);
  if (plan.snapshot) args.push(`--snapshot=${plan.snapshot}`);
  return args;
}

/** What pg_restore is asked to do. */
export interface RestorePlan {
  /** The target database's name (from the URL). */
  database: string;
  /** The archive file or directory; undefined: pg_restore reads standard input. */
  archive: string | undefined;
  clean: boolean;
  jobs: number;
}

/** A libpq connection string holding only a database name (quoted per libpq's rules). */
export function dbnameConninfo(database: string): string {
  return `dbname='${database.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/**
 * pg_restore's argv: stop at the first error, and with one job restore in a single transaction
 * so that a failure leaves nothing behind (`--single-transaction` cannot be combined with
 * `--jobs`). The database is named by a conninfo holding only `dbname`, never a URL.
 */
export function pgRestoreArgs(plan: RestorePlan): string[] {
  const args = [`--dbname=${dbnameConninfo(plan.database)}`, '--no-password', '--exit-on-error'];
  if (plan.jobs > 1) args.push(`--jobs=${plan.jobs}`);
  else args.push('--single-transaction');
  if (plan.clean) args.push('--clean', '--if-exists');
  if (plan.archive !== undefined) args.push(plan.archive);
  return args;
}

/**
 * psql's argv for a plain-format dump: no psqlrc, stop on the first error, one transaction.
 * `file` is `-` when the SQL comes through standard input (scanned on its way, see ScannedSql).
 */
export function psqlArgs(database: string, file: string): string[] {
  return [
    `--dbname=${dbnameConninfo(database)}`,
    '--no-password',
    '--no-psqlrc',
    '--quiet',
    '--set=ON_ERROR_STOP=1',
    '--single-transaction',
    `--file=${file}`,
  ];
}
