/** What the plain-SQL archive scanner (plain-scan.ts) throws when it refuses an archive. */

/** Why an archive was refused: what, and the 1-based line. */
export interface ScanFinding {
  line: number;
  what: string;
}

/** Thrown by PlainSqlScanner.push on the first finding. */
export class UnsafeSqlError extends Error {
  constructor(readonly finding: ScanFinding) {
    super(`line ${finding.line}: ${finding.what}`);
  }
}
