import type { AccessMethod, PlanSummary, TableAccess } from './types.js';

/**
 * Reading EXPLAIN (FORMAT JSON, VERBOSE) output: the cost, the tables a plan reads and how, and
 * a one-line shape for reports. Pure: plan JSON in, data out.
 */

/** One node of EXPLAIN's JSON output (the fields read here; PostgreSQL adds many more). */
export interface PlanNode {
  'Node Type': string;
  'Parallel Aware'?: boolean;
  'Join Type'?: string;
  Strategy?: string;
  'Relation Name'?: string;
  Schema?: string;
  Alias?: string;
  'Index Name'?: string;
  'Startup Cost'?: number;
  'Total Cost'?: number;
  'Plan Rows'?: number;
  'Index Cond'?: string;
  'Recheck Cond'?: string;
  Filter?: string;
  'Join Filter'?: string;
  'Hash Cond'?: string;
  'Merge Cond'?: string;
  'Sort Key'?: string[];
  'Group Key'?: string[];
  Plans?: PlanNode[];
  [field: string]: unknown;
}

/** Node types whose `Index Name` is the index the table is read through. */
const INDEX_METHODS: Record<string, AccessMethod> = {
  'Index Scan': 'index',
  'Index Only Scan': 'index-only',
};

/** Whether an access reads the table through an index (a bitmap scan counts). */
export function usesIndex(access: TableAccess): boolean {
  return access.method === 'index' || access.method === 'index-only' || access.method === 'bitmap';
}

/** The top plan node of EXPLAIN (FORMAT JSON) output (`[{ "Plan": {…} }]`). */
export function topNode(explain: unknown): PlanNode {
  const first = Array.isArray(explain)
    ? (explain[0] as { Plan?: PlanNode } | undefined)
    : undefined;
  if (!first?.Plan || typeof first.Plan['Node Type'] !== 'string')
    throw new Error('EXPLAIN returned no plan');
  return first.Plan;
}

/** A copy of the plan without VERBOSE's `Output` lists (they only make the report longer). */
export function withoutOutputs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOutputs);
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => key !== 'Output')
      .map(([key, inner]) => [key, withoutOutputs(inner)]),
  );
}

/** What summarisePlan needs to know besides the plan. */
export interface PlanContext {
  /** Index name → its first key column (or expression). */
  firstKeys: ReadonlyMap<string, string>;
  /** The server's major version (18 skips through an index instead of reading it all). */
  major: number;
}

/**
 * Summarises a plan. An index scan whose condition never names the index's first column is
 * marked (`indexRead`): a full index read before PostgreSQL 18, a skip scan from 18.
 */
export function summarisePlan(
  explain: unknown,
  context: PlanContext = { firstKeys: new Map(), major: 18 },
): PlanSummary {
  const top = topNode(explain);
  const accesses: TableAccess[] = [];
  collectAccesses(top, context, accesses);
  return {
    cost: top['Total Cost'] ?? 0,
    rows: top['Plan Rows'] ?? 0,
    shape: planShape(top, accesses),
    accesses,
    plan: withoutOutputs(explain),
  };
}

function collectAccesses(node: PlanNode, context: PlanContext, out: TableAccess[]): void {
  const type = node['Node Type'];
  const relation = node['Relation Name'];
  if (relation && type !== 'ModifyTable') {
    const table = node.Schema ? `${node.Schema}.${relation}` : relation;
    const access: TableAccess = { table, method: 'other', node: nodeName(node) };
    if (type === 'Seq Scan') access.method = 'seq';
    else if (INDEX_METHODS[type]) {
      access.method = INDEX_METHODS[type];
      access.index = node['Index Name'];
      if (unconstrainedLead(node, context.firstKeys)) access.indexRead = indexRead(context);
    } else if (type === 'Bitmap Heap Scan') {
      const scans = bitmapIndexScans(node);
      access.method = 'bitmap';
      access.index = scans.map((s) => s['Index Name']).join(', ');
      if (scans.some((s) => unconstrainedLead(s, context.firstKeys)))
        access.indexRead = indexRead(context);
    }
    out.push(access);
  }
  for (const child of node.Plans ?? []) {
    // A bitmap heap scan's index scans belong to its access, already counted.
    if (type === 'Bitmap Heap Scan') continue;
    collectAccesses(child, context, out);
  }
}

/** The Bitmap Index Scan nodes under a Bitmap Heap Scan (through BitmapAnd / BitmapOr). */
function bitmapIndexScans(node: PlanNode): PlanNode[] {
  return (node.Plans ?? []).flatMap((child) =>
    child['Node Type'] === 'Bitmap Index Scan' ? [child] : bitmapIndexScans(child),
  );
}

const indexRead = (context: PlanContext) =>
  context.major >= 18 ? ('skip scan' as const) : ('full index read' as const);

