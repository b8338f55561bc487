import * as core from '@actions/core';
import { OUTPUT_LIMIT_BYTES, outputBytes } from '../core/report/index.js';
import { formatBytes } from '../core/units.js';
import { scrub } from './secrets.js';

export type OutputValue = string | number | boolean;

/**
 * Sets several outputs at once (kebab-case names, as declared in action.yml). A value over
 * OUTPUT_LIMIT_BYTES is not set (cut, it would lie: half a JSON array is no array): a warning
 * names it, and the report-json file holds the whole result.
 */
export function setOutputs(outputs: Record<string, OutputValue>): void {
  for (const [name, value] of Object.entries(outputs)) {
    const text = scrub(String(value));
    if (outputBytes(text) > OUTPUT_LIMIT_BYTES) {
      core.warning(
        `output ${name} is ${formatBytes(outputBytes(text))}, over the ${formatBytes(OUTPUT_LIMIT_BYTES)} one output may take of GitHub's 1 MB per job: it is left empty; the file named by the report-json output has the whole result`,
      );
      core.setOutput(name, '');
      continue;
    }
    core.setOutput(name, text);
  }
}
