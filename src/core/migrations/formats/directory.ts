import { stat } from 'node:fs/promises';
import { DbDeployError } from '../../errors.js';

/**
 * Refuses a migrations directory that is missing or not a directory, with the same lines for
 * every format.
 * @param display the directory as the user gave it (relative to the checkout)
 */
export async function checkMigrationsDir(dir: string, display: string): Promise<void> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) {
    throw new DbDeployError(
      'migrations-dir-missing',
      `migrations directory "${display}" does not exist`,
      {
        hint: 'check migrations-dir (--dir in the CLI; relative paths resolve against the repository checkout) and that the workflow ran actions/checkout',
      },
    );
  }
  if (!info.isDirectory()) {
    throw new DbDeployError('migrations-dir-missing', `"${display}" is not a directory`, {
      hint: 'point migrations-dir at the folder that holds the migration files',
    });
  }
}
