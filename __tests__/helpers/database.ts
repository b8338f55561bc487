import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createDatabase } from '../../scripts/lib/postgres.mjs';

let counter = 0;

/** The admin URL of the server started by the global set-up. */
export function adminUrl(): string {
  const url = process.env.DB_DEPLOY_TEST_ADMIN_URL;
  if (!url)
    throw new Error('the test PostgreSQL server is not running (jest globalSetup did not run)');
  return url;
}

/**
 * `url` with the superuser's credentials, for test set-up only a superuser can do (revoking on a
 * system function, say). The tests themselves connect as the test role: the superuser by
 * default, a managed service's master-user-like role with DB_DEPLOY_TEST_ROLE=managed.
 */
export function asSuperuser(url: string): string {
  const superuser = new URL(process.env.DB_DEPLOY_TEST_SUPERUSER_URL || adminUrl());
  const target = new URL(url);
  target.username = superuser.username;
  target.password = superuser.password;
  return target.toString();
}

/** The role the tests connect as (the user of the admin URL). */
export function testRoleName(): string {
  return decodeURIComponent(new URL(adminUrl()).username);
}

/**
 * Creates a login role (with `attributes` such as `CREATEDB`) on the server behind `admin` and
 * makes the connecting role a member of it: a role that is not a superuser (the managed test
 * role, as a managed service's master user) may hand a database or a table to another role
 * (`ALTER … OWNER TO`) only as a member of it; a superuser is one anyway.
 */
export async function createLoginRole(
  admin: string,
  name: string,
  password: string,
  attributes = '',
): Promise<void> {
  await query(
    admin,
    `CREATE ROLE ${name} LOGIN ${attributes} PASSWORD '${password.replace(/'/g, "''")}'`,
  );
  await query(admin, `GRANT ${name} TO CURRENT_USER`);
}

/** A fresh, empty database for one test; returns its URL. */
export async function freshDatabase(prefix = 'test'): Promise<string> {
  counter += 1;
  const name =
    `${prefix}_${process.pid}_${counter}_${randomBytes(3).toString('hex')}`.toLowerCase();
  return createDatabase(adminUrl(), name);
}

/** Runs one query on its own connection. */
export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(
  url: string,
  text: string,
  values?: unknown[],
): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Opens a client the caller must end. */
export async function openClient(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** The major version of the server behind `client` (server_version_num / 10000). */
export async function serverMajor(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    "SELECT current_setting('server_version_num') AS n",
  );
  return Math.floor(Number(rows[0]?.n) / 10000);
}
