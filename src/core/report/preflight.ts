import { assertNever } from '../errors.js';
import { formatDuration } from '../duration.js';
import type { PreflightCheck, PreflightResult, PreflightStatus } from '../monitor/index.js';
import { cell, code, footer, table } from './markdown.js';

function result(status: PreflightStatus): string {
  switch (status) {
    case 'pass':
      return '✅ pass';
    case 'fail':
      return '❌ fail';
    case 'info':
      return 'ℹ️ info';
    case 'skipped':
      return '⏭️ not run';
    default:
      return assertNever(status);
  }
}

/** One bullet per failed check: its value against its limit, which sessions or indexes, what to do. */
function failure(check: PreflightCheck): string {
  const limit = check.limit ? `, limit ${check.limit}` : '';
  const lines = [`- **${check.label}** (${code(check.id)}): ${check.value}${limit}`];
  if (check.detail) lines.push(`  ${check.detail}`);
  if (check.hint) lines.push(`  What to do: ${check.hint}.`);
  return lines.join('\n');
}

/**
 * The preflight job summary: the verdict first, then every check with its value, limit and
 * result, then each failed check with its detail and what to do, and notes of the checks that
 * passed with something to say (e.g. sessions this role cannot see). Pure: result in, Markdown out.
 */
export function renderPreflightSummary(report: PreflightResult, version: string): string {
  const failed = report.checks.filter((c) => c.status === 'fail');
  const notes = report.checks.filter(
    (c) => (c.status === 'pass' || c.status === 'info') && c.detail,
  );
  const title = failed.length
    ? `## ❌ db-deploy preflight: ${failed.length} of ${report.checks.length} checks failed on ${code(report.database)}`
    : `## ✅ db-deploy preflight: all ${report.checks.length} checks passed on ${code(report.database)}`;
  const rows = report.checks.map((c) => [
    cell(c.label),
    cell(c.value),
    cell(c.limit ?? '—'),
    result(c.status),
  ]);
  return [
    title,
    '',
    `Checked in ${formatDuration(report.durationMs)}, read-only.`,
    '',
    table(['Check', 'Value', 'Limit', 'Result'], ['l', 'r', 'r', 'l'], rows),
    ...(failed.length ? ['', '### Failed checks', '', ...failed.map(failure)] : []),
    ...(notes.length
      ? ['', '### Notes', '', ...notes.map((c) => `- **${c.label}**: ${c.detail}`)]
      : []),
    '',
    footer(version),
  ].join('\n');
}
