import type { Rule } from './types.js';
import { indexRules } from './rules/indexes.js';
import { constraintRules } from './rules/constraints.js';
import { foreignKeyIndexRules } from './rules/foreign-key-index.js';
import { columnRules } from './rules/columns.js';
import { dataRules } from './rules/data.js';
import { lockRules } from './rules/locks.js';
import { partitionRules } from './rules/partitions.js';
import { renameRules } from './rules/renames.js';
import { hygieneRules } from './rules/hygiene.js';
import { blueGreenRules } from './rules/blue-green.js';

/** Every rule, in the order findings are reported for one statement (each strategy's share of them). */
export const RULES: readonly Rule[] = [
  ...indexRules,
  ...constraintRules,
  ...foreignKeyIndexRules,
  ...columnRules,
  ...dataRules,
  ...lockRules,
  ...partitionRules,
  ...renameRules,
  ...hygieneRules,
  ...blueGreenRules,
];

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((r) => r.id));
