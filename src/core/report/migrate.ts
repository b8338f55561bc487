import type { MigrateResult } from '../migrations/index.js';
import { formatDuration } from '../duration.js';
import { VERSION } from '../version.js';
import { cell, code, details, fenced, footer, table } from './markdown.js';
import { renderFailure } from './failure.js';

/**
 * The migrate job summary: verdict first, then what ran (name, duration, lock retries), what is
 * still pending, and for a dry run the SQL of every migration. Pure: result in, Markdown out.
 * @param error the one-line failure, when the run failed
 */
export function renderMigrateSummary(result: MigrateResult | undefined, error?: string): string {
  const parts: string[] = [];
  if (!result) return renderFailure('migrate', error);
  const verb = result.direction === 'up' ? 'applied' : 'rolled back';
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (error) parts.push(`## ❌ db-deploy migrate failed`, '', `> ${cell(error)}`);
  else if (result.dryRun)
    parts.push(
      `## 🔎 db-deploy migrate (dry run): ${result.planned.length ? `${n(result.planned.length, 'migration')} would run` : 'up to date'}`,
    );
  else if (result.applied.length === 0)
    parts.push('## ✅ db-deploy migrate: up to date', '', 'No migration to run.');
  else parts.push(`## ✅ db-deploy migrate: ${n(result.applied.length, 'migration')} ${verb}`);
  parts.push(
    '',
    `Target ${code(result.target)} · direction **${result.direction}** · took ${formatDuration(result.durationMs)}` +
      (result.lockWaitMs >= 1000
        ? ` · waited ${formatDuration(result.lockWaitMs)} for another runner`
        : ''),
    '',
    `Format **${result.format}** · migrations ${code(result.migrationsDir)} · ledger ${code(result.migrationsTable)}`,
  );
  if (result.applied.length > 0) {
    parts.push(
      '',
      table(
        ['Migration', 'Duration', 'Lock retries', 'Transaction'],
        ['l', 'r', 'r', 'l'],
        result.applied.map((m) => [
          cell(code(m.name)),
          formatDuration(m.durationMs),
          String(m.retries),
          m.transactional ? 'yes' : 'no (statement by statement)',
        ]),
      ),
    );
  }
  if (result.planned.length > 0) {
    parts.push('');
    for (const p of result.planned) {
      const note = p.transactional ? '' : ` — outside a transaction (${p.reasons.join(', ')})`;
      parts.push(
        details(`${code(p.name)} (${p.direction})${note}`, fenced('sql', p.sql || '-- (empty)')),
      );
    }
  }
  if (!result.dryRun || result.planned.length > 0) {
    const pending = result.pending;
    parts.push(
      '',
      `**Pending${result.dryRun ? '' : ' after the run'}:** ${pending.length === 0 ? 'none' : pending.map(code).join(', ')}`,
    );
  }
  if (result.adopted.length > 0)
    parts.push(
      '',
      `Checksums recorded for ${n(result.adopted.length, 'migration')} applied before db-deploy tracked them.`,
    );
  if (result.acceptedEdits.length > 0)
    parts.push(
      '',
      `⚠️ Edited migrations accepted (allow-edited): ${result.acceptedEdits.map(code).join(', ')}`,
    );
  parts.push('', footer(VERSION));
  return parts.join('\n');
}
