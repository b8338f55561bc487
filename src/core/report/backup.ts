import type { BackupResult } from '../backup/backup.js';
import { formatDuration } from '../duration.js';
import { cell, code, details, footer, table } from './markdown.js';
import { formatBytes } from './sizes.js';

/** More tables than this are folded into a `<details>` block, so the summary stays readable. */
const OPEN_TABLES = 20;

/**
 * The backup job summary: what was written (archive, size, format and compression, the pg_dump
 * that wrote it, its sha256 and whether it was verified), then every table with its row count
 * when the backup started. Pure: result in, Markdown out.
 */
export function renderBackupSummary(result: BackupResult, version: string): string {
  const rows = result.tables.reduce((sum, t) => sum + t.rows, 0);
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const facts: [string, string][] = [
    ['Archive', code(result.path)],
    ['Size', `${formatBytes(result.sizeBytes)} (${result.sizeBytes} bytes)`],
    ['Duration', formatDuration(result.durationMs)],
    ['Format', `${result.format}, compression ${code(result.compression)}`],
    ['pg_dump', result.pgDumpVersion],
    ['sha256', result.sha256 ? code(result.sha256) : '—'],
    [
      'Verified',
      result.sha256
        ? '✅ sha256 written, `pg_restore --list` reads the archive'
        : '⚠️ no (verify: false)',
    ],
  ];
  const tableRows = table(
    ['Table', 'Rows'],
    ['l', 'r'],
    result.tables.map((t) => [cell(code(`${t.schema}.${t.name}`)), String(t.rows)]),
  );
  const tables =
    result.tables.length === 0
      ? 'The database holds no user table.'
      : result.tables.length > OPEN_TABLES
        ? details(`${n(result.tables.length, 'table')}, ${n(rows, 'row')}`, tableRows)
        : tableRows;
  return [
    `## ✅ db-deploy backup: ${code(result.name)}`,
    '',
    `${n(result.tables.length, 'table')} and ${n(rows, 'row')} backed up in ${formatDuration(result.durationMs)}.`,
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
