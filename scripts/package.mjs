// Builds the committed bundles: one ncc bundle per action entry and one for the CLI, each
// with the files it loads at run time beside it. `dist/` is rebuilt from scratch so that a
// check-dist diff also catches files that should no longer be there.
// Decision record: docs/adr/0005-esm-bundle.md (ADR 0005).
import { execFileSync } from 'node:child_process';
import { chmod, copyFile, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { SOURCE_HASH_PREFIX, sourceHash } from './lib/source-hash.mjs';

const require = createRequire(import.meta.url);
// Baked into every bundle: what it was built from (see scripts/lib/source-hash.mjs).
const sourceLine = `${SOURCE_HASH_PREFIX}${await sourceHash(process.cwd())}\n`;
const bundles = [
  { entry: 'src/entries/migrate.ts', out: 'dist/migrate' },
  { entry: 'src/entries/validate.ts', out: 'dist/validate' },
  // backup and restore parse no SQL and load no migration: they need none of the assets below.
  { entry: 'src/entries/backup.ts', out: 'dist/backup', assets: false },
  { entry: 'src/entries/restore.ts', out: 'dist/restore', assets: false },
  // monitor probes HTTP and PostgreSQL: no SQL parsing, no migrations.
  { entry: 'src/entries/monitor.ts', out: 'dist/monitor', assets: false },
  // blue-green-switch runs node-pg-migrate on green: it needs the assets (TypeScript migrations).
  { entry: 'src/entries/blue-green-switch.ts', out: 'dist/blue-green-switch' },
  { entry: 'src/entries/main.ts', out: 'dist/main' },
  // The CLI: its bundle as cli.js, and a tiny loader (index.js, the executable) in front of it.
  { entry: 'src/cli/run.ts', out: 'dist/cli', file: 'cli.js' },
  // `db-deploy lint` alone, for a linter's start-up: in its own folder (its chunks would clash
  // with cli.js's), using the parser and jiti's Babel of dist/cli (its __dirname is dist/cli).
  { entry: 'src/cli/lint-run.ts', out: 'dist/cli/lint', assetsIn: '..' },
  { entry: 'src/cli/index.ts', out: 'dist/cli', shebang: true, loader: true },
];

// Loaded lazily at run time, so ncc cannot see them: the PostgreSQL parser's WebAssembly and
// jiti's Babel build (used for TypeScript migrations).
const assets = [
  join(dirname(require.resolve('libpg-query/package.json')), 'wasm', 'libpg-query.wasm'),
  join(dirname(require.resolve('jiti/package.json')), 'dist', 'babel.cjs'),
];

// `--only <out dir name>` rebuilds one bundle in place (while developing); the default rebuilds all.
const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex === -1 ? undefined : process.argv[onlyIndex + 1];
const selected = only
  ? bundles.filter((b) => b.out === `dist/${only}` || b.out.startsWith(`dist/${only}/`))
  : bundles;
if (only && selected.length === 0) throw new Error(`--only ${only}: no such bundle`);
if (only) for (const bundle of selected) await rm(bundle.out, { recursive: true, force: true });
else await rm('dist', { recursive: true, force: true });
for (const bundle of selected) {
  // The loader is built on its own and dropped beside the bundle it loads.
  const out = bundle.loader ? join('.tmp', 'ncc-loader') : bundle.out;
  execFileSync(
    process.execPath,
    [
      require.resolve('@vercel/ncc/dist/ncc/cli.js'),
      'build',
      bundle.entry,
      '-o',
      out,
      '--target',
      'es2022',
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
  if (bundle.loader) {
    const code = (await readFile(join(out, 'index.js'), 'utf8')).replace(/^#!.*\n/, '');
    if (
      !/\['\.', 'cli\.js'\]|\["\.", "cli\.js"\]/.test(code) ||
      code.includes('__nccwpck_require__.b')
    )
      throw new Error(`${bundle.entry}: the loader must import ./cli.js natively`);
    await writeFile(join(bundle.out, 'index.js'), `#!/usr/bin/env node\n${sourceLine}${code}`);
    await chmod(join(bundle.out, 'index.js'), 0o755);
    await rm(out, { recursive: true, force: true });
    continue;
  }
  const withAssets = bundle.assets !== false;
  if (withAssets && !bundle.assetsIn)
    for (const asset of assets) await copyFile(asset, join(bundle.out, asset.split('/').pop()));
  const index = join(bundle.out, bundle.file ?? 'index.js');
  if (bundle.file) await rename(join(bundle.out, 'index.js'), index);
  // The parser's Emscripten loader finds its .wasm through __dirname, which ES modules lack.
  const banner =
    sourceLine +
    "import { fileURLToPath as __dbdFileURLToPath } from 'node:url';\n" +
    "import { dirname as __dbdDirname, join as __dbdJoin } from 'node:path';\n" +
    'const __filename = __dbdFileURLToPath(import.meta.url);\n' +
    `const __dirname = __dbdJoin(__dbdDirname(__filename), ${JSON.stringify(bundle.assetsIn ?? '.')});\n`;
  // jiti requires its Babel build as "../dist/babel.cjs" relative to itself; in the bundle it sits
  // beside index.js (or in assetsIn).
  const babel = JSON.stringify(`${bundle.assetsIn ?? '.'}/babel.cjs`);
  // Lazily imported modules (jiti, node-pg-migrate, the AWS SDK) land in chunk files beside the
  // bundle: each gets the same treatment as the bundle itself.
  const chunks = (await readdir(bundle.out))
    .filter((f) => /^\d+\.index\.js$/.test(f))
    .map((f) => join(bundle.out, f));
  let babelFound = false;
  for (const file of [index, ...chunks]) {
    let code = await readFile(file, 'utf8');
    code = code.replaceAll('"../dist/babel.cjs"', babel);
    babelFound ||= code.includes(babel);
    code = `${banner}${code.replace(/^#!.*\n/, '')}`;
    await writeFile(file, code);
  }
  if (withAssets && !babelFound)
    throw new Error(
      `${index}: jiti's Babel require was not found; TypeScript migrations would fail`,
    );
  // knex requires its dialects lazily (lib/dialects/index.js): its PostgreSQL client must be in a chunk.
  if (withAssets) {
    const texts = await Promise.all([index, ...chunks].map((f) => readFile(f, 'utf8')));
    if (!texts.some((t) => t.includes('class Client_PG extends')))
      throw new Error(
        `${index}: knex's PostgreSQL dialect is not in the bundle; knex migrations would fail`,
      );
  }
  await writeFile(join(bundle.out, 'package.json'), '{ "type": "module" }\n');
}
const files = (await readdir('dist', { recursive: true })).sort();
console.log(`dist: ${files.length} files\n  ${files.join('\n  ')}`);
