/**
 * The data rules: what destroys data or holds row locks for a whole migration. The rules on drops
 * and truncation are in data-drops.ts, those on row changes in data-rows.ts.
 */
import type { Rule } from '../types.js';
import {
  banDropCascade,
  banDropColumn,
  banDropDatabase,
  banDropSchema,
  banDropTable,
  banTruncate,
  banTruncateCascade,
} from './data-drops.js';
import {
  banCatalogWrite,
  banDeleteWithoutWhere,
  banUpdateWithoutWhere,
  dataBackfillInMigration,
} from './data-rows.js';

/** The data rules, in the order they report. */
export const dataRules: readonly Rule[] = [
  banDropTable,
  banDropColumn,
  banDropSchema,
  banDropDatabase,
  banDropCascade,
  banTruncate,
  banTruncateCascade,
  banDeleteWithoutWhere,
  banUpdateWithoutWhere,
  dataBackfillInMigration,
  banCatalogWrite,
];

/**
 * Rules whose finding means data is dropped or truncated: the validate report's `destructive`
 * flag. UPDATE without WHERE rewrites rows but keeps them, so it is not in the set.
 */
export const DESTRUCTIVE_RULES: ReadonlySet<string> = new Set([
  banDropTable.id,
  banDropColumn.id,
  banDropSchema.id,
  banDropDatabase.id,
  banDropCascade.id,
  banTruncate.id,
  banTruncateCascade.id,
  banDeleteWithoutWhere.id,
]);
