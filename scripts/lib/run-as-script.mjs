// The tail of a script that is also a module (its render function imported by tests): run `main`
// only when the file is the one node was started with, and end in one line on a thrown error.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs `main(argv)` when `moduleUrl` (the caller's import.meta.url) is the script node started;
 * its result is the exit code, and a thrown error prints `NAME: message` and exits 2.
 * @param {string} moduleUrl
 * @param {string} name
 * @param {(argv: string[]) => Promise<number>} main
 */
export async function runAsScript(moduleUrl, name, main) {
  if (!process.argv[1] || resolve(process.argv[1]) !== fileURLToPath(moduleUrl)) return;
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  }
}
