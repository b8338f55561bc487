// The hash baked into each bundle (scripts/lib/source-hash.mjs) changes with what the build reads
// and with nothing else, so e2e refuses a stale bundle without refusing a fresh one.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bundleSourceHash,
  sourceHash,
  SOURCE_HASH_PREFIX,
} from '../../scripts/lib/source-hash.mjs';

let root: string;
const manifest = (extra: object) =>
  JSON.stringify({ name: 'x', type: 'module', sideEffects: ['./src/a.ts'], ...extra });

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'db-deploy-source-hash-'));
  await mkdir(join(root, 'src', 'core'), { recursive: true });
  await mkdir(join(root, 'scripts'));
  await writeFile(join(root, 'src', 'a.ts'), 'export const a = 1;\n');
  await writeFile(join(root, 'src', 'core', 'b.ts'), 'export const b = 2;\n');
  await writeFile(join(root, 'package-lock.json'), '{}');
  await writeFile(join(root, 'scripts', 'package.mjs'), '// build\n');
  await writeFile(join(root, 'tsconfig.json'), '{}');
  await writeFile(join(root, 'package.json'), manifest({}));
});
afterEach(() => rm(root, { recursive: true, force: true }));

test('the same inputs give the same hash', async () => {
  expect(await sourceHash(root)).toBe(await sourceHash(root));
  expect(await sourceHash(root)).toMatch(/^[0-9a-f]{64}$/);
});

test.each([
  ['a source file', 'src/core/b.ts', 'export const b = 3;\n'],
  ['a new source file', 'src/core/c.ts', 'export {};\n'],
  ['the lock file', 'package-lock.json', '{"lockfileVersion":3}'],
  ['the build script', 'scripts/package.mjs', '// build 2\n'],
  ['the compiler settings', 'tsconfig.json', '{"compilerOptions":{}}'],
  ['package.json sideEffects', 'package.json', manifest({ sideEffects: false })],
])('changing %s changes the hash', async (_what, file, content) => {
  const before = await sourceHash(root);
  await writeFile(join(root, file), content);
  expect(await sourceHash(root)).not.toBe(before);
});

test('the rest of package.json (scripts, description) leaves the hash alone', async () => {
  const before = await sourceHash(root);
  await writeFile(join(root, 'package.json'), manifest({ scripts: { test: 'jest' } }));
  expect(await sourceHash(root)).toBe(before);
});

test('a bundle carries the hash on one of its first lines', () => {
  const code = `#!/usr/bin/env node\n${SOURCE_HASH_PREFIX}abc123\nconsole.log(1);\n`;
  expect(bundleSourceHash(code)).toBe('abc123');
  expect(bundleSourceHash('console.log(1);\n')).toBeUndefined();
});
