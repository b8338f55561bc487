// The `db-deploy lint` bundle (lint.js beside the loader): the lint command alone, so that a
// linter run loads neither the database client nor the other commands (see BENCHMARKS.md,
// bench:lint). Must stay the first import (see the module).
import '../core/wasm-tiering.js';
import { runCommand } from './command.js';
import { lintCommand } from './commands/lint.js';
import { processIo } from './output.js';

// The loader passes the whole command line: `lint` and its arguments.
process.exitCode = await runCommand('lint', lintCommand, process.argv.slice(3), processIo());
