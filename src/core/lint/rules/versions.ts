import type { Rule } from '../types.js';
import { newerConstructs } from '../versions.js';

/**
 * A construct newer than the PostgreSQL major the migration runs on makes it fail there: a syntax
 * error, or a function that does not exist yet (PostgreSQL release notes; the table in
 * `../versions.ts`). The linter parses with PostgreSQL 18's grammar, which accepts them all.
 */
const newerPostgresSyntax: Rule = {
  id: 'newer-postgres-syntax',
  severity: 'error',
  description:
    'SQL that the target PostgreSQL major rejects: a construct a later major introduced (--pg-version).',
  nodeTypes: ['*'],
  check(statement, context) {
    return newerConstructs(statement, context.pgVersion).map((row) => ({
      message: `${row.what} needs PostgreSQL ${row.since}; this migration runs on PostgreSQL ${context.pgVersion}, which ${row.kind === 'syntax' ? 'rejects it (syntax error)' : 'does not have it (the statement fails)'}`,
      hint: `write it for PostgreSQL ${context.pgVersion}, or set --pg-version (validate: pg-version) to the major production runs if that is ${row.since} or newer`,
    }));
  },
};

export const versionRules: readonly Rule[] = [newerPostgresSyntax];
