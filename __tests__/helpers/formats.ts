// Shared by the migration-format tests: the e-commerce example of each format, a private copy to
// edit, the schema under migration without any tool's bookkeeping, and the real tools that
// install here from npm (dbmate, drizzle-kit), run as a project runs them.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { migrate, MIGRATE_DEFAULTS, type MigrateOptions } from '../../src/core/migrations/index.js';
import { readSchema, renderSchema } from '../../src/core/verify/snapshot.js';
import { openClient } from './database.js';

const run = promisify(execFile);

/** Absolute path of examples/<format>. */
export const examplePath = (format: string): string => resolve('examples', format);

/** A private copy of examples/<format> (the whole project folder). */
export async function copyExample(format: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `db-deploy-${format}-`));
  await cp(examplePath(format), dir, { recursive: true });
  return dir;
}

/** Keeps only the first `count` entries (files or folders, in name order) matching `keep` in `dir`. */
export async function keepFirst(dir: string, count: number, keep: (name: string) => boolean) {
  const names = (await readdir(dir)).filter(keep).sort();
  for (const name of names.slice(count)) await rm(join(dir, name), { recursive: true });
}

/** Migrate options for a project checked out at `baseDir`, everything else the format's to decide. */
export function formatOptions(
  databaseUrl: string,
  baseDir: string,
  overrides: Partial<MigrateOptions> = {},
): MigrateOptions {
  return { ...MIGRATE_DEFAULTS, databaseUrl, baseDir, ...overrides };
}

export { migrate };

/** The schema under migration as text, leaving out the given bookkeeping tables (`schema.table`). */
export async function schemaWithout(url: string, tables: string[], schemas: string[] = []) {
  const client = await openClient(url);
  try {
    return renderSchema(await readSchema(client, { exclude: { tables, schemas } }));
  } finally {
    await client.end();
  }
}

/** The URL as a Go tool (lib/pq) needs it on the test server: no TLS. */
export const goUrl = (url: string): string =>
  `${url}${url.includes('?') ? '&' : '?'}sslmode=disable`;

/** dbmate from npm (its package ships the Linux binary), as a project runs it. */
export async function dbmate(url: string, dir: string, ...args: string[]): Promise<string> {
  const bin = resolve('node_modules/.bin/dbmate');
  const { stdout } = await run(
    bin,
    ['--url', goUrl(url), '--migrations-dir', dir, '--no-dump-schema', ...args],
    { env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } },
  );
  return stdout;
}

/**
 * drizzle-kit from npm, as a project runs `drizzle-kit migrate`: a config naming the project's
 * migrations folder and the database (written beside them, as a project keeps it).
 */
export async function drizzleKit(url: string, project: string, out = './drizzle'): Promise<string> {
  const config = join(project, 'drizzle.test-config.json');
  await writeFile(config, JSON.stringify({ dialect: 'postgresql', out, dbCredentials: { url } }));
  const bin = resolve('node_modules/.bin/drizzle-kit');
  const { stdout } = await run(bin, ['migrate', '--config', config], {
    cwd: project,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
  });
  return stdout;
}
