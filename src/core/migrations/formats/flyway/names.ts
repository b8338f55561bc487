import { DbDeployError } from '../../../errors.js';

// Flyway's file names, as its ResourceNameParser reads them (see files.ts), and its version order.

const NAME = /^([VUR])([^_]*(?:_[^_]+)*?)__(.+)\.sql$/;
/** How Flyway names migrations, for error lines. */
export const EXPECTED = 'V<version>__<description>.sql, U<version>__… or R__<description>.sql';
/** Flyway's SQL callbacks (`beforeMigrate.sql`, `afterEachMigrate__x.sql`, …). */
export const CALLBACK = /^(?:before|after)[A-Z]\w*(?:__.*)?\.sql$/;

/** Whether a file name is one Flyway reads as a migration (versioned, undo or repeatable). */
export const isFlywayFile = (fileName: string): boolean => NAME.test(fileName);

/** A Flyway file name's prefix, version (numeric parts too) and description. */
export interface Parsed {
  prefix: 'V' | 'U' | 'R';
  version: string | undefined;
  parts: bigint[];
  description: string;
}

/** A Flyway file name's parts; undefined for a name Flyway does not read as a migration. */
export function parseName(fileName: string, where: string): Parsed | undefined {
  const match = NAME.exec(fileName);
  if (!match) return undefined;
  const prefix = match[1] as Parsed['prefix'];
  const rawVersion = match[2]!;
  const description = match[3]!.replace(/_/g, ' ');
  if (prefix === 'R') {
    if (rawVersion !== '') return undefined;
    return { prefix, version: undefined, parts: [], description };
  }
  const version = rawVersion.replace(/_/g, '.');
  if (!/^\d+(?:\.\d+)*$/.test(version)) {
    throw new DbDeployError(
      'unplaced-migration-file',
      `"${fileName}" has the version "${version}", which Flyway cannot read`,
      { where, hint: 'use digits separated by dots or underscores, e.g. V1_2__add_index.sql' },
    );
  }
  return { prefix, version, parts: version.split('.').map((p) => BigInt(p)), description };
}

/** A version as one key: its numeric parts, trailing zero parts dropped (Flyway's 1.0 is 1). */
export function versionKey(parts: readonly bigint[]): string {
  return parts.join('.').replace(/(?:\.0)+$/, '');
}

/** Flyway's version order: numerically, part by part; missing parts count as zero. */
export function compareVersions(a: readonly bigint[], b: readonly bigint[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}
