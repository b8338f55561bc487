import { quoteIdent, quoteLiteral } from '../db/index.js';

/**
 * SQL of the blue-green concern. Database, publication, subscription and table names are
 * identifiers (quoteIdent); values are bind parameters, except where PostgreSQL takes none
 * (COMMENT, CREATE SUBSCRIPTION's connection string), where they are quoted literals.
 */

// --- the state row and its journal (db_deploy.blue_green_state, in the database made as blue)

/** The control schema. Takes no table lock. */
export const createControlSchema = (schema: string): string =>
  `CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`;

/** One row per green: which side is live, and the journal of the command under way. */
export const createStateTable = (table: string): string =>
  `CREATE TABLE IF NOT EXISTS ${table} (
    green text PRIMARY KEY, blue text NOT NULL, active text NOT NULL, phase text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now())`;

/**
 * Columns added since the first version (kept apart so an older table is brought up to date).
 * ACCESS EXCLUSIVE on the state table for an instant.
 */
export const addStateColumns = (table: string): string =>
  `ALTER TABLE ${table}
     ADD COLUMN IF NOT EXISTS method text NOT NULL DEFAULT 'logical',
     ADD COLUMN IF NOT EXISTS renamed boolean NOT NULL DEFAULT false,
     ADD COLUMN IF NOT EXISTS home_oid oid,
     ADD COLUMN IF NOT EXISTS green_oid oid,
     ADD COLUMN IF NOT EXISTS command text,
     ADD COLUMN IF NOT EXISTS steps jsonb NOT NULL DEFAULT '[]',
     ADD COLUMN IF NOT EXISTS facts jsonb NOT NULL DEFAULT '{}',
     ADD COLUMN IF NOT EXISTS runner_pid int`;

/** The replicated marker table (catch-up proof). */
export const createMarkerTable = (table: string): string =>
  `CREATE TABLE IF NOT EXISTS ${table} (
    token text PRIMARY KEY, written_at timestamptz NOT NULL DEFAULT now())`;

/**
 * The row of a green, whole (columns an older table lacks are simply absent), with the OID of
 * the database it is read in: a row is this database's own only when home_oid matches, since a
 * template or dump copy carries blue's rows into green. Reads one row; ACCESS SHARE.
 */
export const selectState = (table: string): string =>
  `SELECT to_jsonb(s) AS row, (SELECT oid FROM pg_database WHERE datname = current_database()) AS here
     FROM ${table} s WHERE green = $1`;

/** Whether the state table exists here. Takes no lock. */
export const STATE_TABLE_EXISTS = 'SELECT to_regclass($1) IS NOT NULL AS ok';

/**
 * A command begins: the row is created (phase none) or kept, the journal emptied, the facts the
 * command fixed at its start recorded, and the row bound to this database. ROW EXCLUSIVE.
 */
export const beginCommand = (table: string): string =>
  `INSERT INTO ${table} (green, blue, active, phase, method, renamed, home_oid, command, steps, facts)
   VALUES ($1, $2, $2, 'none', $3, false,
           (SELECT oid FROM pg_database WHERE datname = current_database()), $4, '[]', $5::jsonb)
   ON CONFLICT (green) DO UPDATE SET command = $4, steps = '[]', facts = $5::jsonb,
     home_oid = EXCLUDED.home_oid, method = $3, updated_at = now()`;

/** A step about to be taken, appended to the journal (with the session writing it). ROW EXCLUSIVE. */
export const pushStep = (table: string): string =>
  `UPDATE ${table} SET steps = steps || to_jsonb($2::text), runner_pid = pg_backend_pid(),
     updated_at = now() WHERE green = $1`;

/** Green's database OID, recorded once prepare has created it. ROW EXCLUSIVE. */
export const recordGreenOid = (table: string): string =>
  `UPDATE ${table} SET green_oid = $2, runner_pid = pg_backend_pid() WHERE green = $1`;

/** The command's session changed (a step closed the old one): this one is its session now. */
export const touchRunner = (table: string): string =>
  `UPDATE ${table} SET runner_pid = pg_backend_pid() WHERE green = $1 AND command IS NOT NULL`;

/** The command is over: its outcome recorded, the journal emptied. ROW EXCLUSIVE. */
export const settleCommand = (table: string): string =>
  `UPDATE ${table} SET phase = $2, active = $3, renamed = $4, command = NULL, steps = '[]', runner_pid = NULL,
     facts = '{}', updated_at = now() WHERE green = $1`;

// --- the catalog

/**
 * Every ordinary and partitioned-root table outside the system schemas and $1 (db-deploy's),
 * whether UPDATE/DELETE can replicate (a replica identity with its key), and its columns
 * (generated ones left out: a publication cannot list them). Reads the catalog; no lock.
 */
