import { DbDeployError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { DbClient, DatabaseTarget } from '../db/index.js';
import { pgBouncerControl, type PgBouncerControl } from './pgbouncer.js';
import { openPair, type Pair } from './session.js';
import { unlockPair } from './pair-lock.js';
import { journalStore, type Facts, type JournalStore, type PairState } from './state.js';
import { stepRecorder } from './steps.js';
import { pauseForTest } from './test-pause.js';
import type { SwitchCommand, SwitchOptions } from './options.js';

/** One database of the pair by what it was made as, under the name it has now. */
export interface Side {
  name: string;
  target: DatabaseTarget;
  client(): Promise<DbClient>;
}

/**
 * What a command's steps share. The databases are named by what they were made as: `origin`
 * (made as blue, home of the journal) and `copy` (made as green). A rename swaps their names,
 * never their roles, so a step reaches the right database whatever the names are.
 */
export interface Ctx {
  pair: Pair;
  options: SwitchOptions;
  logger: Logger;
  steps: ReturnType<typeof stepRecorder>;
  signal: AbortSignal | undefined;
  /** The command whose steps run (the interrupted one while it is finished or undone). */
  command: SwitchCommand;
  /** Whether the names are swapped now (origin goes by green's name). */
  swapped: boolean;
  /** The pair's row as last read (undefined: never prepared). */
  state: PairState | undefined;
  /** What the running command fixed when it began. */
  facts: Facts;
  journal: JournalStore;
  origin(): Side;
  copy(): Side;
  /** PgBouncer's admin console (opened once); refused when the inputs give none. */
  bouncer(): Promise<PgBouncerControl>;
  /** Starts the switch-timeout clock (at PAUSE). */
  startClock(): void;
  /** What is left of switch-timeout; throws `switch-timeout` when nothing is. */
  remaining(): number;
  /** A named point of a step, where the interruption tests stop the command (test-pause.ts). */
  checkpoint(point: string): Promise<void>;
  close(): Promise<void>;
}

export function openContext(options: SwitchOptions, logger: Logger): Ctx {
  const pair = openPair(options);
  let bouncer: Promise<PgBouncerControl> | undefined;
  let deadline = Number.POSITIVE_INFINITY;
  const byName = (blueName: boolean): Side => {
    const target = blueName ? pair.blue : pair.green;
    return {
      name: target.database,
      target,
      client: blueName ? pair.blueClient : pair.greenClient,
    };
  };
  const ctx: Ctx = {
    pair,
    options,
    logger,
    steps: stepRecorder(logger),
    signal: options.signal,
    command: options.command,
    swapped: false,
    state: undefined,
    facts: {},
    journal: journalStore(() => ctx.origin().client(), {
      blue: pair.blue.database,
      green: pair.green.database,
    }),
    origin: () => byName(!ctx.swapped),
    copy: () => byName(ctx.swapped),
    bouncer() {
      const target = options.pgBouncer;
      if (!target)
        throw new DbDeployError(
          'bad-input',
          `${ctx.command} routes through PgBouncer entry ${ctx.facts.bouncer ?? '?'}, and no pgbouncer-admin-url is given`,
          { hint: 'give the same PgBouncer inputs as the command that was interrupted' },
        );
      bouncer ??= pgBouncerControl(target, options.connectTimeoutMs);
      return bouncer;
    },
    startClock() {
      deadline = Date.now() + options.switchTimeoutMs;
    },
    remaining() {
      const left = deadline - Date.now();
      if (left <= 0)
        throw new DbDeployError(
          'switch-timeout',
          `the switch did not finish within switch-timeout (${options.switchTimeoutMs}ms)`,
          { hint: 'everything was put back on the old side; retry, or raise switch-timeout' },
        );
      return left;
    },
    checkpoint: (point) => pauseForTest(`${ctx.command}:${point}`, options.signal),
    async close() {
      const opened = bouncer;
      bouncer = undefined;
      if (opened) await (await opened.catch(() => undefined))?.close();
      await pair.close();
      await unlockPair(ctx);
    },
  };
  return ctx;
}
