// Tenant databases for the fleet tests: fresh databases on the test server, optionally owned by
// roles with passwords of their own (to prove every line of a list is masked), and what the
// fixture `fleet` migrations leave in them.
import { adminUrl, createLoginRole, freshDatabase, query } from './database.js';

/** The migrations of __tests__/fixtures/fleet, in order. */
export const FLEET_MIGRATIONS = [
  '001_create_customers',
  '002_create_invoices',
  '003_add_customer_email',
];

export interface Tenant {
  name: string;
  url: string;
  /** The database's name. */
  database: string;
}

/** Two passwords that need percent-encoding, different from each other and from the admin's. */
export const TENANT_PASSWORDS = ['fl@et:one/pw%', 'se#cond=p@ss w'];

/**
 * `count` fresh databases named t1…tN. With `roles`, they belong in turn to one role per entry of
 * TENANT_PASSWORDS, and their URLs carry that role's password (percent-encoded, as a user writes
 * it); `cleanup` drops those databases and roles.
 */
export async function tenants(
  count: number,
  options: { roles?: boolean } = {},
): Promise<{ tenants: Tenant[]; list: string; cleanup: () => Promise<void> }> {
  const roles = options.roles
    ? TENANT_PASSWORDS.map((password, i) => ({ name: `dbd_fleet_${process.pid}_${i}`, password }))
    : [];
  for (const role of roles) {
    await query(adminUrl(), `DROP ROLE IF EXISTS ${role.name}`);
    await createLoginRole(adminUrl(), role.name, role.password);
  }
  const made: Tenant[] = [];
  for (let i = 1; i <= count; i += 1) {
    const url = new URL(await freshDatabase('fleet'));
    const database = url.pathname.slice(1);
    const role = roles[(i - 1) % Math.max(roles.length, 1)];
    if (role) {
      await query(adminUrl(), `ALTER DATABASE "${database}" OWNER TO ${role.name}`);
      url.username = role.name;
      url.password = encodeURIComponent(role.password);
    }
    made.push({ name: `t${i}`, url: url.toString(), database });
  }
  return {
    tenants: made,
    list: made.map((t) => `${t.name}=${t.url}`).join('\n'),
    cleanup: async () => {
      for (const t of made)
        await query(adminUrl(), `DROP DATABASE IF EXISTS "${t.database}" WITH (FORCE)`);
      for (const role of roles) await query(adminUrl(), `DROP ROLE IF EXISTS ${role.name}`);
    },
  };
}

/** The migrations recorded in a database's pgmigrations; [] when the table does not exist. */
export async function appliedIn(url: string): Promise<string[]> {
  const [exists] = await query<{ found: boolean }>(
    url,
    "SELECT to_regclass('public.pgmigrations') IS NOT NULL AS found",
  );
  if (!exists?.found) return [];
  return (await query<{ name: string }>(url, 'SELECT name FROM pgmigrations ORDER BY id')).map(
    (r) => r.name,
  );
}

/** Whether public.<table> exists. */
export async function tableExists(url: string, table: string): Promise<boolean> {
  const [row] = await query<{ found: boolean }>(
    url,
    'SELECT to_regclass($1) IS NOT NULL AS found',
    [`public.${table}`],
  );
  return Boolean(row?.found);
}

/** The drift that makes fixture migration 002 fail on one tenant: an invoices table already there. */
export async function drift(url: string): Promise<void> {
  await query(url, 'CREATE TABLE invoices (id int)');
}

/** Undoes `drift`: the fix a user makes before running the rollout again. */
export async function fixDrift(url: string): Promise<void> {
  await query(url, 'DROP TABLE invoices');
}
