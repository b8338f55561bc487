import { spawnSync } from 'node:child_process';

/**
 * Whether system binaries (pg_dump, pg_restore, psql, pgbouncer, radosgw) are on PATH. When one is
 * missing, the caller skips its tests with a loud warning, so `npm test` passes on a laptop
 * without them; with DB_DEPLOY_REQUIRE_BINARIES=1 (CI) a missing binary fails the run instead.
 */
export function requireBinaries(
  names: readonly string[],
  install = 'the PostgreSQL client (e.g. apt-get install postgresql-client-15)',
): boolean {
  const missing = names.filter((name) => {
    const probe = spawnSync(name, ['--version'], { stdio: 'ignore', timeout: 10_000 });
    return probe.error !== undefined || probe.status !== 0;
  });
  if (missing.length === 0) return true;
  const message = `${missing.join(', ')} not found on PATH`;
  if (process.env.DB_DEPLOY_REQUIRE_BINARIES === '1') {
    throw new Error(`${message}, and DB_DEPLOY_REQUIRE_BINARIES=1 forbids skipping: install them`);
  }
  console.warn(
    `\n!!! SKIPPING TESTS: ${message}. Install ${install} to run them; CI sets ` +
      `DB_DEPLOY_REQUIRE_BINARIES=1 to fail instead.\n`,
  );
  return false;
}

/** Whether one binary runs (for optional paths such as psql). */
export function hasBinary(name: string): boolean {
  const probe = spawnSync(name, ['--version'], { stdio: 'ignore', timeout: 10_000 });
  return probe.error === undefined && probe.status === 0;
}
