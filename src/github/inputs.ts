import * as core from '@actions/core';
import { isAbsolute, resolve } from 'node:path';
import { DbDeployError } from '../core/errors.js';
import { parseDuration } from '../core/duration.js';
import { parseRatio } from '../core/monitor/index.js';
import { parseFactor } from '../core/plans/index.js';

/**
 * Typed, strict readers for action inputs: the only place that calls core.getInput.
 * action.yml defaults are applied by the runner; a reader's `fallback` only covers a
 * missing input when the action is run some other way.
 */

function raw(name: string): string {
  return core.getInput(name, { trimWhitespace: true });
}

function bad(name: string, value: string, accepted: string): DbDeployError {
  return new DbDeployError('bad-input', `input ${name}: "${value}" is not valid`, {
    hint: `use ${accepted}`,
  });
}

export function readString(name: string, fallback = ''): string {
  return raw(name) || fallback;
}

/** A non-empty input; `when` names the condition that makes it required (e.g. `when verify-restore is true`). */
export function readRequired(name: string, when?: string): string {
  const value = raw(name);
  if (!value)
    throw new DbDeployError('bad-input', `input ${name} is required${when ? ` ${when}` : ''}`, {
      hint: `set \`${name}:\` in the step's \`with:\``,
    });
  return value;
}

export function readBoolean(name: string, fallback: boolean): boolean {
  const value = raw(name).toLowerCase();
  if (!value) return fallback;
  if (value === 'true') return true;
  if (value === 'false') return false;
  throw bad(name, value, 'true or false');
}

/** A whole number within [min, max]; empty means `fallback` (which may be undefined). */
export function readInteger<T extends number | undefined>(
  name: string,
  fallback: T,
  min = 0,
  max = Number.MAX_SAFE_INTEGER,
): number | T {
  const value = raw(name);
  if (!value) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
    throw bad(
      name,
      value,
      `a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}`,
    );
  }
  return Number(value);
}

/** A duration (`250ms`, `5s`, `10m`) in milliseconds. */
export function readDuration(name: string, fallbackMs: number): number {
  const value = raw(name);
  if (!value) return fallbackMs;
  return parseDuration(value, `input ${name}`);
}

export function readChoice<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = raw(name);
  if (!value) return fallback;
  if (!(choices as readonly string[]).includes(value)) throw bad(name, value, choices.join(' or '));
  return value as T;
}

/** Newline-separated list, blank lines and surrounding spaces dropped. */
export function readList(name: string): string[] {
  return core
    .getMultilineInput(name)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** The repository checkout: relative paths resolve against it. */
export function workspace(): string {
  return process.env.GITHUB_WORKSPACE || process.cwd();
}

/** A path input resolved against GITHUB_WORKSPACE. */
export function readPath(name: string, fallback: string): string {
  const value = raw(name) || fallback;
  return isAbsolute(value) ? value : resolve(workspace(), value);
}

/** An optional path input: undefined when empty, else resolved against GITHUB_WORKSPACE. */
export function readOptionalPath(name: string): string | undefined {
  return raw(name) ? readPath(name, '') : undefined;
}

/** An optional string input: undefined when empty. */
export function readOptional(name: string): string | undefined {
  return raw(name) || undefined;
}

/** A share from 0 to 1, written `0.05` or `5%`. */
export function readRatio(name: string, fallback: number): number {
  const value = raw(name);
  return value ? parseRatio(value, `input ${name}`) : fallback;
}

/** A factor above 1, written `10`, `2.5` or `10x`. */
export function readFactor(name: string, fallback: number): number {
  const value = raw(name);
  return value ? parseFactor(value, `input ${name}`) : fallback;
}
