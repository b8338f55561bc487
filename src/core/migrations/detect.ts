import type { FormatName, FormatRequest } from './engine/types.js';
import { FORMAT_NAMES } from './engine/types.js';

/** What `migration-format` accepts. */
export const FORMAT_CHOICES = ['auto', ...FORMAT_NAMES] as const;
export type FormatChoice = (typeof FORMAT_CHOICES)[number];

/** The format a run uses and why, for the log and the summary. */
export interface DetectedFormat {
  name: FormatName;
  reason: string;
}

/**
 * Which migration format a run uses: the one the user chose, else what the repository (a
 * tool's marker file, its files' layout) or the database (a tool's ledger) shows. The one place
 * every format's detection goes. node-pg-migrate is the only format so far, and the default.
 */
export async function detectFormat(
  choice: FormatChoice,
  request: FormatRequest,
): Promise<DetectedFormat> {
  void request;
  if (choice !== 'auto') return { name: choice, reason: 'chosen by migration-format' };
  return { name: 'node-pg-migrate', reason: 'the default format' };
}