/**
 * Whether an index scan has no index condition, or one that does not name the index's first
 * column: a btree is ordered by that column, so only a condition on it narrows the part of the
 * index read (PostgreSQL 18 can skip through the other values instead). Expressions as first
 * keys are not judged.
 */
function unconstrainedLead(node: PlanNode, firstKeys: ReadonlyMap<string, string>): boolean {
  const condition = node['Index Cond'];
  if (!condition) return true;
  const first = firstKeys.get(node['Index Name'] ?? '');
  if (!first || !/^[a-z_][a-z0-9_$]*$/.test(first)) return false;
  return !new RegExp(`(^|[^\\w$])${first}([^\\w$]|$)`).test(condition);
}

/** The node as EXPLAIN's text format names it: `Parallel Seq Scan`, `Hash Join (Left)`. */
export function nodeName(node: PlanNode): string {
  const parallel = node['Parallel Aware'] ? 'Parallel ' : '';
  const join = node['Join Type'] && node['Join Type'] !== 'Inner' ? ` (${node['Join Type']})` : '';
  const strategy =
    node['Node Type'] === 'Aggregate' && node.Strategy && node.Strategy !== 'Plain'
      ? ` (${node.Strategy})`
      : '';
  return `${parallel}${node['Node Type']}${join}${strategy}`;
}

/** `Index Scan using orders_user_id_idx on public.orders`, `Seq Scan on public.orders`, … */
export function describeAccess(access: TableAccess, withTable = true): string {
  const on = withTable ? ` on ${access.table}` : '';
  const full = access.indexRead ? ` (${access.indexRead})` : '';
  switch (access.method) {
    case 'index':
    case 'index-only':
      return `${access.node} using ${access.index}${on}${full}`;
    case 'bitmap':
      return `Bitmap Index Scan on ${access.index}${withTable ? ` (${access.table})` : ''}${full}`;
    case 'seq':
    case 'other':
      return `${access.node} on ${access.table}`;
  }
}

/** Table accesses a shape names before it counts the rest (a partitioned table has hundreds). */
const SHAPE_ACCESSES = 4;

/** One line: the top node, then the table accesses in plan order (the first few, and a count). */
function planShape(top: PlanNode, accesses: readonly TableAccess[]): string {
  const scans = accesses.slice(0, SHAPE_ACCESSES).map((a) => describeAccess(a));
  if (accesses.length > SHAPE_ACCESSES) scans.push(`… ${accesses.length - SHAPE_ACCESSES} more`);
  const modify = top['Node Type'] === 'ModifyTable';
  if (!modify && top['Relation Name'] !== undefined && accesses.length === 1)
    return scans[0] as string;
  const head = modify ? nodeLabel(top) : nodeName(top);
  return scans.length ? `${head}: ${scans.join(', ')}` : head;
}

/** Conditions shown under a node in the text rendering, in EXPLAIN's order. */
const DETAILS = [
  'Index Cond',
  'Recheck Cond',
  'Hash Cond',
  'Merge Cond',
  'Join Filter',
  'Filter',
] as const;

/**
 * The plan as an indented tree, like EXPLAIN's text format (costs and rows of each node, its
 * conditions), for `db-deploy explain`.
 */
export function renderPlanTree(explain: unknown): string {
  const lines: string[] = [];
  const visit = (node: PlanNode, depth: number) => {
    const pad = depth === 0 ? '' : `${'      '.repeat(depth - 1)}  ->  `;
    const detailPad = depth === 0 ? '  ' : `${'      '.repeat(depth)}  `;
    const cost = `(cost=${(node['Startup Cost'] ?? 0).toFixed(2)}..${(node['Total Cost'] ?? 0).toFixed(2)} rows=${node['Plan Rows'] ?? 0})`;
    lines.push(`${pad}${nodeLabel(node)}  ${cost}`);
    for (const key of DETAILS) {
      const value = node[key];
      if (typeof value === 'string') lines.push(`${detailPad}${key}: ${value}`);
    }
    for (const key of ['Sort Key', 'Group Key'] as const) {
      const value = node[key];
      if (Array.isArray(value)) lines.push(`${detailPad}${key}: ${value.join(', ')}`);
    }
    for (const child of node.Plans ?? []) visit(child, depth + 1);
  };
  visit(topNode(explain), 0);
  return lines.join('\n');
}

function nodeLabel(node: PlanNode): string {
  const name = nodeName(node);
  const relation = node['Relation Name']
    ? `${node.Schema ? `${node.Schema}.` : ''}${node['Relation Name']}`
    : undefined;
  const index = node['Index Name'];
  if (node['Node Type'] === 'Bitmap Index Scan') return `${name} on ${index}`;
  if (index && relation) return `${name} using ${index} on ${relation}`;
  if (node['Node Type'] === 'ModifyTable' && relation)
    return `${String(node.Operation ?? 'Modify')} on ${relation}`;
  return relation ? `${name} on ${relation}` : name;
}
