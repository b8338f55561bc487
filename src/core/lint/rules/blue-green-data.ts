/**
 * Blue-green rules on data: rows and sequence values green writes itself, tables filled from
 * replicated ones, and triggers, which do not see replicated rows by default.
 */
import type { LintContext, Rule, RuleHit, TableKey } from '../types.js';
import type { ParsedStatement } from '../../sql/index.js';
import {
  alterTableCmds,
  list,
  locationOf,
  names,
  nodeOf,
  qualifiedNameKey,
  rangeVarLocation,
  tableKey,
  tableName,
  walk,
  type AstNode,
} from '../ast.js';
import { BLUE_GREEN, addedColumn, greenOnly, replicatedCmds } from './blue-green-shared.js';

const WRITES = {
  InsertStmt: 'INSERT INTO',
  UpdateStmt: 'UPDATE',
  DeleteStmt: 'DELETE FROM',
  MergeStmt: 'MERGE INTO',
} as const;

/** The tables a statement writes rows to, with the verb: DML (in CTEs too), TRUNCATE, COPY FROM. */
function writtenTables(statement: ParsedStatement): Array<{ verb: string; relation: unknown }> {
  const node = statement.node;
  if (statement.type === 'TruncateStmt')
    return list(node.relations).map((relation) => ({ verb: 'TRUNCATE', relation }));
  if (statement.type === 'CopyStmt')
    return node.is_from && node.relation ? [{ verb: 'COPY … FROM', relation: node.relation }] : [];
  const written: Array<{ verb: string; relation: unknown }> = [];
  const visit = (type: string, fields: AstNode) => {
    if (type in WRITES)
      written.push({ verb: WRITES[type as keyof typeof WRITES], relation: fields.relation });
  };
  visit(statement.type, node);
  walk(node, visit);
  return written;
}

/**
 * Data changes on green: until the switch green must only receive blue's writes. Its own rows
 * diverge from blue (checked: a row green inserted, then one blue inserts with the same key,
 * stops the apply worker), and the switch refuses a green that has written.
 */
const dataChange: Rule = {
  id: 'blue-green-data-change',
  severity: 'error',
  description:
    'INSERT, UPDATE, DELETE, MERGE, TRUNCATE or COPY FROM on a replicated table makes green diverge from blue.',
  nodeTypes: [
    'InsertStmt',
    'UpdateStmt',
    'DeleteStmt',
    'MergeStmt',
    'TruncateStmt',
    'CopyStmt',
    'SelectStmt',
  ],
  strategies: BLUE_GREEN,
  check(statement, context) {
    return writtenTables(statement)
      .filter(({ relation }) => !greenOnly(context, tableKey(relation)))
      .map(({ verb, relation }) => {
        const table = tableName(relation);
        return {
          message: `${verb} ${table} writes on green, which must only receive blue's writes until the switch: green's rows diverge from blue's (a row blue later writes with the same key stops the apply worker), and the switch refuses a green that has written`,
          hint: `change the rows of ${table} on blue (the change replicates to green), or after the switch in a later deploy or a batched job; tables new in this deploy may be filled freely`,
          location: rangeVarLocation(relation),
        };
      });
  },
};

/** Names of the CTEs of a statement (they appear as RangeVars but are not tables). */
function cteNames(node: AstNode): Set<string> {
  const found = new Set<string>();
  walk(node, (type, fields) => {
    if (type === 'CommonTableExpr' && typeof fields.ctename === 'string') found.add(fields.ctename);
  });
  return found;
}

/** The replicated tables a statement's query reads (its RangeVars, CTEs and green-only tables aside). */
function replicatedSources(node: AstNode, query: unknown, context: LintContext): string[] {
  const ctes = cteNames(node);
  const sources = new Set<string>();
  walk({ query }, (type, fields) => {
    if (type !== 'RangeVar') return;
    const plain = fields.schemaname === undefined && ctes.has(String(fields.relname));
    if (!plain && !greenOnly(context, tableKey(fields))) sources.add(tableName(fields));
  });
  return [...sources];
}

