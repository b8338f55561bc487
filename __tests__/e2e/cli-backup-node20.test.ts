// The committed CLI bundle on a Node without built-in zstd (Node 20: the CLI's engines allow it;
// the actions run on Node 24): the default backup falls back to pg_dump's own compression and
// says so, restores on the same Node, and a .dump.zst made on Node 24 is refused in one line.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createDatabase, startPostgres, dumpableMajor } from '../../scripts/lib/postgres.mjs';
import { nodeBinary } from '../../scripts/lib/run-action.mjs';
import { nodeWithoutZstd, requireBinaries } from '../helpers/binaries.js';
import { query } from '../helpers/database.js';
import { databaseFingerprint } from '../helpers/fingerprint.js';

const CLI = resolve('dist/cli/index.js');
const FIXTURE = resolve('__tests__/fixtures/backup/awkward.sql');
const execFileAsync = promisify(execFile);

const node20 = requireBinaries(['pg_dump', 'pg_restore']) ? nodeWithoutZstd() : undefined;
const describeIf = node20 ? describe : describe.skip;

let server: Awaited<ReturnType<typeof startPostgres>>;
let work: string;
let sourceUrl: string;

/** Runs the CLI bundle on `node`; never throws for a non-zero exit. */
async function cli(node: string, args: string[]) {
  try {
    const { stdout, stderr } = await execFileAsync(node, [CLI, ...args], {
      env: { PATH: process.env.PATH ?? '', HOME: work },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describeIf('the CLI bundle on Node 20 (no zstd)', () => {
  beforeAll(async () => {
    server = await startPostgres({ major: dumpableMajor() });
    work = await mkdtemp(join(tmpdir(), 'db-deploy-node20-'));
    sourceUrl = await createDatabase(server.url, 'source');
    await query(sourceUrl, await readFile(FIXTURE, 'utf8'));
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('backs up with pg_dump 15 own gzip:1 as NAME.dump, says why, and restores it', async () => {
    const node = node20 as string;
    const run = await cli(node, ['backup', '--database-url', sourceUrl, '--dir', work, '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { path: string; compression: string };
    expect(result.path).toMatch(/source_\d{8}_\d{6}\.dump$/);
    expect(result.compression).toBe('gzip:1');
    expect(run.stderr).toMatch(
      /Node v20\.\d+\.\d+ has no zstd: pg_dump compresses the archive itself \(\.dump, not \.dump\.zst\)/,
    );
    const target = await createDatabase(server.url, 'from_node20');
    const restored = await cli(node, [
      'restore',
      '--backup',
      result.path,
      '--database-url',
      target,
    ]);
    expect(restored.code).toBe(0);
    expect(await databaseFingerprint(target)).toEqual(await databaseFingerprint(sourceUrl));
  });

  test('refuses a .dump.zst made on Node 24 in one line that says what to do, restoring nothing', async () => {
    const dir = join(work, 'node24');
    const made = await cli(nodeBinary(), [
      'backup',
      '--database-url',
      sourceUrl,
      '--dir',
      dir,
      '--json',
    ]);
    expect(made.code).toBe(0);
    const { path } = JSON.parse(made.stdout) as { path: string };
    expect(path).toMatch(/\.dump\.zst$/);
    const target = await createDatabase(server.url, 'zst_on_node20');
    const run = await cli(node20 as string, [
      'restore',
      '--backup',
      path,
      '--database-url',
      target,
    ]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines.at(-1)).toMatch(
      /^db-deploy restore: reading a \.zst archive needs zstd, which Node v20\.\d+\.\d+ does not have \(Node 22\.15 or newer does\).* — run db-deploy on Node 22\.15\+/,
    );
    expect(
      await query(target, "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'"),
    ).toEqual([{ n: 0 }]);
  });
});
