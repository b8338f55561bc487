// The e2e tests run the committed bundles: they must be built from the sources in the working
// tree, or a green run would prove nothing about this code. Every bundle carries the hash of
// the sources it was built from (scripts/package.mjs); a mismatch stops the run before any test.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { bundleSourceHash, sourceHash } from '../../scripts/lib/source-hash.mjs';
import { startPostgres } from '../../scripts/lib/postgres.mjs';

type Holder = { __dbDeployPostgres?: { stop: () => Promise<void> } };

/** Every bundle's entry file under dist/. */
async function bundles(root: string): Promise<string[]> {
  const dirs = await readdir(join(root, 'dist'), { withFileTypes: true });
  const entries: string[] = [];
  for (const dir of dirs.filter((d) => d.isDirectory())) {
    const files = await readdir(join(root, 'dist', dir.name));
    for (const file of ['index.js', 'cli.js'])
      if (files.includes(file)) entries.push(join('dist', dir.name, file));
  }
  return entries;
}

export default async function e2eSetup(): Promise<void> {
  const root = process.cwd();
  const expected = await sourceHash(root);
  const stale: string[] = [];
  for (const bundle of await bundles(root)) {
    const found = bundleSourceHash(await readFile(join(root, bundle), 'utf8'));
    if (found !== expected) stale.push(bundle);
  }
  if (stale.length > 0) {
    throw new Error(
      `dist/ was built from other sources than this working tree (${stale.join(', ')}): run \`npm run package\` before the e2e tests`,
    );
  }
  // The server the integration project may have started already (global-setup.ts does the same;
  // a global set-up cannot import another one's module through Jest's .js → .ts mapping).
  if ((globalThis as Holder).__dbDeployPostgres) return;
  const server = await startPostgres();
  process.env.DB_DEPLOY_TEST_ADMIN_URL = server.url;
  process.env.DB_DEPLOY_TEST_SUPERUSER_URL = server.superuserUrl;
  (globalThis as Holder).__dbDeployPostgres = server;
}
