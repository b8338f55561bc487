/**
 * Pure helpers for pg_dump / pg_restore versions: parsing `--version` and choosing the binary
 * that can read a server. pg_dump refuses a server of a newer major ("aborting because of server
 * version mismatch"), so the client's major must be at least the server's.
 */

/** A client binary found on this machine. */
export interface PgTool {
  /** Absolute path of the binary. */
  readonly path: string;
  /** The version as printed, e.g. `15.18`. */
  readonly version: string;
  readonly major: number;
}

/**
 * Parses `pg_dump --version` output, e.g. `pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)`,
 * `pg_restore (PostgreSQL) 17.2`, or a pre-release `18beta1`. Returns undefined when unreadable.
 */
export function parseToolVersion(output: string): { version: string; major: number } | undefined {
  const match = /\(PostgreSQL\)\s+(\d+)(?:\.(\d+))?(?:\.\d+)?([a-z]+\d*)?/i.exec(output);
  if (!match?.[1]) return undefined;
  const major = Number(match[1]);
  // Before PostgreSQL 10 the major was two numbers (9.6); such clients read no supported server.
  const version = `${match[1]}${match[2] === undefined ? '' : `.${match[2]}`}${match[3] ?? ''}`;
  return { version, major };
}

/**
 * The major of a server from `server_version_num` (150018 → 15, 90624 → 9).
 */
export function serverMajor(versionNum: number): number {
  return Math.floor(versionNum / 10000);
}

/**
 * Chooses the binary for a server: the lowest major that is at least the server's (the closest
 * match dumps exactly what that server has); among equal majors the first found (PATH first).
 */
export function chooseTool(candidates: readonly PgTool[], server: number): PgTool | undefined {
  let best: PgTool | undefined;
  for (const tool of candidates) {
    if (tool.major < server) continue;
    if (!best || tool.major < best.major) best = tool;
  }
  return best;
}

/** One sentence on how to install the client of a major, for the error line. */
export function installHint(major: number): string {
  return (
    `install the PostgreSQL ${major} client, e.g. on Ubuntu runners add the PGDG apt repository ` +
    `(https://wiki.postgresql.org/wiki/Apt) and run \`sudo apt-get install postgresql-client-${major}\`, ` +
    `on macOS \`brew install postgresql@${major}\`, or pass its bin directory with --pg-bin / pg-bin`
  );
}
