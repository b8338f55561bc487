import * as core from '@actions/core';
import { scrub } from './secrets.js';

export type OutputValue = string | number | boolean;

/** Sets several outputs at once (kebab-case names, as declared in action.yml). */
export function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) core.setOutput(name, scrub(String(value)));
}