export const USER_TABLES = `
SELECT n.nspname AS schema, c.relname AS name,
       CASE c.relreplident
         WHEN 'd' THEN EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary)
         WHEN 'i' THEN EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisreplident)
         WHEN 'f' THEN true ELSE false END AS replicable,
       ARRAY(SELECT a.attname FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0
               AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum)::text[] AS columns
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
   AND n.nspname NOT IN ('pg_catalog', 'information_schema', $1)
   AND n.nspname NOT LIKE 'pg\\_%'
 ORDER BY 1, 2`;

/** Every user sequence's position (null for one never used). No lock. */
export const SEQUENCE_VALUES = `
SELECT schemaname, sequencename, last_value::text FROM pg_sequences
 WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2`;

/** Moves a sequence to a position (is_called: the next value is the one after). */
export const SET_SEQUENCE = 'SELECT setval($1::regclass, $2::bigint, true)';

/** Whether the server decodes its WAL for logical replication. */
export const WAL_LEVEL = 'SHOW wal_level';

/** A table's rows as one JSON array (node-pg-migrate's tables, copied once). ACCESS SHARE. */
export const tableAsJson = (table: string): string =>
  `SELECT coalesce(json_agg(t), '[]') AS data FROM ${table} t`;

/** Inserts the rows of a JSON array into a table of the same shape. ROW EXCLUSIVE. */
export const insertJsonRows = (table: string): string =>
  `INSERT INTO ${table} SELECT * FROM json_populate_recordset(NULL::${table}, $1::json)`;

/** Whether the session that last wrote a journal is still connected (its command may be running). */
export const SESSION_ALIVE =
  'SELECT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND application_name = $2) AS alive';

// --- databases

/** A database's OID, when it exists. Reads pg_database; no lock. */
export const DATABASE_OID = 'SELECT oid::int8::text AS oid FROM pg_database WHERE datname = $1';

/** Whether a database exists. Reads pg_database; no lock. */
export const DATABASE_EXISTS = 'SELECT count(*)::int AS n FROM pg_database WHERE datname = $1';

/** Creates an empty database (green). */
export const createDatabase = (name: string): string => `CREATE DATABASE ${quoteIdent(name)}`;

/** Copies a database file by file; nobody may be connected to the template. */
export const createDatabaseFromTemplate = (name: string, template: string): string =>
  `CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`;

/** Drops a database; FORCE (PostgreSQL 13+) ends the sessions still in it. */
export const dropDatabase = (name: string): string =>
  `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`;

/**
 * Ends db-deploy's own sessions still running one exact statement (a CREATE DATABASE whose
 * client was killed goes on, and would create green after the clean-up dropped it).
 */
export const TERMINATE_STATEMENT = `
SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
 WHERE application_name = $1 AND pid <> pg_backend_pid() AND state = 'active' AND query = $2`;

/** Renames a database (inside the swap's transaction). ACCESS EXCLUSIVE on the database. */
export const renameDatabase = (from: string, to: string): string =>
  `ALTER DATABASE ${quoteIdent(from)} RENAME TO ${quoteIdent(to)}`;

/** Lets a database take new sessions again, or not. */
export const allowConnections = (name: string, allow: boolean): string =>
  `ALTER DATABASE ${quoteIdent(name)} WITH ALLOW_CONNECTIONS ${allow}`;

/** The database's comment (where a connection block leaves its marker). COMMENT takes no parameter. */
export const commentOnDatabase = (name: string, text: string | null): string =>
  `COMMENT ON DATABASE ${quoteIdent(name)} IS ${text === null ? 'NULL' : quoteLiteral(text)}`;

/** Name, OID, whether it takes connections, and the comment of some databases. No lock. */
export const DATABASE_NOTES = `
SELECT datname AS name, datallowconn AS allowed, shobj_description(oid, 'pg_database') AS note
  FROM pg_database WHERE datname = ANY($1::text[])`;

/** New sessions of a database may only read (the replication apply worker still writes). */
export const setReadOnly = (name: string, readOnly: boolean): string =>
  readOnly
    ? `ALTER DATABASE ${quoteIdent(name)} SET default_transaction_read_only = on`
    : `ALTER DATABASE ${quoteIdent(name)} RESET default_transaction_read_only`;

/** Whether new sessions of a database are read-only (the database-wide default). No lock. */
export const IS_READ_ONLY = `
SELECT EXISTS (SELECT 1 FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase
  WHERE d.datname = $1 AND s.setrole = 0
    AND 'default_transaction_read_only=on' = ANY (s.setconfig)) AS ro`;

/** db-deploy's own sessions write on a side that is read-only for everyone else. */
export const SESSION_WRITABLE = 'SET default_transaction_read_only = off';

// --- sessions

/** Ends every client session of a database but db-deploy's. */
export const END_SESSIONS = `
SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
 WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'
   AND application_name <> $2`;

/** Ends every session of some databases, db-deploy's included (before they are renamed). */
export const END_ALL_SESSIONS = `
SELECT pg_terminate_backend(pid) FROM pg_stat_activity
 WHERE datname = ANY($1::text[]) AND pid <> pg_backend_pid()`;

