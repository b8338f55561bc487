// Pieces every benchmark script shares: its own section of BENCHMARKS.md, and clean-up on exit
// or on SIGINT/SIGTERM.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

/**
 * Replaces the text between `begin` and `end` in the file (appending the block the first time,
 * creating the file if needed), keeping everything else byte for byte.
 */
export async function replaceSection(path, begin, end, text) {
  const block = `${begin}\n${text.trim()}\n${end}`;
  const current = existsSync(path)
    ? await readFile(path, 'utf8')
    : '# Benchmarks\n\nFigures measured by the scripts under `bench/`; each script rewrites its own sections.\n';
  const start = current.indexOf(begin);
  const stop = current.indexOf(end);
  const next =
    start >= 0 && stop > start
      ? `${current.slice(0, start)}${block}${current.slice(stop + end.length)}`
      : `${current.trimEnd()}\n\n${block}\n`;
  await writeFile(path, next, 'utf8');
}

/**
 * A stack of clean-up steps run newest first by `cleanup()`, and on SIGINT/SIGTERM before the
 * process exits with 130. A failing step is logged and the others still run.
 */
export function cleanupRegistry(log) {
  const steps = [];
  async function cleanup() {
    while (steps.length)
      await steps
        .pop()()
        .catch((error) => log(`cleanup: ${error.message}`));
  }
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      log(`${signal}: cleaning up`);
      cleanup().finally(() => process.exit(130));
    });
  }
  return { cleanups: steps, cleanup };
}