/**
 * Filling a new table from replicated ones copies them as they are now: blue's later writes reach
 * the sources on green, not the copy (and triggers on the sources do not fire for them unless
 * enabled ALWAYS or REPLICA).
 */
const staleBackfill: Rule = {
  id: 'blue-green-stale-backfill',
  severity: 'warning',
  description:
    'Filling a new table from replicated ones on green misses every change blue makes to them until the switch.',
  nodeTypes: ['InsertStmt', 'CreateTableAsStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    const node = statement.node;
    const isInsert = statement.type === 'InsertStmt';
    if (!isInsert && node.objtype !== 'OBJECT_TABLE') return [];
    const target = isInsert
      ? node.relation
      : (nodeOf(node.into, 'IntoClause')?.rel ?? (node.into as AstNode | undefined)?.rel);
    // An INSERT into a replicated table is blue-green-data-change's.
    if (isInsert && !greenOnly(context, tableKey(target))) return [];
    const sources = replicatedSources(node, isInsert ? node.selectStmt : node.query, context);
    if (sources.length === 0) return [];
    const table = tableName(target);
    const from = sources.join(', ');
    return [
      {
        message: `${isInsert ? 'INSERT INTO' : 'CREATE TABLE'} ${table} … ${isInsert ? 'SELECT' : 'AS SELECT'} from ${from} copies ${from} as it is now: blue keeps writing ${from} until the switch, and ${table} misses every later change`,
        hint: `fill ${table} after the switch (a batched job), or keep it in step with a trigger on ${from} enabled with ALTER TABLE … ENABLE ALWAYS TRIGGER (it then fires for replicated rows; schema-qualify the names its function uses)`,
        location: rangeVarLocation(target),
      },
    ];
  },
};

/** Whether a sequence is green-only: created earlier in this migration, or a new table's (`<table>_…_seq`). */
function sequenceIsNew(context: LintContext, key: TableKey): boolean {
  const created = context.statements
    .slice(0, context.index)
    .some((s) => s.type === 'CreateSeqStmt' && tableKey(s.node.sequence) === key);
  const newTables = [...context.createdTables, ...context.createdInDeploy];
  return created || (key.endsWith('_seq') && newTables.some((t) => key.startsWith(`${t}_`)));
}

/** The sequence named by setval()'s first argument (`'s'`, `'s'::regclass`), when it is a constant. */
function setvalTarget(call: AstNode): string | undefined {
  const [first] = list(call.args);
  const constant = nodeOf(nodeOf(first, 'TypeCast')?.arg ?? first, 'A_Const');
  const value = nodeOf(constant?.sval, 'String') ?? (constant?.sval as AstNode | undefined);
  return typeof value?.sval === 'string' ? value.sval : undefined;
}

const restarts = (options: unknown) =>
  list(options).some((o) => nodeOf(o, 'DefElem')?.defname === 'restart');

/**
 * Sequence values set on green are lost: logical replication does not carry sequences, and the
 * switch copies blue's values over green's (checked: setval on the subscriber stays local).
 */
const sequenceValue: Rule = {
  id: 'blue-green-sequence-value',
  severity: 'warning',
  description:
    "setval() or RESTART on green is lost: the switch copies blue's sequence values over green's.",
  nodeTypes: ['SelectStmt', 'AlterSeqStmt', 'AlterTableStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    const hint = (what: string) =>
      `set ${what} on blue before the switch (the switch copies it to green), or after the switch in a later deploy`;
    const lost =
      "is lost: logical replication does not carry sequence values, and the switch copies blue's over green's";
    const node = statement.node;
    if (statement.type === 'AlterSeqStmt') {
      if (!restarts(node.options) || sequenceIsNew(context, tableKey(node.sequence))) return [];
      const sequence = tableName(node.sequence);
      return [
        {
          message: `ALTER SEQUENCE ${sequence} RESTART on green ${lost}`,
          hint: hint(`the value of ${sequence}`),
        },
      ];
    }
    if (statement.type === 'AlterTableStmt')
      return replicatedCmds(statement, context, ['AT_SetIdentity'])
        .filter(({ cmd }) => restarts(nodeOf(cmd.def, 'List')?.items ?? cmd.def))
        .filter(({ key, cmd }) => !addedColumn(context, key, String(cmd.name)))
        .map(({ table, cmd }) => ({
          message: `ALTER COLUMN ${String(cmd.name)} RESTART on ${table} on green ${lost}`,
          hint: hint(`the identity's value`),
          location: rangeVarLocation(node.relation),
        }));
    const hits: RuleHit[] = [];
    walk(node, (type, call) => {
      if (type !== 'FuncCall' || names(call.funcname).at(-1) !== 'setval') return;
      const target = setvalTarget(call);
      if (target !== undefined && sequenceIsNew(context, qualifiedNameKey(target.split('.'))))
        return;
      const sequence = target ?? 'a sequence';
      hits.push({
        message: `setval(${target ? `'${target}'` : '…'}) on green ${lost}`,
        hint: hint(`the value of ${sequence}`),
        location: locationOf(call),
      });
    });
    return hits;
  },
};

