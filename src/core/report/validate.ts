import { formatDuration } from '../duration.js';
import { severityRank, type Finding, type Severity } from '../lint/index.js';
import type { MigrationReport, MigrationStatus, ValidateReport } from '../verify/index.js';
import { formatBytes, roughly } from '../units.js';
import { cell, code, details, fenced, footer, table } from './markdown.js';
import { plansLine, plansSection } from './plans.js';

/** What every validate renderer needs besides the report. */
export interface ValidateRenderOptions {
  /** Heading, e.g. `db-deploy validate — migrations` (the migrations directory tells reports apart). */
  title: string;
  /** The db-deploy version, shown in the footer. */
  version: string;
}

/** GitHub refuses an issue or PR comment body longer than this (characters). */
export const COMMENT_LIMIT = 65_536;

const SEVERITY_ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** A Record over the union: a new status fails to compile until it has an icon. */
const STATUS_ICON: Record<MigrationStatus, string> = { applied: '✅', failed: '❌', skipped: '⏭️' };

function bySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      a.file.localeCompare(b.file) ||
      a.line - b.line,
  );
}

/** `2 errors, 1 warning` (only the severities present; `no findings` when none). */
function countFindings(findings: readonly Finding[]): string {
  const parts = (['error', 'warning', 'notice'] as const)
    .map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => plural(n, s));
  return parts.length ? parts.join(', ') : 'no findings';
}

function verdict(report: ValidateReport, title: string): string[] {
  const lines = [report.passed ? `## ✅ ${title}: passed` : `## ❌ ${title}: failed`];
  if (!report.passed && report.failures.length > 0)
    lines.push('', ...report.failures.map((f) => `- ${cell(f)}`));
  if (report.destructive) {
    const names = report.migrations
      .filter((m) => m.destructive)
      .map(
        (m) => `${code(m.name)}${m.declared?.destructive ? ' (declared destructive: true)' : ''}`,
      );
    const what =
      names.length === 1
        ? `${names[0]} drops or truncates data.`
        : `${names.join(', ') || 'These migrations'} drop or truncate data.`;
    lines.push(
      '',
      `> ⚠️ **Destructive:** ${what} Take a backup first and make sure no running code still reads what is dropped.`,
    );
  }
  const n = report.migrations.length;
  lines.push(
    '',
    `PostgreSQL ${report.pgVersion} · ${plural(n, 'new migration')} on ${plural(report.baseline.length, 'baseline migration')} · ` +
      `fail-on ${code(report.failOn)} · took ${formatDuration(report.durationMs)}`,
  );
  return lines;
}

function findingsSection(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ['### Findings', '', 'No lint findings.'];
  const rows = bySeverity(findings).map((f) => [
    `${SEVERITY_ICON[f.severity]} ${f.severity}`,
    cell(code(f.rule)),
    cell(code(`${f.file}:${f.line}`)),
    cell(f.message),
    cell(f.hint),
  ]);
  return [
    `### Findings (${countFindings(findings)})`,
    '',
    table(['Severity', 'Rule', 'Where', 'Message', 'Hint'], ['l', 'l', 'l', 'l', 'l'], rows),
  ];
}

function migrationRow(m: MigrationReport, withStats: boolean): string[] {
  const locks = m.locks.map((l) => `${code(l.mode)} ${l.relation}`).join('<br>');
  const row = [
    cell(code(m.name)),
    `${STATUS_ICON[m.status]} ${m.status}`,
    m.status === 'skipped' ? '—' : formatDuration(m.durationMs),
    cell(
      m.locksSampled
        ? `${locks || 'none observed'} (outside a transaction: sampled, plus the locks PostgreSQL documents for its statements)`
        : locks || 'none',
    ),
    cell(m.rewrites.length ? m.rewrites.join('<br>') : 'none'),
    m.forwardOnly ? 'forward-only' : m.reversible === undefined ? '—' : m.reversible ? '✅' : '❌',
  ];
  if (withStats) {
    const stats = (m.tableStats ?? []).map(
      (s) => `${s.relation}: ${formatBytes(s.totalBytes)}, ${roughly(s.rewriteEstimateMs)} rewrite`,
    );
    row.push(cell(stats.length ? stats.join('<br>') : '—'));
  }
  return row;
}

/** Why a migration failed, why it is not reversible, what its test-command said. */
function migrationNotes(m: MigrationReport): string[] {
  const notes: string[] = [];
  if (m.error) notes.push(`**${code(m.name)} failed:** ${cell(m.error)}`);
  if (m.reversible === false && m.reversibleDetail)
    notes.push(details(`${code(m.name)} is not reversible`, fenced('diff', m.reversibleDetail)));
  if (m.test && !m.test.passed)
    notes.push(
      details(
        `${code(m.name)}: test-command failed (exit ${m.test.exitCode ?? 'signal'}, ${formatDuration(m.test.durationMs)})`,
        fenced('text', m.test.output || '(no output)'),
      ),
    );
  return notes;
}

function migrationsSection(migrations: readonly MigrationReport[]): string[] {
  if (migrations.length === 0) return ['### Migrations', '', 'No new migration to validate.'];
  const withStats = migrations.some((m) => m.tableStats !== undefined);
  const headers = ['Migration', 'Status', 'Duration', 'Locks on existing tables', 'Rewrites'];
  headers.push('Reversible', ...(withStats ? ['Table size'] : []));
  const align = headers.map((h) => (h === 'Duration' ? 'r' : 'l') as 'l' | 'r');
  const rows = migrations.map((m) => migrationRow(m, withStats));
  const notes = migrations.flatMap(migrationNotes);
  return ['### Migrations', '', table(headers, align, rows), ...notes.flatMap((n) => ['', n])];
}

