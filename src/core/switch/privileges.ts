// What logical replication asks of the deploying role, checked before anything is created, so
// that a managed service's master user (no superuser) meets one line saying what to grant, or
// that no grant exists, instead of `must be superuser to create subscriptions` half-way through.
// PostgreSQL docs, "Logical Replication › Security": a publication needs the tables' owner, a
// replication slot the REPLICATION attribute, a subscription a superuser before 16 and
// pg_create_subscription (plus CREATE on the database) from 16.
import { DbDeployError } from '../errors.js';
import { type DbClient, quoteIdent } from '../db/index.js';
import type { UserTable } from './catalog.js';
import { LOGICAL_ROLE, SIGNAL_SESSIONS, SUBSCRIBE_16 } from './privilege-queries.js';

/**
 * The administrator roles of managed services whose members may create subscriptions before
 * PostgreSQL 16 through the provider's own patches (RDS/Aurora, Cloud SQL, Azure, Neon). Their
 * members are let through; the server answers for the rest.
 */
export const MANAGED_ADMIN_ROLES = Object.freeze([
  'rds_superuser',
  'cloudsqlsuperuser',
  'azure_pg_admin',
  'neon_superuser',
]);

/** What the current role may do for logical replication. */
interface LogicalRole {
  role: string;
  superuser: boolean;
  /** REPLICATION, or membership of RDS's rds_replication. */
  replication: boolean;
  /** Membership of one of MANAGED_ADMIN_ROLES. */
  managedAdmin: string | null;
  /** The replicated tables it neither owns nor may act as the owner of. */
  notOwned: string[];
}

/** PostgreSQL 16+: what a subscription asks of the role in the subscribing database. */
interface Subscribe16 {
  member: boolean;
  database: string;
  create: boolean;
}

const ALTERNATIVE = 'or use clone-method template or dump';

/**
 * The first thing the current role lacks to publish `tables` from one side and subscribe on the
 * other (both sides are connected as the same role), as one DbDeployError, or undefined when it
 * has everything. `client` is the publisher's session, `major` the subscriber's server major.
 * `subscriber`, when the subscribing database exists already, is a session in it: on 16+ the
 * role then also needs CREATE there (a green that prepare creates is the role's own).
 */
export async function logicalPrivilegeProblem(
  client: DbClient,
  tables: readonly UserTable[],
  major: number,
  where: string,
  subscriber?: DbClient,
): Promise<DbDeployError | undefined> {
  const { rows } = await client.query<LogicalRole>(LOGICAL_ROLE, [
    MANAGED_ADMIN_ROLES,
    tables.map((t) => t.sql),
  ]);
  const me = rows[0];
  if (!me || me.superuser) return undefined;
  const role = quoteIdent(me.role);
  if (!me.replication)
    return new DbDeployError(
      'permission',
      `logical replication creates replication slots, and ${role} has neither REPLICATION nor superuser`,
      {
        where,
        hint: `ALTER ROLE ${role} WITH REPLICATION (Cloud SQL, Azure, Supabase, Neon, your own server) or GRANT rds_replication TO ${role} (RDS/Aurora), ${ALTERNATIVE}`,
      },
    );
  if (me.notOwned.length > 0)
    return new DbDeployError(
      'permission',
      `a publication needs the owner of its tables, and ${role} does not own ${me.notOwned.slice(0, 3).join(', ')}${me.notOwned.length > 3 ? ', …' : ''}`,
      {
        where,
        hint: `run as the tables' owner or GRANT the owner role TO ${role}, ${ALTERNATIVE}`,
      },
    );
  // The providers' admin roles may subscribe on every major (their own patches or grants); the
  // server answers for the rest of what they lack.
  if (me.managedAdmin) return undefined;
  if (major >= 16) {
    const { rows: may } = await (subscriber ?? client).query<Subscribe16>(SUBSCRIBE_16);
    const { member = false, database = '', create = false } = may[0] ?? {};
    if (!member)
      return new DbDeployError(
        'permission',
        `a subscription (logical replication) needs pg_create_subscription on PostgreSQL ${major}, and ${role} is not a member`,
        { where, hint: `GRANT pg_create_subscription TO ${role}, ${ALTERNATIVE}` },
      );
    if (subscriber && !create)
      return new DbDeployError(
        'permission',
        `a subscription (logical replication) needs CREATE on database ${quoteIdent(database)}, and ${role} lacks it`,
        {
          where,
          hint: `GRANT CREATE ON DATABASE ${quoteIdent(database)} TO ${role}, ${ALTERNATIVE}`,
        },
      );
    return undefined;
  }
  return new DbDeployError(
    'permission',
    `a subscription (logical replication) needs a superuser on PostgreSQL ${major} (16 added pg_create_subscription), and ${role} is not one`,
    {
      where,
      hint: `not possible on managed PostgreSQL ${major} except as the provider's admin role (RDS/Aurora rds_superuser, Cloud SQL cloudsqlsuperuser, Azure azure_pg_admin); upgrade to 16+ and GRANT pg_create_subscription, ${ALTERNATIVE}`,
    },
  );
}

/**
 * A DbDeployError when sessions of other roles are connected to `database` and the current role
 * may not end them (no superuser, no pg_signal_backend): the switch ends blue's sessions inside
 * the write pause, and a template copy with terminate-connections ends them too. Checked before
 * anything is paused or created. `appName` is db-deploy's own application_name (left out).
 */
export async function sessionEndingProblem(
  client: DbClient,
  database: string,
  appName: string,
  where: string,
): Promise<DbDeployError | undefined> {
  const { rows } = await client.query<{
    role: string;
    may: boolean;
    superuser: boolean;
    others: string[];
    superusers: string[];
  }>(SIGNAL_SESSIONS, [database, appName]);
  const me = rows[0];
  if (!me || me.others.length === 0) return undefined;
  const role = quoteIdent(me.role);
  const named = (names: string[]) =>
    `${names.slice(0, 3).map(quoteIdent).join(', ')}${names.length > 3 ? ', …' : ''}`;
  if (me.may && !me.superuser && me.superusers.length > 0)
    return new DbDeployError(
      'permission',
      `sessions of superuser roles (${named(me.superusers)}) are connected to ${quoteIdent(database)}, and only a superuser may end them; ${role} is not one`,
      {
        where,
        hint: 'end those sessions first, or let those clients connect as a role that is not a superuser (PgBouncer: its server user)',
      },
    );
  if (me.may) return undefined;
  return new DbDeployError(
    'permission',
    `ending the sessions of other roles (${named(me.others)}) on ${quoteIdent(database)} needs pg_signal_backend, and ${role} is not a member`,
    {
      where,
      hint: `GRANT pg_signal_backend TO ${role} (managed services' admin roles have it), or run as a role that has it`,
    },
  );
}
