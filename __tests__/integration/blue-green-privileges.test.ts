// What logical replication asks of a role that is not a superuser (src/core/switch/privileges.ts),
// read from the real catalogs: each missing privilege is one line naming the grant, or saying that
// no grant exists before PostgreSQL 16; the providers' admin roles are let through. The check only
// reads pg_roles and pg_class, so the shared server serves; the subscriber's major is a parameter.
import pg from 'pg';
import { logicalPrivilegeProblem, sessionEndingProblem } from '../../src/core/switch/privileges.js';
import { SESSION_NAME } from '../../src/core/switch/session.js';
import type { UserTable } from '../../src/core/switch/catalog.js';
import { serverMajor } from '../../scripts/lib/postgres.mjs';
import { asSuperuser, freshDatabase, query } from '../helpers/database.js';

const PASSWORD = 'privileges-test-pw';
const suffix = process.pid;
const roles: string[] = [];
const clients: pg.Client[] = [];
let url: string;
let table: UserTable;

/** A role (LOGIN, the given attributes and memberships) and a session of it in the test database. */
async function sessionOf(name: string, attributes = '', memberOf: string[] = [], on = url) {
  const role = `${name}_${suffix}`;
  roles.push(role);
  await query(asSuperuser(url), `CREATE ROLE ${role} LOGIN PASSWORD '${PASSWORD}' ${attributes}`);
  for (const group of memberOf) await query(asSuperuser(url), `GRANT ${group} TO ${role}`);
  const target = new URL(on);
  target.username = role;
  target.password = PASSWORD;
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  clients.push(client);
  return { role, client };
}

/** The line of the problem for `client` with subscriber major `major`, or undefined. */
async function problem(client: pg.Client, major: number, subscriber?: pg.Client) {
  const error = await logicalPrivilegeProblem(client, [table], major, 'here', subscriber);
  return error?.toLine();
}

beforeAll(async () => {
  url = await freshDatabase('privileges');
  // rds_superuser and rds_replication stand for RDS's roles (NOLOGIN, as there).
  for (const group of [`rds_superuser`, `rds_replication`])
    await query(asSuperuser(url), `CREATE ROLE ${group} NOLOGIN`).catch(() => undefined);
  await query(url, 'CREATE TABLE orders (id bigint PRIMARY KEY)');
  table = {
    schema: 'public',
    name: 'orders',
    sql: 'public.orders',
    replicable: true,
    columns: ['id'],
  };
}, 60_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.end()));
  await query(asSuperuser(url), 'DROP TABLE orders');
  for (const role of roles) await query(asSuperuser(url), `DROP ROLE ${role}`);
  for (const group of [`rds_superuser`, `rds_replication`])
    await query(asSuperuser(url), `DROP ROLE IF EXISTS ${group}`);
});

const handTables = (role: string) => query(asSuperuser(url), `ALTER TABLE orders OWNER TO ${role}`);

describe('logical replication privileges of a non-superuser role', () => {
  test('without REPLICATION: one line naming both grants', async () => {
    const { role, client } = await sessionOf('no_repl');
    expect(await problem(client, 15)).toBe(
      `logical replication creates replication slots, and "${role}" has neither REPLICATION nor superuser (here) — ALTER ROLE "${role}" WITH REPLICATION (Cloud SQL, Azure, Supabase, Neon, your own server) or GRANT rds_replication TO "${role}" (RDS/Aurora), or use clone-method template or dump`,
    );
  });

  test('membership of rds_replication counts as REPLICATION; tables of another owner are named', async () => {
    const { role, client } = await sessionOf('rds_repl', '', ['rds_replication']);
    expect(await problem(client, 15)).toMatch(
      new RegExp(
        `^a publication needs the owner of its tables, and "${role}" does not own public\\.orders \\(here\\) — run as the tables' owner or GRANT the owner role TO "${role}"`,
      ),
    );
  });

  test('before PostgreSQL 16 an owner with REPLICATION still may not subscribe: not possible on managed PostgreSQL', async () => {
    const { role, client } = await sessionOf('owner15', 'REPLICATION');
    await handTables(role);
    expect(await problem(client, 15)).toMatch(
      /^a subscription \(logical replication\) needs a superuser on PostgreSQL 15 \(16 added pg_create_subscription\), .* — not possible on managed PostgreSQL 15 except as the provider's admin role/,
    );
  });

  test("a member of a provider's admin role (rds_superuser) is let through on every major", async () => {
    const { role, client } = await sessionOf('rds_admin', 'REPLICATION', ['rds_superuser']);
    await handTables(role);
    expect(await problem(client, 14)).toBeUndefined();
    expect(await problem(client, 16)).toBeUndefined();
  });

  (serverMajor() >= 16 ? test : test.skip)(
    'from PostgreSQL 16: pg_create_subscription, then CREATE on the subscribing database',
    async () => {
      const { role, client } = await sessionOf('owner16', 'REPLICATION');
      await handTables(role);
      expect(await problem(client, 16)).toMatch(
        new RegExp(
          `^a subscription \\(logical replication\\) needs pg_create_subscription on PostgreSQL 16, and "${role}" is not a member \\(here\\) — GRANT pg_create_subscription TO "${role}"`,
        ),
      );
      await query(asSuperuser(url), `GRANT pg_create_subscription TO ${role}`);
      expect(await problem(client, 16)).toBeUndefined();
      // The subscriber's database is not the role's, and PUBLIC has no CREATE on a database.
      const db = new URL(url).pathname.slice(1);
      expect(await problem(client, 16, client)).toMatch(
        new RegExp(
          `^a subscription \\(logical replication\\) needs CREATE on database "${db}", and "${role}" lacks it \\(here\\) — GRANT CREATE ON DATABASE "${db}" TO "${role}"`,
        ),
      );
    },
  );

  test("ending other roles' sessions (the switch's pause, terminate-connections) needs pg_signal_backend: one line naming them", async () => {
    // A database of its own: the other tests' sessions stay out of it.
    const quiet = await freshDatabase('sessions');
    const db = new URL(quiet).pathname.slice(1);
    const { role, client } = await sessionOf('deployer', '', [], quiet);
    // Only its own sessions (and db-deploy's) connected: nothing to refuse.
    expect(await sessionEndingProblem(client, db, SESSION_NAME, 'here')).toBeUndefined();
    const { role: app } = await sessionOf('app', '', [], quiet);
    expect((await sessionEndingProblem(client, db, SESSION_NAME, 'here'))?.toLine()).toBe(
      `ending the sessions of other roles ("${app}") on "${db}" needs pg_signal_backend, and "${role}" is not a member (here) — GRANT pg_signal_backend TO "${role}" (managed services' admin roles have it), or run as a role that has it`,
    );
    await query(asSuperuser(url), `GRANT pg_signal_backend TO ${role}`);
    expect(await sessionEndingProblem(client, db, SESSION_NAME, 'here')).toBeUndefined();
    // pg_signal_backend does not reach a superuser's session: refused up front, not half-way.
    const { role: admin } = await sessionOf('admin', 'SUPERUSER', [], quiet);
    expect((await sessionEndingProblem(client, db, SESSION_NAME, 'here'))?.toLine()).toBe(
      `sessions of superuser roles ("${admin}") are connected to "${db}", and only a superuser may end them; "${role}" is not one (here) — end those sessions first, or let those clients connect as a role that is not a superuser (PgBouncer: its server user)`,
    );
  });
});
