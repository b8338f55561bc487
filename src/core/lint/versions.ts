/**
 * SQL that an older PostgreSQL major rejects. The linter parses with one grammar, PostgreSQL 18's
 * (libpg_query), which accepts everything 18 added; for a migration aimed at an older major
 * (`--pg-version`, validate's target) each construct below is reported with the version that
 * introduced it. Every row's example is checked in the tests: the grammar of the major before
 * `since` rejects it and the grammar of `since` accepts it (libpg-query 13, 15, 16 and 17 as
 * development dependencies; PostgreSQL 12 and older from the release notes). Rows of kind
 * `function` are SQL-standard functions that older grammars read as an ordinary function call
 * that does not exist: the migration fails all the same, at run time.
 */
import type { ParsedStatement } from '../sql/parse.js';
import { list, walk, type AstNode } from './ast.js';

export interface NewerConstruct {
  /** PostgreSQL major that introduced it. */
  since: number;
  /** How to name it in a message (`MERGE`, `a subquery in FROM without an alias`). */
  what: string;
  /** `syntax`: older grammars reject it; `function`: they parse it as a missing function. */
  kind: 'syntax' | 'function';
  /** A statement that uses it (tests parse it with the grammars of `since` - 1 and `since`). */
  example: string;
  /** Cheap test on the statement text; the tree is walked only when some row's test passes. */
  hint: RegExp;
  /** The parse-tree node types to look at, and the test on each. */
  nodes: Record<string, (node: AstNode) => boolean>;
  /** Statement types where another rule already reports it (with a better hint). */
  reportedElsewhere?: readonly string[];
}

const always = () => true;
const subtype =
  (...subtypes: string[]) =>
  (cmd: AstNode) =>
    subtypes.includes(String(cmd.subtype));

