/**
 * The pair of meta-commands pg_dump writes around a plain archive (17.6/16.10/15.14/14.19/13.22
 * on): a `\restrict KEY` header before the first statement and the matching `\unrestrict KEY` at
 * the end. Accepted, never trusted: the scanner reads the whole file whatever they say.
 */

/** The \restrict / \unrestrict pair of one archive; each check returns why it refuses, or undefined. */
export class RestrictPair {
  private key: string | undefined;
  /** Whether the closing \unrestrict was read: only blank lines and comments may follow it. */
  unrestricted = false;

  /**
   * A backslash outside any quote, with the rest of its line: anything but `\restrict KEY` before
   * the first statement or the matching `\unrestrict KEY` is refused.
   * @param atStart whether no token of a statement precedes it on the way
   * @param statements how many statements ended before it
   */
  metaCommand(rest: string, atStart: boolean, statements: number): string | undefined {
    const match = /^\\(restrict|unrestrict)[ \t]+([A-Za-z0-9]+)[ \t]*\r?$/.exec(rest);
    const name = /^\\([A-Za-z!?.]*|[^A-Za-z]?)/.exec(rest)?.[0] ?? '\\';
    if (!match) return `psql meta-command ${name} (db-deploy never runs one from an archive)`;
    const [, command, key] = match;
    if (command === 'restrict') {
      if (this.key !== undefined || statements > 0 || !atStart)
        return '\\restrict anywhere but before the first statement';
      this.key = key;
      return undefined;
    }
    if (this.key !== key || !atStart || this.unrestricted)
      return '\\unrestrict without the matching \\restrict';
    this.unrestricted = true;
    return undefined;
  }

  /** At the end of the file: a \restrict needs its \unrestrict. */
  endProblem(): string | undefined {
    return this.key !== undefined && !this.unrestricted
      ? '\\restrict without the matching \\unrestrict at the end'
      : undefined;
  }
}
