import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { delimiter, join } from 'node:path';

/**
 * pg_dump's standard output buffer when it writes the default archive to Node: 1 MiB instead
 * of stdio's 4 KiB for a pipe. With 4 KiB, the 405 MiB archive of bench:backup reached Node in
 * 41,000 reads of 4-8 KiB, whose handling cost the backup about 0.8 s of CPU on its main thread.
 */
const STDOUT_BUFFER = '1M';

let cached: Promise<readonly string[]> | undefined;

/** Whether `path` runs `true` with its output buffer set: stdbuf and its preload library work. */
function works(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile(path, [`--output=${STDOUT_BUFFER}`, 'true'], { timeout: 10_000 }, (error) =>
      resolve(!error),
    );
  });
}

/**
 * coreutils' stdbuf: the first on `path` (default PATH), when it works. Linux only: it works by
 * preloading a library into the tool.
 */
export async function findStdbuf(path = process.env.PATH ?? ''): Promise<string | undefined> {
  if (process.platform !== 'linux') return undefined;
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, 'stdbuf');
    if (
      await access(candidate, constants.X_OK).then(
        () => true,
        () => false,
      )
    )
      return (await works(candidate)) ? candidate : undefined;
  }
  return undefined;
}

/**
 * The argv prefix that gives a tool's standard output a 1 MiB buffer: `stdbuf --output=1M`
 * (coreutils) when it is on PATH and works, else nothing (the tool runs as it is, only with
 * more, smaller writes). Probed once per process.
 */
export function largeStdoutPrefix(): Promise<readonly string[]> {
  cached ??= findStdbuf().then((stdbuf) => (stdbuf ? [stdbuf, `--output=${STDOUT_BUFFER}`] : []));
  return cached;
}
