import type { FleetResult, TargetReport, TargetStatus } from '../fleet/index.js';
import { assertNever } from '../errors.js';
import { formatDuration } from '../duration.js';
import { VERSION } from '../version.js';
import { cell, code, fenced, footer, table } from './markdown.js';

/** The gantt chart shows at most this many targets (the table shows every one). */
export const GANTT_MAX_TARGETS = 100;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function status(s: TargetStatus): string {
  switch (s) {
    case 'applied':
      return '✅ applied';
    case 'up-to-date':
      return '✅ up to date';
    case 'pending':
      return '🔎 would migrate';
    case 'failed':
      return '❌ failed';
    case 'skipped':
      return '⏭️ not started';
    default:
      return assertNever(s);
  }
}

function title(result: FleetResult): string {
  const { targets, failed, skipped, applied } = result.counts;
  const of = plural(targets, 'target');
  if (failed > 0)
    return `## ❌ db-deploy migrate: ${failed} of ${of} failed${skipped ? `, ${skipped} not started` : ''}`;
  if (result.cancelled && skipped)
    return `## ⏹️ db-deploy migrate: cancelled, ${skipped} of ${of} not started`;
  if (result.dryRun) {
    const pending = result.targets.filter((t) => t.status === 'pending').length;
    return `## 🔎 db-deploy migrate (dry run): ${pending} of ${of} would migrate`;
  }
  if (targets === 0) return '## ✅ db-deploy migrate: no target in this slice';
  return `## ✅ db-deploy migrate: ${of}, ${plural(applied, 'migration')} applied`;
}

function settings(result: FleetResult): string {
  const parts = [
    `target-group **${result.group}**`,
    ...(result.shard
      ? [`shard-index ${result.shard.index} of shard-total ${result.shard.total}`]
      : []),
    `canary ${result.canary}`,
    `max-parallel ${result.maxParallel}`,
    `on-failure ${result.onFailure}`,
    `took ${formatDuration(result.durationMs)}`,
  ];
  return parts.join(' · ');
}

function note(t: TargetReport): string {
  if (t.status === 'skipped') return cell(t.skipped ?? '');
  if (t.error) return cell(t.error);
  if (t.status === 'pending') return cell(t.planned.join(', '));
  const gate: string[] = [];
  if (t.verify?.command) gate.push('verify-command passed');
  if (t.verify?.checks) gate.push('verify-checks passed');
  return gate.join(', ');
}

function row(t: TargetReport, position: number): string[] {
  const retries = t.migrations.reduce((sum, m) => sum + m.retries, 0);
  return [
    String(position),
    `${code(t.name)}${t.canary ? ' 🐤 canary' : ''}`,
    cell(code(t.target)),
    status(t.status),
    String(t.migrations.length),
    t.durationMs === undefined ? '' : formatDuration(t.durationMs),
    String(retries),
    note(t),
  ];
}

/**
 * A mermaid gantt of the rollout: the canary phase as one section, then one section per lane
 * (each lane takes the next target when its last one is done). Times are real (ms since the
 * epoch); failed targets are marked `crit`. Targets that never started have no bar.
 */
export function renderGantt(result: FleetResult): string {
  const started = Date.parse(result.startedAt);
  const ran = result.targets
    .filter((t) => t.startOffsetMs !== undefined)
    .slice(0, GANTT_MAX_TARGETS);
  const sections = new Map<number, TargetReport[]>();
  for (const t of ran) sections.set(t.lane ?? 0, [...(sections.get(t.lane ?? 0) ?? []), t]);
  const lines = [
    'gantt',
    '  title Rollout: canary, then lanes',
    '  dateFormat x',
    '  axisFormat %H:%M:%S',
  ];
  for (const lane of [...sections.keys()].sort((a, b) => a - b)) {
    lines.push(`  section ${lane === 0 ? 'canary' : `lane ${lane}`}`);
    for (const t of sections.get(lane) ?? []) {
      const start = started + (t.startOffsetMs ?? 0);
      // A bar needs a length: a target done within a millisecond still gets one.
      const end = start + Math.max(1, t.durationMs ?? 0);
      const tag = t.status === 'failed' ? 'crit' : 'done';
      lines.push(`  ${t.name} :${tag}, ${start}, ${end}`);
    }
  }
  return fenced('mermaid', lines.join('\n'));
}

/**
 * The fleet job summary: the verdict, the first failure on top, one row per target in rollout
 * order (canary marked), the migrations applied, and a gantt of the canary and the lanes.
 * Pure: result in, Markdown out.
 */
export function renderFleetSummary(result: FleetResult): string {
  const parts = [title(result), ''];
  const first = result.targets.find((t) => t.name === result.firstFailure);
  if (first)
    parts.push(
      `> **First failure: ${code(first.name)}** (${code(first.target)}): ${cell(first.error ?? '')}`,
      '',
    );
  parts.push(settings(result), '');
  if (result.targets.length > 0)
    parts.push(
      table(
        ['#', 'Target', 'Database', 'Status', 'Applied', 'Duration', 'Lock retries', 'Note'],
        ['r', 'l', 'l', 'l', 'r', 'r', 'r', 'l'],
        result.targets.map((t, i) => row(t, i + 1)),
      ),
      '',
    );
  const applied = [...new Set(result.targets.flatMap((t) => t.migrations.map((m) => m.name)))];
  if (applied.length) parts.push(`**Migrations applied:** ${applied.map(code).join(', ')}`, '');
  if (result.targets.some((t) => t.startOffsetMs !== undefined)) {
    const shown = result.targets.filter((t) => t.startOffsetMs !== undefined).length;
    parts.push(renderGantt(result), '');
    if (shown > GANTT_MAX_TARGETS)
      parts.push(
        `The chart shows the first ${GANTT_MAX_TARGETS} of ${shown} targets that started; the table lists every one.`,
        '',
      );
  }
  parts.push(footer(VERSION));
  return parts.join('\n');
}
