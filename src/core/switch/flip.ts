import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import { runShell } from '../shell.js';
import type { DbClient } from '../db/connect.js';
import { copySequences } from './catalog.js';
import { pgBouncerControl, type PgBouncerControl } from './pgbouncer.js';
import { waitForCatchUp } from './replication.js';
import { endSessions, isReadOnly, setReadOnly } from './session.js';
import type { SwitchOptions } from './types.js';
import type { stepRecorder } from './steps.js';

/** One side of a flip: its database name and a session on it (reopened after a rename). */
export interface Side {
  client: () => Promise<DbClient>;
  database: string;
}

/**
 * What moves the traffic at the switch point: PgBouncer (with its config, unless the names are
 * swapped), the swap itself, or a switch-command. Checked before anything changes.
 */
export function requireRoute(options: SwitchOptions, swapping: boolean): void {
  if (!options.pgBouncer && !options.switchCommand && !swapping)
    throw new DbDeployError(
      'bad-input',
      'nothing would move the traffic: give pgbouncer-admin-url, switch-command or rename: true',
      {
        hint: 'without one, applications would keep connecting to the old side, now read-only',
      },
    );
  if (options.pgBouncer && !options.pgBouncer.configPath && !swapping)
    throw new DbDeployError(
      'bad-input',
      'pgbouncer-config is required with pgbouncer-admin-url (the entry is repointed there)',
      { hint: 'give the path of pgbouncer.ini, writable by the runner, or switch with rename' },
    );
}

/**
 * The write pause: PAUSE, the old side made read-only and its sessions ended, the new side
 * writable and caught up (a marker row), sequences carried over, `afterCatchUp` (the direction
 * of replication turns), traffic repointed, RESUME. Everything is bounded by switch-timeout; on
 * any failure the flags, the replication, the config and the pool are put back and traffic
 * RESUMEs on the old side: never left paused.
 */
export async function flip(
  from: Side,
  to: Side,
  options: SwitchOptions,
  steps: ReturnType<typeof stepRecorder>,
  logger: Logger,
  hooks: {
    /** Whether `to` replicates from `from` (a marker row proves it caught up); else a copy. */
    catchUp: boolean;
    afterCatchUp?: () => Promise<void>;
    undoAfterCatchUp?: () => Promise<void>;
    /** rename: swaps the two databases' names (the switch point); called again to undo. */
    swapNames?: () => Promise<void>;
  },
): Promise<{ pauseMs: number; sequences: number }> {
  const bouncer: PgBouncerControl | undefined = options.pgBouncer
    ? await pgBouncerControl(options.pgBouncer, options.connectTimeoutMs)
    : undefined;
  const deadline = Date.now() + options.switchTimeoutMs;
  const remaining = () => {
    const left = deadline - Date.now();
    if (left <= 0)
      throw new DbDeployError(
        'switch-timeout',
        `the switch did not finish within switch-timeout (${options.switchTimeoutMs}ms)`,
        {
          hint: `traffic was resumed on ${from.database}; retry, or raise switch-timeout`,
        },
      );
    return left;
  };
  let oldConfig: string | undefined;
  let flagsFlipped = false;
  // A frozen blue (template, dump) stays read-only if the switch is reverted.
  const fromWasReadOnly = await isReadOnly(await from.client(), from.database);
  let swapped = false;
  let hookRan = false;
  const started = performance.now();
  try {
    if (bouncer) steps.mark('PgBouncer paused', await bouncer.pause(remaining()));
    // The old side stops taking writes first (its sessions end), so the catch-up below covers
    // every write it will ever take, with PgBouncer or without.
    const source = await from.client();
    const target = await to.client();
    await setReadOnly(target, to.database, false);
    await setReadOnly(source, from.database, true);
    flagsFlipped = true;
    const ended = await endSessions(source, from.database);
    steps.mark(`${from.database} read-only, ${ended} of its sessions ended`);
    if (hooks.catchUp)
      steps.mark(`${to.database} caught up`, await waitForCatchUp(source, target, remaining()));
    const sequences = await copySequences(source, target);
    steps.mark(`${sequences} sequences carried over`);
    hookRan = true;
    await hooks.afterCatchUp?.();
    remaining();
    if (hooks.swapNames) {
      if (bouncer) await bouncer.loginRetryOff();
      await hooks.swapNames();
      swapped = true;
      steps.mark(`${from.database} and ${to.database} swapped names`);
    } else if (bouncer) {
      oldConfig = await bouncer.repoint(to.database);
      await bouncer.reload();
      await bouncer.loginRetryOff();
      steps.mark(`PgBouncer points at ${to.database}`);
    }
    if (options.switchCommand)
      await runSwitchCommand(
        options.switchCommand,
        to.database,
        from.database,
        remaining(),
        logger,
      );
    remaining();
    if (bouncer) await bouncer.resume();
    const pauseMs = Math.round(performance.now() - started);
    // After a swap the live database goes by the old side's name.
    steps.mark(`traffic resumed on ${swapped ? from.database : to.database}`, pauseMs);
    if (bouncer) {
      // Give the pool a moment to log in to the new side before the retry delay returns.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await bouncer
        .restoreLoginRetry()
        .catch((e: unknown) =>
          logger.warn(`PgBouncer server_login_retry not restored: ${(e as Error).message}`),
        );
    }
    return { pauseMs, sequences };
  } catch (error) {
    logger.warn(
      `switch failed, putting everything back on ${from.database}: ${(error as Error).message}`,
    );
    const undo = async (what: string, fn: () => Promise<unknown>) =>
      fn().catch((e: unknown) => logger.error(`could not ${what}: ${(e as Error).message}`));
    const swap = hooks.swapNames;
    if (swapped && swap) await undo('swap the names back', swap);
    if (flagsFlipped) {
      if (!fromWasReadOnly)
        await undo(`make ${from.database} writable again`, async () =>
          setReadOnly(await from.client(), from.database, false),
        );
      await undo(`make ${to.database} read-only again`, async () =>
        setReadOnly(await to.client(), to.database, true),
      );
    }
    if (bouncer && oldConfig !== undefined) {
      const text = oldConfig;
      await undo("restore PgBouncer's config", async () => {
        await bouncer.restoreConfig(text);
        await bouncer.reload();
      });
    }
    const undoHook = hooks.undoAfterCatchUp;
    if (hookRan && undoHook) await undo('restore the replication', undoHook);
    if (bouncer) await undo('RESUME PgBouncer', () => bouncer.resume());
    if (bouncer) await undo('restore server_login_retry', () => bouncer.restoreLoginRetry());
    throw error;
  } finally {
    await bouncer?.close();
  }
}

/** The switch-command, with the new and old database in its environment; a failure fails the switch. */
async function runSwitchCommand(
  command: string,
  active: string,
  standby: string,
  timeoutMs: number,
  logger: Logger,
): Promise<void> {
  const run = await runShell(command, {
    env: { DB_DEPLOY_ACTIVE_DATABASE: active, DB_DEPLOY_STANDBY_DATABASE: standby },
    timeoutMs,
    label: 'switch-command',
    timeoutInput: 'switch-timeout',
    logger,
  });
  if (run.exitCode === 0) return;
  throw new DbDeployError(
    'switch-command-failed',
    `switch-command ${run.error ?? `ended with exit code ${run.exitCode}`}`,
    { hint: 'fix the command (its output is in the log); traffic stayed on the old database' },
  );
}
