import { DbDeployError } from '../errors.js';
import type { FormatName, FormatRequest, Migration } from './engine/types.js';
import { FORMAT_NAMES } from './engine/types.js';
import { findKnexfile, KNEX_LEDGER } from './formats/knex/knexfile.js';

/** What `migration-format` accepts. */
export const FORMAT_CHOICES = ['auto', ...FORMAT_NAMES] as const;
export type FormatChoice = (typeof FORMAT_CHOICES)[number];

/** The format a run uses and why, for the log and the summary. */
export interface DetectedFormat {
  name: FormatName;
  reason: string;
  /** Nothing showed a format: the default was taken (the database's ledger may still tell). */
  fallback?: boolean;
}

/** Whether a table exists in the database (`schema`, `table`), for detection by ledger. */
export type LedgerProbe = (schema: string, table: string) => Promise<boolean>;

/**
 * Which migration format a run uses: the one the user chose, else what the repository (a
 * tool's marker file, its files' layout) or the database (a tool's ledger, see
 * detectFromDatabase) shows. The one place every format's detection goes; node-pg-migrate is
 * the default.
 */
export async function detectFormat(
  choice: FormatChoice,
  request: FormatRequest,
): Promise<DetectedFormat> {
  if (choice !== 'auto') return { name: choice, reason: 'chosen by migration-format' };
  const knexfile = await findKnexfile(request);
  if (knexfile) return { name: 'knex', reason: `${knexfile.display} found` };
  return { name: 'node-pg-migrate', reason: 'the default format', fallback: true };
}

/**
 * The format whose ledger the database holds, when the repository showed none: asked once
 * connected, so that a repository without a marker file is still read as the tool that
 * migrated its database.
 */
export async function detectFromDatabase(probe: LedgerProbe): Promise<DetectedFormat | undefined> {
  if (await probe(KNEX_LEDGER.schema, KNEX_LEDGER.table))
    return { name: 'knex', reason: `the database has knex's ledger (${KNEX_LEDGER.display})` };
  return undefined;
}

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
