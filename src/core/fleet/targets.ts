import { DbDeployError } from '../errors.js';
import { parseDatabaseUrl, secretsOf } from '../db/index.js';

/** One database of a fleet, as listed in `database-urls` (or a `--targets` file). */
export interface FleetTarget {
  /** Shown in logs, the summary and the report: the `name=` of its line, else its database name. */
  readonly name: string;
  /** `host:port/database`: the only form of the URL that may be printed. */
  readonly display: string;
  /** The connection URL (a secret). */
  readonly url: string;
  /** 1-based line of the list it came from. */
  readonly line: number;
  /** 0-based position in the whole list: the rollout order. */
  readonly index: number;
}

/** A target name: safe in a log prefix, a Markdown cell, a mermaid task and a comma-separated output. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/;
/** `name=URL`: the name is plain, so the first `=` of a URL's query string is never taken for it. */
const NAMED_LINE = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*=\s*(\S.*)$/;
/** Where a URL starts in a line, whatever comes before it (a name, a typo). */
const SCHEME = /[a-z][a-z0-9+.-]*:\/\//i;

/** The lines of a list that hold a target: blank lines and `#` comments are skipped. */
function listedLines(text: string): { text: string; line: number }[] {
  return text
    .split(/\r?\n/)
    .map((raw, i) => ({ text: raw.trim(), line: i + 1 }))
    .filter((l) => l.text && !l.text.startsWith('#'));
}

/**
 * Every string to mask for a list of connection URLs (one a line, each `URL` or `name=URL`):
 * each line as written, and the URL, password and decoded password inside it. Works on lines
 * that do not parse (a malformed line's password is masked before the error that rejects it),
 * and on a single URL, for which it equals `secretsOf`.
 */
export function secretsOfList(text: string): string[] {
  const secrets = new Set<string>();
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    const start = SCHEME.exec(line)?.index ?? 0;
    for (const secret of [...secretsOf(line), ...secretsOf(line.slice(start))]) secrets.add(secret);
  }
  return [...secrets];
}

/**
 * Parses a list of databases: one a line, `URL` or `name=URL`, blank lines and `#` comments
 * skipped. A name defaults to the database's name. Refuses, in one line naming the list and the
 * line (never the URL): a URL that does not parse, a bad name, two lines with one name, the same
 * database twice, and an empty list.
 * @param source what the list is called in messages (`database-urls`, `--targets FILE`)
 */
export function parseTargets(text: string, source: string): FleetTarget[] {
  const targets: FleetTarget[] = [];
  for (const { text: line, line: number } of listedLines(text)) {
    const where = `${source} line ${number}`;
    const named = NAMED_LINE.exec(line);
    const url = named ? (named[2] as string) : line;
    const parsed = parseDatabaseUrl(url, where);
    const name = named ? (named[1] as string) : parsed.database;
    if (!NAME.test(name))
      throw new DbDeployError(
        'bad-input',
        named
          ? `${where}: the name "${name}" is longer than 63 characters`
          : `${where}: the database name of ${parsed.display} cannot serve as the target's name`,
        {
          hint: 'name the target: name=URL, with letters, digits, ".", "_" and "-" (at most 63)',
        },
      );
    for (const other of targets) {
      if (other.name === name)
        throw new DbDeployError(
          'bad-input',
          `${source} lines ${other.line} and ${number} share the name "${name}"`,
          { hint: 'give each target its own name: name=URL' },
        );
      if (other.display === parsed.display)
        throw new DbDeployError(
          'bad-input',
          `${source} lines ${other.line} and ${number} are the same database (${parsed.display})`,
          { hint: 'list each database once' },
        );
    }
    targets.push({
      name,
      display: parsed.display,
      url: parsed.url,
      line: number,
      index: targets.length,
    });
  }
  if (targets.length === 0)
    throw new DbDeployError('bad-input', `${source} lists no database`, {
      hint: 'give one connection URL a line, as URL or name=URL',
    });
  return targets;
}
