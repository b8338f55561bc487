/**
 * The shape of a row of the newer-constructs table (versions.ts) and the small node tests its
 * rows share.
 */
import type { AstNode } from './ast.js';

/** A construct an older PostgreSQL major rejects, the major that introduced it and how to find it. */
export interface NewerConstruct {
  /** PostgreSQL major that introduced it. */
  since: number;
  /** How to name it in a message (`MERGE`, `a subquery in FROM without an alias`). */
  what: string;
  /** `syntax`: older grammars reject it; `function`: they parse it as a missing function. */
  kind: 'syntax' | 'function';
  /** A statement that uses it (tests parse it with the grammars of `since` - 1 and `since`). */
  example: string;
  /** Cheap test on the statement text; the tree is walked only when some row's test passes. */
  hint: RegExp;
  /** The parse-tree node types to look at, and the test on each. */
  nodes: Record<string, (node: AstNode) => boolean>;
  /** Statement types where another rule already reports it (with a better hint). */
  reportedElsewhere?: readonly string[];
}

/** A node test that passes every node of the type it is listed under. */
export const always = () => true;

/** A node test that passes an AlterTableCmd (or similar) of one of these subtypes. */
export const subtype =
  (...subtypes: string[]) =>
  (cmd: AstNode) =>
    subtypes.includes(String(cmd.subtype));
