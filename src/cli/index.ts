// The `db-deploy` executable: a small loader in front of the CLI bundles (cli.js, and lint/index.js for `lint`).
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import module from 'node:module';

/**
 * Node 24's optimising WebAssembly compiler tiers PostgreSQL's parser up in the background,
 * which costs ~600 MB and up to a second per run — more than linting itself. The bundle raises
 * the tiering budget (src/core/wasm-tiering.ts), which is enough for a few migrations; a
 * larger `lint` runs the CLI in a child started with the baseline compiler only, since V8 flags
 * cannot be given in NODE_OPTIONS. This loader stays tiny so the child costs one bare Node start
 * (see BENCHMARKS.md, bench:lint).
 */
const BASELINE_ONLY = '--liftoff-only';
/**
 * A young generation of 4 MB instead of V8's up to 16: parse trees live for one file, so this
 * keeps ~7 MB off the child's peak at no measurable CPU cost (bench:lint's corpus).
 */
const SMALL_YOUNG_GENERATION = '--max-semi-space-size=4';
/** SQL beyond this many bytes exhausts the raised tiering budget (measured: ~10 migration files). */
const IN_PROCESS_BYTES = 8 * 1024;
const LINT_VALUE_OPTIONS = new Set([
  '--format',
  '--pg-version',
  '--strategy',
  '--fail-on',
  '--enable-rule',
]);

/** Bytes of the files `db-deploy lint` was given (directories one level deep). */
function lintInputBytes(args: readonly string[]): number {
  const paths: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] as string;
    if (LINT_VALUE_OPTIONS.has(arg)) i += 1;
    else if (!arg.startsWith('-')) paths.push(arg);
  }
  let bytes = 0;
  for (const path of paths.length ? paths : ['migrations']) {
    try {
      const info = statSync(path);
      if (!info.isDirectory()) bytes += info.size;
      else for (const name of readdirSync(path)) bytes += statSync(join(path, name)).size;
    } catch {
      // The CLI itself reports a missing path.
    }
  }
  return bytes;
}

const [command, ...rest] = process.argv.slice(2);
if (
  command === 'lint' &&
  !process.execArgv.includes(BASELINE_ONLY) &&
  // A watch lints for hours: it would exhaust any tiering budget, so it always runs in the child.
  (rest.includes('--watch') || lintInputBytes(rest) > IN_PROCESS_BYTES)
) {
  // Imported here: child_process (and net, stream behind it) is not needed in-process.
  const { spawn } = await import('node:child_process');
  const child = spawn(
    process.execPath,
    [
      ...process.execArgv,
      BASELINE_ONLY,
      SMALL_YOUNG_GENERATION,
      process.argv[1] as string,
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === 'SIGINT' ? 130 : 143);
  });
} else {
  // Compiled code of the bundle is cached on disk (Node ≥ 22.1), so later runs start faster.
  module.enableCompileCache?.();
  // `lint` has a bundle of its own (lint/index.js): a linter run loads no database client and
  // no other command. Not a literal `new URL('./cli.js', …)`: the bundler would treat that as an
  // asset to copy.
  const path = command === 'lint' ? ['.', 'lint', 'index.js'] : ['.', 'cli.js'];
  const bundle = new URL(path.join('/'), import.meta.url).href;
  await import(/* webpackIgnore: true */ bundle);
}
