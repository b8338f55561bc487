/**
 * The lint concern's public surface: the migration linter (parser-backed rules, suppressions,
 * findings) for files and for SQL text.
 */
export { list, nodeOf, tableKey } from './ast.js';
export { NEWEST_PG_VERSION } from './engine.js';
export {
  collectKnownNames,
  collectMigrationFiles,
  lintMigration,
  lintMigrations,
  sortFindings,
  syntheticFinding,
} from './files.js';
export type { LintOptions } from './files.js';
export { RULES, rulesWith } from './registry.js';
export { blueGreenRules } from './rules/blue-green.js';
export { DESTRUCTIVE_RULES } from './rules/data.js';
export { FOREIGN_KEY_WITHOUT_INDEX, foreignKeyColumns } from './rules/foreign-key-index.js';
export { DEPLOY_STRATEGIES, severityRank } from './types.js';
export type { DeployStrategy, Finding, Rule, Severity, TableKey } from './types.js';
export { FAIL_ON, reachesFailOn } from './verdict.js';
export type { FailOn } from './verdict.js';
