/**
 * How a snapshot prints a name: bare or quoted as PostgreSQL would, shared by the catalog reader
 * (which bakes names into definitions) and the renderer.
 */
import { quoteIdent } from '../db/index.js';

/**
 * An identifier as PostgreSQL would print it: bare when it is a plain lower-case name, quoted
 * otherwise. (Reserved words are not quoted: this text is for reading and diffing, not running.)
 */
export function ident(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : quoteIdent(name);
}

/** `schema.name`, each part printed by {@link ident}. */
export function displayName(schema: string, name: string): string {
  return `${ident(schema)}.${ident(name)}`;
}
