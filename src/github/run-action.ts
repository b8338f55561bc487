import * as core from '@actions/core';
import { describeError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { weakPasswordWarning } from '../core/db/index.js';
import { ANNOTATION_LIMIT_CHARS, cutText } from '../core/report/index.js';
import { registerSecrets, registerSecretUrl, scrub } from './secrets.js';

export interface ActionContext {
  logger: Logger;
}

/**
 * How an action's main ended, for its report hook: its result, or its error with the error's one
 * line (what failed, where, what to do) as the failure shows it.
 */
export type Outcome<T> =
  | { ok: true; result: T; error?: undefined; line?: undefined }
  | { ok: false; result?: undefined; error: unknown; line: string };

export interface ActionSpec<T = void> {
  /** The action's name, first word of the failure line. */
  name: string;
  /** Inputs that hold connection URLs: masked (URL, password, decoded password) before anything else. */
  secretInputs: readonly string[];
  /** Further secret values (e.g. tokens in health URLs), masked right after secretInputs. */
  secretValues?: () => readonly string[];
  /** Reads the inputs and calls the core; what it returns goes to `report`. */
  main: (context: ActionContext) => Promise<T>;
  /**
   * Writes the outputs and the job summary, success or failure: with main's result, or with
   * main's error. After reporting a result it may throw to fail the step (a failed verdict); a
   * report that fails on the failure path is dropped, so main's error is the step's one line.
   */
  report?: (outcome: Outcome<T>, context: ActionContext) => Promise<void>;
}

/**
 * The one wrapper every action runs in: masks secrets first, runs, reports (success or
 * failure), and on any error calls setFailed with a single line `<action>: what failed (where)
 * — what to do` that can never contain a secret. Never calls process.exit: pools are closed by
 * the core's own `finally`.
 */
export async function runAction<T>(spec: ActionSpec<T>): Promise<void> {
  for (const name of spec.secretInputs) registerSecretUrl(core.getInput(name));
  if (spec.secretValues) registerSecrets(spec.secretValues());
  const clean = scrub;
  const logger: Logger = {
    debug: (m) => core.debug(clean(m)),
    info: (m) => core.info(clean(m)),
    warn: (m) => annotate(clean(m), core.warning),
    error: (m) => annotate(clean(m), core.error),
  };
  const weak = weakPasswordWarning(
    Object.fromEntries(spec.secretInputs.map((name) => [name, core.getInput(name)])),
  );
  if (weak) logger.warn(weak);
  let reporting = false;
  try {
    const result = await spec.main({ logger });
    reporting = true;
    await spec.report?.({ ok: true, result }, { logger });
  } catch (error) {
    // A report that threw after reporting (a failed verdict) has reported already.
    if (!reporting && spec.report)
      await spec
        .report({ ok: false, error, line: describeError(error) }, { logger })
        .catch(() => undefined);
    annotate(clean(`${spec.name}: ${describeError(error)}`), core.setFailed);
    if (error instanceof Error && error.stack) core.debug(clean(error.stack));
  }
}

/** Emits an annotation GitHub keeps whole: a longer message goes to the log first, then cut. */
function annotate(message: string, emit: (message: string) => void): void {
  if (message.length > ANNOTATION_LIMIT_CHARS) core.info(message);
  emit(
    cutText(
      message,
      ANNOTATION_LIMIT_CHARS,
      '(cut at 4,096 characters; the whole line is in the log just above)',
    ),
  );
}
