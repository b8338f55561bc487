// Decision record: docs/adr/0007-webassembly-tiering-and-the-cli-loader.md (ADR 0007).
/**
 * Imported first by every entry point, before the parser module is loaded: V8 optimises hot
 * WebAssembly functions in the background, and for PostgreSQL's grammar that costs ~600 MB and
 * up to a second — more than parsing a few migrations takes on the baseline code. A high
 * tiering budget postpones it past short runs (a pull request's migrations); V8 reads the flag
 * when it compiles the module, so it must be set before `libpg-query` is imported. The CLI goes
 * further and runs its parsing commands with `--liftoff-only` (src/cli/index.ts).
 */
import v8 from 'node:v8';

v8.setFlagsFromString('--wasm-tiering-budget=2147483647');
