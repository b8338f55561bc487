// Starts one real PostgreSQL for the whole run (embedded by default, DATABASE_URL to use
// another); each test file creates its own databases on it.
import { startPostgres } from '../../scripts/lib/postgres.mjs';

export default async function globalSetup(): Promise<void> {
  const server = await startPostgres();
  process.env.DB_DEPLOY_TEST_ADMIN_URL = server.url;
  (globalThis as { __dbDeployPostgres?: { stop: () => Promise<void> } }).__dbDeployPostgres =
    server;
}
