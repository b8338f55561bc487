import {
  type ExplainResult,
  formatCost,
  formatRatio,
  renderPlanTree,
  type MigrationPlans,
  type PlansReport,
  type PlanSummary,
  type QueryPlanChange,
} from '../plans/index.js';
import { cell, code, details, table } from './markdown.js';

/**
 * The "Plans" section of the validate report: per new migration, each representative query's
 * estimated cost and plan shape before → after. Compact: a migration that changed no plan is one
 * collapsed line, and when none did the whole section is. Pure.
 */

const METHOD: Record<PlansReport['method'], string> = {
  'generic-plan': 'EXPLAIN (GENERIC_PLAN)',
  'prepared-statement': 'generic plans of prepared statements',
};

const plural = (count: number, word: string) =>
  `${count} ${count === 1 ? word : word.replace(/y$/, 'ie')}${count === 1 ? '' : 's'}`;

/** `143.84 · Bitmap Index Scan on orders_user_id_idx (public.orders)`, or the error. */
function side(plan: PlanSummary | undefined, error: string | undefined): string {
  if (plan) return cell(`${formatCost(plan.cost)} · ${plan.shape}`);
  return error ? cell(`not planned: ${error}`) : '—';
}

function costCell(change: QueryPlanChange): string {
  const mark = change.verdict ? '❌ ' : '';
  if (change.verdict === 'broken') return `${mark}breaks`;
  if (change.ratio === undefined) return change.after ? 'new' : '—';
  if (!change.changed) return '=';
  return `${mark}${formatRatio(change.ratio)}`;
}

function queryTable(changes: readonly QueryPlanChange[]): string {
  const rows = changes.map((c) => [
    cell(code(c.query)),
    side(c.before, c.beforeError),
    side(c.after, c.afterError),
    costCell(c),
  ]);
  return table(['Query', 'Before', 'After', 'Cost'], ['l', 'l', 'l', 'r'], rows);
}

/** One migration's part of the section, as one Markdown block. */
function migrationPart(m: MigrationPlans): string {
  const name = code(m.name);
  if (m.status === 'skipped')
    return `- ${name}: not planned (an earlier migration failed on the copy)`;
  if (m.status === 'failed')
    return `- ❌ ${name}: does not apply on the copy: ${cell(m.error ?? 'failed')}`;
  const regressed = m.queries.filter((q) => q.verdict).length;
  const changed = m.queries.filter((q) => q.changed).length;
  const indexes = [
    ...m.createdIndexes.map((i) => `+${i}`),
    ...m.droppedIndexes.map((i) => `−${i}`),
  ];
  const facts = [
    indexes.length ? `indexes ${indexes.map(code).join(' ')}` : '',
    ...new Set(m.adjustments.map(cell)),
  ].filter(Boolean);
  const extra = facts.length ? `\n\n${facts.join(' · ')}` : '';
  if (changed === 0)
    return details(
      `${name}: no plan changed (${plural(m.queries.length, 'query')})`,
      `${queryTable(m.queries)}${extra}`,
    );
  const headline = regressed
    ? `❌ ${name}: ${plural(regressed, 'query')} regressed, ${changed} changed of ${m.queries.length}`
    : `${name}: ${changed} of ${plural(m.queries.length, 'query')} changed plan, none regressed`;
  return `**${headline}**\n\n${queryTable(m.queries.filter((q) => q.changed))}${extra}`;
}

/** The section, or nothing when plans were not asked for. */
export function plansSection(plans: PlansReport | undefined): string[] {
  if (!plans) return [];
  const head = `${plural(plans.queries.length, 'representative query')} planned on ${code(plans.database)} (PostgreSQL ${plans.pgVersion}, ${METHOD[plans.method]}; EXPLAIN only, in a transaction rolled back) · an error when a cost grows over ×${plans.regressionRatio} or an index scan is lost on a table of ${plans.minRows.toLocaleString('en-US')}+ rows`;
  const notes = [
    ...plans.notes.map((n) => `> ⚠️ ${cell(n)}`),
    ...(plans.caughtUp.length
      ? [`> The copy lacked ${plans.caughtUp.map(code).join(', ')}: applied first.`]
      : []),
  ];
  const parts = plans.migrations.map(migrationPart);
  const quiet = plans.migrations.every(
    (m) => m.status === 'planned' && !m.queries.some((q) => q.changed),
  );
  const body = [head, ...(notes.length ? ['', ...notes] : []), ...parts.flatMap((p) => ['', p])];
  if (quiet && plans.migrations.length > 0)
    return ['### Plans', '', details('No plan changed', body.join('\n'))];
  return ['### Plans', '', ...body];
}

/** One line for the short report: how many queries regressed, changed or were planned. */
export function plansLine(plans: PlansReport | undefined): string | undefined {
  if (!plans) return undefined;
  const all = plans.migrations.flatMap((m) => m.queries);
  const regressed = all.filter((q) => q.verdict).length;
  const changed = all.filter((q) => q.changed).length;
  return `**Plans:** ${regressed ? `❌ ${regressed} regressed, ` : ''}${changed} changed of ${plural(plans.queries.length, 'query')}`;
}

/** A plan as `db-deploy explain` prints it: its cost, then the tree, indented. */
function planBlock(
  label: string,
  plan: PlanSummary | undefined,
  error: string | undefined,
  ratio?: string,
): string[] {
  if (!plan) return [`  ${label}: not planned: ${error ?? 'no plan'}`];
  const tree = renderPlanTree(plan.plan)
    .split('\n')
    .map((line) => `    ${line}`);
  return [
    `  ${label}, estimated cost ${formatCost(plan.cost)}${ratio ? ` (${ratio})` : ''}:`,
    ...tree,
  ];
}

/**
 * `db-deploy explain`'s text: each query's whole plan before and after the migration, then the
 * findings. Pure.
 */
export function renderExplain(result: ExplainResult): string {
  const { plans, findings } = result;
  const m = plans.migration;
  const lines = [
    `${m.name} on ${plans.database} (PostgreSQL ${plans.pgVersion}, ${METHOD[plans.method]}; EXPLAIN only, in a transaction rolled back)`,
  ];
  if (plans.caughtUp.length)
    lines.push(`The copy lacked ${plans.caughtUp.join(', ')}: applied first.`);
  if (m.status !== 'planned')
    lines.push(m.error ? `It does not apply on the copy: ${m.error}` : 'It was not applied.');
  const indexes = [
    ...m.createdIndexes.map((i) => `+${i}`),
    ...m.droppedIndexes.map((i) => `-${i}`),
  ];
  if (indexes.length) lines.push(`Indexes: ${indexes.join(' ')}`);
  for (const adjustment of new Set(m.adjustments)) lines.push(`(${adjustment})`);
  for (const change of m.queries) {
    const query = plans.queries.find((q) => q.name === change.query);
    const where = query?.file ? ` (${query.file}:${query.line ?? 1})` : '';
    lines.push(
      '',
      `Query "${change.query}"${where}`,
      ...planBlock('Before', change.before, change.beforeError),
      ...planBlock(
        'After',
        change.after,
        change.afterError,
        change.ratio === undefined ? undefined : formatRatio(change.ratio),
      ),
    );
  }
  lines.push('', findings.length ? 'Findings:' : 'No finding.');
  for (const f of findings)
    lines.push(`  ${f.severity} ${f.rule} ${f.file}:${f.line}: ${f.message}`, `    fix: ${f.hint}`);
  return lines.join('\n');
}
