// package.json's "sideEffects" lets the bundler leave out the modules of a concern's index.ts an
// action does not use; a module imported only for its effect must be listed there, or the bundle
// would silently lose the effect.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );

const listed = (JSON.parse(readFileSync('package.json', 'utf8')) as { sideEffects: string[] })
  .sideEffects;

test('every module imported for its effect alone is listed in package.json sideEffects', () => {
  const imported = new Set<string>();
  for (const file of files('src').filter((f) => f.endsWith('.ts'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/^import '(\.{1,2}\/[^']+)';/gm))
      imported.add(`./${relative('.', join(dirname(file), m[1]!)).replace(/\.js$/, '.ts')}`);
  }
  expect(imported.size).toBeGreaterThan(0);
  expect([...imported].filter((module) => !listed.includes(module))).toEqual([]);
});

test('every module listed there exists and is imported for its effect', () => {
  const sources = files('src')
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  for (const module of listed) {
    expect(readFileSync(module, 'utf8').length).toBeGreaterThan(0);
    const name = module.split('/').pop()!.replace(/\.ts$/, '.js');
    expect(sources).toMatch(new RegExp(`^import '[./]+(?:[a-z-]+/)*${name}';`, 'm'));
  }
});
