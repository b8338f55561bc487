import { execFile } from 'node:child_process';
import { mkdir, symlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { copyFixture } from './fixtures.js';
import { query } from './database.js';

const run = promisify(execFile);

/** knex's own CLI, from the devDependency. */
export const KNEX_CLI = resolve('node_modules/knex/bin/cli.js');

/** A private copy of the knex project fixture (a knexfile and its migrations). */
export function knexProject(name = 'knex-shop'): Promise<string> {
  return copyFixture(name);
}

/** Gives a project directory its own knex in node_modules (a link to the devDependency). */
export async function installKnex(project: string): Promise<void> {
  await mkdir(join(project, 'node_modules'), { recursive: true });
  await symlink(resolve('node_modules/knex'), join(project, 'node_modules', 'knex'), 'dir');
  await symlink(resolve('node_modules/pg'), join(project, 'node_modules', 'pg'), 'dir').catch(
    () => undefined,
  );
}

/**
 * Runs knex's own CLI in a project, as `npx knex <args>` would, against `databaseUrl` (the
 * knexfile reads it from DATABASE_URL). Resolves with the output; rejects with it on a failure.
 */
export async function knexCli(
  project: string,
  databaseUrl: string,
  args: string[],
): Promise<{ stdout: string; stderr: string }> {
  return run(process.execPath, [KNEX_CLI, ...args], {
    cwd: project,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      // The project copy has no node_modules: knex's CLI finds the devDependency through KNEX_PATH.
      KNEX_PATH: resolve('node_modules/knex/knex.js'),
      NODE_ENV: '',
      NO_COLOR: '1',
    },
  });
}

/** What `knex migrate:list` prints as completed and pending, by file name. */
export async function knexList(
  project: string,
  databaseUrl: string,
): Promise<{ completed: string[]; pending: string[] }> {
  const { stdout } = await knexCli(project, databaseUrl, ['migrate:list']);
  const completed: string[] = [];
  const pending: string[] = [];
  let into: string[] | undefined;
  // eslint-disable-next-line no-control-regex
  const plain = stdout.replace(/\u001b\[[0-9;]*m/g, '');
  for (const line of plain.split('\n').map((l) => l.trim())) {
    if (/Completed Migration/.test(line)) into = completed;
    else if (/Pending Migration/.test(line)) into = pending;
    else if (/^No /.test(line)) into = undefined;
    else if (line && into && /\.[cm]?[jt]s$/.test(line)) into.push(line);
  }
  return { completed, pending };
}

/** knex's ledger rows: name and batch, in the order knex lists them. */
export async function knexLedgerRows(
  url: string,
  table = 'knex_migrations',
): Promise<{ name: string; batch: number }[]> {
  return query<{ name: string; batch: number }>(
    url,
    `SELECT name, batch FROM ${table} ORDER BY id`,
  );
}
