import type { DryRunMigration, MigrateResult } from '../migrations/index.js';
import { formatDuration } from '../duration.js';
import { VERSION } from '../version.js';
import { headByLines } from './budget.js';
import { cell, code, details, fenced, footer, table } from './markdown.js';
import { renderFailure } from './failure.js';
import { formatBytes } from '../units.js';

/** How a dry run's SQL is shown in a place with a size limit (the job summary). */
export interface SqlBudget {
  /** UTF-8 bytes all migrations' SQL may take together; each is cut at a line end to fit. */
  maxBytes: number;
  /** Where the whole SQL is, for the notes on what was cut, e.g. "the file named by the `dry-run-sql` output". */
  rest: string;
}

/** Shares `budget` bytes among texts: the small ones whole, the large ones an equal part of the rest. */
export function shareBudget(sizes: readonly number[], budget: number): number[] {
  const order = sizes.map((size, index) => ({ size, index })).sort((a, b) => a.size - b.size);
  const shares = new Array<number>(sizes.length).fill(0);
  let left = budget;
  for (const [k, { size, index }] of order.entries()) {
    const share = Math.min(size, Math.floor(left / (order.length - k)));
    shares[index] = share;
    left -= share;
  }
  return shares;
}

/** The SQL shown for one planned migration: whole, or its first lines and a note on the rest. */
function shownSql(sql: string, maxBytes: number | undefined, rest: string): string {
  const size = Buffer.byteLength(sql, 'utf8');
  if (maxBytes === undefined || size <= maxBytes) return sql || '-- (empty)';
  const head = headByLines(sql, maxBytes - 200);
  const hidden = sql.slice(head.length).split('\n').length - (head ? 1 : 0);
  return `${head}${head ? '\n' : ''}-- ✂️ ${hidden.toLocaleString('en-US')} more lines (${formatBytes(size - Buffer.byteLength(head, 'utf8'))}) not shown: the whole SQL is in ${rest}`;
}

/** The header comment of one migration in the SQL of a dry run. */
function sqlHeading(p: DryRunMigration): string {
  return `-- ${p.name} (${p.direction})${p.transactional ? '' : ` — outside a transaction (${p.reasons.join(', ')})`}`;
}

/**
 * The whole SQL a dry run would execute, migration after migration, each under a comment
 * naming it: the file behind the `dry-run-sql` output.
 */
export function renderDryRunSql(result: MigrateResult): string {
  const n = result.planned.length;
  const parts = [
    `-- db-deploy migrate dry run on ${result.target}: ${n === 0 ? 'nothing to run, the database is up to date' : `${n} migration${n === 1 ? '' : 's'} would run (${result.direction}), in this order`}`,
  ];
  for (const p of result.planned) parts.push('', sqlHeading(p), p.sql || '-- (empty)');
  return `${parts.join('\n')}\n`;
}

/**
 * The migrate job summary: verdict first, then what ran (name, duration, lock retries), what is
 * still pending, and for a dry run the SQL of every migration. Pure: result in, Markdown out.
 * @param error the one-line failure, when the run failed
 * @param sqlBudget cut a dry run's SQL to fit (the job summary); without it, all is shown (the CLI)
 */
export function renderMigrateSummary(
  result: MigrateResult | undefined,
  error?: string,
  sqlBudget?: SqlBudget,
): string {
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
    const shares = sqlBudget
      ? shareBudget(
          result.planned.map((p) => Buffer.byteLength(p.sql, 'utf8')),
          sqlBudget.maxBytes,
        )
      : [];
    let cut = 0;
    for (const [i, p] of result.planned.entries()) {
      const note = p.transactional ? '' : ` — outside a transaction (${p.reasons.join(', ')})`;
      const sql = shownSql(p.sql, shares[i], sqlBudget?.rest ?? '');
      if (sql !== (p.sql || '-- (empty)')) cut += 1;
      parts.push(details(`${code(p.name)} (${p.direction})${note}`, fenced('sql', sql)));
    }
    if (sqlBudget && cut > 0)
      parts.push(
        '',
        `> ✂️ The SQL of ${cut === 1 ? '1 migration was' : `${cut} migrations were`} cut to keep this summary under GitHub's 1 MiB limit: the whole SQL is in ${sqlBudget.rest}.`,
      );
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
