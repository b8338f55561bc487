/**
 * Hygiene notices: column types (hygiene-types.ts), re-runnable statements (hygiene-rerun.ts) and
 * constrained domains.
 */
import type { Rule } from '../types.js';
import { list, names, nodeOf } from '../ast.js';
import { preferRobustStmts } from './hygiene-rerun.js';
import { typeRules } from './hygiene-types.js';

/**
 * A domain's CHECK or NOT NULL can only be changed later with ALTER DOMAIN, which scans every
 * table using it (PostgreSQL docs, CREATE DOMAIN, Notes): table constraints are easier to evolve.
 */
const banCreateDomainWithConstraint: Rule = {
  id: 'ban-create-domain-with-constraint',
  severity: 'notice',
  description:
    'A domain constraint can only be changed later by a blocking scan of every table using it.',
  nodeTypes: ['CreateDomainStmt'],
  check(statement) {
    const node = statement.node;
    const constrained = list(node.constraints).some((c) =>
      ['CONSTR_CHECK', 'CONSTR_NOTNULL'].includes(String(nodeOf(c, 'Constraint')?.contype)),
    );
    if (!constrained) return [];
    const domain = names(node.domainname).join('.');
    return [
      {
        message: `domain ${domain} has a constraint: changing it later needs ALTER DOMAIN, which scans and locks every table that uses ${domain}`,
        hint: 'put the CHECK / NOT NULL on the table columns instead; they can be added NOT VALID and validated online',
      },
    ];
  },
};

/** The hygiene rules, in the order they report. */
export const hygieneRules: readonly Rule[] = [
  ...typeRules,
  preferRobustStmts,
  banCreateDomainWithConstraint,
];
