import { spawnSync } from 'node:child_process';
import { pgDumpMajor } from '../../scripts/lib/postgres.mjs';

/**
 * Prints why tests are skipped. Straight to stderr: jest drops the console output of a test file
 * whose tests were all skipped when it runs several files, which would make the skip silent.
 */
export function warnSkipping(text: string): void {
  process.stderr.write(`\n!!! SKIPPING TESTS${text}\n`);
}

/**
 * `test` when `runs`; else `test.skip`, after printing `reason` (why the test cannot run here, and
 * what would run it) with warnSkipping, so a skipped test is never silent.
 */
export function testIf(runs: boolean, reason: string): typeof test {
  if (runs) return test;
  warnSkipping(`: ${reason}`);
  return test.skip;
}

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
  warnSkipping(
    `: ${message}. Install ${install} to run them; CI sets DB_DEPLOY_REQUIRE_BINARIES=1 to fail instead.`,
  );
  return false;
}

/** Whether one binary runs (for optional paths such as psql). */
export function hasBinary(name: string): boolean {
  const probe = spawnSync(name, ['--version'], { stdio: 'ignore', timeout: 10_000 });
  return probe.error === undefined && probe.status === 0;
}

/**
 * A Node.js binary without built-in zstd (before 22.15, e.g. Debian's or the machine's Node 20),
 * for the CLI's fallback; searched on PATH (node_modules/.bin, which holds the pinned Node 24, is
 * passed over) and in /usr/bin. Undefined, with a loud warning, when there is none; with
 * DB_DEPLOY_REQUIRE_BINARIES=1 (CI) that throws instead.
 */
export function nodeWithoutZstd(): string | undefined {
  const dirs = (process.env.PATH ?? '').split(':').filter((d) => d && !d.includes('node_modules'));
  for (const dir of [...dirs, '/usr/bin', '/usr/local/bin']) {
    const node = `${dir}/node`;
    const probe = spawnSync(node, ['-p', "typeof require('node:zlib').createZstdCompress"], {
      encoding: 'utf8',
      timeout: 10_000,
    });
    if (probe.status === 0 && probe.stdout.trim() === 'undefined') return node;
  }
  const message = 'no Node.js without built-in zstd (older than 22.15) was found';
  if (process.env.DB_DEPLOY_REQUIRE_BINARIES === '1')
    throw new Error(
      `${message}, and DB_DEPLOY_REQUIRE_BINARIES=1 forbids skipping: install Node 20`,
    );
  warnSkipping(`: ${message}. Install Node 20 to run them.`);
  return undefined;
}

/**
 * Whether the pg_dump on PATH can dump (and pg_restore restore) a server of `major`: pg_dump
 * refuses a newer server. When it cannot, the caller skips the tests that copy or back up such a
 * server, with a loud warning. DB_DEPLOY_REQUIRE_BINARIES=1 (CI) turns that skip into a failure,
 * unless DB_DEPLOY_OLD_PG_DUMP_OK=1 says the installed client is knowingly older: .ci/run's
 * matrix runs on majors that Debian has no client for (self-test.yml proves those with the
 * PGDG client of each major).
 */
export function pgDumpServes(major: number): boolean {
  if (!requireBinaries(['pg_dump', 'pg_restore'])) return false;
  const client = pgDumpMajor();
  if (client !== undefined && client >= major) return true;
  const message = `pg_dump ${client ?? '?'} cannot dump a PostgreSQL ${major} server`;
  if (
    process.env.DB_DEPLOY_REQUIRE_BINARIES === '1' &&
    process.env.DB_DEPLOY_OLD_PG_DUMP_OK !== '1'
  )
    throw new Error(
      `${message}, and DB_DEPLOY_REQUIRE_BINARIES=1 forbids skipping: install postgresql-client-${major}`,
    );
  warnSkipping(
    ` THAT NEED pg_dump ${major}: ${message}. Install postgresql-client-${major} to run them.`,
  );
  return false;
}
