/**
 * Inline suppression: `-- db-deploy-ignore <rule-id>[, <rule-id>…]: reason` on the comment
 * lines directly above a statement silences those rules for that statement only.
 */
export interface Suppression {
  rules: string[];
  reason: string;
  /** 1-based line of the comment in the linted source. */
  line: number;
  /** The comment starts with db-deploy-ignore but does not have the `<rule-id>[, …]: reason` form. */
  malformed?: boolean;
}

const IGNORE = /^\s*--\s*db-deploy-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?::\s*(.*))?$/i;

/**
 * The suppressions written in the block of comment lines that ends right above `line`
 * (1-based line of the statement's first token). A blank line ends the block.
 */
export function suppressionsAbove(lines: readonly string[], line: number): Suppression[] {
  const found: Suppression[] = [];
  for (let i = line - 2; i >= 0; i -= 1) {
    const text = lines[i] ?? '';
    if (!/^\s*--/.test(text)) break;
    const match = IGNORE.exec(text);
    if (!match && /^\s*--\s*db-deploy-ignore\b/i.test(text)) {
      found.push({ rules: [], reason: '', line: i + 1, malformed: true });
    } else if (match) {
      found.push({
        rules: (match[1] ?? '').split(',').map((r) => r.trim().toLowerCase()),
        reason: (match[2] ?? '').trim(),
        line: i + 1,
      });
    }
  }
  return found;
}
