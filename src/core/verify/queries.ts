/**
 * Catalog reads of the schema snapshot (see snapshot.ts). Every statement is a read-only SELECT on
 * the system catalogs: it takes ACCESS SHARE on the catalogs it reads and no lock on user
 * relations (the pg_get_*def functions read the catalogs, not the relations), so a snapshot does
 * not queue behind a migration's ACCESS EXCLUSIVE lock.
 *
 * Every statement takes `$1::text[]`: schemas to leave out on top of the system ones. Names are
 * returned raw (unquoted; arrays as text[], which node-postgres parses, unlike name[]); the renderer quotes them. Run them with `search_path = pg_catalog`
 * (SET_SEARCH_PATH) so that pg_get_*def and format_type qualify every user object the same way
 * whatever the caller's search_path is.
 */

/**
 * A user schema: not pg_catalog, information_schema, pg_toast*, pg_temp_* (PostgreSQL reserves the
 * `pg_` prefix for system schemas) and not one the caller excludes.
 */
const userSchema = (alias: string): string =>
  `${alias}.nspname !~ '^pg_' AND ${alias}.nspname <> 'information_schema' AND ${alias}.nspname <> ALL ($1::text[])`;

/** Leaves out objects an extension created (pg_depend deptype 'e'): they belong to the extension, listed by name. */
const notFromExtension = (catalog: string, oid: string): string =>
  `NOT EXISTS (SELECT 1 FROM pg_depend ext WHERE ext.classid = '${catalog}'::regclass AND ext.objid = ${oid} AND ext.deptype = 'e')`;

/** User schemas. No lock on user relations. */
export const SELECT_SCHEMAS = `
SELECT n.nspname AS name
  FROM pg_namespace n
 WHERE ${userSchema('n')}
 ORDER BY 1`;

/** Installed extensions and their schema (not their version: it differs between servers). No lock on user relations. */
export const SELECT_EXTENSIONS = `
SELECT e.extname AS name, n.nspname AS schema
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE ${userSchema('n')}
 ORDER BY 1`;

/**
 * Tables (ordinary, partitioned), views and materialized views with their partitioning, parents,
 * row security, comment and view body. No lock on user relations.
 */
export const SELECT_RELATIONS = `
SELECT n.nspname AS schema, c.relname AS name, c.relkind AS kind,
       c.relpersistence AS persistence,
       CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END AS partition_key,
       CASE WHEN c.relispartition THEN pg_get_expr(c.relpartbound, c.oid) END AS partition_bound,
       c.relispartition AS is_partition,
       ARRAY(SELECT pn.nspname::text FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
               JOIN pg_namespace pn ON pn.oid = p.relnamespace
              WHERE i.inhrelid = c.oid ORDER BY i.inhseqno) AS parent_schemas,
       ARRAY(SELECT p.relname::text FROM pg_inherits i JOIN pg_class p ON p.oid = i.inhparent
              WHERE i.inhrelid = c.oid ORDER BY i.inhseqno) AS parent_names,
       c.relrowsecurity AS row_security, c.relforcerowsecurity AS force_row_security,
       obj_description(c.oid, 'pg_class') AS comment,
       CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid, true) END AS view_definition
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p', 'v', 'm') AND ${userSchema('n')}
   AND ${notFromExtension('pg_class', 'c.oid')}
 ORDER BY 1, 2`;

/**
 * Live columns of tables, views and materialized views in their logical order (attnum; dropped
 * columns are skipped, so their gaps never show), with the parameters of an identity column's
 * sequence. No lock on user relations.
 */
export const SELECT_COLUMNS = `
SELECT n.nspname AS schema, c.relname AS relation, a.attname AS name,
       format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
       pg_get_expr(d.adbin, d.adrelid) AS default_expr,
       a.attidentity AS identity, a.attgenerated AS generated,
       (SELECT format('start %s increment %s min %s max %s cache %s %s', s.seqstart, s.seqincrement,
                      s.seqmin, s.seqmax, s.seqcache, CASE WHEN s.seqcycle THEN 'cycle' ELSE 'no cycle' END)
          FROM pg_depend d JOIN pg_sequence s ON s.seqrelid = d.objid
         WHERE d.classid = 'pg_class'::regclass AND d.refclassid = 'pg_class'::regclass
           AND d.refobjid = c.oid AND d.refobjsubid = a.attnum AND d.deptype = 'i') AS identity_options,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN co.collname END AS collation,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN cn.nspname END AS collation_schema,
       col_description(c.oid, a.attnum) AS comment
  FROM pg_attribute a
  JOIN pg_class c ON c.oid = a.attrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  JOIN pg_type t ON t.oid = a.atttypid
  LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
  LEFT JOIN pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
 WHERE c.relkind IN ('r', 'p', 'v', 'm') AND a.attnum > 0 AND NOT a.attisdropped
   AND ${userSchema('n')} AND ${notFromExtension('pg_class', 'c.oid')}
 ORDER BY 1, 2, a.attnum`;