/** CreateTrigStmt.timing of INSTEAD OF (TRIGGER_TYPE_INSTEAD, src/include/catalog/pg_trigger.h). */
const INSTEAD_OF = 64;

/** Whether a later statement of this migration enables trigger `name` on `key` ALWAYS or REPLICA. */
function firesOnReplica(context: LintContext, key: TableKey, name: string): boolean {
  return context.statements
    .slice(context.index + 1)
    .filter((s) => s.type === 'AlterTableStmt' && tableKey(s.node.relation) === key)
    .flatMap((s) => alterTableCmds(s.node))
    .some(
      (cmd) => /^AT_Enable(Always|Replica)Trig$/.test(String(cmd.subtype)) && cmd.name === name,
    );
}

/**
 * Triggers on green do not fire for replicated rows unless enabled ALWAYS or REPLICA (PostgreSQL
 * docs, ALTER TABLE, DISABLE/ENABLE [ REPLICA | ALWAYS ] TRIGGER); those that do run in the apply
 * worker, whose search_path is empty (checked: a trigger function inserting into an unqualified
 * table stops the apply worker; schema-qualified, it works).
 */
const triggerOnReplicatedTable: Rule = {
  id: 'blue-green-trigger-on-replicated-table',
  severity: 'notice',
  description:
    "A trigger on a replicated table does not fire for blue's rows unless enabled ALWAYS or REPLICA, and then runs with an empty search_path.",
  nodeTypes: ['CreateTrigStmt', 'AlterTableStmt'],
  strategies: BLUE_GREEN,
  check(statement, context) {
    const node = statement.node;
    const key = tableKey(node.relation);
    const table = tableName(node.relation);
    const qualify =
      'schema-qualify every name its function uses (or give the function SET search_path): the apply worker runs it with an empty search_path, and a name it cannot resolve stops the replication';
    if (statement.type === 'AlterTableStmt')
      return replicatedCmds(statement, context, [
        'AT_EnableAlwaysTrig',
        'AT_EnableReplicaTrig',
      ]).map(({ cmd }) => ({
        message: `trigger ${String(cmd.name)} on ${table} fires for the rows blue replicates into green, in the apply worker`,
        hint: qualify,
        location: rangeVarLocation(node.relation),
      }));
    const name = String(node.trigname);
    // INSTEAD OF triggers belong to views, which replication does not write to.
    if (node.timing === INSTEAD_OF) return [];
    if (greenOnly(context, key) || firesOnReplica(context, key, name)) return [];
    return [
      {
        message: `trigger ${name} on ${table} does not fire for the rows blue replicates into green (the apply worker runs with session_replication_role = replica): until the switch it sees only green's own writes`,
        hint: `if it must see blue's writes (e.g. it keeps a new column in step), ALTER TABLE ${table} ENABLE ALWAYS TRIGGER ${name}, and ${qualify}`,
        location: rangeVarLocation(node.relation),
      },
    ];
  },
};

export const dataRules: readonly Rule[] = [
  dataChange,
  staleBackfill,
  sequenceValue,
  triggerOnReplicatedTable,
];
