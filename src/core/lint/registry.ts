import type { Rule } from './types.js';
import { indexRules } from './rules/indexes.js';
import { constraintRules } from './rules/constraints.js';
import { columnRules } from './rules/columns.js';
import { dataRules } from './rules/data.js';
import { lockRules } from './rules/locks.js';
import { partitionRules } from './rules/partitions.js';
import { renameRules } from './rules/renames.js';
import { hygieneRules } from './rules/hygiene.js';
import { blueGreenRules } from './rules/blue-green.js';
import { nameRules } from './rules/names.js';
import { versionRules } from './rules/versions.js';

/** Every rule, in the order findings are reported for one statement (each strategy's share of them). */
export const RULES: readonly Rule[] = [
  ...versionRules,
  ...indexRules,
  ...constraintRules,
  ...columnRules,
  ...dataRules,
  ...lockRules,
  ...partitionRules,
  ...renameRules,
  ...hygieneRules,
  ...nameRules,
  ...blueGreenRules,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));

/** The rules that run unless others are asked for (every rule but the opt-in ones). */
export const DEFAULT_RULES: readonly Rule[] = RULES.filter((r) => !r.optIn);

/**
 * The default rules plus the opt-in ones named in `enabled`. An unknown id is a usage error,
 * thrown by the caller with the list of valid ones.
 */
export function rulesWith(enabled: readonly string[]): readonly Rule[] {
  return enabled.length === 0
    ? DEFAULT_RULES
    : RULES.filter((r) => !r.optIn || enabled.includes(r.id));
}
