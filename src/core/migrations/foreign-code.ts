import { DbDeployError } from '../errors.js';
import type { FormatName, Migration } from './engine/types.js';

/**
 * The tool a migration module's code is written for, from the API it calls (`knex.schema…`,
 * `pgm.createTable…`): to name the right format when code of one tool is run as another.
 * Undefined when it shows neither (or both).
 */
export function codeWrittenFor(content: string): FormatName | undefined {
  const code = content.replace(/\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, '');
  const knex =
    /\b(?:knex|trx)\s*\.\s*(?:schema|raw|transaction|fn)\b|\bknex\s*\(\s*['"`]/.test(code) ||
    /\bup\s*(?:=|:)?\s*(?:async\s*)?(?:function\s*)?\(\s*knex\b/.test(code) ||
    /function\s+up\s*\(\s*knex\b/.test(code);
  const pgm =
    /\bpgm\s*\.\s*(?:createTable|addColumns?|sql|createIndex|dropTable|noTransaction|alterColumn|addConstraint|func|db)\b/.test(
      code,
    );
  if (knex === pgm) return undefined;
  return knex ? 'knex' : 'node-pg-migrate';
}

/**
 * Refuses, before it runs, a migration whose code is written for another tool than the format
 * it is read as (detection overridden by migration-format, or a repository without its marker
 * file): its `up` would get the wrong API object and fail half-way, or worse, do something else.
 */
export function refuseForeignCode(migration: Migration, used: FormatName): void {
  const written = codeWrittenFor(migration.content);
  if (!written || written === used) return;
  throw new DbDeployError(
    'wrong-format',
    `migration ${migration.name} is ${written} code (it calls ${written === 'knex' ? 'knex.schema…' : 'pgm.…'}), but the migrations are read as ${used}`,
    {
      where: migration.file,
      hint: `set migration-format: ${written} (--format ${written} in the CLI), or auto${written === 'knex' ? ' with the knexfile in the repository' : ''}`,
    },
  );
}
