import { execFile } from 'node:child_process';
import { access, constants, readdir, realpath } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { chooseTool, installHint, parseToolVersion, type PgTool } from './tool-version.js';

/** The client programs db-deploy runs. */
export type PgToolName = 'pg_dump' | 'pg_restore' | 'psql';

/** Where PostgreSQL packages put their binaries: `*` is one version directory. */
export const USUAL_LOCATIONS: readonly string[] = [
  '/usr/lib/postgresql/*/bin',
  '/usr/pgsql-*/bin',
  '/opt/homebrew/opt/postgresql@*/bin',
  '/usr/local/opt/postgresql@*/bin',
  '/Applications/Postgres.app/Contents/Versions/*/bin',
];

export interface FindToolOptions {
  /** Look only in this directory (the `pg-bin` option) instead of PATH and the usual locations. */
  binDir?: string;
  /** Directories to search instead of PATH (tests). Default: `process.env.PATH`. */
  path?: string;
  /** Patterns to search instead of USUAL_LOCATIONS (tests). */
  locations?: readonly string[];
  /** Any major will do (psql reading a plain SQL archive): the server's major is only logged. */
  anyMajor?: boolean;
}

/** Expands one `prefix*suffix` pattern (a single `*` in one path segment) into existing directories. */
async function expand(pattern: string): Promise<string[]> {
  const star = pattern.indexOf('*');
  if (star < 0) return [pattern];
  const parentEnd = pattern.lastIndexOf('/', star);
  const parent = pattern.slice(0, parentEnd) || '/';
  const rest = pattern.slice(parentEnd + 1);
  const segmentEnd = rest.indexOf('/');
  const segment = segmentEnd < 0 ? rest : rest.slice(0, segmentEnd);
  const tail = segmentEnd < 0 ? '' : rest.slice(segmentEnd);
  const [before, after] = segment.split('*') as [string, string];
  const entries = await readdir(parent).catch(() => [] as string[]);
  return entries
    .filter((e) => e.startsWith(before) && e.endsWith(after) && e.length >= segment.length - 1)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((e) => `${parent === '/' ? '' : parent}/${e}${tail}`);
}

/** Runs `<binary> --version`; undefined when it cannot run or prints no version. */
function probe(path: string): Promise<PgTool | undefined> {
  return new Promise((resolve) => {
    execFile(path, ['--version'], { timeout: 10_000 }, (error, stdout) => {
      const parsed = error ? undefined : parseToolVersion(String(stdout));
      resolve(parsed && { path, ...parsed });
    });
  });
}

/** Every runnable copy of `name`, in search order, each once (by real path). */
export async function listTools(
  name: PgToolName,
  options: FindToolOptions = {},
): Promise<PgTool[]> {
  const dirs = options.binDir
    ? [options.binDir]
    : [
        ...(options.path ?? process.env.PATH ?? '').split(delimiter).filter(Boolean),
        ...(await Promise.all((options.locations ?? USUAL_LOCATIONS).map(expand))).flat(),
      ];
  const seen = new Set<string>();
  const found: PgTool[] = [];
  for (const dir of dirs) {
    const path = join(dir, name);
    const ok = await access(path, constants.X_OK).then(
      () => true,
      () => false,
    );
    if (!ok) continue;
    const real = await realpath(path).catch(() => path);
    if (seen.has(real)) continue;
    seen.add(real);
    const tool = await probe(path);
    if (tool) found.push(tool);
  }
  return found;
}

/**
 * Finds `name` (pg_dump, pg_restore, psql) whose major is at least the server's (any major with
 * `anyMajor`), choosing the lowest that fits. Throws `pg-dump-missing` when there is none, `pg-dump-too-old` when every
 * copy found is older than the server.
 */
export async function findPgTool(
  name: PgToolName,
  server: number,
  logger: Logger,
  options: FindToolOptions = {},
): Promise<PgTool> {
  const found = await listTools(name, options);
  const tool = chooseTool(found, options.anyMajor ? 0 : server);
  if (tool) {
    const any = options.anyMajor ? ` (any ${name} version restores a plain SQL archive)` : '';
    logger.info(
      `using ${name} ${tool.version} (${tool.path}) for a PostgreSQL ${server} server${any}`,
    );
    return tool;
  }
  const where = options.binDir ?? 'PATH and the usual install locations';
  if (found.length === 0) {
    throw new DbDeployError('pg-dump-missing', `${name} not found`, {
      where,
      hint: installHint(server),
    });
  }
  const versions = found.map((t) => `${t.version} (${t.path})`).join(', ');
  throw new DbDeployError(
    'pg-dump-too-old',
    `${name} is too old for a PostgreSQL ${server} server: found ${versions}, need ${server} or newer`,
    { where, hint: installHint(server) },
  );
}
