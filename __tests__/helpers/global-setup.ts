// Starts one real PostgreSQL for the whole run (embedded by default, DATABASE_URL to use
// another); each test file creates its own databases on it. Integration and e2e tests share it:
// the set-up of whichever project runs first starts it, the other finds it running. With
// DB_DEPLOY_TEST_ROLE=managed the tests connect as a managed service's master-user-like role
// (scripts/lib/postgres.mjs); DB_DEPLOY_TEST_SUPERUSER_URL stays for set-up only a superuser can do.
import { startPostgres } from '../../scripts/lib/postgres.mjs';

type Holder = { __dbDeployPostgres?: { stop: () => Promise<void> } };

export default async function globalSetup(): Promise<void> {
  if ((globalThis as Holder).__dbDeployPostgres) return;
  const server = await startPostgres();
  process.env.DB_DEPLOY_TEST_ADMIN_URL = server.url;
  process.env.DB_DEPLOY_TEST_SUPERUSER_URL = server.superuserUrl;
  (globalThis as Holder).__dbDeployPostgres = server;
}
