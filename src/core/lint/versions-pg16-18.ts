/**
 * Rows of the newer-constructs table (versions.ts) for the constructs PostgreSQL 16, 17 and 18
 * introduced, newest first. Each row's example is checked against the grammars in the tests.
 */
import { list, type AstNode } from './ast.js';
import { always, subtype, type NewerConstruct } from './versions-construct.js';

/** The constructs of PostgreSQL 18, 17 and 16, newest first. */
export const CONSTRUCTS_PG16_18: readonly NewerConstruct[] = [
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
];
