// SQL of the blue-green switch that reads what the role may do for logical replication (catalog
// reads only, no table locks). Apart from queries.ts, which holds the rest of the concern's SQL.

/**
 * The current role and what it may do for logical replication. $1: the managed services' admin
 * roles (text[]); $2: the replicated tables as quoted names (text[]). `rds_replication` is RDS's
 * stand-in for the REPLICATION attribute. A table counts as owned when the role may act as its
 * owner (pg_has_role … USAGE), as ALTER PUBLICATION does.
 */
export const LOGICAL_ROLE = `
  SELECT r.rolname AS role, r.rolsuper AS superuser,
         r.rolreplication OR EXISTS (
           SELECT 1 FROM pg_roles g WHERE g.rolname = 'rds_replication'
              AND pg_has_role(r.oid, g.oid, 'MEMBER')) AS replication,
         (SELECT min(g.rolname) FROM pg_roles g
           WHERE g.rolname = ANY ($1::text[]) AND pg_has_role(r.oid, g.oid, 'MEMBER')) AS "managedAdmin",
         ARRAY(SELECT t FROM unnest($2::text[]) AS t
                JOIN pg_class c ON c.oid = to_regclass(t)
               WHERE NOT pg_has_role(r.oid, c.relowner, 'USAGE') ORDER BY 1) AS "notOwned"
    FROM pg_roles r WHERE r.rolname = current_user`;

/**
 * PostgreSQL 16+: what creating a subscription in this database asks of the current role:
 * membership of pg_create_subscription, and CREATE on the database.
 */
export const SUBSCRIBE_16 = `
  SELECT pg_has_role(current_user, 'pg_create_subscription', 'USAGE') AS member,
         current_database() AS database,
         has_database_privilege(current_database(), 'CREATE') AS create`;

/**
 * Whether the current role may end the client sessions of `$1` (a database name) that other
 * roles hold (superuser, or member of pg_signal_backend), which roles those are, and which of
 * them are superusers (only a superuser may end a superuser's session, pg_signal_backend or not).
 * Session owners (usesysid) are visible to every role in pg_stat_activity. $2: db-deploy's
 * application_name.
 */
export const SIGNAL_SESSIONS = `
  WITH others AS (
    SELECT DISTINCT a.usename::text AS name, s.rolsuper AS super
      FROM pg_stat_activity a JOIN pg_roles s ON s.oid = a.usesysid, pg_roles r
     WHERE r.rolname = current_user AND a.datname = $1 AND a.pid <> pg_backend_pid()
       AND NOT pg_has_role(r.oid, a.usesysid, 'MEMBER')
       -- Without pg_read_all_stats these columns read NULL for other roles' sessions.
       AND coalesce(a.backend_type, 'client backend') = 'client backend'
       AND a.application_name IS DISTINCT FROM $2)
  SELECT r.rolname AS role,
         r.rolsuper OR pg_has_role(r.oid, 'pg_signal_backend', 'MEMBER') AS may,
         r.rolsuper AS superuser,
         ARRAY(SELECT name FROM others ORDER BY 1) AS others,
         ARRAY(SELECT name FROM others WHERE super ORDER BY 1) AS superusers
    FROM pg_roles r WHERE r.rolname = current_user`;
