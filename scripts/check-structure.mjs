// Structure checks ESLint does not make, run by `npm run lint`:
// - no import cycle among the modules under src/ (runtime imports; `import type` and dynamic
//   import() load nothing at start-up, so they cannot form a cycle of module evaluation);
// - kebab-case file names in src/, __tests__/ (fixtures aside), bench/ and scripts/;
// - one public surface per core concern (a folder of src/core): src/ code outside the concern
//   imports it only through its index.ts, and code inside never imports its own index (that
//   makes a cycle). Tests may import a concern's modules directly: they test the units.
// Prints one line per problem and exits 1 when there is any.
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+)*$/;

/** Every file below `dir` (relative to ROOT), skipping `skip` folders. */
async function files(dir, skip = []) {
  const entries = await readdir(join(ROOT, dir), { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .filter((path) => !skip.some((s) => path.startsWith(s)));
}

/** Relative runtime imports of a TypeScript module, resolved to repository paths. */
function imports(path, code) {
  const found = [];
  const pattern =
    /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm;
  for (const match of code.matchAll(pattern)) {
    const target = join(dirname(path), match[1]).replace(/\.js$/, '.ts');
    found.push(target);
  }
  return found;
}

/** Every relative import of a TypeScript module, types and dynamic import() included. */
function allImports(path, code) {
  const pattern =
    /(?:^\s*(?:import|export)\s+(?:[^'";]*?\sfrom\s+)?|\bimport\(\s*)['"](\.{1,2}\/[^'"]+)['"]/gm;
  return [...code.matchAll(pattern)].map((m) => join(dirname(path), m[1]).replace(/\.js$/, '.ts'));
}

/** The concern (folder directly under src/core) a repository path belongs to, if any. */
function concernOf(path) {
  return /^src\/core\/([^/]+)\/./.exec(path)?.[1];
}

/** Strongly connected components of more than one module, or a module importing itself (Tarjan). */
function cycles(graph) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const out = [];
  const visit = (node) => {
    const s = { index, low: index, onStack: true };
    state.set(node, s);
    index += 1;
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (!graph.has(next)) continue;
      const t = state.get(next);
      if (!t) {
        visit(next);
        s.low = Math.min(s.low, state.get(next).low);
      } else if (t.onStack) s.low = Math.min(s.low, t.index);
    }
    if (s.low === s.index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        state.get(member).onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || (graph.get(node) ?? []).includes(node)) out.push(component);
    }
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return out;
}

const problems = [];
for (const path of [
  ...(await files('src')),
  ...(await files('__tests__', ['__tests__/fixtures', '__tests__/unit/fixtures'])),
  ...(await files('bench', ['bench/.results'])),
  ...(await files('scripts')),
]) {
  const name = path.split('/').pop();
  if (!KEBAB.test(name))
    problems.push(`${path}: file names are kebab-case (lower case, digits, dashes)`);
}
const graph = new Map();
for (const path of (await files('src')).filter((p) => p.endsWith('.ts'))) {
  const code = await readFile(join(ROOT, path), 'utf8');
  graph.set(path, imports(path, code));
  const own = concernOf(path);
  for (const target of allImports(path, code)) {
    const concern = concernOf(target);
    if (!concern) continue;
    const index = `src/core/${concern}/index.ts`;
    if (concern !== own && target !== index)
      problems.push(`${path}: imports ${target}; outside src/core/${concern}/ import ${index}`);
    if (concern === own && target === index && path !== index)
      problems.push(`${path}: imports its own concern's index; import the module itself`);
  }
}
for (const component of cycles(graph))
  problems.push(`import cycle: ${component.sort().join(' -> ')}`);

for (const problem of problems) console.error(problem);
if (problems.length) process.exit(1);
console.log(
  `structure: ${graph.size} modules, no import cycle; file names kebab-case; concerns imported through their index`,
);
