import { cp, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
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

/** A fresh temporary directory holding `files` (relative path → content), folders made as needed. */
export async function tempTree(files: Record<string, string>, prefix = 'tree'): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), `db-deploy-${prefix}-`));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}