/**
 * Table constraints with their definition (NOT VALID included) and, for foreign keys, the columns
 * on both sides in key order. PostgreSQL 18's NOT NULL rows (contype 'n') are left out unless NOT
 * VALID or NO INHERIT: the column line already says NOT NULL. Constraint triggers (contype 't') are
 * listed as triggers. No lock on user relations.
 */
export const SELECT_CONSTRAINTS = `
SELECT n.nspname AS schema, c.relname AS relation, con.conname AS name, con.contype AS type,
       pg_get_constraintdef(con.oid) AS definition, con.convalidated AS valid,
       ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS columns,
       fn.nspname AS referenced_schema, f.relname AS referenced_relation,
       ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(attnum, ord)
               JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.attnum
              ORDER BY k.ord) AS referenced_columns
  FROM pg_constraint con
  JOIN pg_class c ON c.oid = con.conrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_class f ON f.oid = con.confrelid
  LEFT JOIN pg_namespace fn ON fn.oid = f.relnamespace
 WHERE con.contype <> 't'
   AND (con.contype <> 'n' OR NOT con.convalidated OR con.connoinherit)
   AND ${userSchema('n')} AND ${notFromExtension('pg_class', 'c.oid')}
 ORDER BY 1, 2, 3`;

/** Indexes of tables and materialized views, with validity and the constraint they back. No lock on user relations. */
export const SELECT_INDEXES = `
SELECT n.nspname AS schema, c.relname AS relation, ic.relname AS name,
       pg_get_indexdef(i.indexrelid) AS definition, i.indisvalid AS valid,
       (SELECT con.conname FROM pg_constraint con
         WHERE con.conindid = i.indexrelid AND con.conrelid = i.indrelid
           AND con.contype IN ('p', 'u', 'x') LIMIT 1) AS constraint_name
  FROM pg_index i
  JOIN pg_class ic ON ic.oid = i.indexrelid
  JOIN pg_class c ON c.oid = i.indrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p', 'm') AND ${userSchema('n')}
   AND ${notFromExtension('pg_class', 'c.oid')}
 ORDER BY 1, 2, 3`;

/** User triggers (not the internal ones behind foreign keys), with their enabled state. No lock on user relations. */
export const SELECT_TRIGGERS = `
SELECT n.nspname AS schema, c.relname AS relation, t.tgname AS name,
       pg_get_triggerdef(t.oid) AS definition, t.tgenabled AS enabled
  FROM pg_trigger t
  JOIN pg_class c ON c.oid = t.tgrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE NOT t.tgisinternal AND ${userSchema('n')}
   AND ${notFromExtension('pg_class', 'c.oid')}
 ORDER BY 1, 2, 3`;

/** Row-level security policies; roles sorted by name, 0 meaning PUBLIC. No lock on user relations. */
export const SELECT_POLICIES = `
SELECT n.nspname AS schema, c.relname AS relation, p.polname AS name, p.polcmd AS command,
       p.polpermissive AS permissive,
       ARRAY(SELECT CASE WHEN r.role = 0 THEN 'public' ELSE pg_get_userbyid(r.role)::text END
               FROM unnest(p.polroles) AS r(role) ORDER BY 1) AS roles,
       pg_get_expr(p.polqual, p.polrelid) AS using_expr,
       pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr
  FROM pg_policy p
  JOIN pg_class c ON c.oid = p.polrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE ${userSchema('n')}
 ORDER BY 1, 2, 3`;

/**
 * Sequences with their parameters (never the current value) and the column that owns them
 * (pg_depend 'a': serial or OWNED BY). Identity sequences (pg_depend 'i') are left out: the column
 * line says `generated … as identity`. No lock on user relations.
 */
