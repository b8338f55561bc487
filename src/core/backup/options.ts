/**
 * The options of backup and restore, the backup's result, and the checks of the backup's options
 * that need no database (made before anything is read or written).
 */
import { DbDeployError } from '../errors.js';
import type { BackupFormat } from './archive.js';
import type { Compression } from './compression.js';
import type { TableRows } from './inspect.js';
import { DEFAULT_NAME_TEMPLATE, validateNameTemplate } from './name.js';
import type { S3Upload } from './s3.js';
import type { VerifyRestoreOptions, VerifyRestoreResult } from './verify-restore.js';

/** What to back up, where to, and how (format, compression, verification, uploads). */
export interface BackupOptions {
  /** The database to back up (a secret). */
  databaseUrl: string;
  /** Directory the archive is written to; created when missing. */
  dir: string;
  /** Name template, default `{database}_{timestamp}` (UTC `YYYYMMDD_HHMMSS`). */
  name?: string;
  /** Default `custom`. */
  format?: BackupFormat;
  /**
   * pg_dump's own compression. Default, format custom: none inside, the whole archive
   * compressed as one zstd stream by Node (`.dump.zst`, see STREAM_ZSTD_LEVEL); on a Node
   * without zstd, the fastest good option the pg_dump supports (see defaultCompression).
   */
  compression?: Compression;
  /** Parallel dump jobs, `directory` format only. Default 1. */
  jobs?: number;
  /** Dump the schema without any data. Default false. */
  schemaOnly?: boolean;
  /** pg_dump patterns of tables whose data is left out (their definitions stay). */
  excludeTableData?: readonly string[];
  /** Write `<name>.sha256` and prove `pg_restore --list` reads the archive. Default true. */
  verify?: boolean;
  /** Directory holding pg_dump/pg_restore, instead of searching PATH and the usual places. */
  pgBinDir?: string;
  /**
   * Restore the archive into this empty scratch database and compare every table's row count
   * and content checksum with the source, taken in the snapshot pg_dump dumps. Default off.
   */
  verifyRestore?: VerifyRestoreOptions;
  /**
   * Upload the archive and its `.sha256` to each `s3://bucket/prefix/` after the backup (AWS
   * credentials, region and endpoint from the environment). Checked before anything is dumped.
   * A failed upload keeps the local backup and is reported in `uploads`, not thrown: call
   * assertS3Uploaded after reporting. Not uploaded when verifyRestore found a difference.
   */
  s3Uris?: readonly string[];
  /** The time the name's `{timestamp}` shows (tests). Default now. */
  now?: Date;
}

/** What a backup wrote and what it proved. */
export interface BackupResult {
  /** The archive: a file (custom, plain) or a directory (directory format). */
  path: string;
  name: string;
  format: BackupFormat;
  compression: string;
  sizeBytes: number;
  /** sha256 of the archive (directories: see sha256Archive); undefined when verify is off. */
  sha256: string | undefined;
  /** Where the sha256 was written, when verify is on. */
  checksumPath: string | undefined;
  durationMs: number;
  pgDumpVersion: string;
  /** Every user table and its exact row count in the snapshot pg_dump dumped. */
  tables: TableRows[];
  /** The restore comparison, when verifyRestore was given. */
  verifyRestore?: VerifyRestoreResult | undefined;
  /** One entry per s3Uris destination, in order; undefined when none was given. */
  uploads?: S3Upload[] | undefined;
}

/** Refuses contradictory options with one bad-input line, before anything is read or written. */
export function checkOptions(o: BackupOptions, format: BackupFormat, jobs: number): void {
  validateNameTemplate(o.name ?? DEFAULT_NAME_TEMPLATE);
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new DbDeployError('bad-input', `jobs: ${jobs} is not a whole number of at least 1`);
  if (jobs > 1 && format !== 'directory')
    throw new DbDeployError('bad-input', `jobs: parallel dumps need the directory format`, {
      hint: 'set format to directory, or jobs to 1',
    });
  if (format === 'plain' && o.compression && o.compression.method !== 'none')
    throw new DbDeployError(
      'bad-input',
      'compression: a plain-format backup is written as SQL text',
      {
        hint: 'use format custom or directory for a compressed archive, or compression none',
      },
    );
  if (o.verifyRestore && (o.schemaOnly || (o.excludeTableData ?? []).length > 0))
    throw new DbDeployError(
      'bad-input',
      'verify-restore compares every table with the source, which needs every row in the backup',
      { hint: 'turn off schema-only and exclude-table-data, or verify-restore' },
    );
}

/** What to restore, into which database, and how. */
export interface RestoreOptions {
  /** The database to restore into (a secret). */
  databaseUrl: string;
  /** The archive: a custom or plain file, or a directory-format directory. */
  backupPath: string;
  /** Drop the archive's objects in the target before recreating them. Default false. */
  clean?: boolean;
  /** Parallel restore jobs (not one transaction when > 1). Default 1. */
  jobs?: number;
  /** Must equal the target database's name when the target is not empty. */
  confirm?: string;
  /** Directory holding pg_restore/psql, instead of searching PATH and the usual places. */
  pgBinDir?: string;
}
