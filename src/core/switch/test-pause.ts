import { writeFileSync } from 'node:fs';

/**
 * TEST-ONLY. The interruption tests kill a command at a known point: with
 * `DB_DEPLOY_TEST_PAUSE_AT=<command>:<point>` (a journaled step, e.g. `switch:resume`, or a
 * point inside one, e.g. `switch:swap-names/blocked`) the command, on reaching that point,
 * writes the point to the file `DB_DEPLOY_TEST_PAUSE_FILE` and waits until the job is cancelled
 * (then it carries on, as after any cancel) or the process is killed. Unset, it does nothing.
 */
export async function pauseForTest(point: string, signal: AbortSignal | undefined): Promise<void> {
  const at = process.env.DB_DEPLOY_TEST_PAUSE_AT;
  const file = process.env.DB_DEPLOY_TEST_PAUSE_FILE;
  if (!at || !file || at !== point) return;
  writeFileSync(file, point);
  await new Promise<void>((resolve) => {
    // The interval keeps the process alive while nothing else would.
    const alive = setInterval(() => undefined, 60_000);
    const done = () => {
      clearInterval(alive);
      resolve();
    };
    if (signal?.aborted) done();
    else signal?.addEventListener('abort', done, { once: true });
  });
}
