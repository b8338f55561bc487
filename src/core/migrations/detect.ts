import { relative } from 'node:path';
import { DbDeployError } from '../errors.js';
import type { FormatName, FormatRequest } from './engine/types.js';
import { FORMAT_NAMES } from './engine/types.js';
import { anyMigrationsDir, fileCandidates, type Candidate } from './detect-files.js';
import { ledgerCandidates } from './detect-ledger.js';
import { KNEX_LEDGER } from './formats/knex/knexfile.js';

/** What `migration-format` accepts. */
export const FORMAT_CHOICES = ['auto', ...FORMAT_NAMES] as const;
export type FormatChoice = (typeof FORMAT_CHOICES)[number];

/** The format a run uses and why, for the log and the summary. */
export interface DetectedFormat {
  name: FormatName;
  reason: string;
  /** Where detection found the migrations (absolute), when the request named no directory. */
  migrationsDir?: string;
  /** Nothing showed a format: the default was taken (the database's ledger may still tell). */
  fallback?: boolean;
}

/** Whether a table exists in the database (`schema`, `table`), for detection by ledger. */
export type LedgerProbe = (schema: string, table: string) => Promise<boolean>;

/**
 * Which migration format a run uses: the one the user chose, else what the repository shows
 * (a tool's files and section markers in the migrations directory — the given one, or each
 * tool's default directory — and its settings, like dbmate's DBMATE_* in `.env` or a
 * knexfile), else the tool's ledger already in the database (by table and columns). Two tools
 * at once is one error naming both, unless the database's ledger settles it. Nothing at all:
 * node-pg-migrate, the default. The one place every format's detection goes.
 */
export async function detectFormat(
  choice: FormatChoice,
  request: FormatRequest,
): Promise<DetectedFormat> {
  if (choice !== 'auto') return { name: choice, reason: 'chosen by migration-format' };
  let candidates: Candidate[] = await fileCandidates(request);
  // JavaScript/TypeScript files alone are node-pg-migrate's only by default: a knex ledger
  // (knex without its knexfile in the repository) says otherwise.
  const onlyDefault = candidates.length === 1 && candidates[0]?.weak === true;
  // The database is asked only when there are migrations to tell apart: a missing directory
  // is reported as such, not as whatever connecting says.
  const unsettled = candidates.length !== 1 || onlyDefault;
  if (unsettled && request.databaseUrl && (await anyMigrationsDir(request))) {
    const ledgers = await ledgerCandidates(request.databaseUrl);
    const settled =
      candidates.length === 0
        ? ledgers
        : onlyDefault
          ? ledgers.filter((l) => l.format === 'knex')
          : candidates.filter((c) => ledgers.some((l) => l.format === c.format));
    if (settled.length === 1) {
      const only = settled[0]!;
      const inFiles = candidates.find((c) => c.format === only.format);
      const ledger = ledgers.find((l) => l.format === only.format)!;
      return { name: only.format, reason: ledger.why, migrationsDir: inFiles?.dir };
    }
    if (candidates.length === 0) candidates = ledgers;
  }
  if (candidates.length === 1) {
    const [only] = candidates as [Candidate];
    const detected = { name: only.format, reason: only.why, migrationsDir: only.dir };
    return only.weak ? { ...detected, fallback: true } : detected;
  }
  if (candidates.length > 1) {
    const where = relative(request.baseDir, request.migrationsDir ?? request.baseDir) || '.';
    throw new DbDeployError(
      'ambiguous-format',
      `the migrations could be ${candidates.map((c) => `${c.format} (${c.why})`).join(' or ')}`,
      {
        where,
        hint: `set migration-format (--format in the CLI; lint: --migration-format) to one of ${candidates.map((c) => c.format).join(', ')}, and migrations-dir to its directory`,
      },
    );
  }
  return { name: 'node-pg-migrate', reason: 'the default format', fallback: true };
}

/**
 * The format whose ledger the database holds, when the repository showed none and detection
 * had no URL to ask (see reopenByLedger): asked once connected, so that a repository without a
 * marker file is still read as the tool that migrated its database.
 */
export async function detectFromDatabase(probe: LedgerProbe): Promise<DetectedFormat | undefined> {
  if (await probe(KNEX_LEDGER.schema, KNEX_LEDGER.table))
    return { name: 'knex', reason: `the database has knex's ledger (${KNEX_LEDGER.display})` };
  return undefined;
}