export const SELECT_SEQUENCES = `
SELECT n.nspname AS schema, c.relname AS name, format_type(s.seqtypid, NULL) AS type,
       s.seqstart::text AS start, s.seqincrement::text AS increment, s.seqmin::text AS min,
       s.seqmax::text AS max, s.seqcache::text AS cache, s.seqcycle AS cycle,
       c.relpersistence AS persistence,
       on_.nspname AS owner_schema, oc.relname AS owner_relation, oa.attname AS owner_column
  FROM pg_sequence s
  JOIN pg_class c ON c.oid = s.seqrelid
  JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_depend d ON d.classid = 'pg_class'::regclass AND d.objid = c.oid
        AND d.refclassid = 'pg_class'::regclass AND d.refobjsubid > 0 AND d.deptype = 'a'
  LEFT JOIN pg_class oc ON oc.oid = d.refobjid
  LEFT JOIN pg_namespace on_ ON on_.oid = oc.relnamespace
  LEFT JOIN pg_attribute oa ON oa.attrelid = d.refobjid AND oa.attnum = d.refobjsubid
 WHERE ${userSchema('n')} AND ${notFromExtension('pg_class', 'c.oid')}
   AND NOT EXISTS (SELECT 1 FROM pg_depend idn WHERE idn.classid = 'pg_class'::regclass
                     AND idn.objid = c.oid AND idn.deptype = 'i')
 ORDER BY 1, 2`;

/**
 * Functions, procedures and window functions with their identity arguments and full definition.
 * Aggregates are left out (pg_get_functiondef rejects them). No lock on user relations.
 */
export const SELECT_FUNCTIONS = `
SELECT n.nspname AS schema, p.proname AS name,
       pg_get_function_identity_arguments(p.oid) AS arguments, p.prokind AS kind,
       pg_get_functiondef(p.oid) AS definition
  FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE p.prokind IN ('f', 'p', 'w') AND ${userSchema('n')}
   AND ${notFromExtension('pg_proc', 'p.oid')}
 ORDER BY 1, 2, 3`;

/** Enum types and their labels in sort order. No lock on user relations. */
export const SELECT_ENUMS = `
SELECT n.nspname AS schema, t.typname AS name,
       ARRAY(SELECT e.enumlabel::text FROM pg_enum e WHERE e.enumtypid = t.oid
              ORDER BY e.enumsortorder) AS labels
  FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE t.typtype = 'e' AND ${userSchema('n')} AND ${notFromExtension('pg_type', 't.oid')}
 ORDER BY 1, 2`;

/** Domains: base type, NOT NULL, default, collation and their constraints by name. No lock on user relations. */
export const SELECT_DOMAINS = `
SELECT n.nspname AS schema, t.typname AS name,
       format_type(t.typbasetype, t.typtypmod) AS base_type, t.typnotnull AS not_null,
       t.typdefault AS default_expr,
       CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation THEN co.collname END AS collation,
       CASE WHEN t.typcollation <> 0 AND t.typcollation <> bt.typcollation THEN cn.nspname END AS collation_schema,
       ARRAY(SELECT con.conname::text FROM pg_constraint con
              WHERE con.contypid = t.oid AND con.contype <> 'n' ORDER BY con.conname) AS constraint_names,
       ARRAY(SELECT pg_get_constraintdef(con.oid) FROM pg_constraint con
              WHERE con.contypid = t.oid AND con.contype <> 'n' ORDER BY con.conname) AS constraint_definitions
  FROM pg_type t
  JOIN pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_type bt ON bt.oid = t.typbasetype
  LEFT JOIN pg_collation co ON co.oid = t.typcollation
  LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
 WHERE t.typtype = 'd' AND ${userSchema('n')} AND ${notFromExtension('pg_type', 't.oid')}
 ORDER BY 1, 2`;

/**
 * Attributes of stand-alone composite types (CREATE TYPE … AS; not the row types of tables) in
 * their logical order. No lock on user relations.
 */
export const SELECT_COMPOSITE_ATTRIBUTES = `
SELECT n.nspname AS schema, t.typname AS name, a.attname AS attribute,
       format_type(a.atttypid, a.atttypmod) AS type,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation THEN co.collname END AS collation,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> at.typcollation THEN cn.nspname END AS collation_schema
  FROM pg_type t
  JOIN pg_namespace n ON n.oid = t.typnamespace
  JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
  LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
  LEFT JOIN pg_type at ON at.oid = a.atttypid
  LEFT JOIN pg_collation co ON co.oid = a.attcollation
  LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
 WHERE t.typtype = 'c' AND ${userSchema('n')} AND ${notFromExtension('pg_type', 't.oid')}
 ORDER BY 1, 2, a.attnum`;
