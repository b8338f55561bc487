import * as core from '@actions/core';
import { isAbsolute, resolve } from 'node:path';
import { DbDeployError } from '../core/errors.js';
import { parseDuration } from '../core/duration.js';
import { parseRatio } from '../core/monitor/index.js';
import { parseFactor } from '../core/plans/index.js';
import {
  ACTION_INPUTS,
  type ActionName,
  type InputName,
  type InputOfType,
} from '../generated/action-inputs.js';

/**
 * Typed, strict readers for action inputs: the only place that calls core.getInput. Names and
 * defaults come from the action.yml files through the generated ACTION_INPUTS: a name an action
 * does not declare does not compile, and an empty input means the declared default (the runner
 * applies it too; this covers an action run some other way, such as the tests' runner).
 */

/** The inputs of `A` declared as integers with a default: reading one always gives a number. */
type IntegerWithDefault<A extends ActionName> = {
  [K in InputOfType<A, 'Integer'>]: (typeof ACTION_INPUTS)[A][K] extends { default: '' }
    ? never
    : K;
}[InputOfType<A, 'Integer'>];

/** The reader of one action's inputs (for a union of actions: the inputs they all declare). */
export interface ActionInputs<A extends ActionName> {
  /** The input, else its declared default. */
  string(name: InputName<A>): string;
  /** The input, else its declared default; undefined when both are empty. */
  optional(name: InputName<A>): string | undefined;
  /** A non-empty input; `when` names what makes it required (e.g. `when verify-restore is true`). */
  required(name: InputName<A>, when?: string): string;
  boolean(name: InputOfType<A, 'Boolean'>): boolean;
  /** A whole number within [min, max]. */
  integer(name: IntegerWithDefault<A>, min?: number, max?: number): number;
  /** A whole number within [min, max]; undefined when empty and declared without a default. */
  optionalInteger(name: InputOfType<A, 'Integer'>, min?: number, max?: number): number | undefined;
  /** A duration (`250ms`, `5s`, `10m`) in milliseconds. */
  duration(name: InputOfType<A, 'Duration'>): number;
  choice<T extends string>(name: InputName<A>, choices: readonly T[]): T;
  /** Newline-separated list, blank lines and surrounding spaces dropped. */
  list(name: InputOfType<A, 'List'>): string[];
  /** A path resolved against GITHUB_WORKSPACE. */
  path(name: InputName<A>): string;
  /** A path resolved against GITHUB_WORKSPACE; undefined when empty. */
  optionalPath(name: InputName<A>): string | undefined;
  /** A share from 0 to 1, written `0.05` or `5%`. */
  ratio(name: InputName<A>): number;
  /** A factor above 1, written `10`, `2.5` or `10x`. */
  factor(name: InputName<A>): number;
}

function bad(name: string, value: string, accepted: string): DbDeployError {
  return new DbDeployError('bad-input', `input ${name}: "${value}" is not valid`, {
    hint: `use ${accepted}`,
  });
}

function missing(name: string, when?: string): DbDeployError {
  return new DbDeployError('bad-input', `input ${name} is required${when ? ` ${when}` : ''}`, {
    hint: `set \`${name}:\` in the step's \`with:\``,
  });
}

function wholeNumber(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max)
    throw bad(
      name,
      value,
      `a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}`,
    );
  return Number(value);
}

/** The repository checkout: relative paths resolve against it. */
export function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/** A path resolved against GITHUB_WORKSPACE. */
export function workspacePath(path: string): string {
  return isAbsolute(path) ? path : resolve(workspace(), path);
}

/** The readers of `action`'s inputs, each defaulting to what its action.yml declares. */
export function actionInputs<A extends ActionName>(action: A): ActionInputs<A> {
  const declared = ACTION_INPUTS[action] as Record<string, { default: string }>;
  /** The input as given, else its declared default. */
  const value = (name: string): string =>
    core.getInput(name, { trimWhitespace: true }) || (declared[name]?.default ?? '');
  return {
    string: value,
    optional: (name) => value(name) || undefined,
    required(name, when) {
      const given = core.getInput(name, { trimWhitespace: true });
      if (!given) throw missing(name, when);
      return given;
    },
    boolean(name) {
      const text = value(name).toLowerCase();
      if (text === 'true' || text === 'false') return text === 'true';
      throw bad(name, text, 'true or false');
    },
    integer(name, min = 0, max = Number.MAX_SAFE_INTEGER) {
      return wholeNumber(name, value(name), min, max);
    },
    optionalInteger(name, min = 0, max = Number.MAX_SAFE_INTEGER) {
      const text = value(name);
      return text ? wholeNumber(name, text, min, max) : undefined;
    },
    duration: (name) => parseDuration(value(name), `input ${name}`),
    choice<T extends string>(name: string, choices: readonly T[]): T {
      const text = value(name);
      if (!text) throw missing(name);
      if (!(choices as readonly string[]).includes(text))
        throw bad(name, text, choices.join(' or '));
      return text as T;
    },
    list: (name) =>
      core
        .getMultilineInput(name)
        .map((s) => s.trim())
        .filter(Boolean),
    path: (name) => workspacePath(value(name)),
    optionalPath: (name) => (value(name) ? workspacePath(value(name)) : undefined),
    ratio: (name) => parseRatio(value(name), `input ${name}`),
    factor: (name) => parseFactor(value(name), `input ${name}`),
  };
}
