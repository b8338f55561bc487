import {
  backup,
  type BackupResult,
  BACKUP_FORMATS,
  parseCompression,
  assertRestoreVerified,
  describeMismatch,
  assertS3Uploaded,
} from '../../core/backup/index.js';
import { redact } from '../../core/db/index.js';
import { choiceOption, integerOption, pathOption } from '../args.js';
import { cliLogger, type CliIo } from '../output.js';
import { commandPreamble } from '../preamble.js';
import { commandOptions } from '../help.js';

const OPTIONS = commandOptions('backup', [
  { input: 'database-url', arg: 'URL', text: 'connection URL', fallback: '$DATABASE_URL' },
  { input: 'path', flag: 'dir', arg: 'DIR' },
  { input: 'name', arg: 'TEMPLATE' },
  { input: 'format', arg: 'F' },
  {
    input: 'compression',
    arg: 'C',
    fallback:
      'custom format: pg_dump uncompressed, compressed by Node as one zstd stream, NAME.dump.zst; on Node without zstd, such as 20, and for directory: zstd:1 with pg_dump 16+, gzip:1 before',
  },
  { input: 'jobs', arg: 'N' },
  { input: 'schema-only', fallback: false },
  {
    input: 'exclude-table-data',
    arg: 'T',
    text: 'leave out the data of tables matching T (a pg_dump pattern); repeatable',
    repeat: true,
  },
  {
    input: 'verify',
    flag: 'no-verify',
    text: 'write no .sha256 and skip the pg_restore --list check',
    fallback: false,
  },
  {
    input: 'verify-restore',
    arg: 'URL',
    text: "restore into this EMPTY scratch database and compare every table's row count and content checksum with the source (fails on a difference)",
    fallback: false,
  },
  { input: 'pg-bin', arg: 'DIR' },
  {
    input: 's3-uri',
    arg: 'URI',
    text: 'then upload the archive and its .sha256 to s3://BUCKET/PREFIX/ (repeatable); credentials, region and endpoint from the usual AWS environment (AWS_PROFILE, AWS_ACCESS_KEY_ID, AWS_REGION, AWS_ENDPOINT_URL for an S3-compatible store); a failed upload keeps the local backup and exits 1',
    repeat: true,
  },
  { flag: 'json', text: 'print the result as JSON on stdout' },
  { flag: 'verbose', text: 'print debug output (the commands run)' },
]);

export const BACKUP_HELP = `Usage: db-deploy backup [options]

Backs up a database with pg_dump (a pg_dump at least as new as the server, from PATH or the
usual install locations), then checks the archive: sha256 beside it, pg_restore --list reads it.
Uploading it as a GitHub artifact is the backup action's upload-artifact: artifacts need a
workflow job's runner token, so the command line keeps the archive on disk.

Options:
${OPTIONS.help}
Exit code: 0 when the backup was written and verified (and restored identically with
--verify-restore, and uploaded to every --s3-uri), 1 otherwise, 2 for a usage error.`;

/** A short human summary: where, how big, how long, and the row count of each table. */
export function renderBackup(result: BackupResult): string {
  const lines = [
    `backup ${result.name} (${result.format}, ${result.compression}, pg_dump ${result.pgDumpVersion})`,
    `  path:     ${result.path}`,
    `  size:     ${result.sizeBytes} bytes`,
    `  sha256:   ${result.sha256 ?? '(not verified)'}`,
    `  duration: ${result.durationMs} ms`,
    `  tables:   ${result.tables.length}`,
    ...result.tables.map((t) => `    ${t.schema}.${t.name}: ${t.rows} rows`),
  ];
  const verify = result.verifyRestore;
  if (verify) {
    const bad = verify.tables.filter((t) => !t.match);
    lines.push(
      verify.verified
        ? `  restore:  verified, all ${verify.tables.length} tables match`
        : `  restore:  ${bad.length} of ${verify.tables.length} tables DIFFER`,
      ...bad.map((t) => `    ${describeMismatch(t)}`),
    );
  }
  for (const upload of result.uploads ?? [])
    lines.push(
      upload.status === 'uploaded'
        ? `  s3:       ${upload.uri} (${upload.keys.length} objects, ${upload.bytes} bytes, ${upload.checked} checked, ${upload.durationMs} ms)`
        : upload.status === 'failed'
          ? `  s3:       ${upload.uri} FAILED: ${upload.error}`
          : `  s3:       ${upload.uri} skipped: ${upload.reason}`,
    );
  return lines.join('\n');
}

/** `db-deploy backup`. Returns the exit code. */
export async function backupCommand(argv: string[], io: CliIo): Promise<number> {
  const parsed = commandPreamble(argv, io, {
    command: 'backup',
    options: OPTIONS.parser,
    help: BACKUP_HELP,
    databaseUrl: 'required',
    secretUrls: ['verify-restore'],
  });
  if (!parsed) return 0;
  const { values: v, databaseUrl } = parsed;
  const verifyUrl = v['verify-restore'];
  const result = await backup(
    {
      databaseUrl,
      dir: pathOption(v.dir, 'backups'),
      name: v.name,
      format: choiceOption(v.format ?? 'custom', BACKUP_FORMATS, 'format', 'backup'),
      compression:
        v.compression === undefined ? undefined : parseCompression(v.compression, '--compression'),
      jobs: integerOption(v.jobs, 'jobs', 1),
      schemaOnly: v['schema-only'] ?? false,
      excludeTableData: v['exclude-table-data'] ?? [],
      verify: !(v['no-verify'] ?? false),
      pgBinDir: v['pg-bin'] === undefined ? undefined : pathOption(v['pg-bin'], ''),
      verifyRestore: verifyUrl === undefined ? undefined : { databaseUrl: verifyUrl },
      s3Uris: v['s3-uri'] ?? [],
    },
    cliLogger(io, v.verbose ?? false),
  );
  io.out(redact(v.json ? JSON.stringify(result, null, 2) : renderBackup(result), io.secrets));
  assertRestoreVerified(result.verifyRestore);
  assertS3Uploaded(result.uploads);
  return 0;
}
