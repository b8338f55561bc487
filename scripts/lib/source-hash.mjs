// The hash of everything a bundle is built from: every file under src/, the lock file (the
// dependencies' exact versions), the build script, the compiler's settings (tsconfig.json) and
// what package.json tells the bundler (`sideEffects`: which modules it may leave out). scripts/package.mjs bakes it into
// each bundle; the e2e tests refuse to run bundles whose hash differs from the working tree, so
// a stale dist/ can never pass for the code under test (file times mean nothing in a fresh clone).
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** The marker a bundle carries on its first lines: `// db-deploy sources sha256:<hex>`. */
export const SOURCE_HASH_PREFIX = '// db-deploy sources sha256:';

/**
 * sha256 over the sorted relative paths and contents of the build's inputs.
 * @param {string} root the repository checkout
 * @returns {Promise<string>} hex digest
 */
export async function sourceHash(root) {
  const files = (await readdir(join(root, 'src'), { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  files.push(
    join(root, 'package-lock.json'),
    join(root, 'scripts', 'package.mjs'),
    join(root, 'tsconfig.json'),
  );
  /** @type {Array<{ name: string, content: Buffer }>} */
  const inputs = [];
  for (const path of files)
    inputs.push({ name: relative(root, path).split(sep).join('/'), content: await readFile(path) });
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  inputs.push({
    name: 'package.json#sideEffects',
    content: Buffer.from(JSON.stringify(manifest.sideEffects ?? null)),
  });
  inputs.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash('sha256');
  for (const { name, content } of inputs) {
    hash.update(`${name}\0${content.length}\0`);
    hash.update(content);
  }
  return hash.digest('hex');
}

/**
 * The hash a built bundle carries, or undefined when it carries none.
 * @param {string} code the bundle's text (its first lines suffice)
 */
export function bundleSourceHash(code) {
  const line = code.split('\n', 8).find((l) => l.startsWith(SOURCE_HASH_PREFIX));
  return line?.slice(SOURCE_HASH_PREFIX.length).trim();
}