/** Newest first, so that a statement's first finding is about the newest construct. */
export const NEWER_CONSTRUCTS: readonly NewerConstruct[] = [
  {
    since: 18,
    what: 'a VIRTUAL generated column (GENERATED ALWAYS AS (…) without STORED is VIRTUAL from 18)',
    kind: 'syntax',
    example: 'ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (a + 1) VIRTUAL',
    hint: /GENERATED\s+ALWAYS\s+AS\s*\(/i,
    nodes: { Constraint: (c) => c.contype === 'CONSTR_GENERATED' && c.generated_kind === 'v' },
  },
  {
    since: 18,
    what: 'NOT ENFORCED constraints',
    kind: 'syntax',
    example: 'ALTER TABLE t ADD CONSTRAINT c CHECK (a > 0) NOT ENFORCED',
    hint: /ENFORCED/i,
    nodes: {
      Constraint: (c) =>
        (c.contype === 'CONSTR_CHECK' || c.contype === 'CONSTR_FOREIGN') && c.is_enforced !== true,
      ATAlterConstraint: (c) => c.alterEnforceability === true,
    },
  },
  {
    since: 18,
    what: 'a NOT NULL constraint with a name or a column list (CONSTRAINT … NOT NULL col)',
    kind: 'syntax',
    example: 'CREATE TABLE t (a int, CONSTRAINT a_not_null NOT NULL a)',
    // The table-constraint form: `CONSTRAINT name NOT NULL col` or `, NOT NULL col`.
    hint: /(?:CONSTRAINT\s+(?:"[^"]*"|\S+)\s+|[(,]\s*)NOT\s+NULL\s+[^\s,)]/i,
    nodes: { Constraint: (c) => c.contype === 'CONSTR_NOTNULL' && list(c.keys).length > 0 },
    // ALTER TABLE … ADD CONSTRAINT … NOT NULL: set-not-null-scans-table, with the recipe for older majors.
    reportedElsewhere: ['AlterTableStmt'],
  },
  {
    since: 18,
    what: 'temporal keys (WITHOUT OVERLAPS, PERIOD)',
    kind: 'syntax',
    example: 'CREATE TABLE t (id int, valid tstzrange, PRIMARY KEY (id, valid WITHOUT OVERLAPS))',
    hint: /\bWITHOUT\s+OVERLAPS\b|\bPERIOD\b/i,
    nodes: {
      Constraint: (c) =>
        c.without_overlaps === true || c.fk_with_period === true || c.pk_with_period === true,
    },
  },
  {
    since: 18,
    what: 'RETURNING WITH (OLD AS …, NEW AS …)',
    kind: 'syntax',
    example: 'UPDATE t SET a = 1 RETURNING WITH (OLD AS o) o.a',
    hint: /RETURNING\s+WITH\b/i,
    nodes: { ReturningOption: always },
  },
  {
    since: 18,
    what: 'ALTER CONSTRAINT … [NO] INHERIT',
    kind: 'syntax',
    example: 'ALTER TABLE t ALTER CONSTRAINT c NO INHERIT',
    hint: /\bINHERIT\b/i,
    nodes: { ATAlterConstraint: (c) => c.alterInheritability === true },
  },
  {
    since: 18,
    what: 'VACUUM ONLY / ANALYZE ONLY',
    kind: 'syntax',
    example: 'ANALYZE ONLY t',
    hint: /^\s*(?:VACUUM|ANALYZE)\b[\s\S]*\bONLY\b/i,
    nodes: {
      VacuumRelation: (v) =>
        typeof v.relation === 'object' && (v.relation as AstNode | null)?.inh !== true,
    },
  },
  {
    since: 17,
    what: 'MERGE … RETURNING',
    kind: 'syntax',
    example: 'MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN DELETE RETURNING t.id',
    hint: /RETURNING/i,
    nodes: { MergeStmt: (m) => m.returningClause !== undefined || m.returningList !== undefined },
  },
  {
    since: 17,
    what: 'MERGE … WHEN NOT MATCHED BY SOURCE',
    kind: 'syntax',
    example: 'MERGE INTO t USING s ON t.id = s.id WHEN NOT MATCHED BY SOURCE THEN DELETE',
    hint: /BY\s+SOURCE/i,
    nodes: { MergeWhenClause: (w) => w.matchKind === 'MERGE_WHEN_NOT_MATCHED_BY_SOURCE' },
  },
  {
    since: 17,
    what: 'JSON_TABLE',
    kind: 'syntax',
    example: "SELECT * FROM JSON_TABLE('{}'::jsonb, '$' COLUMNS (a int PATH '$.a')) AS jt",
    hint: /JSON_TABLE/i,
    nodes: { JsonTable: always },
  },
  {
    since: 17,
    what: 'the SQL/JSON query functions (JSON_QUERY, JSON_VALUE, JSON_EXISTS, JSON_SCALAR, JSON_SERIALIZE, JSON())',
    kind: 'function',
    example: "SELECT JSON_VALUE('{}'::jsonb, '$.a')",
    hint: /JSON/i,
    nodes: {
      JsonFuncExpr: always,
      JsonScalarExpr: always,
      JsonSerializeExpr: always,
      JsonParseExpr: always,
    },
  },
  {
    since: 17,
    what: 'ALTER COLUMN … SET EXPRESSION',
    kind: 'syntax',
    example: 'ALTER TABLE t ALTER COLUMN c SET EXPRESSION AS (a + 2)',
    hint: /EXPRESSION/i,
    nodes: { AlterTableCmd: subtype('AT_SetExpression') },
  },
  {
    since: 17,
    what: 'SET STATISTICS DEFAULT',
    kind: 'syntax',
    example: 'ALTER TABLE t ALTER COLUMN c SET STATISTICS DEFAULT',
    hint: /STATISTICS/i,
    nodes: { AlterTableCmd: (cmd) => cmd.subtype === 'AT_SetStatistics' && cmd.def === undefined },
  },
  {
    since: 16,
    what: 'a subquery in FROM without an alias',
    kind: 'syntax',
    example: 'SELECT * FROM (SELECT 1)',
    hint: /(?:FROM|JOIN|LATERAL|USING|,)\s*\(\s*(?:SELECT|VALUES|WITH|TABLE|\()/i,
    nodes: { RangeSubselect: (r) => r.alias === undefined },
  },
  {
    since: 16,
    what: 'IS JSON',
    kind: 'syntax',
    example: "SELECT '{}' IS JSON",
    hint: /\bJSON\b/i,
    nodes: { JsonIsPredicate: always },
  },
  {
    since: 16,
    what: 'the SQL/JSON constructors (JSON_OBJECT, JSON_ARRAY, JSON_OBJECTAGG, JSON_ARRAYAGG)',
    kind: 'function',
    example: 'SELECT json_array(1, 2)',
    hint: /JSON_/i,
    nodes: {
      JsonObjectConstructor: always,
      JsonArrayConstructor: always,
      JsonArrayQueryConstructor: always,
      JsonObjectAgg: always,
      JsonArrayAgg: always,
    },
  },
  {
    since: 16,
    what: 'SYSTEM_USER',
    kind: 'function',
    example: 'SELECT system_user',
    hint: /SYSTEM_USER/i,
    nodes: {
      FuncCall: (f) =>
        f.funcformat === 'COERCE_SQL_SYNTAX' &&
        JSON.stringify(f.funcname).includes('"system_user"'),
    },
  },
  {
    since: 16,
    what: 'GRANT … WITH INHERIT / SET',
    kind: 'syntax',
    example: 'GRANT admins TO alice WITH INHERIT TRUE',
    hint: /\bWITH\b/i,
    nodes: {
      GrantRoleStmt: (g) =>
        list(g.opt).some((o) =>
          ['inherit', 'set'].includes(
            String((o as AstNode).DefElem && ((o as AstNode).DefElem as AstNode).defname),
          ),
        ),
    },
  },
  {
    since: 15,
    what: 'MERGE',
    kind: 'syntax',
    example: 'MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET a = s.a',
    hint: /MERGE/i,
    nodes: { MergeStmt: always },
  },
  {
    since: 15,
    what: 'UNIQUE NULLS NOT DISTINCT',
    kind: 'syntax',
    example: 'CREATE UNIQUE INDEX i ON t (a) NULLS NOT DISTINCT',
    hint: /DISTINCT/i,
    nodes: {
      IndexStmt: (i) => i.nulls_not_distinct === true,
      Constraint: (c) => c.nulls_not_distinct === true,
    },
  },
  {
    since: 15,
    what: 'ALTER TABLE … SET ACCESS METHOD',
    kind: 'syntax',
    example: 'ALTER TABLE t SET ACCESS METHOD heap',
    hint: /ACCESS\s+METHOD/i,
    nodes: { AlterTableCmd: subtype('AT_SetAccessMethod') },
  },
  {
    since: 15,
    what: 'publications of whole schemas, column lists or row filters',
    kind: 'syntax',
    example: 'CREATE PUBLICATION p FOR TABLE t (a, b)',
    hint: /PUBLICATION/i,
    nodes: {
      PublicationObjSpec: (p) => {
        const table = (p.pubtable ?? {}) as AstNode;
        return (
          p.pubobjtype !== 'PUBLICATIONOBJ_TABLE' ||
          list(table.columns).length > 0 ||
          table.whereClause !== undefined
        );
      },
    },
  },
  {
    since: 15,
    what: 'GRANT … ON PARAMETER',
    kind: 'syntax',
    example: 'GRANT SET ON PARAMETER work_mem TO alice',
    hint: /PARAMETER/i,
    nodes: { GrantStmt: (g) => g.objtype === 'OBJECT_PARAMETER_ACL' },
  },
  {
    since: 14,
    what: 'DETACH PARTITION … CONCURRENTLY / FINALIZE',
    kind: 'syntax',
    example: 'ALTER TABLE t DETACH PARTITION p CONCURRENTLY',
    hint: /DETACH/i,
    nodes: {
      AlterTableCmd: (cmd) =>
        cmd.subtype === 'AT_DetachPartitionFinalize' ||
        (cmd.subtype === 'AT_DetachPartition' &&
          ((cmd.def as AstNode | undefined)?.PartitionCmd as AstNode | undefined)?.concurrent ===
            true),
    },
  },
  {
    since: 14,
    what: 'CREATE OR REPLACE TRIGGER',
    kind: 'syntax',
    example: 'CREATE OR REPLACE TRIGGER tg BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f()',
    hint: /REPLACE/i,
    nodes: { CreateTrigStmt: (t) => t.replace === true },
  },
  {
    since: 14,
    what: 'a SQL-standard function body (BEGIN ATOMIC … END, RETURN …)',
    kind: 'syntax',
    example: 'CREATE FUNCTION f() RETURNS int LANGUAGE sql RETURN 1',
    hint: /ATOMIC|RETURN/i,
    nodes: { CreateFunctionStmt: (f) => f.sql_body !== undefined },
  },
  {
    since: 14,
    what: 'column COMPRESSION',
    kind: 'syntax',
    example: 'CREATE TABLE t (c text COMPRESSION lz4)',
    hint: /COMPRESSION/i,
    nodes: {
      ColumnDef: (c) => c.compression !== undefined,
      AlterTableCmd: subtype('AT_SetCompression'),
    },
  },
  {
    since: 14,
    what: 'SEARCH / CYCLE in a recursive query',
    kind: 'syntax',
    example:
      'WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r) CYCLE n SET c USING p SELECT * FROM r',
    hint: /SEARCH|CYCLE/i,
    nodes: {
      CommonTableExpr: (c) => c.search_clause !== undefined || c.cycle_clause !== undefined,
    },
  },
  {
    since: 14,
    what: 'GROUP BY DISTINCT',
    kind: 'syntax',
    example: 'SELECT a FROM t GROUP BY DISTINCT ROLLUP (a)',
    hint: /DISTINCT/i,
    nodes: { SelectStmt: (s) => s.groupDistinct === true },
  },
  {
    since: 14,
    what: 'an alias for JOIN … USING',
    kind: 'syntax',
    example: 'SELECT * FROM t JOIN u USING (id) AS j',
    hint: /USING/i,
    nodes: { JoinExpr: (j) => j.join_using_alias !== undefined },
  },
  {
    since: 13,
    what: 'FETCH FIRST … WITH TIES',
    kind: 'syntax',
    example: 'SELECT * FROM t ORDER BY a FETCH FIRST 1 ROWS WITH TIES',
    hint: /TIES/i,
    nodes: { SelectStmt: (s) => s.limitOption === 'LIMIT_OPTION_WITH_TIES' },
  },
  {
    since: 13,
    what: 'ALTER COLUMN … DROP EXPRESSION',
    kind: 'syntax',
    example: 'ALTER TABLE t ALTER COLUMN c DROP EXPRESSION',
    hint: /EXPRESSION/i,
    nodes: { AlterTableCmd: subtype('AT_DropExpression') },
  },
  {
    since: 12,
    what: 'generated columns (GENERATED ALWAYS AS (…) STORED)',
    kind: 'syntax',
    example: 'ALTER TABLE t ADD COLUMN c int GENERATED ALWAYS AS (a + 1) STORED',
    hint: /GENERATED\s+ALWAYS\s+AS\s*\(/i,
    nodes: { Constraint: (c) => c.contype === 'CONSTR_GENERATED' },
  },
  {
    since: 12,
    what: 'REINDEX CONCURRENTLY',
    kind: 'syntax',
    example: 'REINDEX TABLE CONCURRENTLY t',
    hint: /CONCURRENTLY/i,
    nodes: {
      ReindexStmt: (r) =>
        list(r.params).some(
          (p) => ((p as AstNode).DefElem as AstNode | undefined)?.defname === 'concurrently',
        ),
    },
  },
  {
    since: 12,
    what: 'table access methods (CREATE TABLE … USING)',
    kind: 'syntax',
    example: 'CREATE TABLE t (a int) USING heap',
    hint: /USING/i,
    nodes: { CreateStmt: (c) => c.accessMethod !== undefined },
  },
  {
    since: 11,
    what: 'procedures (CREATE PROCEDURE, CALL)',
    kind: 'syntax',
    example: 'CALL p()',
    hint: /PROCEDURE|CALL/i,
    nodes: { CreateFunctionStmt: (f) => f.is_procedure === true, CallStmt: always },
  },
  {
    since: 11,
    what: 'INCLUDE columns of an index',
    kind: 'syntax',
    example: 'CREATE INDEX i ON t (a) INCLUDE (b)',
    hint: /INCLUDE/i,
    nodes: {
      IndexStmt: (i) => list(i.indexIncludingParams).length > 0,
      Constraint: (c) => list(c.including).length > 0,
    },
  },
  {
    since: 11,
    what: 'hash partitioning and DEFAULT partitions',
    kind: 'syntax',
    example: 'CREATE TABLE t (a int) PARTITION BY HASH (a)',
    hint: /HASH|DEFAULT/i,
    nodes: {
      CreateStmt: (c) =>
        (c.partspec as AstNode | undefined)?.strategy === 'PARTITION_STRATEGY_HASH' ||
        (c.partbound as AstNode | undefined)?.is_default === true,
      PartitionCmd: (p) => (p.bound as AstNode | undefined)?.is_default === true,
    },
  },
  {
    since: 10,
    what: 'identity columns (GENERATED … AS IDENTITY)',
    kind: 'syntax',
    example: 'CREATE TABLE t (id bigint GENERATED ALWAYS AS IDENTITY)',
    hint: /IDENTITY/i,
    nodes: {
      Constraint: (c) => c.contype === 'CONSTR_IDENTITY',
      AlterTableCmd: subtype('AT_AddIdentity', 'AT_SetIdentity', 'AT_DropIdentity'),
    },
  },
  {
    since: 10,
    what: 'declarative partitioning (PARTITION BY, PARTITION OF)',
    kind: 'syntax',
    example: 'CREATE TABLE t (a int) PARTITION BY RANGE (a)',
    hint: /PARTITION/i,
    nodes: {
      CreateStmt: (c) => c.partspec !== undefined || c.partbound !== undefined,
      AlterTableCmd: subtype('AT_AttachPartition', 'AT_DetachPartition'),
    },
  },
  {
    since: 10,
    what: 'ALTER TYPE … RENAME VALUE',
    kind: 'syntax',
    example: "ALTER TYPE mood RENAME VALUE 'sad' TO 'blue'",
    hint: /RENAME/i,
    nodes: { AlterEnumStmt: (e) => e.oldVal !== undefined },
  },
  {
    since: 10,
    what: 'CREATE STATISTICS',
    kind: 'syntax',
    example: 'CREATE STATISTICS s ON a, b FROM t',
    hint: /STATISTICS/i,
    nodes: { CreateStatsStmt: always },
  },
  {
    since: 10,
    what: 'logical replication (CREATE PUBLICATION / SUBSCRIPTION)',
    kind: 'syntax',
    example: 'CREATE PUBLICATION p FOR ALL TABLES',
    hint: /PUBLICATION|SUBSCRIPTION/i,
    nodes: {
      CreatePublicationStmt: always,
      CreateSubscriptionStmt: always,
      AlterPublicationStmt: always,
      AlterSubscriptionStmt: always,
    },
  },
];

/** The rows newer than a major, with one regular expression that any of their hints passes. */
const rowsByVersion = new Map<number, { rows: NewerConstruct[]; any: RegExp | undefined }>();

function rowsNewerThan(pgVersion: number): { rows: NewerConstruct[]; any: RegExp | undefined } {
  let found = rowsByVersion.get(pgVersion);
  if (!found) {
    const rows = NEWER_CONSTRUCTS.filter((row) => row.since > pgVersion);
    const any = rows.length
      ? new RegExp(rows.map((row) => `(?:${row.hint.source})`).join('|'), 'i')
      : undefined;
    found = { rows, any };
    rowsByVersion.set(pgVersion, found);
  }
  return found;
}

/** The constructs of a statement newer than `pgVersion`, newest first (each once). */
export function newerConstructs(statement: ParsedStatement, pgVersion: number): NewerConstruct[] {
  const newer = rowsNewerThan(pgVersion);
  // Most statements pass none of the hints: one test, no walk.
  if (!newer.any?.test(statement.text)) return [];
  const rows = newer.rows.filter(
    (row) => !row.reportedElsewhere?.includes(statement.type) && row.hint.test(statement.text),
  );
  if (rows.length === 0) return [];
  const found = new Set<NewerConstruct>();
  const visit = (type: string, node: AstNode) => {
    for (const row of rows) {
      if (found.has(row)) continue;
      const test = row.nodes[type];
      if (test?.(node)) found.add(row);
    }
  };
  visit(statement.type, statement.node);
  walk(statement.node, visit);
  return rows.filter((row) => found.has(row));
}