/** final-test-command's outcome, when it ran: one line when it passed, the end of its output when not. */
function finalTestSection(report: ValidateReport): string[] {
  const run = report.finalTest;
  if (!run) return [];
  const took = formatDuration(run.durationMs);
  if (run.passed) return [`✅ final-test-command passed after the new migrations (${took}).`];
  return [
    details(
      `❌ final-test-command failed after the new migrations (exit ${run.exitCode ?? 'signal'}, ${took})`,
      fenced('text', run.output || '(no output)'),
    ),
  ];
}

function schemaSection(report: ValidateReport): string[] {
  const lines: string[] = [];
  if (report.checks.length > 0) {
    const rows = report.checks.map((c) => [
      c.kind,
      cell(code(c.name)),
      c.passed ? '✅' : '❌ missing',
    ]);
    lines.push('### Schema checks', '', table(['Kind', 'Name', 'Result'], ['l', 'l', 'l'], rows));
  }
  if (report.schemaMatches !== undefined || report.schemaDiff) {
    if (lines.length) lines.push('');
    lines.push('### Schema snapshot', '');
    lines.push(
      report.schemaMatches === false || report.schemaDiff
        ? '❌ The final schema differs from the committed schema file.'
        : '✅ The final schema matches the committed schema file.',
    );
    if (report.schemaDiff)
      lines.push('', details('Schema diff', fenced('diff', report.schemaDiff.replace(/\n$/, ''))));
  }
  return lines;
}

/**
 * The full validate report (job summary, PR comment when it fits): verdict and failures, a
 * destructive banner, findings by severity, one row per migration (locks, rewrites,
 * reversibility, table sizes), schema checks and the schema diff. Pure: report in, Markdown out.
 */
export function renderValidateReport(
  report: ValidateReport,
  options: ValidateRenderOptions,
): string {
  const sections = [
    verdict(report, options.title),
    findingsSection(report.findings),
    migrationsSection(report.migrations),
    finalTestSection(report),
    plansSection(report.plans),
    schemaSection(report),
    [footer(options.version)],
  ].filter((s) => s.length > 0);
  return sections.map((s) => s.join('\n')).join('\n\n');
}

function compactLine(m: MigrationReport): string {
  const parts = [`${STATUS_ICON[m.status]} ${code(m.name)} ${m.status}`];
  if (m.status !== 'skipped') parts.push(formatDuration(m.durationMs));
  const strongest = m.locks.find((l) => l.mode === 'AccessExclusiveLock') ?? m.locks[0];
  if (strongest)
    parts.push(
      `${strongest.mode} on ${strongest.relation}${m.locks.length > 1 ? ` (+${m.locks.length - 1})` : ''}`,
    );
  if (m.rewrites.length) parts.push(`rewrites ${plural(m.rewrites.length, 'table')}`);
  if (m.forwardOnly) parts.push('forward-only');
  else if (m.reversible !== undefined) parts.push(m.reversible ? 'reversible' : 'not reversible');
  if (m.destructive) parts.push(m.declared?.destructive ? 'destructive (declared)' : 'destructive');
  if (m.findings.length) parts.push(countFindings(m.findings));
  return `- ${parts.map(cell).join(' · ')}`;
}

/**
 * A short report for places with a size limit (a PR comment): the verdict, one line per
 * migration and the counts, pointing at the job summary for everything else.
 */
export function renderCompactReport(
  report: ValidateReport,
  options: ValidateRenderOptions,
): string {
  const lines = verdict(report, options.title);
  lines.push('', ...report.migrations.map(compactLine));
  const checksFailed = report.checks.filter((c) => !c.passed).length;
  lines.push(
    '',
    `**Findings:** ${countFindings(report.findings)} · **Schema checks:** ${report.checks.length - checksFailed}/${report.checks.length} passed` +
      (report.schemaMatches === undefined
        ? ''
        : ` · **Schema snapshot:** ${report.schemaMatches ? 'matches' : 'differs'}`),
    ...[plansLine(report.plans)].flatMap((line) => (line ? ['', line] : [])),
    '',
    'The full report (findings, locks, schema diff) is in the job summary of this run.',
    '',
    footer(options.version),
  );
  return lines.join('\n');
}

/** The hidden first line that identifies one sticky comment, e.g. per migrations directory. */
export function commentMarker(key: string): string {
  // `--` and `>` would end the HTML comment early; keep keys readable but inert.
  const safe = key.replace(/[^\w./@:-]+/g, '_').replace(/-{2,}/g, '-');
  return `<!-- db-deploy:validate:${safe} -->`;
}

/**
 * The PR comment body: the hidden marker line, then the full report when the whole body fits
 * GitHub's 65,536-character limit, else the compact report with a note (cut at a line boundary
 * if even that does not fit).
 * @param options.marker the comment key (e.g. the migrations directory), not the full marker line
 */
export function stickyCommentBody(
  report: ValidateReport,
  options: ValidateRenderOptions & { marker: string },
): string {
  const head = commentMarker(options.marker);
  const full = `${head}\n${renderValidateReport(report, options)}`;
  if (full.length <= COMMENT_LIMIT) return full;
  const note = `> The full report is ${full.length.toLocaleString('en-US')} characters, over GitHub's limit for a comment: this is the short version.`;
  const compact = `${head}\n${note}\n\n${renderCompactReport(report, options)}`;
  if (compact.length <= COMMENT_LIMIT) return compact;
  const cut = '\n\n… (cut to fit a comment: see the job summary)';
  const kept = compact.slice(0, COMMENT_LIMIT - cut.length);
  return `${kept.slice(0, kept.lastIndexOf('\n'))}${cut}`;
}
