// The root checks of the test set-up and the demo (scripts/lib/postgres-user.mjs): as root the
// server runs as the `postgres` user, and a directory it cannot enter is one line, not a stack.
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  blockedDirectory,
  checkRootSetup,
  reachableTempDir,
} from '../../scripts/lib/postgres-user.mjs';

/** A user that owns nothing here and belongs to no group here: only the "other" bits apply. */
const STRANGER = { uid: 4_242_424, gids: [4_242_424] };

describe('the postgres user and the directories it must enter', () => {
  let root: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'db-deploy-pguser-'));
    await chmod(root, 0o755);
  });

  afterEach(async () => {
    await chmod(join(root, 'home'), 0o755).catch(() => undefined);
    await rm(root, { recursive: true, force: true });
  });

  test('names the first directory on the way that the user cannot enter, with its mode', async () => {
    const bin = join(root, 'home', 'checkout', 'node_modules', 'bin');
    await mkdir(bin, { recursive: true });
    await chmod(join(root, 'home'), 0o700);
    expect(blockedDirectory(bin, STRANGER)).toEqual({ dir: join(root, 'home'), mode: '0700' });
    await chmod(join(root, 'home'), 0o711);
    expect(blockedDirectory(bin, STRANGER)).toBeUndefined();
  });

  test('root enters everything; a directory not created yet is judged by its parents', async () => {
    await mkdir(join(root, 'home'), { mode: 0o700 });
    await chmod(join(root, 'home'), 0o700);
    expect(blockedDirectory(join(root, 'home'), { uid: 0, gids: [0] })).toBeUndefined();
    expect(blockedDirectory(join(root, 'not', 'yet'), STRANGER)).toBeUndefined();
  });

  test('a data directory goes to the first usual temporary directory the user can enter', () => {
    expect(['/tmp', '/var/tmp', tmpdir()]).toContain(reachableTempDir(STRANGER));
  });

  test('as root, binaries behind a 0700 directory are one line saying what to do', async () => {
    const bin = join(root, 'home', 'checkout', 'bin');
    await mkdir(bin, { recursive: true });
    await chmod(join(root, 'home'), 0o700);
    expect(() =>
      checkRootSetup(bin, { asRoot: true, userName: 'nobody', canCreateUser: false }),
    ).toThrow(
      new RegExp(
        `^PostgreSQL runs as the \`postgres\` user when started as root, and that user cannot enter ${root}/home \\(mode 0700\\) .*: clone the repository under a directory others can enter .* or \`chmod o\\+x ${root}/home\`, or run as a non-root user, or set DATABASE_URL to a running PostgreSQL$`,
      ),
    );
  });

  test('as root without a postgres user and without useradd: one line, before anything is created', () => {
    let error: unknown;
    try {
      checkRootSetup(root, {
        asRoot: true,
        userName: 'db-deploy-no-such-user',
        canCreateUser: false,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(Error);
    const { message, stack } = error as Error;
    expect(message).toMatch(
      /^PostgreSQL cannot run as root and there is no `postgres` user to run it as .*: create it \(e\.g\. `adduser -S postgres`\), or run as a non-root user, or set DATABASE_URL/,
    );
    expect(message).not.toContain('\n');
    expect(stack).toBe(`Error: ${message}`);
  });

  test('not root: nothing to check', () => {
    expect(checkRootSetup('/nonexistent', { asRoot: false })).toEqual({});
  });
});
