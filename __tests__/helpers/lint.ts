import { loadParser } from '../../src/core/sql/parse.js';
import { lintSql, NEWEST_PG_VERSION } from '../../src/core/lint/engine.js';
import type { DeployStrategy, Finding, Rule, TableKey } from '../../src/core/lint/types.js';

/** Lints SQL as a migration file `m.sql` (PostgreSQL newest major and in-place unless given). */
export async function lint(
  sql: string,
  options: {
    pgVersion?: number;
    transactional?: boolean;
    strategy?: DeployStrategy;
    createdInDeploy?: Set<TableKey>;
    rules?: readonly Rule[];
  } = {},
): Promise<Finding[]> {
  await loadParser();
  return lintSql(sql, {
    file: 'm.sql',
    pgVersion: options.pgVersion ?? NEWEST_PG_VERSION,
    transactional: options.transactional,
    strategy: options.strategy,
    createdInDeploy: options.createdInDeploy,
    rules: options.rules,
  });
}

/** The rule ids found, in order (`rule@line` is easier to read in a failing table than objects). */
export async function ruleIds(
  sql: string,
  options?: Parameters<typeof lint>[1],
): Promise<string[]> {
  return (await lint(sql, options)).map((f) => f.rule);
}