/** Client sessions of a database other than db-deploy's (a template copy wants none). */
export const CONNECTED_SESSIONS = `
SELECT pid, coalesce(nullif(application_name, ''), '?') AS application,
       coalesce(usename::text, '?') AS user
  FROM pg_stat_activity
 WHERE datname = $1 AND pid <> pg_backend_pid() AND backend_type = 'client backend'
   AND application_name IS DISTINCT FROM $2 ORDER BY backend_start`;

/** Client sessions of this database with a transaction older than $1 ms. */
export const OLD_TRANSACTIONS = `
SELECT pid, extract(epoch FROM now() - xact_start)::float8 AS seconds FROM pg_stat_activity
 WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'
   AND xact_start < now() - make_interval(secs => $1::float8 / 1000) ORDER BY xact_start`;

/** Sessions of this database holding a lock the subscription's apply worker waits for. */
export const APPLY_BLOCKERS = `
SELECT DISTINCT unnest(pg_blocking_pids(pid)) AS pid FROM pg_stat_activity
 WHERE datname = current_database() AND backend_type = 'logical replication worker'`;

// --- replication

/** A publication of some tables (with column lists, PostgreSQL 15+) and the marker table. */
export const createPublication = (name: string, items: readonly string[]): string =>
  `CREATE PUBLICATION ${quoteIdent(name)} FOR TABLE ${items.join(', ')}`;

/** Whether a publication exists in this database. No lock. */
export const PUBLICATION_EXISTS =
  'SELECT count(*)::int AS n FROM pg_publication WHERE pubname = $1';

/** Drops a publication if it exists. */
export const dropPublication = (name: string): string =>
  `DROP PUBLICATION IF EXISTS ${quoteIdent(name)}`;

/** The tables a publication lists, as `schema.table` (identifiers quoted by format). */
export const PUBLISHED_TABLES = `
SELECT format('%I.%I', schemaname, tablename) AS t FROM pg_publication_tables WHERE pubname = $1`;

/** Creates a logical slot for pgoutput. */
export const CREATE_SLOT = `SELECT pg_create_logical_replication_slot($1, 'pgoutput')`;

/** A slot's consumer pid (null when idle); no row when it does not exist. */
export const SLOT_HOLDER =
  'SELECT active_pid AS pid FROM pg_replication_slots WHERE slot_name = $1';

/** Drops an idle slot. */
export const DROP_SLOT = 'SELECT pg_drop_replication_slot($1)';

/** Ends a process (a walsender that keeps a slot). */
export const TERMINATE_PID = 'SELECT pg_terminate_backend($1)';

/** WAL a slot's consumer has yet to confirm, in bytes, and whether it is in use. */
export const SLOT_LAG = `
SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)::bigint AS bytes, active
  FROM pg_replication_slots WHERE slot_name = $1`;

/** A subscription on a slot made beforehand (a subscription in the same cluster cannot make its own). */
export const createSubscription = (
  name: string,
  conninfo: string,
  publication: string,
  slot: string,
  copyData: boolean,
): string =>
  `CREATE SUBSCRIPTION ${quoteIdent(name)} CONNECTION ${quoteLiteral(conninfo)}
     PUBLICATION ${quoteIdent(publication)}
     WITH (create_slot = false, slot_name = ${quoteLiteral(slot)}, copy_data = ${copyData},
           synchronous_commit = 'on')`;

/** Whether this database has the subscription. No lock. */
export const SUBSCRIPTION_EXISTS = `
SELECT count(*)::int AS n FROM pg_subscription
 WHERE subname = $1 AND subdbid = (SELECT oid FROM pg_database WHERE datname = current_database())`;

/** Dropping a subscription without its slot: disable, detach the slot, drop. */
export const disableSubscription = (name: string): string =>
  `ALTER SUBSCRIPTION ${quoteIdent(name)} DISABLE`;
export const detachSubscription = (name: string): string =>
  `ALTER SUBSCRIPTION ${quoteIdent(name)} SET (slot_name = NONE)`;
export const dropSubscription = (name: string): string => `DROP SUBSCRIPTION ${quoteIdent(name)}`;

/** Tables of the subscription whose initial copy is not done. */
export const SYNC_PENDING = `
SELECT count(*)::int AS pending FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid
 WHERE s.subname = $1 AND r.srsubstate <> 'r'`;

/** Whether the subscription's apply worker runs. */
export const SUBSCRIPTION_RUNNING = `
SELECT EXISTS (SELECT 1 FROM pg_stat_subscription st JOIN pg_subscription s ON s.oid = st.subid
  WHERE s.subname = $1 AND s.subenabled AND st.pid IS NOT NULL AND st.relid IS NULL) AS running`;

/** A catch-up marker row, written on the old side. */
export const insertMarker = (table: string): string => `INSERT INTO ${table} (token) VALUES ($1)`;

/** Whether the new side has applied the marker row. */
export const markerArrived = (table: string): string =>
  `SELECT EXISTS (SELECT 1 FROM ${table} WHERE token = $1) AS ok`;
