import type { DownloadedArtifact, RestoreResult } from '../backup/index.js';
import { formatDuration } from '../duration.js';
import { cell, code, footer, table } from './markdown.js';
import { formatBytes } from '../units.js';

/** What the restore summary shows besides the result: the archive and the target, both display-safe. */
export interface RestoreView {
  /** The archive as given (a path, never a secret), or its path inside the artifact. */
  backupPath: string;
  version: string;
  /** The artifact the archive was downloaded from (the downloaded copy is gone by now). */
  artifact?: DownloadedArtifact | undefined;
}

/** `name` (id N, size) from this run / from run N of owner/repo. */
function artifactFact(a: DownloadedArtifact): string {
  const run = a.runId === undefined ? 'this run' : `run ${a.runId} of ${a.repository ?? ''}`;
  return `${code(a.name)} (id ${a.id}, ${formatBytes(a.sizeBytes)}) from ${run}`;
}

/**
 * The restore job summary: how many tables are in the target now, from which archive (and
 * artifact), how the archive was checked, and how long it took. Pure: result in, Markdown out.
 */
export function renderRestoreSummary(result: RestoreResult, view: RestoreView): string {
  const tables = `${result.restoredTables} table${result.restoredTables === 1 ? '' : 's'}`;
  const check = result.checksumVerified
    ? '✅ sha256 matched the `.sha256` beside the archive'
    : result.format === 'plain'
      ? "no `.sha256` beside the archive: its SQL ends with pg_dump's completion line"
      : 'no `.sha256` beside the archive: pg_restore read every data block first';
  return [
    `## ✅ db-deploy restore: ${tables} restored`,
    '',
    table(
      ['', ''],
      ['l', 'l'],
      [
        ...(view.artifact ? [['**Artifact**', cell(artifactFact(view.artifact))]] : []),
        ['**Archive**', cell(code(view.backupPath))],
        ['**Format**', result.format],
        ['**Checked**', cell(check)],
        ['**Tables**', String(result.restoredTables)],
        ['**Duration**', formatDuration(result.durationMs)],
      ],
    ),
    '',
    footer(view.version),
  ].join('\n');
}
