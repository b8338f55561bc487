import type { Finding } from './types.js';

/**
 * Inline suppression: `-- db-deploy-ignore <rule-id>[, <rule-id>…]: reason` on the comment
 * lines directly above a statement silences those rules for that statement only. In a JS/TS
 * migration (whose generated SQL has no lines in the file) a `// db-deploy-ignore …` comment
 * anywhere in the file silences the rules for the whole migration.
 */
export interface Suppression {
  rules: string[];
  reason: string;
  /** 1-based line of the comment in the file. */
  line: number;
  /** The comment starts with db-deploy-ignore but does not have the `<rule-id>[, …]: reason` form. */
  malformed?: boolean;
}

const IGNORE =
  /^\s*(?:--|\/\/)\s*db-deploy-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?::\s*(.*))?$/i;
const IGNORE_START = /^\s*(?:--|\/\/)\s*db-deploy-ignore\b/i;

/** The suppression a comment line holds, if it is a db-deploy-ignore comment. */
function parseIgnore(text: string, line: number): Suppression | undefined {
  const match = IGNORE.exec(text);
  if (match) {
    return {
      rules: (match[1] ?? '').split(',').map((r) => r.trim().toLowerCase()),
      reason: (match[2] ?? '').trim(),
      line,
    };
  }
  return IGNORE_START.test(text) ? { rules: [], reason: '', line, malformed: true } : undefined;
}

/**
 * The suppressions written in the block of `--` comment lines that ends right above `line`
 * (1-based line of the statement's first token). A blank line ends the block.
 */
export function suppressionsAbove(lines: readonly string[], line: number): Suppression[] {
  const found: Suppression[] = [];
  for (let i = line - 2; i >= 0; i -= 1) {
    const text = lines[i] ?? '';
    if (!/^\s*--/.test(text)) break;
    const suppression = parseIgnore(text, i + 1);
    if (suppression) found.push(suppression);
  }
  return found;
}

/** Every `// db-deploy-ignore …` (or `--`) comment line of a JS/TS migration. */
export function moduleSuppressions(content: string): Suppression[] {
  return content.split('\n').flatMap((text, i) => parseIgnore(text, i + 1) ?? []);
}

/** Notices about a suppression itself: not understood, an unknown rule, or no reason given. */
export function suppressionNotices(
  file: string,
  suppression: Suppression,
  knownRules: ReadonlySet<string>,
): Finding[] {
  const notice = (rule: string, message: string, hint: string): Finding => ({
    file,
    line: suppression.line,
    column: 1,
    endLine: suppression.line,
    rule,
    severity: 'notice',
    message,
    hint,
  });
  if (suppression.malformed) {
    return [
      notice(
        'malformed-ignore',
        'this db-deploy-ignore comment is not understood, so it silences nothing',
        'write it as `-- db-deploy-ignore <rule-id>[, <rule-id>]: reason`',
      ),
    ];
  }
  const notices = suppression.rules
    .filter((rule) => !knownRules.has(rule))
    .map((rule) =>
      notice(
        'unknown-rule',
        `db-deploy-ignore names an unknown rule "${rule}"`,
        'use a rule id from `db-deploy lint --list-rules`',
      ),
    );
  if (!suppression.reason)
    notices.push(
      notice(
        'ignore-without-reason',
        'db-deploy-ignore without a reason',
        'write why it is safe after a colon: `-- db-deploy-ignore <rule>: the table is empty`',
      ),
    );
  return notices;
}
