import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

/**
 * Which knex builds the SQL: the project's own when its node_modules has one (its version decides
 * the SQL, as `npx knex` would use it), else the one bundled with db-deploy. Either is only asked
 * for its PostgreSQL dialect; every query it sends goes through a connection of db-deploy's (see
 * connection.ts), never through a pool or a driver of its own.
 */

/** knex's default export: makes an instance from a configuration. */
export type KnexFactory = (config: Record<string, unknown>) => KnexInstance;

/** The parts of a knex instance db-deploy uses (knex's own types are the project's, not ours). */
export interface KnexInstance {
  (table?: string): unknown;
  client: KnexClient;
  transaction(container: (trx: KnexInstance) => Promise<unknown>): Promise<unknown>;
  destroy(): Promise<void>;
}

/** A knex dialect client (lib/client.js), subclassed to bind it to one connection. */
export interface KnexClient {
  constructor: new (config: Record<string, unknown>) => KnexClient;
  runner(builder: unknown): { query(obj: unknown): Promise<unknown> };
  _escapeBinding(value: unknown): string;
}

/** The knex a run uses. */
export interface KnexLibrary {
  factory: KnexFactory;
  version: string;
  /** For the log: `the project's own knex 3.1.0 (node_modules/knex)` or `db-deploy's bundled knex 3.3.0`. */
  origin: string;
}

const libraries = new Map<string, Promise<KnexLibrary>>();

/**
 * The knex for a project directory (the knexfile's): resolved from it as Node resolves
 * `require('knex')` there, else the bundled one. Loaded once per directory and process.
 * @param baseDir the checkout, to show the path relative to it
 */
export function knexLibrary(projectDir: string, baseDir: string): Promise<KnexLibrary> {
  let found = libraries.get(projectDir);
  if (!found) {
    found = load(projectDir, baseDir);
    libraries.set(projectDir, found);
  }
  return found;
}

async function load(projectDir: string, baseDir: string): Promise<KnexLibrary> {
  const projectRequire = createRequire(join(projectDir, 'package.json'));
  let main: string | undefined;
  try {
    main = projectRequire.resolve('knex');
  } catch {
    main = undefined;
  }
  if (main) {
    const mod = projectRequire(main) as KnexFactory & { knex?: KnexFactory };
    const version = await packageVersion(dirname(main));
    return {
      factory: mod.knex ?? mod,
      version,
      origin: `the project's own knex ${version} (${relative(baseDir, installedAt(projectDir) ?? dirname(main)) || '.'})`,
    };
  }
  // Bundled: a chunk of its own in the ncc bundle, loaded only for knex projects.
  const mod = (await import('knex')) as unknown as { default?: KnexFactory; knex?: KnexFactory };
  const pkg = (await import('knex/package.json', { with: { type: 'json' } })) as unknown as {
    default: { version: string };
  };
  const version = pkg.default.version;
  return {
    factory: (mod.knex ?? mod.default) as KnexFactory,
    version,
    origin: `db-deploy's bundled knex ${version} (the project has none in node_modules)`,
  };
}

/** Where Node finds `knex` from a directory: the nearest node_modules/knex (links not followed). */
function installedAt(dir: string): string | undefined {
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'node_modules', 'knex'))) return join(at, 'node_modules', 'knex');
    if (dirname(at) === at) return undefined;
  }
}

async function packageVersion(dir: string): Promise<string> {
  for (let at = dir; ; at = dirname(at)) {
    const text = await readFile(join(at, 'package.json'), 'utf8').catch(() => undefined);
    if (text) {
      const pkg = JSON.parse(text) as { name?: string; version?: string };
      if (pkg.name === 'knex') return pkg.version ?? 'unknown';
    }
    if (dirname(at) === at) return 'unknown';
  }
}
