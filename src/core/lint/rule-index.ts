/**
 * The rules the engine runs on a statement: a rule list indexed by node type for one deploy
 * strategy, built once per list and strategy.
 */
import type { DeployStrategy, Rule } from './types.js';

/** Rules by the node type they look at (`*`: every type), in registry order. */
function indexRules(rules: readonly Rule[]): Map<string, Rule[]> {
  const byType = new Map<string, Rule[]>();
  const types = new Set(rules.flatMap((r) => r.nodeTypes));
  for (const type of types) {
    byType.set(
      type,
      rules.filter((r) => r.nodeTypes.includes(type) || r.nodeTypes.includes('*')),
    );
  }
  byType.set(
    '*',
    rules.filter((r) => r.nodeTypes.includes('*')),
  );
  return byType;
}

/** Whether a rule runs for a deploy strategy (a rule without `strategies` runs for all). */
function appliesTo(rule: Rule, strategy: DeployStrategy): boolean {
  return rule.strategies?.includes(strategy) ?? true;
}

/** indexRules of each rule list and strategy, built once (a CLI run passes one list per file). */
const indexed = new WeakMap<
  readonly Rule[],
  Partial<Record<DeployStrategy, Map<string, Rule[]>>>
>();

/** The rules of `rules` that apply to `strategy`, by the node type they look at (`*`: every type). */
export function rulesByType(rules: readonly Rule[], strategy: DeployStrategy): Map<string, Rule[]> {
  let byStrategy = indexed.get(rules);
  if (!byStrategy) indexed.set(rules, (byStrategy = {}));
  return (byStrategy[strategy] ??= indexRules(rules.filter((r) => appliesTo(r, strategy))));
}
