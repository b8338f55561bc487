// The `db-deploy` executable: a small loader in front of the CLI bundle (cli.js beside it).
import { spawn } from 'node:child_process';
import module from 'node:module';

/**
 * Node 24's optimising WebAssembly compiler tiers PostgreSQL's parser up in the background,
 * which costs ~600 MB and up to a second per run — more than linting itself. V8 flags cannot be
 * changed once V8 has started (nor passed in NODE_OPTIONS), so commands that parse SQL run the
 * CLI in a child started with the baseline compiler only; this loader stays tiny so that costs
 * one bare Node start-up (see BENCHMARKS.md, bench:lint).
 */
const BASELINE_ONLY = '--liftoff-only';
const PARSING_COMMANDS = new Set(['lint', 'validate', 'migrate']);

if (PARSING_COMMANDS.has(process.argv[2] ?? '') && !process.execArgv.includes(BASELINE_ONLY)) {
  const child = spawn(
    process.execPath,
    [...process.execArgv, BASELINE_ONLY, process.argv[1] as string, ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    process.exitCode = code ?? (signal === 'SIGINT' ? 130 : 143);
  });
} else {
  // Compiled code of the bundle is cached on disk (Node ≥ 22.1), so later runs start faster.
  module.enableCompileCache?.();
  // Not a literal `new URL('./cli.js', …)`: the bundler would treat that as an asset to copy.
  const bundle = new URL(['.', 'cli.js'].join('/'), import.meta.url).href;
  await import(/* webpackIgnore: true */ bundle);
}
