import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** Absolute path of a fixture folder under __tests__/fixtures. */
export function fixturePath(name: string): string {
  return resolve('__tests__/fixtures', name);
}

/** A private copy of a fixture folder, for tests that edit or delete migration files. */
export async function copyFixture(name: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `db-deploy-${name}-`));
  await cp(fixturePath(name), dir, { recursive: true });
  return dir;
}
