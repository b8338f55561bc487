import * as core from '@actions/core';
import { describeError } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { weakPasswordWarning } from '../core/db/weak-password.js';
import { ANNOTATION_LIMIT_CHARS, cutText } from '../core/report/budget.js';
import { registerSecrets, registerSecretUrl, scrub } from './secrets.js';

export interface ActionContext {
  logger: Logger;
}

export interface ActionSpec {
  /** The action's name, first word of the failure line. */
  name: string;
  /** Inputs that hold connection URLs: masked (URL, password, decoded password) before anything else. */
  secretInputs: readonly string[];
  /** Further secret values (e.g. tokens in health URLs), masked right after secretInputs. */
  secretValues?: () => readonly string[];
  main: (context: ActionContext) => Promise<void>;
}

/**
 * The one wrapper every action runs in: masks secrets first, runs, and on any error calls
 * setFailed with a single line `<action>: what failed (where) — what to do` that can never
 * contain a secret. Never calls process.exit: pools are closed by the core's own `finally`.
 */
export async function runAction(spec: ActionSpec): Promise<void> {
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
  try {
    await spec.main({ logger });
  } catch (error) {
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
