import type {
  UploadedArtifact,
  BackupResult,
  TableComparison,
  VerifyRestoreResult,
} from '../backup/index.js';
import { formatDuration } from '../duration.js';
import { assertNever } from '../errors.js';
import { cell, code, details, footer, table } from './markdown.js';
import { s3Fact } from './s3.js';
import { formatBytes } from '../units.js';

/** More tables than this are folded into a `<details>` block, so the summary stays readable. */
const OPEN_TABLES = 20;

/** A checksum as shown in the summary: its first 12 hex digits, or — for a missing table. */
const short = (checksum: string | null) => (checksum === null ? '—' : code(checksum.slice(0, 12)));

/** The verify-restore comparison: mismatches first and always open, matches folded when many. */
function renderComparison(verify: VerifyRestoreResult): string {
  const row = (t: TableComparison) => [
    t.match ? '✅' : '❌',
    cell(code(`${t.schema}.${t.name}`)),
    String(t.rows),
    t.restoredRows === null ? 'missing' : String(t.restoredRows),
    short(t.checksum),
    short(t.restoredChecksum),
  ];
  const head = ['', 'Table', 'Rows', 'Restored rows', 'Checksum', 'Restored checksum'];
  const align = ['l', 'l', 'r', 'r', 'l', 'l'] as const;
  const sorted = [
    ...verify.tables.filter((t) => !t.match),
    ...verify.tables.filter((t) => t.match),
  ];
  const bad = sorted.filter((t) => !t.match);
  if (sorted.length <= OPEN_TABLES) return table(head, [...align], sorted.map(row));
  const good = sorted.filter((t) => t.match);
  return [
    ...(bad.length > 0 ? [table(head, [...align], bad.map(row)), ''] : []),
    details(`${good.length} matching tables`, table(head, [...align], good.map(row))),
  ].join('\n');
}

/** What became of the artifact upload, when one was asked for. */
export type ArtifactReport =
  | { status: 'uploaded'; artifact: UploadedArtifact }
  | { status: 'skipped'; name: string; reason: string }
  | { status: 'failed'; name: string; error: string };

/** The Artifact row of the summary: name (linked), id, size and retention, or why there is none. */
function artifactFact(report: ArtifactReport): string {
  switch (report.status) {
    case 'uploaded': {
      const { name, id, sizeBytes, retentionDays, url } = report.artifact;
      const shown = url ? `[${code(name)}](${url})` : code(name);
      const kept = retentionDays
        ? `kept ${retentionDays} day${retentionDays === 1 ? '' : 's'}`
        : "kept for the repository's default retention";
      return `✅ ${shown} (id ${id}, ${formatBytes(sizeBytes)}, ${kept})`;
    }
    case 'skipped':
      return `⏭️ ${code(report.name)} not uploaded: ${report.reason}`;
    case 'failed':
      return `❌ ${code(report.name)} upload failed: ${report.error}`;
    default:
      return assertNever(report);
  }
}

/**
 * How to restore the default archive without db-deploy: one zstd frame around a custom-format
 * archive, which pg_restore reads from its standard input (none for any other archive).
 */
function byHand(path: string): [string, string][] {
  if (!path.endsWith('.dump.zst')) return [];
  const file = path.split(/[\\/]/).pop() ?? path;
  return [
    [
      'By hand',
      `${code(`zstd -dc ${file} | pg_restore -d DB`)} (zstd around a custom archive, see the backup README)`,
    ],
  ];
}

/**
 * The backup job summary: what was written (archive, size, format and compression, the pg_dump
 * that wrote it, its sha256 and whether it was verified; for the default `.dump.zst`, how to
 * restore it by hand), then every table with its row count in the dumped snapshot, and the
 * artifact and S3 destinations it was uploaded to. Pure: result in, Markdown out.
 */
export function renderBackupSummary(
  result: BackupResult,
  version: string,
  artifact?: ArtifactReport,
): string {
  const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const facts: [string, string][] = [
    ['Archive', code(result.path)],
    ['Size', `${formatBytes(result.sizeBytes)} (${result.sizeBytes} bytes)`],
    ['Duration', formatDuration(result.durationMs)],
    ['Format', `${result.format}, compression ${code(result.compression)}`],
    ...byHand(result.path),
    ['pg_dump', result.pgDumpVersion],
    ['sha256', result.sha256 ? code(result.sha256) : '—'],
    [
      'Verified',
      result.sha256
        ? '✅ sha256 written, `pg_restore --list` reads the archive'
        : '⚠️ no (verify: false)',
    ],
  ];
  const verify = result.verifyRestore;
  const bad = verify?.tables.filter((t) => !t.match).length ?? 0;
  const uploads = result.uploads ?? [];
  const failed =
    verify?.verified === false ||
    artifact?.status === 'failed' ||
    uploads.some((u) => u.status === 'failed');
  if (artifact) facts.push(['Artifact', artifactFact(artifact)]);
  for (const upload of uploads) facts.push(['S3', s3Fact(upload)]);
  if (verify)
    facts.push([
      'Restore verified',
      verify.verified
        ? `✅ restored and every table matches the source (${formatDuration(verify.durationMs)})`
        : `❌ ${n(bad, 'table')} of ${verify.tables.length} differ from the source`,
    ]);
  const tableRows = table(
    ['Table', 'Rows'],
    ['l', 'r'],
    result.tables.map((t) => [cell(code(`${t.schema}.${t.name}`)), String(t.rows)]),
  );
  const tables = verify
    ? renderComparison(verify)
    : result.tables.length === 0
      ? 'The database holds no user table.'
      : result.tables.length > OPEN_TABLES
        ? details(`${n(result.tables.length, 'table')}, ${n(rows, 'row')}`, tableRows)
        : tableRows;
  return [
    `## ${failed ? '❌' : '✅'} db-deploy backup: ${code(result.name)}`,
    '',
    `${n(result.tables.length, 'table')} and ${n(rows, 'row')} backed up in ${formatDuration(result.durationMs)}${verify ? (verify.verified ? ', restored and verified' : '; the restored copy differs in ' + n(bad, 'table')) : ''}.`,
    '',
    table(
      ['', ''],
      ['l', 'l'],
      facts.map(([k, v]) => [`**${k}**`, cell(v)]),
    ),
    '',
    tables,
    '',
    footer(version),
  ].join('\n');
}
