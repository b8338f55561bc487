/**
 * Rows of the newer-constructs table (versions.ts) for the constructs PostgreSQL 10 to 15
 * introduced, newest first. Each row's example is checked against the grammars in the tests
 * (PostgreSQL 12 and older from the release notes).
 */
import { list, type AstNode } from './ast.js';
import { always, subtype, type NewerConstruct } from './versions-construct.js';

/** The constructs of PostgreSQL 15 down to 10, newest first. */
export const CONSTRUCTS_PG10_15: readonly NewerConstruct[] = [
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
