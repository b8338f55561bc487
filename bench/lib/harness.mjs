// Pieces every benchmark script shares: its own section of BENCHMARKS.md, and clean-up on exit
// or on SIGINT/SIGTERM.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
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

/**
 * The machine a benchmark ran on: date, cores and CPU model, memory, OS, and the load average
 * when it started (the machine may be shared), for the set-up paragraph of its section.
 * `loadAfter` is for a benchmark that records the load when it ends too.
 * @returns {{ date: string, cpus: number, cpuModel: string, memoryGb: number, os: string,
 *   loadBefore: string, loadAfter?: string }}
 */
export function hostInfo() {
  return {
    date: new Date().toISOString().slice(0, 10),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model?.trim() ?? 'unknown CPU',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    loadBefore: loadavg()
      .map((l) => l.toFixed(2))
      .join(' / '),
  };
}

/** `commit abc1234`, saying so when the bundle under `dist` differs from that commit's. */
export function bundleLabel(root, dist) {
  const git = (...args) => {
    const r = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    return r.status === 0 ? r.stdout.trim() : undefined;
  };
  const commit = git('rev-parse', '--short', 'HEAD');
  if (!commit) return 'working tree';
  return `commit ${commit}${git('status', '--porcelain', '--', dist) ? ` with a locally rebuilt ${dist}` : ''}`;
}
